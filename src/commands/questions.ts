import type { AppContext } from '../app/context.js';
import { deliver } from '../app/deliver.js';
import { checkOptions, type RawOptions } from '../app/options.js';
import { schemaUrl } from '../app/tool.js';
import { buildQuestionnaire } from '../core/questionnaire.js';
import { loadModel } from '../io/load.js';

/** `ex-maturity questions`: prints the questionnaire for paper or for building a form. */
export async function questions(ctx: AppContext, raw: RawOptions): Promise<number> {
  const opts = checkOptions(raw, 'questionnaire', ctx.env);
  const { instrument } = await loadModel(opts);
  return deliver(ctx, 'questionnaire', buildQuestionnaire(instrument, opts.lang, schemaUrl('questions')), opts);
}
