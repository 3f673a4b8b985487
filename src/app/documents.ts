// Building the documents a command delivers, from a model and answers (shared by the commands, which never import each other).
import { buildResult, type Result } from '../core/result.js';
import { scoreSheet } from '../core/score.js';
import { meets, type GateInput } from '../core/gate.js';
import { targetGaps } from '../core/targets.js';
import type { AnswerSheet } from '../core/types.js';
import { format, type Lang } from '../i18n/index.js';
import type { Aggregate } from '../team/aggregate.js';
import { exactOverallInterval } from '../team/intervals.js';
import { deliver, type DeliverOptions } from './deliver.js';
import type { Model } from '../io/load.js';
import type { AppContext } from './context.js';
import { schemaUrl, TOOL } from './tool.js';

/** Scores an answer sheet into the result document, with its unrounded overall for the gates. */
export function resultOf(ctx: AppContext, model: Model, sheet: AnswerSheet, lang: Lang, targets?: Readonly<Record<string, number>>): { result: Result; overall: GateInput } {
  const scores = scoreSheet(model.instrument, sheet);
  const result = buildResult(model.instrument, model.matrix, sheet, scores, { tool: TOOL, lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('result'), ...(targets ? { targets } : {}) });
  const percentToTarget = targets ? targetGaps(scores.dimensions, targets).percentToTargetExact : undefined;
  return { result, overall: { ...scores.overall, ...(percentToTarget !== undefined ? { percentToTarget } : {}) } };
}

/** Delivers a team view (from files, a workshop or a room): its anonymity warning on stderr, gates on the team's overall. */
export async function deliverAggregate(ctx: AppContext, agg: Aggregate, opts: DeliverOptions): Promise<number> {
  const warning = agg.anonymity.warning;
  if (warning) ctx.err(format(warning, opts.lang));
  const ci = exactOverallInterval(agg.team.overall);
  const lowLevel = ci ? agg.levels.filter((l) => meets(ci.low, l.min)).reduce((a, l) => Math.max(a, l.level), agg.levels[0]?.level ?? 1) : null;
  return deliver(ctx, 'aggregate', agg, opts, { score: agg.team.overall?.scoreExact ?? null, level: agg.team.overall?.level ?? null, low: ci?.low ?? null, lowLevel });
}
