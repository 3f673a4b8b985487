import { buildQuestionnaire } from '../core/questionnaire.js';
import { schemaUrl } from '../env.js';
import { loadModel } from '../io/load.js';
import { checkOptions, type RawOptions } from '../options.js';
import { emit } from '../output.js';
import { formatsOf, render } from '../render/registry.js';

/** `ex-maturity questions`: prints the questionnaire for paper or for building a form. */
export async function questions(raw: RawOptions): Promise<number> {
  const opts = checkOptions(raw, formatsOf('questionnaire'));
  const { instrument } = await loadModel(opts);
  const q = buildQuestionnaire(instrument, opts.lang, schemaUrl('questions'));
  emit(await render('questionnaire', q, opts.format, { lang: opts.lang, width: process.stdout.columns ?? 80, bom: opts.bom }), opts.output, opts.lang);
  return 0;
}
