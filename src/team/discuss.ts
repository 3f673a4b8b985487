// The statements to discuss first: where people disagree.
import type { Discuss, GroupView } from './document.js';

/** How many disagreement statements are listed to discuss first. */
export const DISCUSS_FIRST = 5;

/** The statements where people disagree, largest spread first, ties in instrument order (at most DISCUSS_FIRST). */
export function discussFirst(view: GroupView): Discuss[] {
  if (!view.questions) return [];
  return view.questions
    .map((q, order) => ({ q, order }))
    .filter(({ q }) => q.disagreement)
    .sort((a, b) => (b.q.stdDevPopulation ?? 0) - (a.q.stdDevPopulation ?? 0) || a.order - b.order)
    .slice(0, DISCUSS_FIRST)
    .map(({ q }) => ({ question: q.id, dimension: q.dimension, text: q.text, mean: q.mean, stdDevPopulation: q.stdDevPopulation }));
}
