/** Share of answers needed on each side for a statement to count as a disagreement in a team. */
export const DISAGREE_SHARE = 0.2;

/**
 * Whether people disagree on a statement, from its counts per scale point (in scale order, "don't know" excluded):
 * some answers sit two or more scale points apart, with at least `minShare` of the answers on each side
 * (at or below a point, and two or more points above it). A workshop uses minShare 0: any two votes that far apart.
 */
export function disagrees(counts: readonly number[], minShare: number): boolean {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total < 2) return false;
  let low = 0;
  for (let k = 0; k + 2 < counts.length; k++) {
    low += counts[k]!;
    let high = 0;
    for (let j = k + 2; j < counts.length; j++) high += counts[j]!;
    if (low > 0 && high > 0 && low >= minShare * total && high >= minShare * total) return true;
  }
  return false;
}
