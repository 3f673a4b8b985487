// Writing what the user asked for without destroying what it replaces. A regular file is written atomically (a
// temporary file in the same folder, then a rename) and keeps its permissions; a symbolic link is followed (the file it
// points to is replaced, the link stays a link); a character device, a FIFO or /dev/stdout is written directly, never
// replaced; a read-only file is refused. Temporary files are removed on SIGINT / SIGTERM / SIGHUP, and stale ones of
// this tool (left by a kill -9 or a power cut) are removed on the next write to that folder.
import { chmodSync, chownSync, closeSync, constants, lstatSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { msg, type Message } from '../i18n/index.js';
import { pause } from './read.js';

/** The temporary files being written now, removed if the process is stopped by a signal. */
const pending = new Set<string>();
let guarded = false;

/**
 * The name of this tool's temporary files: `.<name>.<pid>-<random>.ex-maturity.tmp`. Only names with that mark are
 * ever removed: a user's `.notes.12345.1700000000000.tmp` is not ours.
 */
const TEMP = /^\..+\.(\d+)-[0-9a-f]+\.ex-maturity\.tmp$/;

/** Removes the temporary files on a stop signal, then lets the signal do what it would have done. */
function guardSignals(): void {
  if (guarded) return;
  guarded = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      for (const tmp of pending) rmSync(tmp, { force: true });
      pending.clear();
      // Someone else handles this signal (an interactive command, the room): they decide. Else the default: stop.
      if (process.listenerCount(sig) > 1) return;
      process.removeListener(sig, onSignal);
      process.kill(process.pid, sig);
    };
    process.on(sig, onSignal);
  }
}

/** Whether a process is alive (a temporary file of a live run is not stale). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes this tool's temporary files left in a folder by runs that are gone (or older than an hour). */
function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const hourAgo = Date.now() - 3600_000;
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m) continue;
    const p = join(dir, name);
    if (pending.has(p)) continue;
    try {
      const st = lstatSync(p);
      if (!st.isFile()) continue;
      if (!alive(Number(m[1])) || st.mtimeMs < hourAgo) rmSync(p, { force: true });
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
}

/** The descriptor a path names directly (/dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N), if it is one. */
function namedDescriptor(file: string): number | undefined {
  if (file === '/dev/stdout') return 1;
  if (file === '/dev/stderr') return 2;
  const m = /^\/(?:dev\/fd|proc\/self\/fd)\/(\d+)$/.exec(file);
  return m ? Number(m[1]) : undefined;
}

/** Writes all of a buffer to a descriptor, waiting when a pipe is full. */
function writeAll(fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      pause(5);
    }
  }
}

function failure(file: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const text: Message =
    code === 'ENOSPC' || code === 'EDQUOT' ? msg('io.diskFull', { file, code })
    : code === 'ENOTDIR' ? msg('io.notDirOnPath', { file })
    : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? msg('io.notAllowed', { file, code })
    : code === 'ENXIO' ? msg('io.noReader', { file })
    : code === 'EIO' ? msg('io.failed', { file })
    : msg('io.writeFailed', { file, code });
  return new UserError(text, 2, { file });
}

/** Writes to something that is not a regular file (a terminal, /dev/null, a FIFO someone reads): directly, never replaced. */
function writeDirect(file: string, fd: number | undefined, content: string | Uint8Array): void {
  const data = typeof content === 'string' ? Buffer.from(content) : content;
  let own: number | undefined;
  try {
    own = fd ?? openSync(file, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    writeAll(own, data);
  } catch (e) {
    throw failure(file, e);
  } finally {
    if (fd === undefined && own !== undefined) closeSync(own);
  }
}

/** What a write will do to a target, decided before anything is written: the file to replace (links followed) and its current state. */
export interface WriteTarget {
  /** The regular file to replace (or create), links followed. */
  file: string;
  /** The current file, when there is one. */
  existing?: Stats;
  /** Set when the target is written directly (a device, a FIFO, a named descriptor). */
  direct?: { fd?: number };
}

/**
 * Checks a target before any work (so an --output that cannot be written fails before the interview, not after it):
 * a folder, a read-only file, a dangling link, a missing folder or a path through a file are refused.
 */
export function checkTarget(file: string): WriteTarget {
  const fd = namedDescriptor(file);
  if (fd !== undefined) return { file, direct: { fd } };
  let real = file;
  try {
    if (lstatSync(file).isSymbolicLink()) {
      try {
        real = realpathSync(file);
      } catch {
        throw new UserError(msg('io.danglingLink', { file }), 2, { file });
      }
      const again = namedDescriptor(real);
      if (again !== undefined) return { file, direct: { fd: again } };
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw failure(file, e);
  }
  let st: Stats | undefined;
  try {
    st = statSync(real);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw failure(file, e);
  }
  if (st) {
    if (st.isDirectory()) throw new UserError(msg('io.isFolder', { file }), 2, { file });
    if (st.isCharacterDevice() || st.isFIFO()) return { file: real, direct: {} };
    if (!st.isFile()) throw new UserError(msg('io.notRegular', { file }), 2, { file });
    if ((st.mode & 0o222) === 0) throw new UserError(msg('io.readOnly', { file }), 2, { file });
    return { file: real, existing: st };
  }
  const dir = dirname(real);
  let parent: Stats;
  try {
    parent = statSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(msg('input.folderMissing', { file, folder: dir }), 2, { file });
    throw failure(file, e);
  }
  if (!parent.isDirectory()) throw new UserError(msg('io.notDirOnPath', { file }), 2, { file });
  return { file: real };
}

/** Writes a file without destroying what it replaces (see the top of this file); `mode` for a new file (e.g. 0o600). */
export function writeAtomic(file: string, content: string | Uint8Array, mode?: number): void {
  const target = checkTarget(file);
  if (target.direct) return writeDirect(target.file, target.direct.fd, content);
  const dir = dirname(target.file);
  removeStaleTemps(dir);
  guardSignals();
  // The name only has to be unlikely to exist ('wx' refuses one that does): Math.random, not node:crypto, whose
  // loading (with Node's stream stack) cost every run of a command that may write about 7 ms.
  const tmp = join(dir, `.${basename(target.file)}.${process.pid}-${Math.random().toString(16).slice(2, 10)}.ex-maturity.tmp`);
  pending.add(tmp);
  try {
    const keep = target.existing ? target.existing.mode & 0o7777 : undefined;
    writeFileSync(tmp, content, { flag: 'wx', mode: keep ?? mode ?? 0o666 });
    if (keep !== undefined) {
      chmodSync(tmp, keep);
      const { uid, gid } = target.existing!;
      if (process.getuid?.() === 0 && (uid !== 0 || gid !== 0)) chownSync(tmp, uid, gid);
    }
    renameSync(tmp, target.file);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself went away: nothing of ours is left in it
    }
    throw failure(file, e);
  } finally {
    pending.delete(tmp);
  }
}
