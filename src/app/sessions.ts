// One store for everything the tool keeps between runs (interview drafts, workshop sessions): one versioned JSON file
// per kind and instrument in the user's cache folder, written atomically, readable by its owner only.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { Instrument } from '../core/types.js';
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
}

/** Checks a session's payload against the instrument: the payload to use, or why it cannot be used. */
export type ReadPayload<T> = (payload: unknown, instrument: Instrument) => T | 'corrupt' | 'other-version';

/** The cache folder: $XDG_CACHE_HOME/ex-maturity when it is an absolute path (the XDG rule), else ~/.cache/ex-maturity. */
export function cacheFolder(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME && isAbsolute(env.HOME) ? env.HOME : homedir(), '.cache');
  return join(base, 'ex-maturity');
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
        text = readFileSync(path, 'utf8');
      } catch {
        return { kind: 'none' };
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
      mkdirSync(cacheFolder(env), { recursive: true, mode: 0o700 });
      const saved = { sessionVersion: SESSION_VERSION, kind, instrument: { id: instrument.id, version: instrument.version }, data };
      writeAtomic(path, JSON.stringify(saved) + '\n', 0o600);
    },
    remove() {
      rmSync(path, { force: true });
    },
  };
}
