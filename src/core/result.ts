import { MIN_ANSWERED_SHARE, roundScore, scaleBounds } from './score.js';
import { msg, type Message } from '../i18n/index.js';
import { tr } from './text.js';
import type { AnswerSheet, AnswerValue, Horizon, Instrument, Lang, Matrix, Owner, Respondent, Scores } from './types.js';

/** The version of the JSON documents the tool writes. */
export const SCHEMA_VERSION = 1;

export interface ResultDimension {
  id: string;
  label: string;
  score: number | null;
  level: number | null;
  levelLabel: string | null;
  answered: number;
  total: number;
}

export interface ResultAction {
  id: string;
  title: string;
  detail: string;
  horizon: Horizon | null;
  owner: Owner | null;
}

export interface Recommendation {
  dimension: string;
  label: string;
  score: number;
  level: number;
  levelLabel: string;
  priority: number;
  actions: ResultAction[];
}

/** A remark about the result: a coded message (JSON writes its text beside the code), and the dimension it is about. */
export type Note = Message & { dimension?: string };

/** The result of one respondent, as written by `--format json` (schemaVersion 1). */
export interface Result {
  $schema: string;
  schemaVersion: typeof SCHEMA_VERSION;
  kind: 'result';
  tool: { name: string; version: string };
  instrument: { id: string; version: string; title: string };
  language: Lang;
  generatedAt: string;
  respondent: Respondent;
  answers: Record<string, AnswerValue>;
  scale: { min: number; max: number };
  levels: { level: number; min: number; label: string; description: string }[];
  dimensions: ResultDimension[];
  overall: { score: number | null; level: number | null; levelLabel: string | null; levelDescription: string | null };
  posture: string | null;
  notes: Note[];
  recommendations: Recommendation[];
}

export interface ResultContext {
  tool: { name: string; version: string };
  lang: Lang;
  generatedAt: string;
  schemaUrl: string;
}

/** The label of a level in one language, or null for no level. */
export function levelLabel(instrument: Instrument, level: number | null, lang: Lang): string | null {
  return level === null ? null : tr(instrument.levels.find((l) => l.level === level)?.label, lang);
}

/** Builds the result document of one answer sheet: rounded scores, labels in one language, notes and recommendations. */
export function buildResult(instrument: Instrument, matrix: Matrix | undefined, sheet: AnswerSheet, scores: Scores, ctx: ResultContext): Result {
  const { lang } = ctx;
  const dimLabel = (id: string) => tr(instrument.dimensions.find((d) => d.id === id)?.label, lang);
  const dimensions = scores.dimensions.map((d) => ({
    id: d.id,
    label: dimLabel(d.id),
    score: d.score === null ? null : roundScore(d.score),
    level: d.level,
    levelLabel: levelLabel(instrument, d.level, lang),
    answered: d.answered,
    total: d.total,
  }));
  const overallLevel = instrument.levels.find((l) => l.level === scores.overall.level);

  const notes: Note[] = [];
  const foundation = scores.dimensions.find((d) => d.id === instrument.foundation);
  if (foundation?.level != null && scores.overall.level !== null && foundation.level < scores.overall.level) {
    notes.push({ ...msg('note.foundationBelowOverall', { name: dimLabel(foundation.id), level: foundation.level, overall: scores.overall.level }), dimension: foundation.id });
  }
  for (const d of scores.dimensions) {
    if (d.score === null) notes.push({ ...msg('note.dimensionNotScored', { name: dimLabel(d.id), answered: d.answered, total: d.total, minShare: MIN_ANSWERED_SHARE }), dimension: d.id });
  }
  if (scores.overall.score === null) notes.push(msg('note.overallNotScored'));
  if (!matrix) notes.push(msg('note.noMatrix'));

  return {
    $schema: ctx.schemaUrl,
    schemaVersion: SCHEMA_VERSION,
    kind: 'result',
    tool: ctx.tool,
    instrument: { id: instrument.id, version: instrument.version, title: tr(instrument.title, lang) || instrument.id },
    language: lang,
    generatedAt: ctx.generatedAt,
    respondent: sheet.respondent,
    answers: sheet.answers,
    scale: scaleBounds(instrument),
    levels: instrument.levels.map((l) => ({ level: l.level, min: l.min, label: tr(l.label, lang), description: tr(l.description, lang) })),
    dimensions,
    overall: {
      score: scores.overall.score === null ? null : roundScore(scores.overall.score),
      level: scores.overall.level,
      levelLabel: overallLevel ? tr(overallLevel.label, lang) : null,
      levelDescription: overallLevel ? tr(overallLevel.description, lang) || null : null,
    },
    posture: matrix && scores.overall.level !== null ? tr(matrix.overall[scores.overall.level], lang) || null : null,
    notes,
    recommendations: matrix ? recommend(instrument, matrix, scores, lang) : [],
  };
}

/** For each scored dimension, the actions of the level it reached; weakest first, ties in instrument order. */
export function recommend(instrument: Instrument, matrix: Matrix, scores: Scores, lang: Lang): Recommendation[] {
  const scored = scores.dimensions
    .map((d, order) => ({ d, order }))
    .filter((x): x is { d: typeof x.d & { score: number; level: number }; order: number } => x.d.score !== null && x.d.level !== null)
    .sort((a, b) => a.d.score - b.d.score || a.order - b.order);
  return scored.map(({ d }, i) => {
    const dim = instrument.dimensions.find((x) => x.id === d.id)!;
    return {
      dimension: d.id,
      label: tr(dim.label, lang),
      score: roundScore(d.score),
      level: d.level,
      levelLabel: levelLabel(instrument, d.level, lang) ?? '',
      priority: i + 1,
      actions: (matrix.dimensions[d.id]?.[d.level] ?? []).map((a) => ({
        id: a.id,
        title: tr(a.title, lang),
        detail: tr(a.detail, lang),
        horizon: a.horizon ?? null,
        owner: a.owner ?? null,
      })),
    };
  });
}
