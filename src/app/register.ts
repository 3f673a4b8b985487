// The local register of what the tool released (SPEC.md "Privacy"): per instrument, one file in the cache folder,
// `released-<instrument>.json`, readable by its owner only, holding a random salt and, for every set of answer sheets
// a document showed (the team, a group, a side, a unit), each sheet's salted fingerprint and which figures it counts
// in. Never in an output. Deleting the file clears it (README "Privacy").
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { format, msg, type Lang } from '../i18n/index.js';
import { writeAtomic } from '../io/write.js';
import { SheetPrinter, type PrintSet } from '../team/overlap.js';
import { cacheFolder, lockFile } from './sessions.js';

const REGISTER_VERSION = 1;

/** How long a run waits for another one that holds the register (an aggregate of thousands takes about a second). */
const LOCK_WAIT_MS = 15_000;

/** The register of one instrument: the printer of this run's sheets, the sets released before, and how to add to it. */
export interface Register {
  readonly path: string;
  readonly printer: SheetPrinter;
  readonly earlier: PrintSet[];
  /** Adds the sets a document showed, once it is written. */
  record(sets: readonly PrintSet[]): void;
}

interface Saved {
  registerVersion: number;
  instrument: string;
  salt: string;
  sets: { scope: string; sheets: [id: string, answered: string][] }[];
}

/** Opens the register of an instrument; a cache folder that cannot hold it, or a register that cannot be read, is exit 2 naming it. */
export function openRegister(instrumentId: string, env: NodeJS.ProcessEnv): Register {
  const folder = cacheFolder(env);
  const path = join(folder, `released-${instrumentId.replace(/[^\w.-]/g, '_')}.json`);
  const refuse = (code: string) => new UserError(msg('privacy.registerUnusable', { file: path, code }), 2, { file: path });
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!statSync(folder).isDirectory()) throw refuse('ENOTDIR');
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw refuse((e as NodeJS.ErrnoException).code ?? '');
  }
  // One run at a time: a run reads the register, decides what to show and adds to it under the lock, so that two runs at
  // once neither lose an entry nor miss what the other released (the other is waited for a while).
  try {
    lockFile(path, (pid) => msg('privacy.registerLocked', { file: path, pid }), LOCK_WAIT_MS);
  } catch (e) {
    throw e instanceof UserError ? e : refuse((e as NodeJS.ErrnoException).code ?? '');
  }
  const saved: Saved = readSaved(path, refuse) ?? { registerVersion: REGISTER_VERSION, instrument: instrumentId, salt: randomBytes(16).toString('hex'), sets: [] };
  const earlier: PrintSet[] = saved.sets.map((s) => ({ scope: s.scope, sheets: s.sheets.map(([id, answered]) => ({ id, answered: Uint8Array.from(answered, (c) => (c === '1' ? 1 : 0)) })) }));
  return {
    path,
    printer: new SheetPrinter(saved.salt),
    earlier,
    record(sets) {
      // What is on disk now (another register of this run may have added to it), plus what this document showed.
      const current = readSaved(path, refuse) ?? saved;
      const known = new Set(current.sets.map((s) => s.sheets.map((x) => x[0]).sort().join(' ')));
      const added = sets.filter((s) => s.sheets.length && !known.has(s.sheets.map((x) => x.id).sort().join(' '))).map((s) => ({ scope: s.scope, sheets: s.sheets.map((x): [string, string] => [x.id, x.answered.join('')]) }));
      if (!added.length) return;
      try {
        writeAtomic(path, JSON.stringify({ ...current, sets: [...current.sets, ...added] }) + '\n', 0o600);
      } catch (e) {
        throw e instanceof UserError ? e : refuse((e as NodeJS.ErrnoException).code ?? '');
      }
    },
  };
}

/** The register as saved, or null when there is none yet; one that cannot be read is refused. */
function readSaved(path: string, refuse: (code: string) => UserError): Saved | null {
  try {
    lstatSync(path);
  } catch {
    return null;
  }
  let text: string;
  try {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!fstatSync(fd).isFile()) throw refuse('EISDIR');
      // Read whole, whatever its size: it grows with every sheet released (about 10 MiB for one aggregate of 100,000),
      // and the 10 MiB cap of a user's input file cut it short, so the next run refused it as damaged.
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw refuse((e as NodeJS.ErrnoException).code ?? '');
  }
  try {
    const data = JSON.parse(text) as Saved;
    if (data.registerVersion !== REGISTER_VERSION || typeof data.salt !== 'string' || !Array.isArray(data.sets)) throw new Error('layout');
    return data;
  } catch {
    throw refuse('EBADMSG');
  }
}

/**
 * The register as a command uses it: opened, or, when it cannot be used and overlap is allowed, null (said on stderr).
 */
export function useRegister(instrumentId: string, env: NodeJS.ProcessEnv, allowOverlap: boolean, say: (text: string) => void, lang: Lang): Register | null {
  try {
    return openRegister(instrumentId, env);
  } catch (e) {
    if (!(e instanceof UserError) || !allowOverlap) throw e;
    say(format(msg('privacy.registerSkipped', { reason: e.in(lang) }), lang));
    return null;
  }
}
