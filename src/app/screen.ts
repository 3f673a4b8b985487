// The facilitator's terminal for commands that serve while a person watches (the room): messages and a live board on
// standard error, single keys on standard input, colour as the command line decided it. A terminal that goes away
// (a closed window: EIO, SIGHUP) never crashes the tool: writes are dropped and the terminal's mode is left alone.
import type { AppContext } from './context.js';
import { followColor } from './tool.js';

/** Where a facilitator reads and types. */
export interface Screen {
  /** Writes text as it is (no newline added). */
  write(text: string): void;
  /** Whether it is a terminal (then a board is redrawn in place), its size, and colour. */
  tty: boolean;
  columns: number;
  rows: number;
  color: boolean;
  /** Calls back with each key typed (Ctrl+C as "\x03"); returns a function that stops listening (told when the terminal is gone). */
  onKey(key: (k: string) => void): (terminalGone?: boolean) => void;
}

/** The process's terminal as a Screen, following the app's colour decision (--no-color, NO_COLOR, FORCE_COLOR). */
export function terminalScreen(ctx: AppContext): Screen {
  const err = process.stderr;
  let color = false;
  followColor((level) => {
    color = level > 0;
  });
  let gone = false;
  err.on('error', () => {
    gone = true;
  });
  return {
    write: (t) => {
      if (!gone) err.write(t);
    },
    tty: Boolean(err.isTTY),
    get columns() {
      return err.isTTY ? err.columns : ctx.width;
    },
    get rows() {
      return err.isTTY ? err.rows : 10_000;
    },
    get color() {
      return color;
    },
    onKey(key) {
      const stdin = process.stdin;
      const raw = stdin.isTTY;
      const onData = (d: Buffer) => {
        for (const ch of d.toString('utf8')) key(ch);
      };
      const onError = () => {
        gone = true;
      };
      if (raw) stdin.setRawMode(true);
      stdin.on('data', onData);
      stdin.on('error', onError);
      stdin.resume();
      return (terminalGone) => {
        if (terminalGone) gone = true;
        stdin.off('data', onData);
        // Setting the mode of a terminal that went away aborts Node (a native assertion): leave it alone then.
        if (raw && !gone && !stdin.destroyed) {
          try {
            stdin.setRawMode(false);
          } catch {
            // the terminal closed meanwhile
          }
        }
        stdin.pause();
        stdin.unref?.();
      };
    },
  };
}
