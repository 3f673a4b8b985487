// A trend as Markdown: per panel a table, a row per series, a column per wave (the figure, then the change since the wave before).
import type { Trend } from '../../team/trend.js';
import { trendView } from '../view/trend.js';
import { escapeMarkdown as e, methodMarkdown, tableRow as row } from './escape.js';

/** A trend as Markdown. */
export function renderTrendMarkdown(t: Trend): string {
  const v = trendView(t);
  const { s } = v;
  const out = [`# ${e(v.title)}`, '', ...v.waves.map((x) => `- **${e(s.colon(x.long))}** ${e(x.text)}`), ''];
  for (const note of v.notes) out.push(`> **${e(note)}**`, '');
  for (const p of v.panels) {
    if (p.title) out.push(`## ${e(p.title)}`, '');
    out.push(row([e(s.w('render.dimension')), ...v.waves.map((x) => `${e(x.short)} (${e(x.date)})`)]), row(['---', ...v.waves.map(() => '---:')]));
    for (const r of p.rows) {
      const cells = r.cells.map((c) => (c.change === null ? e(c.value) : `${e(c.value)} (${e(c.change)})`));
      out.push(row(r.overall ? [`**${e(r.label)}**`, ...cells.map((c) => `**${c}**`)] : [e(r.label), ...cells]));
    }
    out.push('');
  }
  out.push(`_${e(v.definition)}_`, '');
  if (v.method) out.push(...methodMarkdown(v.method));
  return out.join('\n');
}
