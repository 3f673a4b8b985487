// The uncertainty of a team view (SPEC.md "Uncertainty"): every figure published gets its contributors `n` and a
// 95 % interval computed from unrounded values, then rounded like the figure. Added after the figures are withheld,
// so a withheld figure never gets one. Dimension and overall scores: a t-interval on the respondents' 0–100 scores;
// a statement's mean: a t-interval on the answers; a share at a level: Wilson. With the number of people invited the
// team's intervals take the finite-population correction, and so do the groups' when a population file gives theirs.
import { changeVerdict, consensus, meanIntervalFromStats, tCritical, welch, wilson } from '../core/stats.js';
import { levelFor, roundDelta, roundScore, scaleBounds } from '../core/score.js';
import type { Instrument } from '../core/types.js';
import type { Aggregate, GroupView, Uncertain } from './document.js';
import { round2 } from './stats.js';
import { sortedScores, type Tally } from './tally.js';

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** A 0–100 interval rounded like scores, kept within 0–100. */
function scoreCi(low: number, high: number): [number, number] {
  return [roundScore(clamp(low, 0, 100)), roundScore(clamp(high, 0, 100))];
}

/** The neighbouring level whose threshold lies inside the interval [low, high] of a score at `level` (the nearer one when both). */
export function borderlineOf(instrument: Instrument, score: number, low: number, high: number): number | null {
  const level = levelFor(score, instrument.levels);
  const below = levelFor(low, instrument.levels);
  const above = levelFor(high, instrument.levels);
  if (below === level && above === level) return null;
  if (below !== level && above !== level) {
    const own = instrument.levels.find((l) => l.level === level)!.min;
    const next = instrument.levels.find((l) => l.level === above)!.min;
    return score - own <= next - score ? below : above;
  }
  return below !== level ? Math.max(below, level - 1) : Math.min(above, level + 1);
}

/** The mean and sample sd of a dimension's scores from their counts; null for fewer than two. */
function dimensionStats(tally: Tally, i: number, mean: number): { n: number; mean: number; sd: number } | null {
  const d = tally.dimScores[i]!;
  if (d.scored < 2) return null;
  let sq = 0;
  for (const [v, c] of sortedScores(d)) sq += c * (v - mean) * (v - mean);
  return { n: d.scored, mean, sd: Math.sqrt(sq / (d.scored - 1)) };
}

/** The unrounded interval of each overall that got one, for the gates (--strict-gates compares exact values). */
const exactOverall = new WeakMap<object, { low: number; high: number }>();

/** The unrounded 95 % interval of a view's overall, when it has one. */
export function exactOverallInterval(overall: object | null | undefined): { low: number; high: number } | null {
  return (overall && exactOverall.get(overall)) ?? null;
}

/** The figures' uncertainty for a score with its stats, or blanks. */
function scoreUncertainty(instrument: Instrument, exact: number | null, s: { n: number; mean: number; sd: number } | null, population?: number): Required<Uncertain> {
  const ci = exact !== null && s ? meanIntervalFromStats(s, { population }) : null;
  return {
    n: s?.n ?? null,
    ci: ci ? scoreCi(ci.low, ci.high) : null,
    borderline: ci && exact !== null ? borderlineOf(instrument, exact, ci.low, ci.high) : null,
  };
}

/**
 * A workshop's dimension and overall scores come from pooled votes that are not linked across statements, so the
 * covariance between a dimension's statements is unknown: the interval takes it at its worst (the standard deviation of
 * a sum is at most the sum of the standard deviations), SE(mean of the pooled votes) ≤ Σ √n_j·s_j / Σ n_j, with the t of
 * the least-voted statement (n − 1 df); the overall's SE is at most the mean of its dimensions'. Conservative: never
 * narrower than the truth. `n`: the most votes cast on one statement (the participants).
 */
function addPooledIntervals(instrument: Instrument, view: GroupView): void {
  const { min, max } = scaleBounds(instrument);
  const unit = 100 / (max - min);
  const bounds = view.dimensions!.map((d) => {
    if (d.scoreExact === null) return null;
    let votes = 0;
    let spread = 0;
    let fewest = Infinity;
    let most = 0;
    for (const q of view.questions ?? []) {
      if (q.dimension !== d.id || !q.answers.length || !q.answered) continue;
      if (q.answered < 2) return null;
      let sum = 0;
      for (const a of q.answers) sum += a.value * a.count;
      const m = sum / q.answered;
      let sq = 0;
      for (const a of q.answers) sq += a.count * (a.value - m) * (a.value - m);
      spread += Math.sqrt(q.answered) * Math.sqrt(sq / (q.answered - 1));
      votes += q.answered;
      fewest = Math.min(fewest, q.answered);
      most = Math.max(most, q.answered);
    }
    return votes ? { se: (unit * spread) / votes, df: fewest - 1, n: most } : null;
  });
  const set = (target: Uncertain, exact: number, b: { se: number; df: number; n: number }) => {
    const half = tCritical(b.df) * b.se;
    Object.assign(target, { n: b.n, ci: scoreCi(exact - half, exact + half), borderline: borderlineOf(instrument, exact, exact - half, exact + half) });
    return { low: exact - half, high: exact + half };
  };
  view.dimensions!.forEach((d, i) => {
    const b = bounds[i];
    if (b && d.scoreExact !== null) set(d, d.scoreExact, b);
  });
  const o = view.overall!;
  if (o.scoreExact === null || !bounds.length || bounds.some((b) => !b)) return;
  const all = bounds as { se: number; df: number; n: number }[];
  const exact = set(o, o.scoreExact, { se: all.reduce((a, b) => a + b.se, 0) / all.length, df: Math.min(...all.map((b) => b.df)), n: Math.max(...all.map((b) => b.n)) });
  exactOverall.set(o, exact);
}

/** Adds `n` and `ci` to every published figure of a view shown; withheld figures get none. */
export function addIntervals(instrument: Instrument, view: GroupView, tally: Tally, population?: number): void {
  if (!view.shown || !view.dimensions || !view.overall) return;
  const linked = view.dimensions.some((d) => d.scored !== null);
  view.dimensions.forEach((d, i) => {
    const s = linked && d.scoreExact !== null ? dimensionStats(tally, i, d.scoreExact) : null;
    Object.assign(d, scoreUncertainty(instrument, d.scoreExact, s, population));
    if (d.scored === null) d.n = null;
    for (const l of d.levels) {
      const w = d.scored ? wilson(l.count, d.scored, { population }) : null;
      l.ci = w ? scoreCi(100 * w.low, 100 * w.high) : null;
    }
  });
  const o = tally.overall;
  const overallStats = linked && o.n >= 2 && view.overall.scoreExact !== null ? { n: o.n, mean: view.overall.scoreExact, sd: Math.sqrt(Math.max(0, (o.squares - (o.sum * o.sum) / o.n) / (o.n - 1))) } : null;
  Object.assign(view.overall, scoreUncertainty(instrument, view.overall.scoreExact, overallStats, population));
  const exact = overallStats && meanIntervalFromStats(overallStats, { population });
  if (exact) exactOverall.set(view.overall, exact);
  view.overall.stdDevPopulation = overallStats ? roundScore(overallStats.sd * Math.sqrt((o.n - 1) / o.n)) : null;
  const { min, max } = scaleBounds(instrument);
  for (const q of view.questions ?? []) {
    q.n = q.answered;
    q.agreement = q.answers.length ? roundAgreement(consensus(q.answers, min, max)) : null;
    if (!q.answers.length || q.answered < 2) {
      q.ci = null;
      continue;
    }
    let sum = 0;
    for (const a of q.answers) sum += a.value * a.count;
    const m = sum / q.answered;
    let sq = 0;
    for (const a of q.answers) sq += a.count * (a.value - m) * (a.value - m);
    const ci = meanIntervalFromStats({ n: q.answered, mean: m, sd: Math.sqrt(sq / (q.answered - 1)) }, { population });
    q.ci = ci ? [round2(clamp(ci.low, min, max)), round2(clamp(ci.high, min, max))] : null;
  }
  if (!linked && view.questions) addPooledIntervals(instrument, view);
}

const roundAgreement = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

/**
 * Group perception gaps: the Welch interval of highest − lowest group's score and whether it is real (excludes 0).
 * And the precision line: the largest half-width of the team's dimension intervals, and the largest half-width of a
 * difference between two groups shown (differences under it cannot be read yet).
 */
export function addGapIntervals(a: Aggregate, tallies: ReadonlyMap<string, Tally>): void {
  const stats = (group: string, i: number, mean: number) => {
    const t = tallies.get(group);
    return t ? dimensionStats(t, i, mean) : null;
  };
  const ids = (a.team.dimensions ?? []).map((d) => d.id);
  for (const g of a.gaps) {
    const i = ids.indexOf(g.dimension);
    const hi = a.groups.find((x) => x.name === g.high.group)?.dimensions?.[i]?.scoreExact ?? null;
    const lo = a.groups.find((x) => x.name === g.low.group)?.dimensions?.[i]?.scoreExact ?? null;
    const sh = hi === null ? null : stats(g.high.group, i, hi);
    const sl = lo === null ? null : stats(g.low.group, i, lo);
    const d = sh && sl ? welch(sh, sl) : null;
    Object.assign(g, { ci: d ? [roundDelta(d.low), roundDelta(d.high)] : null, verdict: d ? changeVerdict(d) : null });
  }
  const team = a.team.dimensions?.filter((d) => d.ci) ?? [];
  if (!team.length) {
    a.precision = null;
    return;
  }
  const margin = Math.max(...team.map((d) => (d.ci![1] - d.ci![0]) / 2));
  let groupDifference: number | null = null;
  const shown = a.groups.filter((g) => g.shown && g.dimensions);
  for (let x = 0; x < shown.length; x++)
    for (let y = x + 1; y < shown.length; y++)
      shown[x]!.dimensions!.forEach((d, i) => {
        const e = shown[y]!.dimensions![i]!;
        if (d.scoreExact === null || e.scoreExact === null) return;
        const sa = stats(shown[x]!.name ?? '', i, d.scoreExact);
        const sb = stats(shown[y]!.name ?? '', i, e.scoreExact);
        const w = sa && sb ? welch(sa, sb) : null;
        if (w) groupDifference = Math.max(groupDifference ?? 0, (w.high - w.low) / 2);
      });
  a.precision = { margin: roundScore(margin), groupDifference: groupDifference === null ? null : roundScore(groupDifference) };
}
