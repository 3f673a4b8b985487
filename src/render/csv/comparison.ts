// A comparison as CSV: one row per dimension, then the overall, then the warning when there is one.
import { wordsFor } from '../../i18n/index.js';
import type { Comparison } from '../../team/compare.js';
import type { RenderOptions } from '../options.js';
import { noteText } from '../view/notes.js';
import { csvText, type Cell } from './fields.js';

/** A comparison as CSV. */
export function renderComparisonCsv(c: Comparison, opts: RenderOptions): string {
  const rows: Cell[][] = [['id', 'label', 'oldScore', 'oldLevel', 'newScore', 'newLevel', 'delta', 'levelChange']];
  for (const d of c.dimensions) rows.push([d.id, d.label, d.old.score, d.old.level, d.new.score, d.new.level, d.delta, d.levelChange]);
  const o = c.overall;
  rows.push(['overall', wordsFor(c.language).w('render.overall'), o.old.score, o.old.level, o.new.score, o.new.level, o.delta, o.levelChange]);
  if (c.warning) rows.push(['warning', noteText(c.warning, c.language), null, null, null, null, null, null]);
  if (c.subtraction) rows.push(['warning', noteText(c.subtraction, c.language), null, null, null, null, null, null]);
  for (const note of c.notes) rows.push(['note', noteText(note, c.language), null, null, null, null, null, null]);
  return csvText(rows, { bom: opts.bom, lang: c.language });
}
