import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { L, UserError } from '../errors.js';

/** Writes a file atomically (with `mode` when given, e.g. 0o600 for what only its owner may read): a temporary file in the same folder, then a rename; on failure nothing is left behind. */
export function writeAtomic(file: string, content: string | Uint8Array, mode?: number): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx', ...(mode !== undefined ? { mode } : {}) });
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new UserError(L(
      `Impossible d'écrire ${file} (${code}) : vérifiez que le dossier existe et que vous pouvez y écrire.`,
      `Cannot write ${file} (${code}): check that the folder exists and that you can write there.`,
    ));
  }
}
