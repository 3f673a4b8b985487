import type { AppContext } from '../app/context.js';
import { checkLang, checkPopulation, type RawOptions } from '../app/options.js';
import { sampleSizeFor } from '../core/stats.js';
import { UserError } from '../errors.js';
import { format, msg } from '../i18n/index.js';

/** The largest standard deviation a 0–100 score (or a favourable %) can have: the sample sizes hold for any answers. */
const WORST_SD = 50;

/**
 * `ex-maturity plan-sample --population N --margin M [--groups G]`: the responses needed for team figures within ±M
 * points at 95 % (Cochran's formula with the finite-population correction, the worst-case spread), overall and per group.
 */
export async function planSample(ctx: AppContext, raw: RawOptions): Promise<number> {
  const { lang } = checkLang(raw, ctx.env);
  const population = checkPopulation(raw);
  if (population === undefined) throw new UserError(msg('uncertainty.needPopulation'));
  const margin = raw.margin === undefined ? 5 : Number(raw.margin);
  if (!Number.isFinite(margin) || margin <= 0 || margin > 50) throw new UserError(msg('uncertainty.badMargin', { value: String(raw.margin) }));
  const groups = raw.groups === undefined ? 1 : Number(raw.groups);
  if (!Number.isSafeInteger(groups) || groups < 1 || groups > population) throw new UserError(msg('uncertainty.badGroups', { value: String(raw.groups), population }));
  const overall = sampleSizeFor(margin, WORST_SD, population);
  const lines = [format(msg('uncertainty.sampleOverall', { n: overall, population, margin, rate: (100 * overall) / population }), lang)];
  if (groups > 1) {
    const size = Math.floor(population / groups);
    const each = sampleSizeFor(margin, WORST_SD, size);
    lines.push(format(msg('uncertainty.sampleGroups', { groups, size, n: each, total: each * groups, rate: (100 * each) / size }), lang));
  }
  lines.push(format(msg('uncertainty.sampleNote'), lang));
  ctx.out(`${lines.join('\n')}\n`);
  return 0;
}
