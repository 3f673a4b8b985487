// A comparison of two mirrors as Markdown.
import type { MirrorComparison } from '../../mirror/compare.js';
import { mirrorComparisonView, moveText } from '../view/mirror-comparison.js';
import { escapeMarkdown as e, tableRow as row } from './escape.js';

/** A comparison of two mirrors as Markdown. */
export function renderMirrorComparisonMarkdown(c: MirrorComparison): string {
  const v = mirrorComparisonView(c);
  const out = [`# ${e(v.title)}`, '', ...v.dates.map((d) => `- **${e(v.s.colon(d.label))}** ${e(d.text)}`), ...v.sides.map((x) => `- **${e(v.s.colon(x.label))}** ${e(moveText(x.cells))}`), ''];
  out.push(row(v.head.map(e)), row(v.head.map((_, i) => (i === 0 || i === v.head.length - 1 ? '---' : '---:'))));
  for (const d of v.dimensions) out.push(row([e(d.label), ...d.cells.map((x) => e(moveText(x))), e(d.reading)]));
  out.push('', `_${e(v.definition)}_`, '');
  return out.join('\n');
}
