// A result as CSV: one row per dimension, then the overall row.
import type { Result } from '../../core/result.js';
import { wordsFor } from '../../i18n/index.js';
import type { RenderOptions } from '../registry.js';
import { csvText, type Cell } from './fields.js';

/** A result as CSV. */
export function renderResultCsv(r: Result, opts: RenderOptions): string {
  const rows: Cell[][] = [['id', 'label', 'score', 'level', 'levelLabel', 'answered', 'total']];
  for (const d of r.dimensions) rows.push([d.id, d.label, d.score, d.level, d.levelLabel, d.answered, d.total]);
  const answered = r.dimensions.reduce((a, d) => a + d.answered, 0);
  const total = r.dimensions.reduce((a, d) => a + d.total, 0);
  rows.push(['overall', wordsFor(r.language).w('render.overall'), r.overall.score, r.overall.level, r.overall.levelLabel, answered, total]);
  return csvText(rows, { bom: opts.bom, lang: r.language });
}
