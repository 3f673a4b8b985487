import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';

/** Largest file the tool reads as one document (answers, instrument, matrix): far above any real one. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Waits a little without spinning (a synchronous reader waiting for a slow pipe, a lock held by another run). */
export function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Reads a file descriptor to its end, whatever the pipe does: a writer that pauses (EAGAIN on a non-blocking pipe) is
 * waited for, and reading stops past `max` bytes (the caller refuses the file then).
 */
export function readToEnd(fd: number, max = MAX_FILE_BYTES): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  // One buffer to read into for every file (reading is synchronous): a new one for each of 10,000 answers files
  // cost about a twentieth of reading them (issue 14).
  const chunk = (scratch ??= Buffer.allocUnsafe(64 * 1024));
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
        pause(5);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
    if (total > max) break;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}
let scratch: Buffer | undefined;

let stdinText: Buffer | undefined;

/** Standard input, read once to its end (a second "-" in the same run reads the same text). */
function readStdin(): Buffer {
  if (stdinText === undefined) {
    try {
      stdinText = readToEnd(0);
    } catch {
      throw new UserError(msg('io.stdinFailed'), 2, { file: 'stdin' });
    }
  }
  return stdinText;
}

/**
 * Reads a user's file as bytes. A regular file, or a pipe / FIFO the user named (read as a stream to its end, opened
 * without ever blocking: a FIFO nobody writes to reads as empty). Folders, devices and sockets are refused.
 */
function readUserBytes(file: string): Buffer {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(msg('io.cannotRead', { file }), 2, { file });
    if (code === 'ENOTDIR') throw new UserError(msg('io.notDirOnPath', { file }), 2, { file });
    throw new UserError(msg('io.fileNotFound', { file }), 2, { file });
  }
  if (st.isDirectory()) throw new UserError(msg('io.isFolder', { file }), 2, { file });
  if (!st.isFile() && !st.isFIFO()) throw new UserError(msg('io.notRegular', { file }), 2, { file });
  if (st.isFile() && st.size > MAX_FILE_BYTES) throw tooBig(file, st.size);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    throw new UserError(msg('io.cannotRead', { file }), 2, { file });
  }
  try {
    // What was opened may not be what was checked (a file swapped meanwhile): check again on the open file.
    const now = fstatSync(fd);
    if (!now.isFile() && !now.isFIFO()) throw new UserError(msg('io.notRegular', { file }), 2, { file });
    return readToEnd(fd);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(msg('io.cannotRead', { file }), 2, { file });
  } finally {
    closeSync(fd);
  }
}

/** Reads a user's text file (or stdin for "-"): refuses missing, huge, empty, binary and special files with a clear message. */
export function readUserText(file: string, read: () => Buffer = readStdin): string {
  let buf: Buffer;
  if (file === '-') {
    if (process.stdin.isTTY) throw new UserError(msg('io.stdinTty'));
    buf = read();
  } else {
    buf = readUserBytes(file);
  }
  const name = file === '-' ? 'stdin' : file;
  if (buf.length > MAX_FILE_BYTES) throw tooBig(name, buf.length);
  let text: string;
  try {
    // (isUtf8 and toString, not a fatal TextDecoder made for each file: a tenth of reading 10,000 files, issue 14)
    if (buf.includes(0) || !isUtf8(buf)) throw new Error('not UTF-8');
    text = buf.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } catch {
    throw new UserError(msg('io.notUtf8', { file: name }), 2, { file: name });
  }
  if (text.trim() === '') throw new UserError(msg('io.empty', { file: name }), 2, { file: name });
  return text;
}

function tooBig(file: string, bytes: number): UserError {
  return new UserError(msg('io.tooBig', { file, bytes, max: MAX_FILE_BYTES }), 2, { file });
}
