import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';

/** Writes a file atomically (with `mode` when given, e.g. 0o600 for what only its owner may read): a temporary file in the same folder, then a rename; on failure nothing is left behind. */
export function writeAtomic(file: string, content: string | Uint8Array, mode?: number): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content, { flag: 'wx', ...(mode !== undefined ? { mode } : {}) });
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new UserError(msg('io.writeFailed', { file, code }), 2, { file });
  }
}
