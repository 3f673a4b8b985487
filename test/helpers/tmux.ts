// The installed binary in a real terminal: tmux on a private socket (-L, never the user's sessions), keys typed, the
// screen read back; every wait polls with a bound and fails with what the screen shows, never hangs.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { inject } from 'vitest';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Waits a number of milliseconds. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The columns a line takes in a terminal (combining marks take none). */
export const columnsOf = (line: string) => [...line].filter((ch) => !/\p{M}/u.test(ch)).length;

/** A private tmux server; each `start` opens a session in it, `close` ends the server and removes its socket. */
export function tmuxTerminal(name: string) {
  const socket = `ex-maturity-${name}-${process.pid}-${Date.now()}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', env: { ...process.env, TERM: process.env.TERM || 'xterm-256color' } });
  let session = '';
  const pane = (history = true, join = false) => tmux('capture-pane', '-p', ...(join ? ['-J'] : []), '-t', session, ...(history ? ['-S', '-400'] : []));
  return {
    /** Starts the installed binary in a fresh terminal of that size, as a user with no CI, no colour, a language and a private cache. */
    start(id: string, cols: number, rows: number, opts: { cache: string; cwd: string; lang: string }, args: string[] = []): void {
      session = id;
      const command = ['env -u CI -u LC_ALL -u LC_MESSAGES -u FORCE_COLOR -u npm_command -u COLUMNS', `XDG_CACHE_HOME=${quote(opts.cache)} LANG=${opts.lang} NO_COLOR=1`, quote(process.execPath), quote(inject('installedBin')), ...args.map(quote), '; echo "[exit $?]"; exec sleep 600'].join(' ');
      tmux('new-session', '-d', '-x', String(cols), '-y', String(rows), '-s', session, '-c', opts.cwd, command);
    },
    /** Types keys (tmux key names: Enter, Down, C-c…); with `literal`, the text as typed characters. */
    keys(...keys: string[]): void {
      tmux('send-keys', '-t', session, ...keys);
    },
    literal(text: string): void {
      tmux('send-keys', '-t', session, '-l', text);
    },
    /** What the terminal shows now: the visible screen only, or with the lines scrolled above it. */
    screen: () => pane(false),
    history: () => pane(true),
    /** The screen with its history, lines the terminal wrapped joined back (to read a text whole). */
    joined: () => pane(true, true),
    /** Waits until the screen (with its history) shows a text; fails with the screen's content after a bounded time. */
    async waitFor(expected: string | RegExp, ms = 15_000): Promise<string> {
      const until = Date.now() + ms;
      for (;;) {
        const shown = pane();
        if (typeof expected === 'string' ? shown.includes(expected) : expected.test(shown)) return shown;
        if (Date.now() > until) throw new Error(`the terminal never showed ${String(expected)}; it shows:\n${shown}`);
        await sleep(50);
      }
    },
    /** Ends the tmux server and removes its socket. */
    close(): void {
      const path = spawnSync('tmux', ['-L', socket, 'display-message', '-p', '#{socket_path}'], { encoding: 'utf8' }).stdout.trim();
      spawnSync('tmux', ['-L', socket, 'kill-server']);
      if (path) rmSync(path, { force: true });
    },
  };
}
