// Outcomes in a team view (SPEC.md "Outcomes"): per outcome question the answers' count per value, the NPS of a 0–10
// recommendation question with its adjusted-Wald interval, withheld below the threshold like any figure; and for the
// team, driver impact: the correlation of each dimension's score with the outcome (Fisher-z interval), from 20
// contributors on. Running sums only: no respondent's answers are kept.
import { isNpsScale, npsCounts, outcomesOf } from '../core/outcomes.js';
import { roundDelta, roundScore } from '../core/score.js';
import { correlationFromSums, meanIntervalFromStats, npsInterval, type PairSums } from '../core/stats.js';
import { tr } from '../core/text.js';
import type { AnswerValue, Instrument, Lang } from '../core/types.js';
import type { AggDrivers, AggOutcome, GroupView } from './document.js';
import { round2 } from './stats.js';

/** The fewest contributors a driver correlation is computed from (Microsoft Viva Glint's floor). */
export const MIN_DRIVER_CONTRIBUTORS = 20;

/** One outcome question's running summary over a set of respondents. */
export interface OutcomeTally {
  /** How many answered each value of the outcome's scale (`counts[v − min]`). */
  counts: number[];
  /** Per dimension, the sums of (dimension score, outcome answer) over the respondents with both. */
  pairs: PairSums[];
}

/** Empty outcome tallies for an instrument (none when it has no outcome question). */
export function newOutcomeTallies(instrument: Instrument): OutcomeTally[] {
  return outcomesOf(instrument).map((o) => ({
    counts: new Array<number>(o.max - o.min + 1).fill(0),
    pairs: instrument.dimensions.map(() => ({ n: 0, x: 0, y: 0, xx: 0, yy: 0, xy: 0 })),
  }));
}

/**
 * Adds one respondent's outcome answers (at `offset` and after in `values`, instrument order; anything not a number:
 * no answer) with their unrounded dimension scores (null: not scored).
 */
export function addOutcomes(tallies: OutcomeTally[], instrument: Instrument, values: readonly (AnswerValue | undefined)[], offset: number, scores: readonly (number | null)[]): void {
  for (let k = 0; k < tallies.length; k++) {
    const v = values[offset + k];
    if (typeof v !== 'number') continue;
    const t = tallies[k]!;
    const at = v - instrument.outcomes![k]!.min;
    if (!(at >= 0 && at < t.counts.length)) continue;
    t.counts[at]!++;
    for (let i = 0; i < scores.length; i++) {
      const x = scores[i];
      if (x === null || x === undefined) continue;
      const p = t.pairs[i]!;
      p.n++;
      p.x += x;
      p.y += v;
      p.xx += x * x;
      p.yy += v * v;
      p.xy += x * v;
    }
  }
}

/** A view's outcome figures: the count always, the NPS (0–10) or mean and their interval only from `minContributors` answers. */
export function outcomeFigures(instrument: Instrument, tallies: readonly OutcomeTally[], lang: Lang, minContributors: number, population?: number): AggOutcome[] {
  return outcomesOf(instrument).map((o, k) => {
    const counts = tallies[k]?.counts ?? [];
    const answered = counts.reduce((a, b) => a + b, 0);
    const base: AggOutcome = { id: o.id, text: tr(o.text, lang), scale: { min: o.min, max: o.max }, answered, n: null, nps: null, ci: null, promoters: null, passives: null, detractors: null, mean: null, meanCi: null };
    if (!answered || answered < minContributors) return base;
    let sum = 0;
    let sq = 0;
    counts.forEach((c, i) => (sum += c * (o.min + i)));
    const m = sum / answered;
    counts.forEach((c, i) => (sq += c * (o.min + i - m) ** 2));
    const mci = answered >= 2 ? meanIntervalFromStats({ n: answered, mean: m, sd: Math.sqrt(sq / (answered - 1)) }, { population }) : null;
    const out: AggOutcome = { ...base, n: answered, mean: round2(m), meanCi: mci ? [round2(Math.max(o.min, mci.low)), round2(Math.min(o.max, mci.high))] : null };
    if (!isNpsScale(o)) return out;
    const c = npsCounts(counts);
    const nps = npsInterval(c.promoters, c.detractors, answered, { population })!;
    return {
      ...out,
      nps: roundDelta(100 * nps.nps),
      ci: [roundDelta(100 * nps.low), roundDelta(100 * nps.high)],
      promoters: roundScore((100 * c.promoters) / answered),
      passives: roundScore((100 * c.passives) / answered),
      detractors: roundScore((100 * c.detractors) / answered),
    };
  });
}

/** An outcome whose figures are withheld (by subtraction): its count only. */
export function withheldOutcome(o: AggOutcome): AggOutcome {
  return { ...o, n: null, nps: null, ci: null, promoters: null, passives: null, detractors: null, mean: null, meanCi: null };
}

/**
 * Driver impact for the team: per outcome, the correlation of each dimension's score with the outcome answer, with
 * its Fisher-z interval, computed only from MIN_DRIVER_CONTRIBUTORS respondents who answered both. A dimension with a
 * significant positive impact (the interval above 0) is a priority when its team score is below the mean of the team's
 * dimension scores, a strength otherwise. When there is none to show, the reason.
 */
export function driverImpact(instrument: Instrument, team: GroupView, tallies: readonly OutcomeTally[]): AggDrivers[] {
  return outcomesOf(instrument).map((o, k) => {
    const answered = (tallies[k]?.counts ?? []).reduce((a, b) => a + b, 0);
    const base = { outcome: o.id, minimum: MIN_DRIVER_CONTRIBUTORS, contributors: answered };
    if (!team.shown || !team.dimensions) return { ...base, reason: 'team-hidden' as const, dimensions: [] };
    if (answered < MIN_DRIVER_CONTRIBUTORS) return { ...base, reason: 'too-few' as const, dimensions: [] };
    const scores = team.dimensions.map((d) => d.scoreExact).filter((s): s is number => s !== null);
    const cut = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
    const dimensions = team.dimensions.map((d, i) => {
      const p = tallies[k]!.pairs[i]!;
      const r = p.n >= MIN_DRIVER_CONTRIBUTORS && d.scoreExact !== null ? correlationFromSums(p) : null;
      const significant = r !== null && r.low > 0;
      const role = !significant || cut === null || d.scoreExact === null ? null : d.scoreExact + 1e-9 < cut ? ('priority' as const) : ('strength' as const);
      return { id: d.id, label: d.label, score: d.score, n: p.n, r: r ? round2(r.r) : null, ci: r ? ([round2(r.low), round2(r.high)] as [number, number]) : null, significant, role };
    });
    return { ...base, reason: null, performanceCut: cut === null ? null : roundScore(cut), dimensions };
  });
}
