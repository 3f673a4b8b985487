// A comparison as a self-contained HTML page: both measures on one radar, then the table of changes; every text is escaped.
import type { Comparison } from '../../team/compare.js';
import { comparisonView, type ChangeRow } from '../view/comparison.js';
import { escapeHtml as h, htmlPage, methodHtml } from './page.js';
import { radarSvg, SERIES_COLORS } from './svg.js';

const CSS = `
.radar { display: block; width: 100%; max-width: 560px; height: auto; margin: 0 auto; }
.legend { display: flex; gap: 16px; justify-content: center; font-size: 12.5px; color: var(--muted); }
.legend span::before { content: ""; display: inline-block; width: 14px; height: 3px; margin-right: 6px; vertical-align: 3px; background: var(--c); }
.up { color: #28644a; font-weight: 600; } .down { color: #8a3a22; font-weight: 600; }
@media print {
  /* One A4 page: a smaller radar, tighter rows. */
  body { font-size: 9pt; line-height: 1.35; }
  h1 { font-size: 15pt; }
  header.top { padding-bottom: 6px; margin-bottom: 10px; }
  .radar { max-height: 95mm; }
  table { font-size: 9pt; }
  th, td { padding: 3px 8px; }
  .callout { margin: 6px 0; padding: 4px 10px; }
}
`;

/** A comparison as HTML. */
export function renderComparisonHtml(c: Comparison): string {
  const v = comparisonView(c);
  const { s } = v;
  const cls = (x: number | null) => (x === null || x === 0 ? '' : x > 0 ? ' up' : ' down');
  const out = [`<header class="top"><p class="eyebrow">${h(v.kind)}</p><h1>${h(v.instrumentTitle)}</h1>`,
    `<ul class="meta">${v.sides.map((x) => `<li>${h(s.colon(x.label))} <b>${h(x.text)}</b></li>`).join('')}</ul></header>`];
  for (const note of [...(v.warning ? [v.warning] : []), ...v.notes]) out.push(`<p class="callout">${h(note)}</p>`);
  if (v.axes.length >= 3) {
    out.push(`<figure>${radarSvg(v.axes, v.levels, v.series, { title: v.title, id: 'compare-radar', valueText: s.f.score, notScored: s.w('render.notScored'), legend: false })}<figcaption class="legend">${v.series.map((x, i) => `<span style="--c:${SERIES_COLORS[i]}">${h(x.label)}</span>`).join('')}</figcaption></figure>`);
  }
  const cells = (d: ChangeRow) => `<td>${h(d.old)}</td><td>${h(d.new)}</td><td class="num${cls(d.deltaValue)}">${h(d.delta)}</td><td>${h(d.levelChange)}</td>`;
  out.push(`<table><thead><tr>${v.head.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>`);
  for (const d of v.rows) out.push(`<tr><th scope="row">${h(d.label)}</th>${cells(d)}</tr>`);
  out.push(`</tbody><tfoot><tr><th scope="row">${h(v.overall.label)}</th>${cells(v.overall)}</tr></tfoot></table>`);
  if (v.roundingNote) out.push(`<p>${h(v.roundingNote)}</p>`);
  out.push(...v.moves.map((m) => `<p><strong>${h(s.colon(m.label))}</strong> ${h(m.text)}</p>`), `<p class="muted">${h(v.definition)}</p>`);
  if (v.method) out.push(methodHtml(v.method));
  return htmlPage(v.title, c.language, out.join('\n'), CSS);
}
