import type { AppContext } from '../../app/context.js';
import { deliver } from '../../app/deliver.js';
import { checkOptions } from '../../app/options.js';
import { schemaUrl, TOOL } from '../../app/tool.js';
import { buildPlanReview } from '../../core/plan-documents.js';
import { UserError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { peekFile, planOf, waveOf } from '../../io/plan-input.js';
import { modelFor, today, type PlanRaw } from './model.js';

/** `ex-maturity plan review plan.yaml NEW_RESULT_OR_AGGREGATE`: the plan joined with the next wave, for the follow-up meeting. */
export async function planReview(ctx: AppContext, raw: PlanRaw, [planFile, newFile]: string[]): Promise<number> {
  const opts = checkOptions(raw, 'planReview', ctx.env);
  const f = await peekFile(planFile!);
  const model = await modelFor(raw, f);
  const plan = planOf(f, model.instrument, model.matrix);
  const n = await peekFile(newFile!);
  if (n.instrumentId !== undefined && n.instrumentId !== model.instrument.id) {
    throw new UserError(msg('plan.waveOtherInstrument', { file: n.file, id: n.instrumentId, current: model.instrument.id }), 2, { file: n.file });
  }
  const wave = waveOf(n, model.instrument, model.matrix);
  if (wave.kind !== plan.baseline.kind) throw new UserError(msg('plan.waveOtherKind', { file: n.file, plan: f.file, baseline: plan.baseline.kind }), 2, { file: n.file });
  const doc = buildPlanReview(plan, wave, model.instrument, model.matrix, { tool: TOOL, lang: opts.lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('plan-review'), today: today(ctx) });
  return deliver(ctx, 'planReview', doc, opts);
}
