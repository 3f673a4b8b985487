import { documentHeader, type DocumentHeader } from './document.js';
import { MIN_ANSWERED_SHARE, roundScore, scaleBounds } from './score.js';
import { msg, type Message } from '../i18n/index.js';
import { dontKnowFinding, momentScores } from './journey.js';
import { recommend, type Recommendation } from './plan.js';
import { targetGaps } from './targets.js';
import { tr } from './text.js';
import type { AnswerSheet, AnswerValue, Instrument, Lang, Matrix, Moment, Respondent, Scores } from './types.js';


export interface ResultDimension {
  id: string;
  label: string;
  score: number | null;
  level: number | null;
  levelLabel: string | null;
  answered: number;
  total: number;
}

export type { PlanAction as ResultAction, Recommendation } from './plan.js';

/** A moment of the journey in a result: its id only, the view words it (the JSON writes `label` beside it). */
export interface ResultMoment {
  id: Moment;
  score: number | null;
  level: number | null;
  levelLabel: string | null;
  answered: number;
  total: number;
}

/** A remark about the result: a coded message (JSON writes its text beside the code), and the dimension it is about. */
export type Note = Message & { dimension?: string };

/** The result of one respondent, as written by `--format json` (schemaVersion 1). */
export interface Result extends DocumentHeader<'result'> {
  respondent: Respondent;
  answers: Record<string, AnswerValue>;
  scale: { min: number; max: number };
  levels: { level: number; min: number; label: string; description: string }[];
  dimensions: ResultDimension[];
  overall: { score: number | null; level: number | null; levelLabel: string | null; levelDescription: string | null };
  posture: string | null;
  notes: Note[];
  recommendations: Recommendation[];
  /** The "start here" action ids, in order. */
  focus: string[];
  moments: ResultMoment[];
  /** The outcome questions and this respondent's answer (null: none), when the instrument has any: the answer only, no NPS. */
  outcomes?: { id: string; text: string; value: number | null; scale: { min: number; max: number } }[];
  /** Present when targets were given. */
  targets?: { percentToTarget: number | null; dimensions: { id: string; target: number; gap: number | null }[] };
}

export interface ResultContext {
  tool: { name: string; version: string };
  lang: Lang;
  generatedAt: string;
  schemaUrl: string;
  /** Target score per dimension id (from --target / --targets). */
  targets?: Readonly<Record<string, number>>;
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
  const values = Object.values(sheet.answers);
  const unknown = dontKnowFinding(values.filter((v) => v === null).length, values.length);
  if (unknown) notes.push(msg('note.manyDontKnow', unknown));
  if (!matrix) notes.push(msg('note.noMatrix'));
  const plan = matrix ? recommend(instrument, matrix, scores, (id) => sheet.answers[id], lang) : { recommendations: [], focus: [] };

  return {
    ...documentHeader('result', instrument, ctx),
    respondent: sheet.respondent,
    answers: withOutcomeAnswers(sheet),
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
    recommendations: plan.recommendations,
    focus: plan.focus,
    moments: momentScores(instrument, sheet.answers).map((m) => ({ id: m.id, score: m.score, level: m.level, levelLabel: levelLabel(instrument, m.level, lang), answered: m.answered, total: m.total })),
    ...(instrument.outcomes ? { outcomes: instrument.outcomes.map((o) => ({ id: o.id, text: tr(o.text, lang), value: sheet.outcomes?.[o.id] ?? null, scale: { min: o.min, max: o.max } })) } : {}),
    ...(ctx.targets ? { targets: targetsOf(scores, ctx.targets) } : {}),
  };
}

/** The answers a result carries (read back when the result is given as an answers file): the statements', then the outcome answers given. */
function withOutcomeAnswers(sheet: AnswerSheet): Record<string, AnswerValue> {
  const given = Object.entries(sheet.outcomes ?? {}).filter(([, v]) => v !== null);
  return given.length ? { ...sheet.answers, ...Object.fromEntries(given) } : sheet.answers;
}

/** The targets part of a document: per dimension the target and the gap, and the percent-to-target. */
function targetsOf(scores: Scores, targets: Readonly<Record<string, number>>): NonNullable<Result['targets']> {
  const t = targetGaps(scores.dimensions, targets);
  return { percentToTarget: t.percentToTarget, dimensions: t.dimensions.map((d) => ({ id: d.id, target: d.target, gap: d.gap })) };
}

