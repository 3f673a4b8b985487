// The interview as a person lives it: the installed binary in a real pseudo-terminal (tmux), keys typed, Ctrl+C, resume.
// tmux runs on a private socket (-L) so it never touches the user's sessions; every wait polls the screen with a bound.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tempDir } from './helpers/cli.js';

const socket = `ex-maturity-test-${process.pid}-${Date.now()}`;
// Each run of the binary gets its own session; ended ones stay until kill-server (killing the last session would stop the
// tmux server, and a new session started right then can race with it).
let session = '';
const hasTmux = spawnSync('tmux', ['-V']).status === 0;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', env: { ...process.env, TERM: process.env.TERM || 'xterm-256color' } });
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** What the terminal shows now (the visible screen). */
const screen = () => tmux('capture-pane', '-p', '-t', session);

/** Waits until the screen shows a text; fails with the screen's content after a bounded time, never hangs. */
async function waitFor(expected: string | RegExp, ms = 15_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const shown = screen();
    if (typeof expected === 'string' ? shown.includes(expected) : expected.test(shown)) return shown;
    if (Date.now() > until) throw new Error(`the terminal never showed ${String(expected)}; it shows:\n${shown}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts the installed binary in a fresh 120×50 terminal, as a user with no CI, English, no colour and a private cache. */
function start(name: string, cache: string, cwd: string, args: string[]): void {
  session = name;
  const command = [
    'env -u CI -u LC_ALL -u LC_MESSAGES -u FORCE_COLOR -u npm_command',
    `XDG_CACHE_HOME=${quote(cache)} LANG=en_US.UTF-8 NO_COLOR=1`,
    quote(process.execPath),
    quote(inject('installedBin')),
    ...args.map(quote),
    '; echo "[exit $?]"; exec sleep 600',
  ].join(' ');
  tmux('new-session', '-d', '-x', '120', '-y', '50', '-s', session, '-c', cwd, command);
}

/** Answers question k of 25 with keys, once its prompt is on screen. */
async function answer(k: number, ...keys: string[]): Promise<void> {
  await waitFor(`? [${k}/25]`);
  // A question ignores keys for a moment once drawn (a key pressed before it could be read must not answer it).
  await new Promise((r) => setTimeout(r, 400));
  tmux('send-keys', '-t', session, ...keys);
}

describe('the interview in a real terminal', () => {
  beforeAll(() => {
    // Not a skip: without tmux this end-to-end test cannot say the interview works, so it fails and says why.
    if (!hasTmux) throw new Error('tmux is needed for the terminal test: install it (apt-get install tmux).');
  });
  afterAll(() => {
    if (!hasTmux) return;
    const path = spawnSync('tmux', ['-L', socket, 'display-message', '-p', '#{socket_path}'], { encoding: 'utf8' }).stdout.trim();
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    if (path) rmSync(path, { force: true });
  });

  it('answers, goes back, stops with Ctrl+C, resumes with --resume, finishes and saves with --output', async () => {
    const cache = tempDir();
    const cwd = tempDir();
    const draft = join(cache, 'ex-maturity', 'draft-ex-25.json');

    start('first', cache, cwd, []);
    // The intro waits for Enter before the first statement (issue 25).
    expect(await waitFor('Enter to go on')).toContain('Your answers stay on this machine');
    await new Promise((r) => setTimeout(r, 400));
    tmux('send-keys', '-t', session, 'Enter');
    const welcome = await waitFor('? [1/25] Purpose');
    expect(welcome).toContain('Your answers stay on this machine');
    expect(welcome).toMatch(/1\. Strongly disagree\s+2\. Somewhat disagree\s+3\. Somewhat agree\s+4\. Strongly agree\s+5\. Don’t know/);
    await answer(1, '3', 'Enter'); // the digit of a scale value, then Enter
    await answer(2, '5', 'Enter'); // don't know
    await answer(3, '6', 'Enter'); // ← previous question
    expect(await waitFor('Your answer: Don’t know')).toContain('? [2/25] Purpose');
    await answer(2, '2', 'Enter'); // changed to "Somewhat disagree"
    await answer(3, 'Down', 'Down', 'Down', 'Enter'); // arrows work too: the 4th entry
    await answer(4, 'C-c');
    const stopped = await waitFor('[exit 130]');
    expect(stopped).toContain('Stopped. Your 3 answers are kept on this machine. To resume, run:\n  ex-maturity --resume');
    expect(stopped).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(JSON.parse(readFileSync(draft, 'utf8')).data).toEqual({ 'sense-1': 3, 'sense-2': 2, 'sense-3': 4 });

    const out = join(cwd, 'result.json');
    start('second', cache, cwd, ['--resume', '--output', out]);
    await waitFor('Enter to go on');
    await new Promise((r) => setTimeout(r, 400));
    tmux('send-keys', '-t', session, 'Enter');
    expect(await waitFor('? [4/25]')).toContain('Resuming: 3 answers already given.');
    for (let k = 4; k <= 25; k++) await answer(k, '4', 'Enter');
    const end = await waitFor('[exit 0]');
    expect(end).toContain(`Saved: ${out}`);

    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.answers).toMatchObject({ 'sense-1': 3, 'sense-2': 2, 'sense-3': 4, 'sense-4': 4, 'ecosystem-5': 4 });
    expect(Object.keys(result.answers)).toHaveLength(25);
    // Sense: mean 3.4 on 1..4 → 80; the four others all 4 → 100; overall (80 + 4 × 100) / 5 = 96, level 3.
    expect(result.dimensions.map((d: { id: string; score: number }) => [d.id, d.score])).toEqual([
      ['sense', 80],
      ['fulfilment', 100],
      ['connections', 100],
      ['image', 100],
      ['ecosystem', 100],
    ]);
    expect(result.overall).toMatchObject({ score: 96, level: 3 });
    expect(existsSync(draft)).toBe(false);
  });
});
