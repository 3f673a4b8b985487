import type { AppContext } from '../../app/context.js';
import { deliver } from '../../app/deliver.js';
import { checkOptions } from '../../app/options.js';
import { schemaUrl, TOOL } from '../../app/tool.js';
import { buildPlanReview } from '../../core/plan-documents.js';
import { UserError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { modelFor, peekFile, planOf, waveOf } from '../../io/plan-input.js';
import { loadModel } from '../../io/load.js';
import { MIRROR_INSTRUMENTS } from '../../io/mirror-load.js';
import { today, type PlanRaw } from './model.js';

/** `ex-maturity plan review plan.yaml NEW_RESULT_OR_AGGREGATE`: the plan joined with the next wave, for the follow-up meeting. */
export async function planReview(ctx: AppContext, raw: PlanRaw, [planFile, newFile]: string[]): Promise<number> {
  const opts = checkOptions(raw, 'planReview', ctx.env);
  const f = await peekFile(planFile!);
  const model = await modelFor(raw, f);
  const plan = planOf(f, model.instrument, model.source);
  const n = await peekFile(newFile!);
  if (n.instrumentId !== undefined && n.instrumentId !== model.instrument.id) {
    throw new UserError(msg('plan.waveOtherInstrument', { file: n.file, id: n.instrumentId, current: model.instrument.id }), 2, { file: n.file });
  }
  const wave = waveOf(n, model.instrument, model.matrix);
  if (wave.kind !== plan.baseline.kind) throw new UserError(msg('plan.waveOtherKind', { file: n.file, plan: f.file, baseline: plan.baseline.kind }), 2, { file: n.file });
  // The mirror's customers say each statement in their own words.
  const customers = wave.kind === 'mirror' ? (await loadModel({ instrument: MIRROR_INSTRUMENTS.customers })).instrument : undefined;
  const doc = buildPlanReview(plan, wave, model.instrument, model.source, { tool: TOOL, lang: opts.lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('plan-review'), today: today(ctx), ...(customers ? { customers } : {}) });
  return deliver(ctx, 'planReview', doc, opts);
}
