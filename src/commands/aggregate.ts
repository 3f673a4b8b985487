import type { AppContext } from '../app/context.js';
import { deliverAggregate } from '../app/documents.js';
import { checkMinComments, checkMinGroup, checkMinLevel, checkOptions, type RawOptions } from '../app/options.js';
import { settleProblems } from '../app/problems.js';
import { useRegister } from '../app/register.js';
import { schemaUrl, TOOL } from '../app/tool.js';
import { loadColumnMap } from '../io/column-map.js';
import { loadModel } from '../io/load.js';
import { readTeamInputs } from '../io/team-input.js';
import { buildAggregate } from '../team/aggregate.js';
import { contributionOf, overlaps, PrintingSink } from '../team/overlap.js';
import { questionIds } from '../core/score.js';
import { TeamTally } from '../team/tally.js';

/** `ex-maturity aggregate PATH…`: the team view over answers files, results, folders and CSV exports. */
export async function aggregate(ctx: AppContext, raw: RawOptions, paths: string[]): Promise<number> {
  const opts = checkOptions(raw, 'aggregate', ctx.env);
  const minGroup = checkMinGroup(raw);
  const minComments = checkMinComments(raw);
  const model = await loadModel(opts);
  checkMinLevel(opts, model.instrument.levels.length);
  const map = raw.map ? await loadColumnMap(raw.map, model.instrument) : undefined;
  const tally = new TeamTally(model.instrument);
  const allowed = raw.allowOverlap === true;
  const register = useRegister(model.instrument.id, ctx.env, allowed, ctx.err, opts.lang);
  const sink = register ? new PrintingSink(tally, model.instrument, register.printer, contributionOf(model.instrument, true)) : null;
  const report = await readTeamInputs(paths, model.instrument, sink ?? tally, { ...(raw.groupBy ? { groupBy: raw.groupBy } : {}), ...(map ? { map } : {}) });
  settleProblems(report, raw.strict === true, opts.lang, ctx.err);
  const figures = model.instrument.dimensions.length + questionIds(model.instrument).length;
  const setOf = (group: string | null) => sink!.setOf(group === null ? 'team' : `group:${group}`, 'group', group);
  const overlap = register ? { of: (group: string | null) => overlaps(setOf(group), register.earlier, figures, minGroup), allowed } : undefined;
  const agg = buildAggregate(model.instrument, model.matrix, tally, { tool: TOOL, lang: opts.lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('aggregate'), minGroup, minComments, skipped: report.skipped, ...(overlap ? { overlap } : {}) });
  const code = await deliverAggregate(ctx, agg, opts);
  register?.record([agg.team, ...agg.groups].filter((v) => v.shown).map((v) => setOf(v.name)));
  return code;
}
