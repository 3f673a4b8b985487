import { isMap } from '../core/check.js';
import { parseAnswers } from '../core/answers.js';
import { scoreSheet } from '../core/score.js';
import type { Instrument } from '../core/types.js';
import { L, UserError } from '../errors.js';
import type { CompareSide } from '../team/compare.js';
import { issuesError, parseData, type Located } from './parse.js';
import { readUserText } from './read.js';

/** A file given to compare, read but not yet checked: its data and the instrument id it declares. */
export interface CompareFile {
  file: string;
  located: Located;
  instrumentId: string | undefined;
}

/** Reads a file given to compare and finds which instrument it declares. */
export async function readCompareFile(file: string): Promise<CompareFile> {
  const located = await parseData(readUserText(file), file);
  const d = located.data;
  const raw = isMap(d) ? (isMap(d.instrument) ? d.instrument.id : d.instrument) : undefined;
  return { file, located, instrumentId: typeof raw === 'string' ? raw : undefined };
}

/** The unrounded scores of a compare input: an aggregate's kept team scores, or a result / answers file rescored from its answers. */
export function compareSide(f: CompareFile, instrument: Instrument): CompareSide {
  const d = f.located.data;
  if (isMap(d) && d.kind === 'aggregate') return aggregateSide(f, instrument);
  const { sheet, issues } = parseAnswers(d, instrument);
  if (!sheet) throw issuesError(f.file, f.located, issues, { fr: 'fichier de réponses ou résultat', en: 'answers file or result' });
  const scores = scoreSheet(instrument, sheet);
  return { kind: 'result', respondents: null, minGroup: null, dimensions: Object.fromEntries(scores.dimensions.map((x) => [x.id, x.score])), overall: scores.overall.score };
}

function aggregateSide(f: CompareFile, instrument: Instrument): CompareSide {
  const d = f.located.data as Record<string, unknown>;
  const bad = () => new UserError(L(
    `${f.file} : agrégat illisible (schemaVersion 1 attendu, avec team.dimensions[].scoreExact). Refaites-le avec ex-maturity aggregate --format json.`,
    `${f.file}: unreadable aggregate (expected schemaVersion 1, with team.dimensions[].scoreExact). Make it again with ex-maturity aggregate --format json.`,
  ));
  const team = d.team;
  if (d.schemaVersion !== 1 || !isMap(team) || typeof team.respondents !== 'number') throw bad();
  const minGroup = isMap(d.anonymity) && typeof d.anonymity.minGroup === 'number' ? d.anonymity.minGroup : null;
  if (team.shown !== true || !Array.isArray(team.dimensions)) {
    throw new UserError(L(
      `${f.file} : l'équipe (${team.respondents} répondant(s)) est sous le seuil d'anonymat, l'agrégat ne contient aucun score à comparer.`,
      `${f.file}: the team (${team.respondents} respondent(s)) is below the anonymity threshold, the aggregate holds no score to compare.`,
    ));
  }
  const dimensions: Record<string, number | null> = {};
  for (const x of team.dimensions as unknown[]) {
    if (!isMap(x) || typeof x.id !== 'string' || !(typeof x.scoreExact === 'number' || x.scoreExact === null)) throw bad();
    dimensions[x.id] = x.scoreExact;
  }
  const expected = instrument.dimensions.map((x) => x.id);
  if (expected.some((id) => !(id in dimensions)) || Object.keys(dimensions).length !== expected.length) {
    throw new UserError(L(
      `${f.file} : ses dimensions (${Object.keys(dimensions).join(', ')}) ne sont pas celles de l'instrument ${instrument.id} (${expected.join(', ')}).`,
      `${f.file}: its dimensions (${Object.keys(dimensions).join(', ')}) are not those of the instrument ${instrument.id} (${expected.join(', ')}).`,
    ));
  }
  const overall = isMap(team.overall) && typeof team.overall.scoreExact === 'number' ? team.overall.scoreExact : null;
  return { kind: 'aggregate', respondents: team.respondents, minGroup, dimensions, overall };
}
