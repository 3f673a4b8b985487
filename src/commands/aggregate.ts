import type { Lang } from '../core/types.js';
import { TOOL, generatedAt, schemaUrl } from '../env.js';
import { errorText, L, UserError, type ErrorText } from '../errors.js';
import { loadColumnMap } from '../io/column-map.js';
import { loadModel } from '../io/load.js';
import { readTeamInputs } from '../io/team-input.js';
import { checkOptions, FORMATS, type CommonOptions, type RawOptions } from '../options.js';
import { say } from '../output.js';
import { renderAggregate } from '../render/index.js';
import { buildAggregate, DEFAULT_MIN_GROUP, type Aggregate } from '../team/aggregate.js';
import { TeamTally } from '../team/tally.js';
import { checkMinLevel, emitGated } from './assess.js';

/** Most problems printed one by one; the rest are counted. */
const MAX_SHOWN = 20;

/** Checks --min-group: a whole number of at least 1 (below 3 is accepted, and then every output warns). */
export function parseMinGroup(raw: RawOptions): number {
  const v = raw.minGroup;
  if (v === undefined) return DEFAULT_MIN_GROUP;
  if (typeof v !== 'string' || !/^\d+$/.test(v.trim()) || Number(v) < 1) {
    throw new UserError(L(`--min-group ${String(v)} : donnez un nombre entier d'au moins 1, par exemple --min-group 5.`, `--min-group ${String(v)}: give a whole number of at least 1, for example --min-group 5.`));
  }
  return Number(v);
}

/** The problems as lines of one message, at most MAX_SHOWN of them. */
export function problemLines(problems: readonly ErrorText[], lang: Lang): string {
  const lines = problems.slice(0, MAX_SHOWN).map((p) => errorText(p, lang).split('\n').map((l) => `  ${l}`).join('\n'));
  if (problems.length > MAX_SHOWN) lines.push(lang === 'fr' ? `  … et ${problems.length - MAX_SHOWN} autre(s).` : `  … and ${problems.length - MAX_SHOWN} more.`);
  return lines.join('\n');
}

/** Writes an aggregate in the chosen format, then applies the gates to the team's overall: returns the exit code. */
export async function deliverAggregate(agg: Aggregate, opts: CommonOptions): Promise<number> {
  const content = await renderAggregate(agg, opts.format, { width: process.stdout.columns ?? 80, bom: opts.bom });
  if (agg.anonymity.warning) say(agg.anonymity.warning);
  const overall = agg.team.overall ?? { scoreExact: null, level: null };
  return emitGated(content, { score: overall.scoreExact, level: overall.level }, opts);
}

/** `ex-maturity aggregate PATH…`: the team view over answers files, results, folders and CSV exports. */
export async function aggregate(paths: string[], raw: RawOptions): Promise<number> {
  const opts = checkOptions(raw, FORMATS);
  const minGroup = parseMinGroup(raw);
  const strict = raw.strict === true;
  const model = await loadModel(opts);
  checkMinLevel(opts, model);
  const map = typeof raw.map === 'string' ? await loadColumnMap(raw.map, model.instrument) : undefined;
  const groupBy = typeof raw.groupBy === 'string' ? raw.groupBy : undefined;

  const tally = new TeamTally(model.instrument);
  const report = await readTeamInputs(paths, model.instrument, tally, { ...(groupBy ? { groupBy } : {}), ...(map ? { map } : {}) });
  const fr = opts.lang === 'fr';
  if (report.problems.length && (strict || report.respondents === 0)) {
    const n = report.problems.length;
    throw new UserError(L(
      `${n} problème(s) dans les réponses${strict ? ' (--strict : rien n\'est ignoré)' : ', et aucun répondant valable'} :\n${problemLines(report.problems, 'fr')}\nCorrigez puis relancez${strict ? ', ou retirez --strict pour ignorer ces lignes' : ''}.`,
      `${n} problem(s) in the answers${strict ? ' (--strict: nothing is skipped)' : ', and no valid respondent'}:\n${problemLines(report.problems, 'en')}\nFix them and run again${strict ? ', or drop --strict to skip these rows' : ''}.`,
    ));
  }
  if (report.respondents === 0) {
    throw new UserError(L('Aucun répondant trouvé : passez des fichiers de réponses, des résultats JSON, des dossiers ou des exports CSV.', 'No respondent found: pass answers files, result JSON, folders or CSV exports.'));
  }
  if (report.problems.length) {
    say(`${problemLines(report.problems, opts.lang)}\n${fr ? `${report.skipped} ligne(s) ou fichier(s) ignoré(s) (--strict pour les refuser).` : `${report.skipped} row(s) or file(s) skipped (--strict to refuse them).`}`);
  }
  const agg = buildAggregate(model.instrument, model.matrix, tally, { tool: TOOL, lang: opts.lang, generatedAt: generatedAt(), schemaUrl: schemaUrl('aggregate'), minGroup, skipped: report.skipped });
  return deliverAggregate(agg, opts);
}
