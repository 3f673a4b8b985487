// Perception gaps between the groups shown (SPEC.md "Teams and workshops").
import { roundDelta, roundScore } from '../core/score.js';
import type { Gap, GroupView } from './document.js';

/** Per dimension, highest minus lowest unrounded score among the groups shown (two or more), largest gap first, ties in instrument order. */
export function perceptionGaps(groups: readonly GroupView[]): Gap[] {
  const shown = groups.filter((g) => g.shown && g.dimensions);
  if (shown.length < 2) return [];
  const gaps: (Gap & { order: number })[] = [];
  shown[0]!.dimensions!.forEach((d, i) => {
    const scored = shown
      .map((g) => ({ group: g.name ?? '', exact: g.dimensions![i]!.scoreExact }))
      .filter((x): x is { group: string; exact: number } => x.exact !== null);
    if (scored.length < 2) return;
    let high = scored[0]!;
    let low = scored[0]!;
    for (const x of scored) {
      if (x.exact > high.exact) high = x;
      if (x.exact < low.exact) low = x;
    }
    const exact = high.exact - low.exact;
    gaps.push({ dimension: d.id, label: d.label, gap: roundDelta(exact), gapExact: exact, high: { group: high.group, score: roundScore(high.exact) }, low: { group: low.group, score: roundScore(low.exact) }, order: i });
  });
  return gaps.sort((a, b) => b.gapExact - a.gapExact || a.order - b.order).map(({ order: _order, ...g }) => g);
}
