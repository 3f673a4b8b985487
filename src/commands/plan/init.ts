import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import type { AppContext } from '../../app/context.js';
import { emit } from '../../app/deliver.js';
import { checkLang } from '../../app/options.js';
import { sourceDateEpoch } from '../../app/context.js';
import { looksLikePlan, planFromWave } from '../../core/action-plan.js';
import { scaleBounds } from '../../core/score.js';
import { UserError } from '../../errors.js';
import { format, msg } from '../../i18n/index.js';
import { modelFor, peekFile, waveOf } from '../../io/plan-input.js';
import { checkTarget } from '../../io/write.js';
import { render } from '../../render/registry.js';
import { today, type PlanRaw } from './model.js';

/** `ex-maturity plan init RESULT_OR_AGGREGATE`: writes the chosen actions as a plan file ("start here", or --all). */
export async function planInit(ctx: AppContext, raw: PlanRaw, [input]: string[]): Promise<number> {
  const { lang } = checkLang(raw, ctx.env);
  sourceDateEpoch(ctx.env);
  const output = raw.output;
  if (output !== undefined) {
    const ext = extname(output).toLowerCase();
    if (ext !== '.yaml' && ext !== '.yml') throw new UserError(msg('plan.initExtension', { file: output }));
    // A plan holds what people wrote since: it is never replaced without --force.
    if (!raw.force && existsSync(output)) throw new UserError(msg('plan.initExists', { file: output }));
    checkTarget(output);
  }
  const f = await peekFile(input!);
  if (looksLikePlan(f.located.data)) throw new UserError(msg('plan.initFromPlan', { file: f.file }), 2, { file: f.file });
  const model = await modelFor(raw, f);
  const wave = waveOf(f, model.instrument, model.matrix);
  const plan = planFromWave(wave, model.instrument, model.source, lang, today(ctx), raw.all === true);
  emit(ctx, await render('planFile', { ...plan, scale: scaleBounds(model.instrument) }, 'yaml', { lang, width: ctx.width, bom: false }), output, lang);
  if (!plan.actions.length) ctx.err(format(msg('plan.initEmpty'), lang));
  return 0;
}
