// A comparison of two mirrors as CSV: one row per side's overall and per dimension × measure.
import type { MirrorComparison, Move } from '../../mirror/compare.js';
import type { RenderOptions } from '../options.js';
import { csvText, type Cell } from './fields.js';

/** A comparison of two mirrors as CSV. */
export function renderMirrorComparisonCsv(c: MirrorComparison, opts: RenderOptions): string {
  const rows: Cell[][] = [['dimension', 'label', 'measure', 'old', 'new', 'delta', 'deltaLow', 'deltaHigh', 'verdict', 'oldReading', 'newReading']];
  const add = (id: string, label: string, measure: string, m: Move, r: { old: string | null; new: string | null } | null) =>
    rows.push([id, label, measure, m.old, m.new, m.delta, m.ci?.[0] ?? null, m.ci?.[1] ?? null, m.verdict ?? null, r?.old ?? null, r?.new ?? null]);
  for (const s of c.sides) add('overall', '', s.side, s, null);
  for (const d of c.dimensions) {
    add(d.id, d.label, 'employees', d.employees, d.reading);
    add(d.id, d.label, 'customers', d.customers, d.reading);
    if (d.leaders) add(d.id, d.label, 'leaders', d.leaders, d.reading);
    add(d.id, d.label, 'gap', d.gap, d.reading);
  }
  return csvText(rows, { bom: opts.bom, lang: c.language });
}
