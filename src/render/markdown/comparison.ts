// A comparison as Markdown.
import type { Comparison } from '../../team/compare.js';
import { comparisonView } from '../view/comparison.js';
import { escapeMarkdown as e, methodMarkdown, tableRow as row } from './escape.js';

/** A comparison as Markdown. */
export function renderComparisonMarkdown(c: Comparison): string {
  const v = comparisonView(c);
  const { s } = v;
  const out = [`# ${e(v.title)}`, '', ...v.sides.map((x) => `- **${e(s.colon(x.label))}** ${e(x.text)}`), ''];
  for (const note of [...(v.warning ? [v.warning] : []), ...v.notes]) out.push(`> **${e(note)}**`, '');
  out.push(row(v.head.map(e)), row(['---', '---', '---', '---:', '---']));
  for (const d of v.rows) out.push(row([e(d.label), e(d.old), e(d.new), d.delta, e(d.levelChange)]));
  const o = v.overall;
  out.push(row([`**${e(o.label)}**`, e(o.old), e(o.new), `**${o.delta}**`, e(o.levelChange)]), '');
  if (v.roundingNote) out.push(e(v.roundingNote), '');
  for (const m of v.moves) out.push(`**${e(s.colon(m.label))}** ${e(m.text)}`, '');
  out.push(`_${e(v.definition)}_`, '');
  if (v.method) out.push(...methodMarkdown(v.method));
  return out.join('\n');
}
