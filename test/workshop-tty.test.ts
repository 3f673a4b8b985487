import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';

const SOCKET = `ex-maturity-workshop-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** Polls the pane until it shows `pattern` (bounded: fails after about 20 s instead of hanging). */
async function waitFor(pattern: RegExp): Promise<string> {
  let screen = '';
  for (let i = 0; i < 200; i++) {
    screen = tmux('capture-pane', '-p', '-t', 'w', '-S', '-200');
    if (pattern.test(screen)) return screen;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the terminal never showed ${pattern}:\n${screen}`);
}

afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
});

describe('workshop in a real terminal', () => {
  it('exits 2 at once without a terminal', () => {
    const r = cli(['workshop']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/No terminal: the live workshop needs one/);
  });

  it('takes the votes line by line through tmux and writes the aggregate', async () => {
    expect(hasTmux, 'tmux is needed for this test (apt-get install tmux)').toBe(true);
    const dir = tempDir();
    const out = join(dir, 'room.json');
    const cmd = `env -u CI NO_COLOR=1 LANG=en_US.UTF-8 XDG_CACHE_HOME='${dir}' '${process.execPath}' '${inject('installedBin')}' workshop --min-group 3 --output '${out}'; echo "EXIT=$?"; sleep 60`;
    tmux('new-session', '-d', '-s', 'w', '-x', '120', '-y', '50', cmd);
    await waitFor(/\[1\/25\] Purpose/);
    for (let i = 1; i <= 25; i++) {
      await new Promise((r) => setTimeout(r, 400)); // a prompt ignores keys for a moment once drawn
      tmux('send-keys', '-t', 'w', i === 1 ? '4 3 3 2 4 ?' : '3 3 4 3', 'Enter');
      if (i === 1) {
        const screen = await waitFor(/\[2\/25\]/);
        expect(screen).toMatch(/4 Strongly agree\s+██ 2/);
        expect(screen).toMatch(/⚠ The room disagrees/);
      } else if (i < 25) await waitFor(new RegExp(`\\[${i + 1}/25\\]`));
    }
    const end = await waitFor(/EXIT=\d+/);
    expect(end).toMatch(/EXIT=0/);
    expect(existsSync(out)).toBe(true);
    const a = JSON.parse(readFileSync(out, 'utf8'));
    expect(a).toMatchObject({ kind: 'aggregate', source: 'workshop', respondents: 6 });
    // fulfilment: 3 3 4 3 on each statement, mean 3.25 → 75.0.
    expect(a.team.dimensions[1].score).toBe(75);
    // A workshop's result is an aggregate like any other: compare reads it.
    const c = cli(['compare', out, out, '--format', 'json']);
    expect(c.code, c.stderr).toBe(0);
    expect(JSON.parse(c.stdout).overall).toMatchObject({ delta: 0, levelChange: 'same' });
  });
});
