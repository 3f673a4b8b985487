// A comparison of two mirrors as a self-contained HTML page.
import type { MirrorComparison } from '../../mirror/compare.js';
import { mirrorComparisonView } from '../view/mirror-comparison.js';
import { escapeHtml as h, htmlPage } from './page.js';

const CSS = `.up { color: #28644a; } .down { color: #8a3a22; } footer { margin-top: 32px; color: var(--muted); font-size: 12px; }`;

/** A comparison of two mirrors as HTML. */
export function renderMirrorComparisonHtml(c: MirrorComparison): string {
  const v = mirrorComparisonView(c);
  const tone = (x: number | null) => (x === null || x === 0 ? '' : x > 0 ? ' up' : ' down');
  const cell = (x: { old: string; new: string; delta: string; deltaValue: number | null }) => `<td class="num">${h(x.old)} → ${h(x.new)}<br><b class="${tone(x.deltaValue).trim()}">${h(x.delta)}</b></td>`;
  const out = [`<header class="top"><h1>${h(v.title)}</h1><ul class="meta">${v.dates.map((d) => `<li>${h(v.s.colon(d.label))} <b>${h(d.text)}</b></li>`).join('')}</ul></header>`];
  out.push(`<table><tbody>${v.sides.map((x) => `<tr><th scope="row">${h(x.label)}</th>${cell(x.cells)}</tr>`).join('')}</tbody></table>`);
  out.push(`<h2>${h(v.head[0]!)}</h2><table><thead><tr>${v.head.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>`);
  for (const d of v.dimensions) out.push(`<tr><th scope="row">${h(d.label)}</th>${d.cells.map(cell).join('')}<td>${h(d.reading)}</td></tr>`);
  out.push('</tbody></table>', `<footer><p>${h(v.definition)}</p></footer>`);
  return htmlPage(v.title, c.language, out.join('\n'), CSS);
}
