import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';

/** Largest file the tool reads as one document (answers, instrument, matrix): far above any real one. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Reads a user's text file (or stdin for "-"): refuses missing, huge, empty and binary files with a clear message. */
export function readUserText(file: string, readStdin: () => Buffer = () => readFileSync(0)): string {
  let buf: Buffer;
  if (file === '-') {
    if (process.stdin.isTTY) throw new UserError(msg('io.stdinTty'));
    buf = readStdin();
  } else {
    let size: number;
    try {
      const st = statSync(file);
      if (st.isDirectory()) throw new UserError(msg('io.isFolder', { file }), 2, { file });
      size = st.size;
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(msg('io.fileNotFound', { file }), 2, { file });
    }
    if (size > MAX_FILE_BYTES) throw tooBig(file, size);
    try {
      buf = readFileSync(file);
    } catch {
      throw new UserError(msg('io.cannotRead', { file }), 2, { file });
    }
  }
  const name = file === '-' ? 'stdin' : file;
  if (buf.length > MAX_FILE_BYTES) throw tooBig(name, buf.length);
  let text: string;
  try {
    if (buf.includes(0)) throw new Error('NUL');
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new UserError(msg('io.notUtf8', { file: name }), 2, { file: name });
  }
  if (text.trim() === '') throw new UserError(msg('io.empty', { file: name }), 2, { file: name });
  return text;
}

function tooBig(file: string, bytes: number): UserError {
  return new UserError(msg('io.tooBig', { file, bytes, max: MAX_FILE_BYTES }), 2, { file });
}
