// One store for everything the tool keeps between runs (interview drafts, workshop sessions): one versioned JSON file
// per kind and instrument in the user's cache folder, written atomically, readable by its owner only.
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Instrument } from '../core/types.js';
import { UserError } from '../errors.js';
import { msg, type Message } from '../i18n/index.js';
import { pause, readToEnd } from '../io/read.js';
import { writeAtomic } from '../io/write.js';

/** The version of the session file layout. */
const SESSION_VERSION = 2;

/** What is kept between runs. */
export type SessionKind = 'draft' | 'workshop';

/** A session found at start: none, one that can be used, or one that cannot (unreadable, or for another instrument version). */
export type Found<T> = { kind: 'none' } | { kind: 'found'; data: T } | { kind: 'unusable'; reason: 'corrupt' | 'other-version' };

/** Where a command keeps its session. Tests use the real store in a temporary cache folder. */
export interface SessionStore<T> {
  readonly path: string;
  load(): Found<T>;
  save(data: T): void;
  remove(): void;
  /**
   * Makes the store ready before the first question: the cache folder usable, and the session locked for this run
   * (a second run on the same session is refused, naming the first one's process). Returns why the session cannot be
   * kept (the caller offers to go on without it), or undefined when it can.
   */
  open?(): Message | undefined;
}

/** Checks a session's payload against the instrument: the payload to use, or why it cannot be used. */
export type ReadPayload<T> = (payload: unknown, instrument: Instrument) => T | 'corrupt' | 'other-version';

/** The cache folder: $XDG_CACHE_HOME/ex-maturity when it is an absolute path (the XDG rule), else ~/.cache/ex-maturity. */
export function cacheFolder(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(homeFolder(env), '.cache');
  return join(base, 'ex-maturity');
}

/** The home folder: $HOME when absolute, else the account's (an empty or relative HOME never means the current folder). */
function homeFolder(env: NodeJS.ProcessEnv): string {
  if (env.HOME && isAbsolute(env.HOME)) return env.HOME;
  const candidates: (() => string)[] = [() => userInfo().homedir, () => homedir()];
  for (const c of candidates) {
    try {
      const h = c();
      if (h && isAbsolute(h)) return h;
    } catch {
      // no account entry
    }
  }
  return '';
}

/** Whether a process is alive (EPERM: alive, someone else's). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Locks files for this run: each `<session>.lock` holds the pid, created exclusively, removed at exit. */
const held = new Set<string>();
let releaseAtExit = false;

/**
 * Takes the lock of a file kept between runs (O_EXCL, the pid inside; a lock of a process that is gone is stale and
 * taken over); a lock held by a live process is waited for up to `waitMs`, then refused with `busy` (exit 2, naming
 * the file and the process).
 */
export function lockFile(path: string, busy: (pid: number) => Message = (pid) => msg('session.locked', { file: path, pid }), waitMs = 0): void {
  const file = `${path}.lock`;
  if (held.has(file)) return;
  const deadline = Date.now() + waitMs;
  for (let stale = 0; stale < 2; ) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      held.add(file);
      if (!releaseAtExit) {
        releaseAtExit = true;
        process.on('exit', () => {
          for (const f of held) rmSync(f, { force: true });
        });
      }
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let pid = NaN;
    try {
      if (lstatSync(file).isFile()) pid = Number(readFileSync(file, 'utf8').trim());
    } catch {
      continue; // gone meanwhile: try again
    }
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
      if (Date.now() >= deadline) throw new UserError(busy(pid), 2, { file: path });
      pause(20);
      continue;
    }
    rmSync(file, { force: true, recursive: true }); // stale: its process is gone
    stale++;
  }
  throw new UserError(busy(0), 2, { file: path });
}

/** The file of a session kind for an instrument. */
export function sessionPath(kind: SessionKind, instrumentId: string, env: NodeJS.ProcessEnv): string {
  return join(cacheFolder(env), `${kind}-${instrumentId.replace(/[^\w.-]/g, '_')}.json`);
}

/** The session store of a kind for an instrument. */
export function sessionStore<T>(kind: SessionKind, instrument: Instrument, read: ReadPayload<T>, env: NodeJS.ProcessEnv): SessionStore<T> {
  const path = sessionPath(kind, instrument.id, env);
  return {
    path,
    load(): Found<T> {
      let text: string;
      try {
        // Never block on what is not a regular file (a FIFO in the cache): it is set aside like a corrupt session.
        if (!lstatSync(path).isFile()) return { kind: 'unusable', reason: 'corrupt' };
      } catch {
        return { kind: 'none' };
      }
      try {
        const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
        try {
          if (!fstatSync(fd).isFile()) return { kind: 'unusable', reason: 'corrupt' };
          text = readToEnd(fd).toString('utf8');
        } finally {
          closeSync(fd);
        }
      } catch {
        return { kind: 'unusable', reason: 'corrupt' };
      }
      let saved: { sessionVersion?: unknown; kind?: unknown; instrument?: { id?: unknown; version?: unknown }; data?: unknown };
      try {
        saved = JSON.parse(text);
      } catch {
        return { kind: 'unusable', reason: 'corrupt' };
      }
      if (!saved || typeof saved !== 'object' || saved.sessionVersion !== SESSION_VERSION || saved.kind !== kind) return { kind: 'unusable', reason: 'corrupt' };
      if (saved.instrument?.id !== instrument.id || saved.instrument?.version !== instrument.version) return { kind: 'unusable', reason: 'other-version' };
      const data = read(saved.data, instrument);
      if (data === 'corrupt' || data === 'other-version') return { kind: 'unusable', reason: data as 'corrupt' | 'other-version' };
      return { kind: 'found', data: data as T };
    },
    save(data) {
      const folder = cacheFolder(env);
      try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
      } catch (e) {
        throw new UserError(msg('session.cacheUnusable', { folder, code: (e as NodeJS.ErrnoException).code ?? '' }), 2, { file: folder });
      }
      const saved = { sessionVersion: SESSION_VERSION, kind, instrument: { id: instrument.id, version: instrument.version }, data };
      writeAtomic(path, JSON.stringify(saved) + '\n', 0o600);
    },
    remove() {
      rmSync(path, { force: true });
    },
    open() {
      const folder = cacheFolder(env);
      if (!isAbsolute(folder)) return msg('session.cacheNoHome');
      try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        if (!statSync(folder).isDirectory()) return msg('session.cacheUnusable', { folder, code: 'ENOTDIR' });
        lockFile(path);
      } catch (e) {
        if (e instanceof UserError) throw e;
        return msg('session.cacheUnusable', { folder, code: (e as NodeJS.ErrnoException).code ?? '' });
      }
      return undefined;
    },
  };
}
