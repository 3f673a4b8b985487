// Interval statistics for team figures: pure, dependency-free, exact enough for small samples.
// Distributions come from the regularized incomplete beta function (Student t, F) and Acklam's
// normal quantile; every interval is computed from unrounded values.

/** A two-sided interval. */
export interface Interval {
  low: number;
  high: number;
}

/** An interval of a difference, with the difference itself. */
export interface DiffInterval extends Interval {
  diff: number;
}

/** Options shared by the interval functions. */
export interface IntervalOptions {
  /** Number of people invited (finite-population correction); ignored when not above the sample size. */
  population?: number;
  /** Confidence level, 0.95 by default. */
  confidence?: number;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** The natural logarithm of the gamma function, for x > 0 (Lanczos, g = 7). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let s = LANCZOS[0]!;
  for (let i = 1; i < 9; i++) s += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** Continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
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

/** The regularized incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** The inverse of the regularized incomplete beta function: x with I_x(a, b) = p (Halley's method). */
export function inverseIncompleteBeta(p: number, a: number, b: number): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let x: number;
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    x = a / (a + b * Math.exp(2 * w));
  } else {
    const lna = Math.log(a / (a + b));
    const lnb = Math.log(b / (a + b));
    const t = Math.exp(a * lna) / a;
    const u = Math.exp(b * lnb) / b;
    const w = t + u;
    x = p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
  }
  const a1 = a - 1;
  const b1 = b - 1;
  const afac = -logGamma(a) - logGamma(b) + logGamma(a + b);
  for (let j = 0; j < 100; j++) {
    if (x <= 0 || x >= 1) return x <= 0 ? 0 : 1;
    const err = incompleteBeta(x, a, b) - p;
    const pdf = Math.exp(a1 * Math.log(x) + b1 * Math.log(1 - x) + afac);
    const u = err / pdf;
    const step = u / (1 - 0.5 * Math.min(1, u * (a1 / x - b1 / (1 - x))));
    x -= step;
    if (x <= 0) x = 0.5 * (x + step);
    if (x >= 1) x = 0.5 * (x + step + 1);
    if (Math.abs(step) < 1e-13 * x && j > 0) break;
  }
  return x;
}

const ACKLAM_A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const ACKLAM_B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const ACKLAM_C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const ACKLAM_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/** The complementary error function (Numerical Recipes' Chebyshev fit, relative error under 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** The standard normal cumulative distribution (relative error under 1.2e-7). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** The standard normal quantile (Acklam's algorithm, relative error under 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const low = 0.02425;
  let x: number;
  if (p < low || p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
    x = (((((ACKLAM_C[0]! * q + ACKLAM_C[1]!) * q + ACKLAM_C[2]!) * q + ACKLAM_C[3]!) * q + ACKLAM_C[4]!) * q + ACKLAM_C[5]!) /
      ((((ACKLAM_D[0]! * q + ACKLAM_D[1]!) * q + ACKLAM_D[2]!) * q + ACKLAM_D[3]!) * q + 1);
    if (p > low) x = -x;
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((ACKLAM_A[0]! * r + ACKLAM_A[1]!) * r + ACKLAM_A[2]!) * r + ACKLAM_A[3]!) * r + ACKLAM_A[4]!) * r + ACKLAM_A[5]!) * q) /
      (((((ACKLAM_B[0]! * r + ACKLAM_B[1]!) * r + ACKLAM_B[2]!) * r + ACKLAM_B[3]!) * r + ACKLAM_B[4]!) * r + 1);
  }
  return x;
}

/** The two-sided critical value of Student's t with df degrees of freedom: P(|T| > t) = 1 − confidence. */
export function tCritical(df: number, confidence = 0.95): number {
  if (!(df > 0)) return NaN;
  if (df > 1e7) return normalQuantile(1 - (1 - confidence) / 2);
  const key = df * 1000 + confidence;
  const cached = tCache.get(key);
  if (cached !== undefined) return cached;
  // P(|T| > t) = I_{df/(df+t²)}(df/2, 1/2)
  const x = inverseIncompleteBeta(1 - confidence, df / 2, 0.5);
  const t = Math.sqrt((df * (1 - x)) / x);
  if (tCache.size > 4096) tCache.clear();
  tCache.set(key, t);
  return t;
}
const tCache = new Map<number, number>();

/** The quantile of Student's t with df degrees of freedom (p in 0–1). */
export function tQuantile(p: number, df: number): number {
  if (p === 0.5) return 0;
  const t = tCritical(df, 1 - 2 * Math.min(p, 1 - p));
  return p < 0.5 ? -t : t;
}

/** The quantile of the F distribution with (d1, d2) degrees of freedom. */
export function fQuantile(p: number, d1: number, d2: number): number {
  const x = inverseIncompleteBeta(p, d1 / 2, d2 / 2);
  return (d2 * x) / (d1 * (1 - x));
}

/** The finite-population correction factor for the variance, (N − n) / (N − 1); 1 when N is unknown or not above n. */
export function finitePopulationFactor(n: number, population?: number): number {
  if (population === undefined || !(population > 1) || population < n) return 1;
  return Math.max(0, (population - n) / (population - 1));
}

/** The sample mean and standard deviation (n − 1) of values, or null for fewer than 2. */
export function sampleStats(values: readonly number[]): { n: number; mean: number; sd: number } | null {
  const n = values.length;
  if (n < 2) return null;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let sq = 0;
  for (const v of values) sq += (v - mean) * (v - mean);
  return { n, mean, sd: Math.sqrt(sq / (n - 1)) };
}

/** The t-interval for a mean given n, mean and sample sd (with population N the finite-population correction). null when n < 2. */
export function meanIntervalFromStats(
  s: { n: number; mean: number; sd: number },
  options: IntervalOptions = {},
): { n: number; mean: number; low: number; high: number } | null {
  if (s.n < 2) return null;
  const half = tCritical(s.n - 1, options.confidence) * (s.sd / Math.sqrt(s.n)) * Math.sqrt(finitePopulationFactor(s.n, options.population));
  return { n: s.n, mean: s.mean, low: s.mean - half, high: s.mean + half };
}

/** 95 % t-interval for the mean of values (unrounded); with population N the finite-population correction. null when fewer than 2 values. */
export function meanInterval(
  values: readonly number[],
  options: IntervalOptions = {},
): { n: number; mean: number; low: number; high: number } | null {
  const s = sampleStats(values);
  return s && meanIntervalFromStats(s, options);
}

/** Wilson score interval for k successes of n, as proportions 0–1 (options.population: finite-population correction). */
export function wilson(k: number, n: number, options: IntervalOptions = {}): Interval {
  if (!(n > 0)) return { low: 0, high: 1 };
  const p = k / n;
  const f = finitePopulationFactor(n, options.population);
  if (f === 0) return { low: p, high: p };
  const z = normalQuantile(1 - (1 - (options.confidence ?? 0.95)) / 2);
  const m = n / f; // the effective sample size: the corrected variance p(1 − p)·f/n is p(1 − p)/m
  const z2 = z * z;
  const centre = (p + z2 / (2 * m)) / (1 + z2 / m);
  const half = (z / (1 + z2 / m)) * Math.sqrt((p * (1 - p)) / m + z2 / (4 * m * m));
  return { low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}

/** Newcombe's hybrid score interval (method 10, 1998) for p1 − p2 = k1/n1 − k2/n2, as proportions. */
export function newcombe(k1: number, n1: number, k2: number, n2: number, options: { confidence?: number } = {}): DiffInterval {
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const a = wilson(k1, n1, options);
  const b = wilson(k2, n2, options);
  return newcombeFrom(p1, a, p2, b);
}

/** Newcombe's square-and-add combination of two proportions' intervals into the interval of their difference. */
export function newcombeFrom(p1: number, i1: Interval, p2: number, i2: Interval): DiffInterval {
  const diff = p1 - p2;
  return {
    diff,
    low: diff - Math.sqrt((p1 - i1.low) ** 2 + (i2.high - p2) ** 2),
    high: diff + Math.sqrt((i1.high - p1) ** 2 + (p2 - i2.low) ** 2),
  };
}

/** Welch interval for the difference of two means given n, mean and sample sd of each. */
export function welch(
  a: { n: number; mean: number; sd: number },
  b: { n: number; mean: number; sd: number },
  options: { confidence?: number } = {},
): DiffInterval | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const diff = a.mean - b.mean;
  const se = Math.sqrt(va + vb);
  if (se === 0) return { diff, low: diff, high: diff };
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const half = tCritical(df, options.confidence) * se;
  return { diff, low: diff - half, high: diff + half };
}

/** The verdict on a change: 'improved' | 'declined' | 'within-noise' from an interval of the difference. */
export function changeVerdict(interval: { low: number; high: number }): 'improved' | 'declined' | 'within-noise' {
  if (interval.low > 0) return 'improved';
  if (interval.high < 0) return 'declined';
  return 'within-noise';
}

/** Cohen's h, the effect size of a difference of two proportions (0–1): 2·asin√p1 − 2·asin√p2. */
export function cohenH(p1: number, p2: number): number {
  return 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2));
}

/**
 * The interval of a ratio Σk/Σm pooled over units (each unit, a respondent, gives k successes of m answers),
 * keeping the unit as the sampling unit: Wilson's score interval on the effective sample size (Korn & Graubard 1998),
 * the answers divided by the design effect that the linearized variance of the ratio estimator measures, held between
 * the respondents (answers of one person entirely alike) and the answers (entirely independent). When every answer is
 * favourable (or none is) the variance says nothing and the respondents are the size: 6 of 6 leaders favourable
 * reads 61–100 %, not 100–100 %. null when fewer than 2 units answered.
 */
export function pooledProportionInterval(
  units: readonly { k: number; m: number }[],
  options: IntervalOptions = {},
): { n: number; p: number; low: number; high: number } | null {
  const sums = { n: 0, k: 0, m: 0, kk: 0, km: 0, mm: 0 };
  for (const u of units) {
    if (u.m <= 0) continue;
    sums.n++;
    sums.k += u.k;
    sums.m += u.m;
    sums.kk += u.k * u.k;
    sums.km += u.k * u.m;
    sums.mm += u.m * u.m;
  }
  return pooledProportionFromSums(sums, options);
}

/** The same interval from running sums over the units: n, Σk, Σm, Σk², Σkm, Σm² (so that no list of units is kept). */
export function pooledProportionFromSums(
  s: { n: number; k: number; m: number; kk: number; km: number; mm: number },
  options: IntervalOptions = {},
): { n: number; p: number; low: number; high: number } | null {
  if (s.n < 2 || s.m === 0) return null;
  const p = s.k / s.m;
  // Σ(k − p·m)² expanded, so that it is computed from the sums: the linearized variance of the ratio Σk/Σm.
  const sq = Math.max(0, s.kk - 2 * p * s.km + p * p * s.mm);
  const variance = sq / (s.n - 1) / s.n / (s.m / s.n) ** 2;
  const effective = variance > 0 ? Math.min(s.m, Math.max(s.n, (p * (1 - p)) / variance)) : p > 0 && p < 1 ? s.m : s.n;
  // Wilson on the effective size, with the finite-population correction of the respondents (the sampled units).
  const ci = wilson(p * effective, effective, { confidence: options.confidence, population: options.population === undefined ? undefined : (options.population * effective) / s.n });
  return { n: s.n, p, low: ci.low, high: ci.high };
}

/**
 * The net promoter score of 0–10 answers (% promoters 9–10 − % detractors 0–6, as −1…1) with Rocks' (2016) adjusted-Wald
 * interval as Lewis and Sauro (2021) describe it: add 3 to n and 3/4 to promoters and to detractors, then a Wald
 * interval on the variance of the difference of the two adjusted proportions (centred on the adjusted NPS), clipped to
 * −1…1; with a population, the finite-population correction. null with no answers.
 */
export function npsInterval(
  promoters: number,
  detractors: number,
  n: number,
  options: IntervalOptions = {},
): { n: number; nps: number; low: number; high: number } | null {
  if (!(n > 0)) return null;
  const nps = (promoters - detractors) / n;
  const na = n + 3;
  const pp = (promoters + 3 / 4) / na;
  const pd = (detractors + 3 / 4) / na;
  const centre = pp - pd;
  const variance = ((pp + pd - centre * centre) / na) * finitePopulationFactor(n, options.population);
  const half = normalQuantile(1 - (1 - (options.confidence ?? 0.95)) / 2) * Math.sqrt(variance);
  return { n, nps, low: Math.max(-1, centre - half), high: Math.min(1, centre + half) };
}

/** Running sums of paired values (x, y): n, Σx, Σy, Σx², Σy², Σxy, from which a correlation is computed without keeping the pairs. */
export interface PairSums {
  n: number;
  x: number;
  y: number;
  xx: number;
  yy: number;
  xy: number;
}

/** Pearson's correlation from running sums of pairs, with its Fisher-z interval; null for fewer than 4 pairs or no spread. */
export function correlationFromSums(s: PairSums, options: { confidence?: number } = {}): { n: number; r: number; low: number; high: number } | null {
  const { n } = s;
  if (n < 4) return null;
  const sxx = s.xx - (s.x * s.x) / n;
  const syy = s.yy - (s.y * s.y) / n;
  const sxy = s.xy - (s.x * s.y) / n;
  if (!(sxx > 1e-12 * Math.max(1, s.xx)) || !(syy > 1e-12 * Math.max(1, s.yy))) return null;
  return fisherInterval(n, Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), options);
}

/** The Fisher-z interval of a correlation r of n pairs: tanh(atanh r ± z / √(n − 3)). */
function fisherInterval(n: number, r: number, options: { confidence?: number }): { n: number; r: number; low: number; high: number } {
  const z = Math.atanh(Math.min(0.9999999, Math.max(-0.9999999, r)));
  const half = normalQuantile(1 - (1 - (options.confidence ?? 0.95)) / 2) / Math.sqrt(n - 3);
  return { n, r, low: Math.tanh(z - half), high: Math.tanh(z + half) };
}

/** Pearson's correlation of paired values with its Fisher-z interval; null for fewer than 4 pairs or no spread. */
export function correlationInterval(
  xs: readonly number[],
  ys: readonly number[],
  options: { confidence?: number } = {},
): { n: number; r: number; low: number; high: number } | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 4) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return fisherInterval(n, Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))), options);
}

/**
 * Cronbach's α of a respondents × items table of complete rows, with Feldt's interval; null for fewer than
 * 2 items, fewer than 3 rows or no total variance.
 */
export function cronbachAlpha(
  rows: readonly (readonly number[])[],
  options: { confidence?: number } = {},
): { n: number; items: number; alpha: number; low: number; high: number } | null {
  const n = rows.length;
  const k = n ? rows[0]!.length : 0;
  if (k < 2 || n < 3) return null;
  const variance = (get: (row: readonly number[]) => number) => {
    let s = 0;
    let sq = 0;
    for (const row of rows) {
      const v = get(row);
      s += v;
      sq += v * v;
    }
    return (sq - (s * s) / n) / (n - 1);
  };
  let itemVar = 0;
  for (let j = 0; j < k; j++) itemVar += variance((row) => row[j]!);
  const totalVar = variance((row) => row.reduce((a, v) => a + v, 0));
  if (!(totalVar > 0)) return null;
  const alpha = (k / (k - 1)) * (1 - itemVar / totalVar);
  const c = options.confidence ?? 0.95;
  const d1 = n - 1;
  const d2 = (n - 1) * (k - 1);
  return {
    n,
    items: k,
    alpha,
    low: 1 - (1 - alpha) * fQuantile(1 - (1 - c) / 2, d1, d2),
    high: 1 - (1 - alpha) * fQuantile((1 - c) / 2, d1, d2),
  };
}

/**
 * Tastle and Wierman's consensus (2007) of answers on an ordinal scale given as counts per value:
 * 1 + Σ p·log2(1 − |x − μ| / width), 1 when everyone gives the same answer, 0 when split between the ends.
 * null with no answers or a scale of one value.
 */
export function consensus(counts: readonly { value: number; count: number }[], scaleMin: number, scaleMax: number): number | null {
  const width = scaleMax - scaleMin;
  let n = 0;
  let sum = 0;
  for (const c of counts) {
    n += c.count;
    sum += c.value * c.count;
  }
  if (!n || !(width > 0)) return null;
  const mu = sum / n;
  let s = 0;
  for (const c of counts) if (c.count) s += (c.count / n) * Math.log2(1 - Math.abs(c.value - mu) / width);
  return 1 + s;
}

/**
 * The responses needed for a margin of error (half-width of a 95 % interval, same unit as sd) on a mean,
 * with the finite-population correction when the population is known: n₀ = (z·sd / margin)², n = n₀ / (1 + (n₀ − 1) / N).
 */
export function sampleSizeFor(margin: number, sd: number, population?: number, confidence = 0.95): number {
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const n0 = ((z * sd) / margin) ** 2;
  const n = population && population > 0 ? n0 / (1 + (n0 - 1) / population) : n0;
  return Math.min(Math.ceil(n - 1e-9), population && population > 0 ? population : Infinity);
}
