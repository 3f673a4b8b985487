// A comparison in the terminal: each dimension before and after, the change, then what rose and fell.
import chalk from '../../app/chalk.js';
import type { Comparison } from '../../team/compare.js';
import type { RenderOptions } from '../registry.js';
import { comparisonView } from '../view/comparison.js';
import { frameTable, textWidth } from './frame.js';
import { wrap } from './text.js';

/** The terminal view of a comparison. */
export function renderComparisonTable(c: Comparison, opts: RenderOptions): string {
  const v = comparisonView(c);
  const width = textWidth(opts.width);
  const out = [chalk.bold(v.title), '', ...v.sides.map((x) => `${v.s.colon(x.label)} ${x.text}`), ''];
  for (const note of [...(v.warning ? [v.warning] : []), ...v.notes]) out.push(chalk.yellow(`! ${wrap(note, width - 2, '  ')}`), '');
  const t = frameTable(v.head, ['left', 'left', 'left', 'right', 'left']);
  const color = (x: number | null) => (x === null || x === 0 ? (s: string) => s : x > 0 ? chalk.green : chalk.red);
  for (const d of v.rows) t.push([d.label, d.old, d.new, color(d.deltaValue)(d.delta), d.levelChange]);
  const o = v.overall;
  t.push([chalk.bold(o.label), o.old, o.new, color(o.deltaValue)(chalk.bold(o.delta)), o.levelChange]);
  out.push(t.toString(), '');
  out.push(...v.moves.map((m) => wrap(`${chalk.bold(v.s.colon(m.label))} ${m.text}`, width, '  ')), '');
  out.push(chalk.dim(wrap(v.definition, width)), '');
  return out.join('\n') + '\n';
}
