import type { AppContext } from '../app/context.js';
import { deliverAggregate } from '../app/documents.js';
import { checkMinComments, checkMinGroup, checkMinLevel, checkOptions, checkPopulation, type RawOptions } from '../app/options.js';
import { settleProblems } from '../app/problems.js';
import { schemaUrl, TOOL } from '../app/tool.js';
import { loadColumnMap } from '../io/column-map.js';
import { loadModel } from '../io/load.js';
import { readTeamInputs } from '../io/team-input.js';
import { buildAggregate } from '../team/aggregate.js';
import { TeamTally } from '../team/tally.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';

/** `ex-maturity aggregate PATH…`: the team view over answers files, results, folders and CSV exports. */
export async function aggregate(ctx: AppContext, raw: RawOptions, paths: string[]): Promise<number> {
  const opts = checkOptions(raw, 'aggregate', ctx.env);
  const minGroup = checkMinGroup(raw);
  const minComments = checkMinComments(raw);
  const population = checkPopulation(raw);
  const model = await loadModel(opts);
  checkMinLevel(opts, model.instrument.levels.length);
  const map = raw.map ? await loadColumnMap(raw.map, model.instrument) : undefined;
  const tally = new TeamTally(model.instrument);
  const report = await readTeamInputs(paths, model.instrument, tally, { ...(raw.groupBy ? { groupBy: raw.groupBy } : {}), ...(map ? { map } : {}) });
  settleProblems(report, raw.strict === true, opts.lang, ctx.err);
  if (population !== undefined && population < tally.team.respondents) throw new UserError(msg('uncertainty.populationTooSmall', { population, respondents: tally.team.respondents }));
  const agg = buildAggregate(model.instrument, model.matrix, tally, { tool: TOOL, lang: opts.lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('aggregate'), minGroup, minComments, skipped: report.skipped, ...(population ? { population } : {}) });
  return deliverAggregate(ctx, agg, opts);
}
