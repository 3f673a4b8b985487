// Strengths and priorities of a result: up to two of each, taken from the dimensions in priority order.
import type { Result, ResultDimension } from '../../core/result.js';

/** How many strengths and how many priorities a report names at most. */
export const HIGHLIGHTS = 2;

/** The scored dimensions in priority order: weakest first, ties in instrument order (the action plan's order when there is one). */
export function byPriority(r: Result): (ResultDimension & { score: number })[] {
  const scored = r.dimensions.filter((d): d is ResultDimension & { score: number } => d.score !== null);
  if (r.recommendations.length) return r.recommendations.map((rec) => scored.find((d) => d.id === rec.dimension)!).filter(Boolean);
  return [...scored].sort((a, b) => a.score - b.score);
}

/**
 * Up to two priorities (the weakest dimensions) and up to two strengths (the strongest others, best first), on the
 * scores as shown. A dimension at the same score as a priority is never a strength (four dimensions at 66.7 are not
 * two strengths and two priorities), and when every dimension has the same score there are neither. `tied` lists the
 * dimensions left out that share the score of the last one named in each list, so that the report can say so.
 */
export function strengthsAndPriorities(r: Result): { strengths: ResultDimension[]; priorities: ResultDimension[]; tied: { strengths: ResultDimension[]; priorities: ResultDimension[] } } {
  const ordered = byPriority(r);
  const none = { strengths: [], priorities: [], tied: { strengths: [], priorities: [] } };
  if (!ordered.length || ordered.every((d) => d.score === ordered[0]!.score)) return none;
  const k = Math.min(HIGHLIGHTS, Math.ceil(ordered.length / 2));
  const priorities = ordered.slice(0, k);
  const weak = new Set(priorities.map((d) => d.score));
  const order = (d: ResultDimension) => r.dimensions.indexOf(d);
  const others = ordered.slice(k).filter((d) => !weak.has(d.score)).sort((a, b) => b.score - a.score || order(a) - order(b));
  const strengths = others.slice(0, HIGHLIGHTS);
  const tiedWith = (list: typeof ordered, rest: typeof ordered) => (list.length ? rest.filter((d) => d.score === list[list.length - 1]!.score) : []);
  return { priorities, strengths, tied: { priorities: tiedWith(priorities, ordered.slice(k)), strengths: tiedWith(strengths, others.slice(HIGHLIGHTS)) } };
}
