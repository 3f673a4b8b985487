// 95 % intervals for team figures (SPEC.md "Uncertainty"): a t-interval for a mean, Wilson for a proportion, Newcombe's
// hybrid score (method 10) for a difference of proportions, Welch for a difference of means; and what a change means.
// Pure, from unrounded values; callers round last.

/** A 95 % interval [low, high]. */
export type Interval = [number, number];

/** A sample summarised: its mean, its sample standard deviation (n − 1) and its size. */
export interface Sample {
  mean: number;
  sd: number;
  n: number;
}

/** A count of respondents out of a number of contributors. */
export interface Proportion {
  k: number;
  n: number;
}

/** The normal quantile of a two-sided 95 % interval. */
const Z = 1.959963984540054;

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9: about 15 significant digits). */
function logGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61503916999185, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = c[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

/** The regularised incomplete beta function I_x(a, b). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom (df may be fractional, as Welch's is). */
function studentCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The quantile of Student's t with `df` degrees of freedom at probability p (0.5 < p < 1), by bisection on the distribution. */
export function studentQuantile(p: number, df: number): number {
  let lo = 0;
  let hi = 1;
  while (studentCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (studentCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** The 95 % t-interval of a mean; null with fewer than two contributors. */
export function meanInterval(s: Sample): Interval | null {
  if (s.n < 2) return null;
  const half = (studentQuantile(0.975, s.n - 1) * s.sd) / Math.sqrt(s.n);
  return [s.mean - half, s.mean + half];
}

/** The 95 % Wilson score interval of a proportion (0–1); null with no contributor. */
export function wilson(p: Proportion): Interval | null {
  if (p.n <= 0) return null;
  const phat = p.k / p.n;
  const z2 = Z * Z;
  const denom = 1 + z2 / p.n;
  const centre = (phat + z2 / (2 * p.n)) / denom;
  const half = (Z / denom) * Math.sqrt((phat * (1 - phat)) / p.n + z2 / (4 * p.n * p.n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** The 95 % interval of after − before for two independent proportions: Newcombe's hybrid score (1998, method 10). */
export function newcombe(before: Proportion, after: Proportion): Interval | null {
  const w1 = wilson(after);
  const w2 = wilson(before);
  if (!w1 || !w2) return null;
  const p1 = after.k / after.n;
  const p2 = before.k / before.n;
  const [l1, u1] = w1;
  const [l2, u2] = w2;
  const d = p1 - p2;
  const delta = Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2);
  const epsilon = Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2);
  return [d - delta, d + epsilon];
}

/** The 95 % Welch interval of after − before for two independent means; null when a side has fewer than two contributors. */
export function welch(before: Sample, after: Sample): Interval | null {
  if (before.n < 2 || after.n < 2) return null;
  const v1 = (before.sd * before.sd) / before.n;
  const v2 = (after.sd * after.sd) / after.n;
  const d = after.mean - before.mean;
  const se = Math.sqrt(v1 + v2);
  if (se === 0) return [d, d];
  const df = (v1 + v2) ** 2 / (v1 ** 2 / (before.n - 1) + v2 ** 2 / (after.n - 1));
  const half = studentQuantile(0.975, df) * se;
  return [d - half, d + half];
}

/** What an interval of a change (after − before) says: improved or declined only when it excludes 0. */
export function changeVerdict(interval: Interval): 'improved' | 'declined' | 'within-noise' {
  if (interval[0] > 0) return 'improved';
  if (interval[1] < 0) return 'declined';
  return 'within-noise';
}
