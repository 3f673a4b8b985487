import type { AppContext } from '../../app/context.js';
import { deliver } from '../../app/deliver.js';
import { checkOptions } from '../../app/options.js';
import { schemaUrl, TOOL } from '../../app/tool.js';
import { buildPlanStatus } from '../../core/plan-documents.js';
import { format, msg } from '../../i18n/index.js';
import { modelFor, peekFile, planOf } from '../../io/plan-input.js';
import { today, type PlanRaw } from './model.js';

/** `ex-maturity plan status plan.yaml`: what is overdue, due soon, done; exit 1 with --fail-overdue when anything is overdue. */
export async function planStatus(ctx: AppContext, raw: PlanRaw, [file]: string[]): Promise<number> {
  const opts = checkOptions(raw, 'planStatus', ctx.env);
  const f = await peekFile(file!);
  const model = await modelFor(raw, f);
  const plan = planOf(f, model.instrument, model.source);
  const doc = buildPlanStatus(plan, model.instrument, model.source, { tool: TOOL, lang: opts.lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('plan-status'), today: today(ctx) });
  const code = await deliver(ctx, 'planStatus', doc, opts);
  if (raw.failOverdue && doc.counts.overdue > 0) {
    ctx.err(format(msg('plan.overdueGate', { n: doc.counts.overdue, ids: doc.actions.filter((a) => a.state === 'overdue').map((a) => a.id) }), opts.lang));
    return 1;
  }
  return code;
}
