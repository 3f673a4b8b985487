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

/** Up to two priorities (the weakest dimensions) and up to two strengths (the strongest others, best first). */
export function strengthsAndPriorities(r: Result): { strengths: ResultDimension[]; priorities: ResultDimension[] } {
  const ordered = byPriority(r);
  const k = Math.min(HIGHLIGHTS, Math.ceil(ordered.length / 2));
  const order = (d: ResultDimension) => r.dimensions.indexOf(d);
  const strengths = ordered.slice(k).sort((a, b) => b.score - a.score || order(a) - order(b));
  return { priorities: ordered.slice(0, k), strengths: strengths.slice(0, HIGHLIGHTS) };
}
