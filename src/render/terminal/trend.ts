// A trend in the terminal: the waves, then one compact table per panel (a row per series, a column per wave: the
// figure and the change since the wave before), as many of the latest waves as the width holds.
import chalk from '../../app/chalk.js';
import type { Trend } from '../../team/trend.js';
import type { RenderOptions } from '../options.js';
import { trendView, type TrendPanel } from '../view/trend.js';
import { widest } from './fit.js';
import { frameTable, textWidth } from './frame.js';
import { wrap } from './text.js';

/** The table of a panel over the last `k` waves: each figure with its change and its mark ("+3.2▲"), or with its mark only. */
function panelTable(p: TrendPanel, dimension: string, heads: string[], k: number, changes: boolean): string {
  const from = heads.length - k;
  const color = (x: number | null) => (x === null || x === 0 ? (s: string) => s : x > 0 ? chalk.green : chalk.red);
  const rows = p.rows.map((r) => {
    const mark = (short: string) => (changes || !/^[+−\d]/.test(short) ? short : short.replace(/^[^▲▼≈]*/, ''));
    const cells = r.cells.slice(from).map((c, i) => ((i > 0 || from > 0) && mark(c.short) ? `${c.value} ${color(c.direction)(mark(c.short))}` : c.value));
    return [r.overall ? chalk.bold(r.label) : r.label, ...cells];
  });
  return frameTable([dimension, ...heads.slice(from)], rows, ['left', ...heads.slice(from).map(() => 'right' as const)]);
}

/** The terminal view of a trend. */
export function renderTrendTable(t: Trend, opts: RenderOptions): string {
  const v = trendView(t);
  const width = textWidth(opts.width);
  const out = [wrap(chalk.bold(v.title), width), ''];
  for (const x of v.waves) out.push(wrap(`${v.s.colon(x.short)} ${x.text}`, width, '    '));
  out.push('');
  for (const note of v.notes) out.push(chalk.yellow(`! ${wrap(note, width - 2, '  ')}`), '');
  const heads = v.waves.map((x) => x.short);
  const n = heads.length;
  // The richest table that fits: every wave with its change, then with its mark only; then fewer waves, the same way.
  const layouts = Array.from({ length: n - 1 }, (_, i) => [{ k: n - i, changes: true }, { k: n - i, changes: false }]).flat();
  let shown = n;
  for (const p of v.panels) {
    if (p.title) out.push(chalk.bold(p.title));
    const pick = layouts.map((l) => ({ ...l, text: panelTable(p, v.s.w('render.dimension'), heads, l.k, l.changes) })).find((l) => widest(l.text) <= opts.width) ?? { k: 2, changes: false, text: panelTable(p, v.s.w('render.dimension'), heads, 2, false) };
    shown = Math.min(shown, pick.k);
    out.push(pick.text, '');
  }
  if (shown < n) out.push(wrap(v.s.w('trend.lastWaves', { shown, total: n }), width), '');
  out.push(chalk.dim(wrap(v.legend, width)), chalk.dim(wrap(v.definition, width)), '');
  return out.join('\n') + '\n';
}
