// The room never loses an acknowledged answer, through the installed binary on 127.0.0.1: two rooms on one journal,
// a closed terminal (SIGHUP with standard output gone), a full disk (a small tmpfs, when this machine lets the test
// mount one), a journal that is a folder or a FIFO; and what a room full of phones meets: seats, the facilitator's
// confirmation, figures in steps, "Change my answers", 300 phones behind one address at a human pace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { networkInterfaces } from 'node:os';
import { describe, expect, inject, it } from 'vitest';
import instrumentData from '../questions/ex-25.yaml';
import { parseJournal } from '../src/room/journal.js';
import { cli, tempDir } from './helpers/cli.js';
import { http, Participant, startRoom, type RunningRoom } from './helpers/room.js';
import { EX25_IDS } from './helpers/model.js';

const IDS = EX25_IDS;
const journalFile = (cache: string) => join(cache, 'ex-maturity', 'room-ex-25.jsonl');
const env = (cache: string) => ({ XDG_CACHE_HOME: cache });

/** An answer acknowledged by the room (303): which participant, which statement, which value. */
interface Ack {
  pid: string;
  id: string;
  value: string;
}

/** Plays a participant through the whole sheet, recording every acknowledged answer; refusals are left as they are. */
async function play(p: Participant, k: number, acks: Ack[], value = (i: number) => String(((i + k) % 4) + 1)): Promise<boolean> {
  try {
    await p.post({ nav: 'start', step: '0' });
    for (let i = 0; i < IDS.length; i++) {
      const v = value(i);
      const r = await p.post({ nav: 'next', step: String(i + 1), [IDS[i]!]: v });
      if (r.status === 303) acks.push({ pid: p.cookie.split('=')[1]!, id: IDS[i]!, value: v });
    }
    return (await p.post({ nav: 'send', step: String(IDS.length + 1) })).status === 303;
  } catch {
    return false; // the room went away mid-request: never acknowledged
  }
}

/** The acknowledged answers missing from a journal's text (the last value per participant and statement). */
function lost(text: string, acks: Ack[]): Ack[] {
  const parsed = parseJournal(text)!;
  const last = new Map<string, string>();
  for (const r of parsed.records) if ('p' in r) for (const [id, v] of Object.entries(r.a ?? {})) last.set(`${r.p}|${id}`, String(v));
  const want = new Map(acks.map((a) => [`${a.pid}|${a.id}`, a]));
  return [...want.values()].filter((a) => last.get(`${a.pid}|${a.id}`) !== a.value);
}

describe('room: closing the terminal window', () => {
  it('in a real terminal (tmux): closing the window keeps the journal and never crashes Node; --resume gets every sheet', async () => {
    if (spawnSync('tmux', ['-V']).status !== 0) throw new Error('tmux is needed for the terminal test: install it (apt-get install tmux).');
    const socket = `ex-maturity-room-${process.pid}-${Date.now()}`;
    const cache = tempDir();
    const q = (x: string) => `'${x.replace(/'/g, `'\\''`)}'`;
    // The room is the terminal's own process (exec), as a shell's job would be: closing the window sends it SIGHUP.
    const command = `exec env -u CI NO_COLOR=1 LANG=en_US.UTF-8 XDG_CACHE_HOME=${q(cache)} ${q(process.execPath)} ${q(inject('installedBin'))} room --host 127.0.0.1 --min-group 1`;
    const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
    const lock = `${journalFile(cache)}.lock`;
    try {
      expect(tmux('new-session', '-d', '-x', '120', '-y', '60', '-s', 'room', 'sh', '-c', command).status).toBe(0);
      let header: { join: string; port?: number } | undefined;
      for (let t = 0; !header?.port && t < 500; t++) {
        await new Promise((r) => setTimeout(r, 20));
        if (existsSync(journalFile(cache))) header = parseJournal(readFileSync(journalFile(cache), 'utf8'))?.header;
      }
      const join_ = `http://127.0.0.1:${header!.port}/j/${header!.join}`;
      const acks: Ack[] = [];
      expect(await Promise.all([0, 1].map((k) => play(new Participant(join_), k, acks)))).toEqual([true, true]);
      const pid = Number(readFileSync(lock, 'utf8'));
      tmux('kill-session', '-t', 'room'); // the window is closed
      const alive = () => spawnSync('kill', ['-0', String(pid)]).status === 0;
      for (let t = 0; alive() && t < 500; t++) await new Promise((r) => setTimeout(r, 20));
      expect(alive()).toBe(false); // it ends, never hangs
      // A clean end removes the lock; an abort (a native assertion on the closed terminal) would leave it.
      expect(existsSync(lock)).toBe(false);
      expect(existsSync(journalFile(cache))).toBe(true);
      expect(lost(readFileSync(journalFile(cache), 'utf8'), acks)).toEqual([]);
    } finally {
      tmux('kill-server');
    }
    const again = await startRoom(['--resume', '--min-group', '1', '--format', 'json', '--output', 'team.json'], cache);
    expect((await again.stop()).code).toBe(0);
    expect(JSON.parse(readFileSync(join(cache, 'team.json'), 'utf8')).respondents).toBe(2);
  });
});

describe('room: a journal that is not a file', () => {
  it('a folder, a FIFO, or a cache folder that is a file: exit 2 naming it, in every start mode, never a hang', () => {
    for (const kind of ['folder', 'fifo'] as const) {
      for (const mode of [[], ['--resume'], ['--restart']]) {
        const cache = tempDir();
        mkdirSync(join(cache, 'ex-maturity'));
        if (kind === 'folder') mkdirSync(journalFile(cache));
        else expect(spawnSync('mkfifo', [journalFile(cache)]).status).toBe(0);
        const r = cli(['room', '--host', '127.0.0.1', ...mode], { env: env(cache) });
        expect([r.code, kind, mode], r.stderr).toEqual([2, kind, mode]);
        expect(r.stderr).toContain(`${journalFile(cache)} is not a regular file`);
        expect(r.stderr).not.toMatch(/at .*\.cjs|internal error/i);
      }
    }
    const cache = tempDir();
    writeFileSync(join(cache, 'ex-maturity'), 'a file where the cache folder goes');
    const r = cli(['room', '--host', '127.0.0.1'], { env: env(cache) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`The cache folder ${join(cache, 'ex-maturity')} cannot be written`);
  });
});

describe('room: nothing acknowledged is lost', () => {
  it('two rooms on one journal: the second is refused, naming the first one\'s process; every answer reaches the aggregate', async () => {
    const cache = tempDir();
    const out = tempDir();
    const room = await startRoom(['--min-group', '1', '--format', 'json', '--output', join(out, 'team.json')], cache);
    const acks: Ack[] = [];
    const people = Array.from({ length: 4 }, () => new Participant(room.join));
    const burst = Promise.all(people.map((p, k) => play(p, k, acks)));
    for (const mode of ['--resume', '--restart']) {
      const second = cli(['room', '--host', '127.0.0.1', mode, '--min-group', '1'], { env: env(cache) });
      expect(second.code).toBe(2);
      expect(second.stderr).toContain(`${journalFile(cache)} is in use by another room (process ${room.proc.pid})`);
    }
    expect((await burst).every(Boolean)).toBe(true);
    expect(lost(readFileSync(journalFile(cache), 'utf8'), acks)).toEqual([]);
    expect((await room.stop()).code).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'team.json'), 'utf8'));
    expect([doc.respondents, acks.length]).toEqual([4, 4 * IDS.length]);
  });

  it('closing the terminal (SIGHUP, standard output gone): the journal is kept, and --resume --output gets every sheet', async () => {
    const cache = tempDir();
    const room = await startRoom(['--min-group', '1'], cache);
    const acks: Ack[] = [];
    const people = Array.from({ length: 3 }, () => new Participant(room.join));
    expect(await Promise.all(people.map((p, k) => play(p, k, acks)))).toEqual([true, true, true]);
    room.proc.stdout!.destroy(); // the window is closed: nothing can be written to it any more
    const r = await room.stop('SIGHUP');
    expect(r.signal, r.stderr).toBe(null); // no native crash
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).not.toContain('Its journal is deleted');
    expect(r.stderr).toContain('room --resume --output FILE');
    expect(existsSync(journalFile(cache))).toBe(true);
    expect(lost(readFileSync(journalFile(cache), 'utf8'), acks)).toEqual([]);

    const again = await startRoom(['--resume', '--min-group', '1', '--format', 'json', '--output', 'team.json'], cache);
    const closed = await again.stop(); // at once: a signal as soon as the links show closes the room
    expect([closed.code, closed.signal], closed.stderr.slice(-300)).toEqual([0, null]);
    expect(JSON.parse(readFileSync(join(cache, 'team.json'), 'utf8')).respondents).toBe(3);
    expect(existsSync(journalFile(cache))).toBe(false);
  });

  it('a journal write that fails (a file size limit, which needs no root): the participant gets a page, the facilitator\'s screen says why, nothing acknowledged is lost', async () => {
    const cache = tempDir();
    const room = await startRoom(['--min-group', '1'], cache, undefined, {}, { fileLimitKiB: 4 });
    try {
      const acks: Ack[] = [];
      const refused: { status: number; body: string }[] = [];
      for (let k = 0; k < 10 && !refused.length; k++) {
        const p = new Participant(room.join);
        await p.post({ nav: 'start', step: '0' });
        for (let i = 0; i < IDS.length && !refused.length; i++) {
          const r = await p.post({ nav: 'next', step: String(i + 1), [IDS[i]!]: String(((i + k) % 4) + 1) });
          if (r.status === 303) acks.push({ pid: p.cookie.split('=')[1]!, id: IDS[i]!, value: String(((i + k) % 4) + 1) });
          else refused.push(r);
        }
      }
      expect(refused.map((r) => r.status)).toEqual([503]);
      expect(refused[0]!.body).toContain('could not be saved');
      await expect.poll(() => room.stderr()).toContain(`An answer could not be saved in ${journalFile(cache)} (EFBIG)`);
      expect(acks.length).toBeGreaterThan(10);
      expect(lost(readFileSync(journalFile(cache), 'utf8'), acks)).toEqual([]);
    } finally {
      room.proc.kill('SIGKILL');
      await room.stop();
    }
  });

  it('a full disk: answers that cannot be saved are refused with a page and said on the facilitator\'s screen; none acknowledged is lost', async (t) => {
    const cache = tempDir();
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', cache]);
    if (mounted.status !== 0) t.skip(`a small tmpfs cannot be mounted here (${String(mounted.stderr).trim() || 'mount refused'}); the unit test in room-logic.test.ts injects the failing write instead`);
    try {
      // A filler takes most of the space; removing it later frees the disk.
      writeFileSync(join(cache, 'filler'), Buffer.alloc(4 * 1024));
      const out = tempDir();
      const room = await startRoom(['--min-group', '1', '--format', 'json', '--output', join(out, 'team.json')], cache, out);
      const acks: Ack[] = [];
      const refused: number[] = [];
      const people = Array.from({ length: 8 }, () => new Participant(room.join));
      const runs = people.map(async (p, k) => {
        await p.post({ nav: 'start', step: '0' }).catch(() => undefined);
        for (let i = 0; i < IDS.length; i++) {
          const v = String(((i + k) % 4) + 1);
          const r = await p.post({ nav: 'next', step: String(i + 1), [IDS[i]!]: v });
          if (r.status === 303) acks.push({ pid: p.cookie.split('=')[1]!, id: IDS[i]!, value: v });
          else {
            refused.push(r.status);
            expect(r.body).toContain('could not be saved');
          }
        }
      });
      await Promise.all(runs);
      expect(refused.length).toBeGreaterThan(0);
      expect(new Set(refused)).toEqual(new Set([503]));
      expect(room.stderr()).toContain('could not be saved in');
      rmSync(join(cache, 'filler'));
      // Space again: the same people go on, and every line is whole.
      const more = new Participant(room.join);
      expect(await play(more, 1, acks)).toBe(true);
      const text = readFileSync(journalFile(cache), 'utf8');
      const parsed = parseJournal(text)!;
      expect([parsed.tornBytes, parsed.badLines]).toEqual([0, 0]);
      expect(lost(text, acks)).toEqual([]);
      room.proc.kill('SIGKILL');
      await room.stop();
      expect(lost(readFileSync(journalFile(cache), 'utf8'), acks)).toEqual([]);
    } finally {
      spawnSync('umount', ['-l', cache]);
    }
  });
});

describe('room: seats, steps and changes', () => {
  async function projector(room: RunningRoom): Promise<string> {
    return (await http(room.facilitator)).body;
  }

  it('--seats: completions beyond are refused; figures wait for y on the terminal, then move only in steps', async () => {
    const cache = tempDir();
    const room = await startRoom(['--seats', '3', '--min-group', '2', '--format', 'json', '--output', 'team.json'], cache);
    try {
      expect(room.stderr()).not.toContain('cannot be checked against the room');
      const acks: Ack[] = [];
      const [a, b, c, d] = Array.from({ length: 4 }, () => new Participant(room.join));
      expect(await play(a!, 0, acks)).toBe(true);
      expect(await play(b!, 1, acks)).toBe(true);
      let page = await projector(room);
      expect(page).toContain('<b>2 of 3</b>completed');
      expect(page).toContain('waiting for the facilitator to confirm the count');
      expect(page).not.toContain('<section class="st">');
      expect(page, page).toContain('anonymity threshold of 2, below 3'); // --min-group 2: the low-threshold warning, on the projector too
      for (let t = 0; !room.stderr().includes('Press y to show the new figures') && t < 200; t++) await new Promise((r) => setTimeout(r, 20));
      room.proc.stdin!.write('y');
      for (let t = 0; !(page = await projector(room)).includes('<section class="st">') && t < 100; t++) await new Promise((r) => setTimeout(r, 20));
      expect(page).toContain('Figures from 2 answer sheets');
      const shown = page.match(/<section class="st">[\s\S]*<\/main>/)![0];
      // A change to a sent sheet, through "Change my answers" on the sent page, waits for the next step.
      const change = await a!.post({ nav: 'change', step: String(IDS.length + 2) });
      expect([change.status, change.headers.location]).toEqual([303, `${new URL(room.join).pathname}?step=1&lang=en`]);
      expect((await a!.post({ nav: 'next', step: '1', 'sense-1': '4' })).status).toBe(303);
      expect(await play(c!, 2, acks)).toBe(true);
      page = await projector(room);
      expect(page.match(/<section class="st">[\s\S]*<\/main>/)![0]).toBe(shown);
      expect(page).toContain('the next update needs 1 more sheet');
      // The fourth phone is one too many.
      await d!.post({ nav: 'start', step: '0' });
      for (let i = 0; i < IDS.length; i++) await d!.post({ nav: 'next', step: String(i + 1), [IDS[i]!]: '1' });
      const full = await d!.post({ nav: 'send', step: String(IDS.length + 1) });
      expect(full.status).toBe(409);
      expect(full.body).toContain('Every seat of this room has already sent its answers');
    } finally {
      expect((await room.stop()).code).toBe(0);
    }
    expect(JSON.parse(readFileSync(join(cache, 'team.json'), 'utf8')).respondents).toBe(3);
  });

  it('without --seats, says at start that the count cannot be checked', async () => {
    const cache = tempDir();
    const room = await startRoom(['--min-group', '1'], cache);
    expect(room.stderr()).toContain('Without --seats, the number of answer sheets cannot be checked against the room');
    expect(room.stderr()).toContain('this machine only');
    await room.stop();
  });
});

describe('room: what it says at start', () => {
  it('refuses an instrument too long for a room, clearly (never a room where every send fails)', () => {
    const dir = tempDir();
    const big = structuredClone(instrumentData) as { id: string; dimensions: { id: string; questions: { id: string }[] }[]; retired?: unknown };
    big.id = 'big';
    delete big.retired; // its numbered ids reuse the retired ones
    for (const d of big.dimensions) d.questions = Array.from({ length: 2000 }, (_, i) => ({ ...d.questions[i % d.questions.length]!, id: `${d.id}-${i + 1}` }));
    writeFileSync(join(dir, 'big.yaml'), JSON.stringify(big));
    const r = cli(['room', '--host', '127.0.0.1', '--instrument', join(dir, 'big.yaml')], { env: env(dir) });
    expect([r.code, r.stderr.trim()]).toEqual([2, 'ex-maturity: This instrument has 10000 statements: a room takes at most 500 (one per phone screen). Use the interview, or answers files with aggregate.']);
  });

  it('colours the QR code as the command line decides: FORCE_COLOR on, --no-color off', async () => {
    for (const [extra, env2, coloured] of [[[], { NO_COLOR: undefined, FORCE_COLOR: '1' }, true], [['--no-color'], { NO_COLOR: undefined, FORCE_COLOR: '1' }, false]] as const) {
      const room = await startRoom(['--min-group', '1', ...extra], tempDir(), undefined, env2);
      expect(room.stderr().includes('\x1b[97;40m'), extra.join(' ')).toBe(coloured);
      await room.stop();
    }
  });

  it('a wildcard --host prints one link per address of the machine, never 0.0.0.0', async () => {
    const cache = tempDir();
    const { spawn } = await import('node:child_process');
    const proc = spawn(process.execPath, [inject('installedBin'), 'room', '--host', '0.0.0.0', '--min-group', '1'], { env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', XDG_CACHE_HOME: cache }, stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    proc.stderr.on('data', (d) => (err += d));
    for (let t = 0; !err.includes('Press q') && t < 500; t++) await new Promise((r) => setTimeout(r, 20));
    proc.kill('SIGTERM');
    await new Promise((r) => proc.on('exit', r));
    expect(err).toContain('Listening on every address of this machine');
    expect(err).not.toContain('http://0.0.0.0');
    const links = err.match(/http:\/\/[\d.]+:\d+\/j\//g) ?? [];
    const expected = Object.values(networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal).length;
    expect(links.length).toBe(Math.max(1, expected));
  });
});

describe('room: many phones behind one address', () => {
  it('300 participants behind one NAT at a human pace are never refused; one phone hammering is, with a page', async () => {
    const cache = tempDir();
    const room = await startRoom(['--min-group', '5'], cache);
    try {
      const nat = '127.0.0.77';
      const statuses = new Map<number, number>();
      const count = (s: number) => statuses.set(s, (statuses.get(s) ?? 0) + 1);
      const pause = () => new Promise((r) => setTimeout(r, 700 + Math.random() * 600));
      const people = Array.from({ length: 300 }, () => new Participant(room.join, nat));
      const origin = new URL(room.join).origin;
      await Promise.all(
        people.map(async (p, k) => {
          await new Promise((r) => setTimeout(r, Math.random() * 1000));
          const first = await http(room.join, { localAddress: nat, fresh: true });
          count(first.status);
          for (let i = 0; i <= 4; i++) {
            const r = await p.post(i === 0 ? { nav: 'start', step: '0' } : { nav: 'next', step: String(i), [IDS[i - 1]!]: String(((i + k) % 4) + 1) }, true);
            count(r.status);
            // Without JavaScript the browser follows the redirect: a second request per click.
            if (r.status === 303) count((await http(`${origin}${r.headers.location}`, { localAddress: nat, headers: { cookie: p.cookie }, fresh: true })).status);
            await pause();
          }
        }),
      );
      expect(Object.fromEntries(statuses)).toEqual({ 200: 300 * 6, 303: 300 * 5 });
      // One phone (or a script with its cookie) hammering is slowed down with a page, and the connection closed.
      const cookie = people[0]!.cookie;
      const flood = await Promise.all(Array.from({ length: 200 }, () => http(room.join, { localAddress: nat, headers: { cookie } }).catch(() => undefined)));
      const busy = flood.find((r) => r?.status === 429);
      expect(busy).toBeDefined();
      expect(busy!.headers.connection).toBe('close');
      expect(busy!.body).toContain('wait a second');
    } finally {
      await room.stop();
    }
  });
});
