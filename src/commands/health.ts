import type { AppContext } from '../app/context.js';
import { deliver } from '../app/deliver.js';
import { checkMinGroup, checkOptions, type RawOptions } from '../app/options.js';
import { settleProblems } from '../app/problems.js';
import { schemaUrl, TOOL } from '../app/tool.js';
import { AnswerRows, buildHealth } from '../core/health.js';
import { loadColumnMap } from '../io/column-map.js';
import { loadModel } from '../io/load.js';
import { readTeamInputs } from '../io/team-input.js';

/**
 * `ex-maturity health PATH…`: the health of the instrument in use (bundled or --instrument) from respondents' answers,
 * read as `aggregate` reads them: per dimension Cronbach's α with its interval, item figures and a verdict.
 */
export async function health(ctx: AppContext, raw: RawOptions, paths: string[]): Promise<number> {
  const opts = checkOptions(raw, 'health', ctx.env);
  const minGroup = checkMinGroup(raw);
  const model = await loadModel(opts);
  const map = raw.map ? await loadColumnMap(raw.map, model.instrument) : undefined;
  const csv = { ...(raw.groupBy ? { groupBy: raw.groupBy } : {}), ...(map ? { map } : {}), ...(raw.sheet ? { sheet: raw.sheet } : {}) };
  const rows = new AnswerRows(model.instrument);
  const report = await readTeamInputs(paths, model.instrument, rows, csv);
  settleProblems(report, raw.strict === true, opts.lang, ctx.err);
  const doc = buildHealth(model.instrument, rows.rows, { tool: TOOL, lang: opts.lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('health'), minGroup });
  return deliver(ctx, 'health', doc, opts);
}
