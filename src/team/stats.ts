import { mean } from '../core/score.js';

/** The median of values (the mean of the two middle ones for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = Float64Array.from(values).sort(); // a typed array sorts numbers natively, far faster than a comparator
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The median of values given ascending with their counts (`n` in all), as `median` gives it for the list. */
export function countsMedian(sorted: readonly (readonly [number, number])[], n: number): number | null {
  if (!n) return null;
  const at = (k: number) => {
    let seen = 0;
    for (const [v, c] of sorted) if ((seen += c) > k) return v;
    return sorted[sorted.length - 1]![0];
  };
  const mid = n >> 1;
  return n % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** The population standard deviation of values given with their counts, around their mean `m`. */
export function countsStdDev(counts: readonly (readonly [number, number])[], m: number, n: number): number {
  let sq = 0;
  for (const [v, c] of counts) sq += c * (v - m) * (v - m);
  return Math.sqrt(sq / n);
}

/** The population standard deviation (divided by n, not n − 1), or null for none. */
export function stdDevPopulation(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null) return null;
  return Math.sqrt(values.reduce((a, v) => a + (v - m) * (v - m), 0) / values.length);
}

/** Mean and population standard deviation of values given as counts per value. */
export function countsStats(counts: readonly { value: number; count: number }[]): { n: number; mean: number | null; stdDev: number | null } {
  let n = 0;
  let sum = 0;
  for (const c of counts) {
    n += c.count;
    sum += c.value * c.count;
  }
  if (!n) return { n, mean: null, stdDev: null };
  const m = sum / n;
  const v = counts.reduce((a, c) => a + c.count * (c.value - m) * (c.value - m), 0) / n;
  return { n, mean: m, stdDev: Math.sqrt(v) };
}

/** Rounds to two decimals (means and spreads of answers on the scale). */
export function round2(x: number): number {
  const r = Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100;
  return r === 0 ? 0 : r;
}
