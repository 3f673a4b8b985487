// The mirror's uncertainty (SPEC.md "Uncertainty"): each side's favourable % gets its contributors and a 95 % interval
// (a statement: Wilson on the respondents who answered it; a dimension: the pooled share with the respondent as the
// unit), each gap Newcombe's square-and-add interval and Cohen's h, and a reading is declared only where the
// intervals support it, else `undetermined` with the respondents per side that would settle it.
import { meets } from '../core/gate.js';
import { cohenH, newcombeFrom, normalQuantile, pooledProportionFromSums, wilson, type Interval } from '../core/stats.js';
import { roundDelta, roundScore } from '../core/score.js';
import type { Instrument } from '../core/types.js';
import type { BlindSpot, BlindSpotReading, MirrorLine, SideFigures } from './document.js';
import { midpointOf, readingOf, type Thresholds } from './figures.js';
import { MOMENTS, type Counts } from './tally.js';

/** The exact interval of each side's favourable share (0–1), kept beside the figures for the gaps' intervals. */
const exact = new WeakMap<SideFigures, { n: number; p: number; ci: Interval }>();

function set(fig: SideFigures, n: number, p: number, ci: Interval | null): SideFigures {
  fig.n = n;
  fig.ci = ci ? [roundScore(100 * ci.low), roundScore(100 * ci.high)] : null;
  if (ci) exact.set(fig, { n, p, ci });
  return fig;
}

/** Adds n and the interval of a dimension's favourable %: pooled over its statements, the respondent as the unit. */
export function withDimensionInterval(fig: SideFigures, c: Counts, i: number): SideFigures {
  const o = i * MOMENTS;
  const m = c.moments;
  const r = pooledProportionFromSums({ n: m[o]!, k: m[o + 1]!, m: m[o + 2]!, kk: m[o + 3]!, km: m[o + 4]!, mm: m[o + 5]! });
  return set(fig, m[o]!, r?.p ?? 0, r);
}

/** Adds n and the Wilson interval of a statement's favourable %, the respondents who answered it on the scale. */
export function withStatementInterval(fig: SideFigures, instrument: Instrument, c: Counts, q: number): SideFigures {
  const mid = midpointOf(instrument);
  let k = 0;
  let n = 0;
  instrument.scale.forEach((p, i) => {
    const count = c.counts[q * c.width + i]!;
    n += count;
    if (p.value > mid) k += count;
  });
  return set(fig, n, n ? k / n : 0, n ? wilson(k, n) : null);
}

const Z = normalQuantile(0.975);

/** The respondents per side that would make an interval of half-width `half` around p (binomial approximation). */
const sampleFor = (p: number, half: number) => (half > 0 ? Math.ceil((Z * Z * p * (1 - p)) / (half * half)) : null);

/** Whether a difference's interval excludes 0 (the difference is real). */
const excludesZero = (ci: Interval | null): boolean => ci !== null && (ci.low > 0 || ci.high < 0);

/** The respondents per side that would make a difference between two shares tell from 0. */
const settleGap = (a: number, b: number): number | null => {
  const d = Math.abs(a - b);
  return d > 0 ? Math.ceil((Z * Z * (a * (1 - a) + b * (1 - b))) / (d * d)) : null;
};

/**
 * Leadership's view of a side (SPEC.md, the mirror's leaders): the gap leaders − side from unrounded shares, its
 * Newcombe interval and Cohen's h, and its reading with the mirror's asymmetry rule (`readingOf`, leaders first):
 * overestimated or underestimated only when |gap| reaches --asymmetry and the interval excludes 0, else undetermined;
 * aligned when the gap is under --asymmetry. Null figures when either is not shown.
 */
export function blindSpotOf(leaders: SideFigures | null, side: SideFigures | null, t: Thresholds): BlindSpot {
  const l = leaders ? exact.get(leaders) : undefined;
  const s = side ? exact.get(side) : undefined;
  const lf = leaders?.favourableExact ?? null;
  const sf = side?.favourableExact ?? null;
  const gapExact = lf === null || sf === null ? null : lf - sf;
  const ci = l && s ? newcombeFrom(l.p, l.ci, s.p, s.ci) : null;
  const r = readingOf(lf, sf, t);
  const reading: BlindSpotReading | null = r === null ? null : r === 'employees-ahead' ? 'overestimated' : r === 'customers-ahead' ? 'underestimated' : 'aligned';
  const asymmetry = reading === 'overestimated' || reading === 'underestimated';
  const supported = !asymmetry || excludesZero(ci);
  return {
    leaders,
    gap: gapExact === null ? null : roundDelta(gapExact),
    gapExact,
    gapCi: ci ? [roundDelta(100 * ci.low), roundDelta(100 * ci.high)] : null,
    gapEffect: l && s ? Math.round(1000 * cohenH(l.p, s.p)) / 1000 : null,
    reading: supported ? reading : 'undetermined',
    settle: supported || !l || !s ? null : settleGap(l.p, s.p),
  };
}

/**
 * Judges a line on its intervals: the gap's and delivery gap's interval and Cohen's h, and its reading kept only where
 * the intervals support it (SPEC.md "Uncertainty"), else `undetermined` with the sample that would settle it.
 */
export function judgeLine(line: MirrorLine, t: Thresholds): MirrorLine {
  const e = line.employees ? exact.get(line.employees) : undefined;
  const c = line.customers ? exact.get(line.customers) : undefined;
  const l = line.leaders ? exact.get(line.leaders) : undefined;
  const gap = e && c ? newcombeFrom(e.p, e.ci, c.p, c.ci) : null;
  const delivery = l && c ? newcombeFrom(l.p, l.ci, c.p, c.ci) : null;
  line.gapCi = gap ? [roundDelta(100 * gap.low), roundDelta(100 * gap.high)] : null;
  line.gapEffect = e && c ? Math.round(1000 * cohenH(e.p, c.p)) / 1000 : null;
  if (line.leaders !== undefined) line.deliveryGapCi = delivery ? [roundDelta(100 * delivery.low), roundDelta(100 * delivery.high)] : null;
  line.settle = null;
  const r = line.reading;
  if (r === null || r === 'balanced' || r === 'undetermined' || !e || !c) return line;
  const low = t.low / 100;
  const high = t.high / 100;
  let supported: boolean;
  let settle: number | null;
  if (r === 'employees-ahead' || r === 'customers-ahead') {
    supported = excludesZero(gap);
    settle = settleGap(e.p, c.p);
  } else if (r === 'positive-symmetry') {
    supported = meets(100 * e.ci.low, t.low) && meets(100 * c.ci.low, t.low);
    settle = Math.max(sampleFor(e.p, e.p - low) ?? 0, sampleFor(c.p, c.p - low) ?? 0) || null;
  } else {
    supported = !meets(100 * e.ci.high, t.high) && !meets(100 * c.ci.high, t.high);
    settle = Math.max(sampleFor(e.p, high - e.p) ?? 0, sampleFor(c.p, high - c.p) ?? 0) || null;
  }
  if (!supported) {
    line.reading = 'undetermined';
    line.settle = settle;
  }
  return line;
}
