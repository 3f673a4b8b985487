import type { AppContext } from '../app/context.js';
import { deliver } from '../app/deliver.js';
import { resultOf } from '../app/documents.js';
import { checkMinLevel, checkOptions, checkTargets, type RawOptions } from '../app/options.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { loadAnswersFile, loadModel, loadTargetsFile } from '../io/load.js';

/** `ex-maturity assess --answers FILE`: scores an answers file, never prompts. */
export async function assess(ctx: AppContext, raw: RawOptions): Promise<number> {
  const opts = checkOptions(raw, 'result', ctx.env);
  if (!raw.answers) throw new UserError(msg('app.missingAnswers'));
  const model = await loadModel(opts);
  checkMinLevel(opts, model.instrument.levels.length);
  const targets = await checkTargets(raw, model.instrument.dimensions.map((d) => d.id), (file) => loadTargetsFile(file, model.instrument));
  // --plan: its reader is loaded only when it is given (start-up matters in CI).
  const planning = raw.plan ? await import('../io/plan-input.js') : undefined;
  const plan = planning && raw.plan ? await planning.loadPlanFor(raw.plan, model) : undefined;
  const sheet = await loadAnswersFile(raw.answers, model.instrument);
  const { result, overall } = resultOf(ctx, model, sheet, opts.lang, targets);
  return deliver(ctx, 'result', planning && plan ? { ...result, ...planning.withPlan(result.recommendations, plan) } : result, opts, overall);
}
