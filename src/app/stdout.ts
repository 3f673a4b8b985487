// Standard output without creating `process.stdout` when it is not a terminal (a file, a pipe, /dev/null): Node builds
// that stream lazily, and building it (with the net and stream stacks behind it) cost 1.4–2.9 ms of a run that takes
// about 40 (issue 14, `npm run bench`). Data then goes out with fs.writeSync, which is what the stream does for files
// and pipes anyway, so the bytes and their order are the same. A terminal still gets process.stdout.
import { fstatSync, statSync, writeSync } from 'node:fs';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';

/**
 * Whether a file descriptor is a terminal. Files, pipes, sockets and /dev/null are told apart by fstat first, because
 * loading node:tty (for isatty) loads the net and stream stacks with it: only other character devices ask it.
 */
export function isTerminal(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice() || st.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  return process.getBuiltinModule('node:tty').isatty(fd);
}

/** Whether standard output is a terminal (asked of the file descriptor, so no stream is created). */
export const stdoutIsTTY = isTerminal(1);

let stream: NodeJS.WriteStream | undefined;
let failed: (code: string) => void = () => {};
/** What to do when standard output fails after a write was accepted (a full disk, a broken device): set by the command line. */
export function onStdoutFailure(handler: (code: string) => void): void {
  failed = handler;
}

/** process.stdout, with a closed pipe (`ex-maturity questions | head`) made a quiet stop instead of an error. */
export function stdoutStream(): NodeJS.WriteStream {
  if (!stream) {
    stream = process.stdout;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      broken = true;
      if (e.code !== 'EPIPE') failed(e.code ?? '');
    });
  }
  return stream;
}

let closed = false;
let broken = false;

/** Resolves whether everything written to standard output so far was accepted (no closed pipe, no lost terminal). */
export function stdoutDelivered(): Promise<boolean> {
  if (closed || broken) return Promise.resolve(false);
  if (!stream) return Promise.resolve(true);
  const s = stream;
  return new Promise((resolve) => {
    if (s.destroyed || !s.writable) return resolve(false);
    s.write('', (e) => resolve(!e && !broken));
  });
}
/** Writes text to standard output: synchronously to a file or pipe, through process.stdout to a terminal. */
export function writeStdout(text: string): void {
  if (stdoutIsTTY || stream) return void stdoutStream().write(text);
  if (closed) return;
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(1, bytes, done);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return void (closed = true);
      // A pipe left non-blocking by whoever opened it: the stream waits for it to drain.
      if (code === 'EAGAIN') return void stdoutStream().write(bytes.subarray(done));
      // A full disk or a broken device (`> /dev/full`): a user's situation (exit 2, one message), never a stack trace.
      closed = true;
      throw new UserError(msg('io.stdoutFailed', { code: code ?? '' }));
    }
  }
}
