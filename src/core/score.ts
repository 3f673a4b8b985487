import type { AnswerSheet, DimensionScore, Instrument, Level, Scores } from './types.js';

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

/** Score of a set of values on a scale, 0–100: 100 × (mean − min) / (max − min). */
export function scoreValues(values: readonly number[], min: number, max: number): number {
  const sum = values.reduce((a, b) => a + b, 0);
  return (100 * (sum - values.length * min)) / (values.length * (max - min));
}

/** The plain mean, or null for no values. */
export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Scores one complete answer sheet: each dimension, then the overall (only when every dimension is scored). */
export function scoreSheet(instrument: Instrument, sheet: AnswerSheet): Scores {
  const min = instrument.scale[0]!.value;
  const max = instrument.scale[instrument.scale.length - 1]!.value;
  const dimensions: DimensionScore[] = instrument.dimensions.map((d) => {
    const values: number[] = [];
    for (const q of d.questions) {
      const v = sheet.answers[q.id];
      if (typeof v === 'number') values.push(v);
    }
    const total = d.questions.length;
    const scored = values.length > 0 && values.length + EPSILON >= MIN_ANSWERED_SHARE * total;
    const score = scored ? scoreValues(values, min, max) : null;
    return { id: d.id, score, level: score === null ? null : levelFor(score, instrument.levels), answered: values.length, total };
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
