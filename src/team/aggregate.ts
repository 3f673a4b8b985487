// The team view over respondents (answers files, results, CSV rows): the entry point of `aggregate`. The document's
// types live in document.ts, who is shown in anonymity.ts, the figures in the strategies, the rest in assemble.ts.
import type { Instrument, Matrix } from '../core/types.js';
import { assemble } from './assemble.js';
import type { Aggregate, AggregateContext } from './document.js';
import { perRespondent } from './per-respondent.js';
import type { TeamTally } from './tally.js';

export type * from './document.js';

/** Builds the team view from tallied respondents: team, groups (by name), gaps, statements to discuss, recommendations. */
export function buildAggregate(instrument: Instrument, matrix: Matrix | undefined, tally: TeamTally, ctx: AggregateContext): Aggregate {
  const groups = [...tally.groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, g]) => ({ name, tally: g }));
  return assemble(instrument, matrix, { team: { tally: tally.team, respondents: tally.team.respondents }, groups, ungrouped: tally.ungrouped }, ctx.source ? { ...perRespondent, source: ctx.source } : perRespondent, { ...ctx, comments: [...(ctx.comments ?? []), ...tally.comments] });
}
