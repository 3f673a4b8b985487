import { L, UserError } from '../errors.js';

/** `ex-maturity compare` (placeholder until the teams issue lands). */
export async function compare(..._args: unknown[]): Promise<number> {
  throw new UserError(L('Cette commande arrive bientôt.', 'This command is coming soon.'));
}
