// A comparison in the terminal: each dimension before and after, the change, then what rose and fell.
import chalk from '../../app/chalk.js';
import type { Comparison } from '../../team/compare.js';
import type { RenderOptions } from '../options.js';
import { comparisonView } from '../view/comparison.js';
import { fitTable, type FitColumn } from './fit.js';
import { textWidth } from './frame.js';
import { wrap } from './text.js';

/** The terminal view of a comparison. */
export function renderComparisonTable(c: Comparison, opts: RenderOptions): string {
  const v = comparisonView(c);
  const width = textWidth(opts.width);
  const out = [wrap(chalk.bold(v.title), width), '', ...v.sides.map((x) => wrap(`${v.s.colon(x.label)} ${x.text}`, width, '  ')), ''];
  for (const note of [...(v.warning ? [v.warning] : []), ...v.notes]) out.push(chalk.yellow(`! ${wrap(note, width - 2, '  ')}`), '');
  const color = (x: number | null) => (x === null || x === 0 ? (s: string) => s : x > 0 ? chalk.green : chalk.red);
  const o = v.overall;
  const rows = [...v.rows.map((d) => ({ ...d, label: d.label, delta: color(d.deltaValue)(d.delta) })), { ...o, label: chalk.bold(o.label), delta: color(o.deltaValue)(chalk.bold(o.delta)) }];
  // Narrower: the scores without their level in brackets (the level change stays in its column).
  const bare = (cell: string) => cell.replace(/\s*\(.*\)$/, '');
  const cols: FitColumn[] = [
    { key: 'label', head: v.head[0]!, cells: rows.map((d) => d.label) },
    { key: 'old', head: v.head[1]!, cells: rows.map((d) => d.old) },
    { key: 'new', head: v.head[2]!, cells: rows.map((d) => d.new) },
    { key: 'oldS', head: v.head[1]!, align: 'right', cells: rows.map((d) => bare(d.old)) },
    { key: 'newS', head: v.head[2]!, align: 'right', cells: rows.map((d) => bare(d.new)) },
    { key: 'delta', head: v.head[3]!, align: 'right', cells: rows.map((d) => d.delta) },
    { key: 'level', head: v.head[4]!, cells: rows.map((d) => d.levelChange) },
  ];
  out.push(fitTable(cols, [['label', 'old', 'new', 'delta', 'level'], ['label', 'oldS', 'newS', 'delta', 'level']], opts.width), '');
  if (v.roundingNote) out.push(wrap(v.roundingNote, width), '');
  out.push(...v.moves.map((m) => wrap(`${chalk.bold(v.s.colon(m.label))} ${m.text}`, width, '  ')), '');
  out.push(chalk.dim(wrap(v.definition, width)), '');
  return out.join('\n') + '\n';
}
