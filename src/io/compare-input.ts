import type { Spread } from '../team/compare.js';
import { isMap } from '../core/check.js';
import { parseAnswers } from '../core/answers.js';
import { scoreSheet } from '../core/score.js';
import type { Instrument } from '../core/types.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import type { CompareSide } from '../team/compare.js';
import { issuesError, type DeclaredFile, type Located } from './parse.js';

/** The unrounded scores of a compare input: an aggregate's kept team scores, or a result / answers file rescored from its answers. */
export function compareSide(f: DeclaredFile, instrument: Instrument): CompareSide {
  const d = f.located.data;
  if (isMap(d) && d.kind === 'aggregate') return aggregateSide(f, instrument);
  const { sheet, issues } = parseAnswers(d, instrument);
  if (!sheet) throw issuesError(f.file, f.located, issues, 'answersOrResult');
  const scores = scoreSheet(instrument, sheet);
  return { kind: 'result', respondents: null, minGroup: null, dimensions: Object.fromEntries(scores.dimensions.map((x) => [x.id, x.score])), overall: scores.overall.score, ...provenance(d) };
}

function aggregateSide(f: DeclaredFile, instrument: Instrument): CompareSide {
  const d = f.located.data as Record<string, unknown>;
  const file = f.file;
  const bad = () => new UserError(msg('io.aggregateUnreadable', { file }), 2, { file });
  const team = d.team;
  if (d.schemaVersion !== 1 || !isMap(team) || typeof team.respondents !== 'number') throw bad();
  // A document edited by hand is not believed: every value compare uses must be what the tool could have written.
  const tampered = (path: (string | number)[], value: unknown) => new UserError(msg('compare.tampered', { file, path: path.join('.'), value: String(JSON.stringify(value) ?? value).slice(0, 40) }), 2, { file, ...lineAt(f.located, path) });
  const isCount = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
  if (!isCount(team.respondents)) throw tampered(['team', 'respondents'], team.respondents);
  if (!isMap(d.anonymity) || !isCount(d.anonymity.minGroup) || (d.anonymity.minGroup as number) < 1) throw tampered(['anonymity', 'minGroup'], isMap(d.anonymity) ? d.anonymity.minGroup : d.anonymity);
  const minGroup = d.anonymity.minGroup as number;
  if (team.shown === true && (team.respondents as number) < minGroup) throw tampered(['team', 'shown'], team.shown);
  if (team.shown !== true || !Array.isArray(team.dimensions)) {
    throw new UserError(msg('io.aggregateHidden', { file, respondents: team.respondents }), 2, { file });
  }
  const dimensions: Record<string, number | null> = Object.create(null);
  const spreads: Record<string, Spread | null> = Object.create(null);
  const isScore = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 100);
  (team.dimensions as unknown[]).forEach((x, i) => {
    if (!isMap(x) || typeof x.id !== 'string') throw bad();
    if (!isScore(x.scoreExact)) throw tampered(['team', 'dimensions', i, 'scoreExact'], x.scoreExact);
    if (Object.hasOwn(dimensions, x.id)) throw tampered(['team', 'dimensions', i, 'id'], x.id);
    dimensions[x.id] = x.scoreExact as number | null;
    spreads[x.id] = spreadOf(x.scored, x.stdDevPopulation);
  });
  const expected = instrument.dimensions.map((x) => x.id);
  if (expected.some((id) => !Object.hasOwn(dimensions, id)) || Object.keys(dimensions).length !== expected.length) {
    throw new UserError(msg('io.aggregateDimensions', { file, found: Object.keys(dimensions), instrument: instrument.id, expected }), 2, { file });
  }
  const overall = isMap(team.overall) && typeof team.overall.scoreExact === 'number' ? team.overall.scoreExact : null;
  if (!isScore(overall)) throw tampered(['team', 'overall', 'scoreExact'], overall);
  const overallSpread = isMap(team.overall) ? spreadOf(team.overall.n, team.overall.stdDevPopulation) : null;
  return { kind: 'aggregate', respondents: team.respondents, minGroup, dimensions, overall, spreads, overallSpread, ...provenance(d) };
}

/** The contributors and sample standard deviation of a figure, from its count and population standard deviation (null when either is missing or unlikely). */
function spreadOf(n: unknown, sdPopulation: unknown): Spread | null {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 2 || typeof sdPopulation !== 'number' || !Number.isFinite(sdPopulation) || sdPopulation < 0 || sdPopulation > 50) return null;
  return { n, sd: sdPopulation * Math.sqrt(n / (n - 1)) };
}

/** The instrument version a document was made with and when, when it says (a result or an aggregate; not an answers file). */
function provenance(d: unknown): Pick<CompareSide, 'version' | 'measuredAt'> {
  const m = isMap(d) ? d : {};
  const version = isMap(m.instrument) && typeof m.instrument.version === 'string' ? m.instrument.version : null;
  const measuredAt = typeof m.generatedAt === 'string' && !Number.isNaN(Date.parse(m.generatedAt)) ? m.generatedAt : null;
  return { version, measuredAt };
}

/** The line of a value in a document, when the reader knows it. */
function lineAt(located: Located, path: (string | number)[]): { line?: number } {
  const line = located.lineOf(path);
  return line === undefined ? {} : { line };
}
