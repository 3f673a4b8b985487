import { L, UserError } from '../errors.js';

/** `ex-maturity aggregate` (placeholder until the teams issue lands). */
export async function aggregate(..._args: unknown[]): Promise<number> {
  throw new UserError(L('Cette commande arrive bientôt.', 'This command is coming soon.'));
}
