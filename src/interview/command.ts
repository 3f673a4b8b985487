import { L, UserError } from '../errors.js';
import type { RawOptions } from '../options.js';

/** The interview (placeholder until the interview issue). */
export async function interview(_raw: RawOptions): Promise<number> {
  throw new UserError(L("L'entretien arrive bientôt : utilisez ex-maturity assess --answers.", 'The interview is coming: use ex-maturity assess --answers.'));
}
