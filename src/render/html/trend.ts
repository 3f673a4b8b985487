// A trend as a self-contained HTML page: per panel a line chart (one line per dimension) and the table of the series
// with the change between waves; every text is escaped.
import type { Trend } from '../../team/trend.js';
import { trendView, type TrendCell } from '../view/trend.js';
import { lineChartSvg, marker, seriesColor } from './line-chart.js';
import { escapeHtml as h, htmlPage, methodHtml } from './page.js';

const CSS = `
figure.trend { margin: 0 0 16px; }
.trend-chart { display: block; width: 100%; max-width: 640px; height: auto; margin: 0 auto; }
.trend-legend { display: flex; flex-wrap: wrap; gap: 4px 18px; justify-content: center; margin: 6px 0 0; padding: 0; list-style: none; font-size: 13px; }
.trend-legend svg { vertical-align: -2px; margin-right: 6px; }
td small { display: block; color: var(--muted); font-size: 12px; white-space: normal; }
.up { color: #28644a; font-weight: 600; } .down { color: #8a3a22; font-weight: 600; }
@media print {
  body { font-size: 9pt; line-height: 1.35; }
  h1 { font-size: 15pt; }
  .trend-chart { max-height: 80mm; }
  table { font-size: 8.5pt; }
  th, td { padding: 3px 6px; }
  .callout { margin: 6px 0; padding: 4px 10px; }
}
`;

/** A trend as HTML. */
export function renderTrendHtml(t: Trend): string {
  const v = trendView(t);
  const { s } = v;
  const out = [`<header class="top"><p class="eyebrow">${h(v.kind)}</p><h1>${h(v.instrumentTitle)}</h1>`,
    `<ul class="meta">${v.waves.map((x) => `<li>${h(s.colon(x.long))} <b>${h(x.text)}</b></li>`).join('')}</ul></header>`];
  for (const note of v.notes) out.push(`<p class="callout">${h(note)}</p>`);
  const cls = (x: number | null) => (x === null || x === 0 ? '' : x > 0 ? ' class="up"' : ' class="down"');
  const cell = (c: TrendCell) => `<td class="num">${h(c.value)}${c.change === null ? '' : `<small${cls(c.direction)}>${h(c.change)}</small>`}</td>`;
  v.panels.forEach((p, n) => {
    const title = p.title ? `${v.title} — ${p.title}` : v.title;
    if (p.title) out.push(`<h2>${h(p.title)}</h2>`);
    // One line per dimension; the overall is in the table.
    const lines = p.rows.filter((r) => !r.overall);
    const desc = lines.map((r) => s.w('trend.chartDesc', { label: r.label, values: r.cells.map((c, i) => `${v.waves[i]!.short} ${c.value}`).join(', ') })).join(' ');
    const svg = lineChartSvg(v.waves.map((x) => x.short), lines.map((r) => ({ id: r.id, label: r.label, values: r.cells.map((c) => c.valueNum), joined: r.cells.map((c) => c.joined) })), {
      id: `trend-${n}`, title: `${title} (${v.metric})`, desc, thresholds: v.levels.slice(1).map((l) => l.min),
    });
    const legend = lines.map((r, k) => `<li><svg aria-hidden="true" width="30" height="12" viewBox="0 0 30 12"><g fill="${seriesColor(k)}" stroke="${seriesColor(k)}"><line x1="0" y1="6" x2="30" y2="6" stroke-width="2.5"/>${marker(k, 15, 6)}</g></svg>${h(r.label)}</li>`).join('');
    out.push(`<figure class="trend">${svg}<figcaption><ul class="trend-legend">${legend}</ul></figcaption></figure>`);
    out.push(`<table><caption class="visually-hidden">${h(title)}</caption><thead><tr><th>${h(s.w('render.dimension'))}</th>${v.waves.map((x) => `<th class="num">${h(x.short)}<br>${h(x.date)}</th>`).join('')}</tr></thead><tbody>`);
    for (const r of lines) out.push(`<tr><th scope="row">${h(r.label)}</th>${r.cells.map(cell).join('')}</tr>`);
    out.push('</tbody><tfoot>');
    for (const r of p.rows.filter((x) => x.overall)) out.push(`<tr><th scope="row">${h(r.label)}</th>${r.cells.map(cell).join('')}</tr>`);
    out.push('</tfoot></table>');
  });
  out.push(`<p class="muted">${h(v.definition)}</p>`);
  if (v.method) out.push(methodHtml(v.method));
  return htmlPage(v.title, t.language, out.join('\n'), CSS);
}
