import type { AnswerSheet, AnswerValue, DimensionScore, Instrument, Level, Scores } from './types.js';

/** Share of a dimension's questions that must be answered (not "don't know") for it to be scored. */
export const MIN_ANSWERED_SHARE = 0.6;

/** Tolerance that keeps floating-point error from pushing a score below a threshold it reaches exactly. */
const EPSILON = 1e-9;

/** The level a 0–100 score reaches: the highest whose threshold it meets (a score equal to a threshold reaches it). */
export function levelFor(score: number, levels: readonly Level[]): number {
  let reached = levels[0]!.level;
  for (const l of levels) if (score + EPSILON >= l.min) reached = l.level;
  return reached;
}

/** The 0–100 score of `count` answers summing to `sum` on a scale: 100 × (mean − min) / (max − min). */
function scoreOf(sum: number, count: number, min: number, max: number): number {
  return (100 * (sum - count * min)) / (count * (max - min));
}

/** Score of a set of values on a scale, 0–100: 100 × (mean − min) / (max − min). */
export function scoreValues(values: readonly number[], min: number, max: number): number {
  return scoreOf(values.reduce((a, b) => a + b, 0), values.length, min, max);
}

/** Whether a dimension with this many answered questions (out of total) is scored: at least 60 %, and at least one. */
export function enoughAnswered(answered: number, total: number): boolean {
  return answered > 0 && answered + EPSILON >= MIN_ANSWERED_SHARE * total;
}

/** The plain mean, or null for no values. */
export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Every question id of an instrument, in order: the order of `values` in dimensionScores. */
export function questionIds(instrument: Instrument): string[] {
  return instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id));
}

/** The lowest and highest values of an instrument's scale (it is ascending). */
export function scaleBounds(instrument: Instrument): { min: number; max: number } {
  return { min: instrument.scale[0]!.value, max: instrument.scale[instrument.scale.length - 1]!.value };
}

/**
 * The unrounded score of each dimension (null when too few are answered) from one respondent's answers given in
 * instrument order: the single scoring rule, shared by one result and by team views of 100,000 rows.
 */
export function dimensionScores(instrument: Instrument, values: readonly (AnswerValue | undefined)[]): (number | null)[] {
  const { min, max } = scaleBounds(instrument);
  const scores: (number | null)[] = [];
  let k = 0;
  for (const d of instrument.dimensions) {
    let sum = 0;
    let count = 0;
    for (let j = 0; j < d.questions.length; j++, k++) {
      const v = values[k];
      if (typeof v === 'number') {
        sum += v;
        count++;
      }
    }
    scores.push(enoughAnswered(count, d.questions.length) ? scoreOf(sum, count, min, max) : null);
  }
  return scores;
}

/** Scores one complete answer sheet: each dimension, then the overall (only when every dimension is scored). */
export function scoreSheet(instrument: Instrument, sheet: AnswerSheet): Scores {
  const scores = dimensionScores(instrument, questionIds(instrument).map((id) => sheet.answers[id]));
  const dimensions: DimensionScore[] = instrument.dimensions.map((d, i) => {
    const score = scores[i]!;
    const answered = d.questions.filter((q) => typeof sheet.answers[q.id] === 'number').length;
    return { id: d.id, score, level: score === null ? null : levelFor(score, instrument.levels), answered, total: d.questions.length };
  });
  const all = dimensions.map((d) => d.score);
  const overallScore = all.every((s): s is number => s !== null) ? mean(all) : null;
  return {
    dimensions,
    overall: { score: overallScore, level: overallScore === null ? null : levelFor(overallScore, instrument.levels) },
  };
}

/** Rounds a score half-up to one decimal, as shown and exported. */
export function roundScore(x: number): number {
  return Number((Math.floor(x * 10 + 0.5 + EPSILON) / 10).toFixed(1));
}

/** Rounds a difference to one decimal, half away from zero (never −0). */
export function roundDelta(x: number): number {
  const r = Math.sign(x) * roundScore(Math.abs(x));
  return r === 0 ? 0 : r;
}
