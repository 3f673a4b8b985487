import type { AppContext } from '../app/context.js';
import { deliverAggregate } from '../app/documents.js';
import { checkMinComments, checkMinGroup, checkMinLevel, checkOptions, checkPopulation, populationIsFile, type RawOptions } from '../app/options.js';
import { loadPopulations } from '../io/population-file.js';
import { settleProblems } from '../app/problems.js';
import { useRegister } from '../app/register.js';
import { schemaUrl, TOOL } from '../app/tool.js';
import { loadColumnMap } from '../io/column-map.js';
import { loadModel } from '../io/load.js';
import { exportFiles, readTeamInputs } from '../io/team-input.js';
import type { Instrument } from '../core/types.js';
import { UserError } from '../errors.js';
import { format, msg, type Lang } from '../i18n/index.js';
import { exportHeader, type CsvImportOptions } from '../io/csv.js';
import { renderMapSuggestion, suggestColumns, SUGGEST_FROM } from '../io/map-suggest.js';
import { writeAtomic } from '../io/write.js';
import { buildAggregate } from '../team/aggregate.js';
import { contributionOf, overlaps, PrintingSink } from '../team/overlap.js';
import { questionIds } from '../core/score.js';
import { TeamTally } from '../team/tally.js';

/** `--map-suggest FILE`: writes a --map file proposing a statement for each header of the exports that matches none. */
async function suggestMap(ctx: AppContext, output: string, paths: string[], instrument: Instrument, csv: CsvImportOptions, lang: Lang): Promise<number> {
  const files = exportFiles(paths);
  if (!files.length) throw new UserError(msg('exports.mapSuggestNoExport'));
  const headers: string[] = [];
  for (const file of files) headers.push(...(await exportHeader(file, csv.sheet)));
  const suggestions = suggestColumns(headers, instrument, csv);
  writeAtomic(output, renderMapSuggestion(suggestions, instrument, files, lang));
  ctx.err(format(msg('exports.mapSuggestWritten', { file: output, proposed: suggestions.filter((s) => s.id && s.similarity >= SUGGEST_FROM).length, unmatched: suggestions.length }), lang));
  return 0;
}

/** `ex-maturity aggregate PATH…`: the team view over answers files, results, folders and CSV exports. */
export async function aggregate(ctx: AppContext, raw: RawOptions, paths: string[]): Promise<number> {
  const opts = checkOptions(raw, 'aggregate', ctx.env);
  const minGroup = checkMinGroup(raw);
  const minComments = checkMinComments(raw);
  // --population N, or --population FILE (group,N lines): the team's population is then the sum of the groups'.
  const groupPopulations = populationIsFile(raw) ? loadPopulations(raw.population!) : undefined;
  const population = groupPopulations ? [...groupPopulations.values()].reduce((a, b) => a + b, 0) : checkPopulation(raw);
  const model = await loadModel(opts);
  checkMinLevel(opts, model.instrument.levels.length);
  // --plan: its reader is loaded only when it is given.
  const planning = raw.plan ? await import('../io/plan-input.js') : undefined;
  const plan = planning && raw.plan ? await planning.loadPlanFor(raw.plan, model) : undefined;
  const map = raw.map ? await loadColumnMap(raw.map, model.instrument) : undefined;
  const csv = { ...(raw.groupBy ? { groupBy: raw.groupBy } : {}), ...(map ? { map } : {}), ...(raw.sheet ? { sheet: raw.sheet } : {}) };
  if (raw.mapSuggest !== undefined) return suggestMap(ctx, raw.mapSuggest, paths, model.instrument, csv, opts.lang);
  const tally = new TeamTally(model.instrument);
  const allowed = raw.allowOverlap === true;
  const register = useRegister(model.instrument.id, ctx.env, allowed, ctx.err, opts.lang);
  const sink = register ? new PrintingSink(tally, model.instrument, register.printer, contributionOf(model.instrument, true)) : null;
  const report = await readTeamInputs(paths, model.instrument, sink ?? tally, csv);
  settleProblems(report, raw.strict === true, opts.lang, ctx.err);
  for (const [group, invited] of groupPopulations ?? []) {
    const respondents = tally.groups.get(group)?.respondents ?? 0;
    if (invited < respondents) throw new UserError(msg('stats.groupPopulationTooSmall', { file: raw.population!, group, population: invited, respondents }), 2, { file: raw.population! });
  }
  if (population !== undefined && population < tally.team.respondents) {
    const respondents = tally.team.respondents;
    throw groupPopulations ? new UserError(msg('stats.populationFileTooSmall', { file: raw.population!, population, respondents }), 2, { file: raw.population! }) : new UserError(msg('uncertainty.populationTooSmall', { population, respondents }));
  }
  const figures = model.instrument.dimensions.length + questionIds(model.instrument).length;
  const setOf = (group: string | null) => sink!.setOf(group === null ? 'team' : `group:${group}`, 'group', group);
  const overlap = register ? { of: (group: string | null) => overlaps(setOf(group), register.earlier, figures, minGroup), allowed } : undefined;
  const agg = buildAggregate(model.instrument, model.matrix, tally, { tool: TOOL, lang: opts.lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('aggregate'), minGroup, minComments, skipped: report.skipped, ...(population ? { population } : {}), ...(groupPopulations ? { groupPopulations } : {}), ...(overlap ? { overlap } : {}) });
  const code = await deliverAggregate(ctx, planning && plan ? { ...agg, ...planning.withPlan(agg.recommendations, plan) } : agg, opts);
  register?.record([agg.team, ...agg.groups].filter((v) => v.shown).map((v) => setOf(v.name)));
  return code;
}
