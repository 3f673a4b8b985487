import { L, UserError } from '../errors.js';

/** `ex-maturity workshop` (placeholder until the teams issue lands). */
export async function workshop(..._args: unknown[]): Promise<number> {
  throw new UserError(L('Cette commande arrive bientôt.', 'This command is coming soon.'));
}
