// An instrument's health as CSV: a row per dimension (kind `dimension`), then one per statement (kind `statement`).
import type { Health } from '../../core/health.js';
import type { RenderOptions } from '../options.js';
import { csvText, type Cell } from './fields.js';

/** An instrument's health as CSV (below the anonymity threshold: the header and no row). */
export function renderHealthCsv(h: Health, opts: RenderOptions): string {
  const rows: Cell[][] = [['kind', 'dimension', 'id', 'label', 'complete', 'alpha', 'ciLow', 'ciHigh', 'dontKnow', 'floor', 'ceiling', 'verdict', 'reasons', 'needed', 'itemRest', 'alphaIfDeleted']];
  for (const d of h.dimensions) {
    const reasons = d.reasons.map((r) => (r.items ? `${r.code}:${r.items.join(' ')}` : r.code)).join('; ') || null;
    rows.push(['dimension', d.id, d.id, d.label, d.complete, d.alpha, d.ci?.[0] ?? null, d.ci?.[1] ?? null, d.dontKnow, d.floor, d.ceiling, d.verdict, reasons, d.needed, null, null]);
    for (const x of d.items) rows.push(['statement', d.id, x.id, x.text, null, null, null, null, x.dontKnow, null, null, null, null, null, x.itemRest, x.alphaIfDeleted]);
  }
  return csvText(rows, { bom: opts.bom, lang: h.language });
}
