// The employee journey (before, during, after) and what the organisation does not know about itself.
import { enoughAnswered, levelFor, roundScore, scaleBounds, scoreValues } from './score.js';
import { MOMENTS, type AnswerValue, type Instrument, type Moment } from './types.js';
import { questionsOf } from './model.js';

/** From this share of "don't know" answers on, every format says it as a finding. */
const DONT_KNOW_FINDING_SHARE = 0.2;

/** A moment of the journey, scored like a dimension over its questions. */
export interface MomentScore {
  id: Moment;
  /** Unrounded; null when fewer than 60 % of its questions are answered. */
  scoreExact: number | null;
  score: number | null;
  level: number | null;
  answered: number;
  total: number;
}

/** The score of each moment the instrument's questions carry, in journey order (absent moments left out). */
export function momentScores(instrument: Instrument, answers: Readonly<Record<string, AnswerValue | undefined>>): MomentScore[] {
  const { min, max } = scaleBounds(instrument);
  return MOMENTS.flatMap((id) => {
    const questions = questionsOf(instrument).filter((q) => q.question.moment === id);
    if (!questions.length) return [];
    const values = questions.map((q) => answers[q.question.id]).filter((v): v is number => typeof v === 'number');
    const scoreExact = enoughAnswered(values.length, questions.length) ? scoreValues(values, min, max) : null;
    return [{ id, scoreExact, score: scoreExact === null ? null : roundScore(scoreExact), level: scoreExact === null ? null : levelFor(scoreExact, instrument.levels), answered: values.length, total: questions.length }];
  });
}

/** The "don't know" answers and their share, when it reaches the finding threshold; else null. */
export function dontKnowFinding(dontKnow: number, total: number): { dontKnow: number; total: number; share: number } | null {
  if (total === 0 || dontKnow + 1e-9 < DONT_KNOW_FINDING_SHARE * total) return null;
  return { dontKnow, total, share: dontKnow / total };
}
