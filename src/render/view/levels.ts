// Levels as the documents show them: beside a score, in a plan heading, and their score ranges.
import type { Speech } from './words.js';

/** A level as shown beside a score: "Level 2/3 · Developing", or "not scored". */
export function levelText(s: Speech, level: number | null, label: string | null, count: number): string {
  return level === null ? s.w('render.notScored') : s.w('render.levelOf', { level, count, label: label ?? '' });
}

/** A level in a sentence: "level 2 Developing", or "not scored". */
export function levelInline(s: Speech, level: number | null, label: string | null): string {
  return level === null ? s.w('render.notScored') : s.w('render.levelInline', { level, label: label ?? '' });
}

/** A level as a table cell: "2 Developing", or "not scored". */
export function levelCell(s: Speech, level: number | null, label: string | null): string {
  return level === null ? s.w('render.notScored') : s.t(`${level} ${label ?? ''}`);
}

/** The score range of the i-th level in words ("below 40", "40 to under 70", "70 and above"). */
export function levelRange(s: Speech, levels: readonly { min: number }[], i: number): string {
  const min = levels[i]!.min;
  const next = levels[i + 1]?.min;
  if (i === 0 && next !== undefined) return s.w('render.levelBelow', { next });
  if (next === undefined) return s.w('render.levelFrom', { min });
  return s.w('render.levelBetween', { min, next });
}
