// The cells of a form's CSV export: a scale value, a scale label in any language, a don't-know label, "?" or empty
// (don't know), or a label the --map file gives a value.
import { readAnswer, type AnswerProblem } from '../core/answers.js';
import { normalizeKey } from '../core/text.js';
import type { AnswerValue, Instrument } from '../core/types.js';
import type { ColumnMap } from './column-map.js';

/** What a cell holds: an answer, or why it is not one. */
export type Cell = { value: AnswerValue } | { error: AnswerProblem };

/** Most distinct cell texts remembered (form exports repeat a handful of labels). */
const CACHE = 10_000;

/** Reads cells into answers (an empty cell is "don't know"), remembering each distinct cell text. */
export function cellReader(instrument: Instrument, map: ColumnMap | undefined): (cell: string) => Cell {
  const cache = new Map<string, Cell>();
  const mappedValues = new Map<string, AnswerValue>();
  for (const [label, v] of Object.entries(map?.values ?? {})) mappedValues.set(normalizeKey(label), v);
  return (cell) => {
    const hit = cache.get(cell);
    if (hit) return hit;
    let r: Cell;
    const key = normalizeKey(cell);
    if (mappedValues.has(key) && cell.trim() !== '') r = { value: mappedValues.get(key)! };
    // The padding of a cell is not part of it: an answer, and a message quoting it, read the trimmed text.
    else r = readAnswer(cell.trim() === '' ? null : cell.trim(), instrument);
    if (cache.size < CACHE) cache.set(cell, r);
    return r;
  };
}
