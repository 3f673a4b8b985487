import { isInteractive } from '../env.js';
import { L, UserError } from '../errors.js';
import type { RawOptions } from '../options.js';

/** The message for an interview started without a terminal. */
export const NO_TERMINAL = L(
  "Pas de terminal : l'entretien interactif a besoin d'un terminal (et CI non défini). Pour noter un fichier de réponses : ex-maturity assess --answers reponses.yaml (ex-maturity template en écrit un vierge).",
  'No terminal: the interactive interview needs one (and CI unset). To score an answers file: ex-maturity assess --answers answers.yaml (ex-maturity template writes a blank one).',
);

/** `ex-maturity` / `ex-maturity run`: the interactive interview. */
export async function run(raw: RawOptions): Promise<number> {
  if (!isInteractive()) throw new UserError(NO_TERMINAL);
  const { interview } = await import('../interview/command.js');
  return interview(raw);
}
