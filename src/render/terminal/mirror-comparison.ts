// A comparison of two mirrors in the terminal: each side's overall, then per dimension what moved, one line each.
import chalk from '../../app/chalk.js';
import type { MirrorComparison } from '../../mirror/compare.js';
import type { RenderOptions } from '../options.js';
import { mirrorComparisonView, moveText } from '../view/mirror-comparison.js';
import { textWidth } from './frame.js';
import { wrap } from './text.js';

/** The terminal view of a comparison of two mirrors. */
export function renderMirrorComparisonTable(c: MirrorComparison, opts: RenderOptions): string {
  const v = mirrorComparisonView(c);
  const width = textWidth(opts.width);
  const out = [chalk.bold(v.title), '', ...v.dates.map((d) => `${v.s.colon(d.label)} ${d.text}`), ''];
  for (const x of v.sides) out.push(wrap(`${chalk.bold(v.s.colon(x.label))} ${moveText(x.cells)}`, width, '  '));
  out.push('');
  const names = v.head.slice(1, -1);
  for (const d of v.dimensions) {
    out.push(wrap(`${chalk.bold(d.label)} — ${d.reading}`, width, '   '));
    d.cells.forEach((cell, i) => out.push(`   ${wrap(`${v.s.colon(names[i]!)} ${moveText(cell)}`, width - 3, '     ')}`));
  }
  out.push('', chalk.dim(wrap(v.definition, width)), '');
  return out.join('\n') + '\n';
}
