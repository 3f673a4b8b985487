import { format } from '../i18n/index.js';
import type { Format } from '../options.js';
import type { Comparison } from '../team/compare.js';
import { csvText } from './csv.js';
import type { RenderOptions } from './index.js';
import { withMessages } from './json-messages.js';

/** Renders a comparison in a format. */
export async function renderComparison(c: Comparison, format: Format, opts: RenderOptions = {}): Promise<string> {
  switch (format) {
    case 'table':
      return (await import('./compare-table.js')).renderCompareTable(c) + '\n';
    case 'json':
      return JSON.stringify(c, withMessages(c.language), 2) + '\n';
    case 'markdown':
      return (await import('./compare-markdown.js')).renderCompareMarkdown(c);
    case 'html':
      return (await import('./compare-html.js')).renderCompareHtml(c);
    case 'csv':
      return renderCompareCsv(c, opts);
  }
}

/** A comparison as CSV: one row per dimension, then the overall. */
export function renderCompareCsv(c: Comparison, opts: RenderOptions = {}): string {
  const rows: (string | number | null)[][] = [['id', 'label', 'oldScore', 'oldLevel', 'newScore', 'newLevel', 'delta', 'levelChange']];
  for (const d of c.dimensions) rows.push([d.id, d.label, d.old.score, d.old.level, d.new.score, d.new.level, d.delta, d.levelChange]);
  const o = c.overall;
  rows.push(['overall', c.language === 'fr' ? 'Global' : 'Overall', o.old.score, o.old.level, o.new.score, o.new.level, o.delta, o.levelChange]);
  if (c.warning) rows.push(['warning', format(c.warning, c.language), null, null, null, null, null, null]);
  return csvText(rows, opts.bom);
}
