// A trend as CSV: one row per series and wave (the figure, and the change since the wave before), then the notes.
import type { Trend } from '../../team/trend.js';
import type { RenderOptions } from '../options.js';
import { noteText } from '../view/notes.js';
import { csvText, type Cell } from './fields.js';

/** A trend as CSV. */
export function renderTrendCsv(t: Trend, opts: RenderOptions): string {
  const rows: Cell[][] = [['id', 'side', 'label', 'wave', 'measuredAt', 'value', 'delta', 'ciLow', 'ciHigh', 'verdict', 'status']];
  for (const x of t.series) {
    x.points.forEach((p, i) => {
      const c = i === 0 ? null : x.changes[i - 1]!;
      rows.push([x.id, x.side, x.label, p.wave, t.waves[i]!.measuredAt, p.value, c?.delta ?? null, c?.ci?.[0] ?? null, c?.ci?.[1] ?? null, c?.verdict ?? null, c?.status ?? null]);
    });
  }
  for (const note of t.notes) rows.push(['note', null, noteText(note, t.language), null, null, null, null, null, null, null, null]);
  return csvText(rows, { bom: opts.bom, lang: t.language });
}
