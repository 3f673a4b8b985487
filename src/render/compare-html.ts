import { format } from '../i18n/index.js';
import { colon } from '../i18n.js';
import type { Comparison } from '../team/compare.js';
import { compareTitle, compareWords, levelChangeText, pointText, sideText, signed } from './compare-words.js';
import { escapeHtml as h, htmlPage } from './page.js';
import { radarSvg, SERIES_COLORS } from './svg.js';

const CSS = `
.radar { display: block; width: 100%; max-width: 560px; height: auto; margin: 0 auto; }
.legend { display: flex; gap: 16px; justify-content: center; font-size: 12.5px; color: var(--muted); }
.legend span::before { content: ""; display: inline-block; width: 14px; height: 3px; margin-right: 6px; vertical-align: 3px; background: var(--c); }
.up { color: #28644a; font-weight: 600; } .down { color: #8a3a22; font-weight: 600; }
`;

/** A comparison as a self-contained HTML page: both measures on one radar, then the table of changes; every text is escaped. */
export function renderCompareHtml(c: Comparison): string {
  const w = compareWords(c.language);
  const sep = colon(c.language);
  const cls = (x: number | null) => (x === null || x === 0 ? '' : x > 0 ? ' up' : ' down');
  const list = (m: Comparison['improved']) => (m.length ? m.map((x) => `${h(x.label)} ${signed(x.delta)}`).join(', ') : h(w.none));
  const out = [`<header class="top"><p class="eyebrow">${h(w.title)}</p><h1>${h(c.instrument.title)}</h1>`,
    `<ul class="meta"><li>${h(w.old)}${sep}<b>${h(sideText(c.old, c.language))}</b></li><li>${h(w.new)}${sep}<b>${h(sideText(c.new, c.language))}</b></li></ul></header>`];
  if (c.warning) out.push(`<p class="callout">${h(format(c.warning, c.language))}</p>`);
  if (c.dimensions.length >= 3) {
    const series = [{ label: w.old, values: c.dimensions.map((d) => d.old.score) }, { label: w.new, values: c.dimensions.map((d) => d.new.score) }];
    out.push(`<figure>${radarSvg(c.dimensions.map((d) => d.label), c.levels, series, { title: compareTitle(c), id: 'compare-radar' })}<figcaption class="legend">${series.map((s, i) => `<span style="--c:${SERIES_COLORS[i]}">${h(s.label)}</span>`).join('')}</figcaption></figure>`);
  }
  out.push(`<table><thead><tr>${[w.dimension, w.old, w.new, w.delta, w.level].map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>`);
  for (const d of c.dimensions) out.push(`<tr><th scope="row">${h(d.label)}</th><td>${h(pointText(d.old))}</td><td>${h(pointText(d.new))}</td><td class="num${cls(d.delta)}">${signed(d.delta)}</td><td>${h(levelChangeText(d, c.language))}</td></tr>`);
  const o = c.overall;
  out.push(`</tbody><tfoot><tr><th scope="row">${h(w.overall)}</th><td>${h(pointText(o.old))}</td><td>${h(pointText(o.new))}</td><td class="num${cls(o.delta)}">${signed(o.delta)}</td><td>${h(levelChangeText(o, c.language))}</td></tr></tfoot></table>`);
  out.push(`<p><strong>${h(w.improved)}</strong>${sep}${list(c.improved)}</p>`, `<p><strong>${h(w.fell)}</strong>${sep}${list(c.fell)}</p>`, `<p class="muted">${h(w.definition)}</p>`);
  return htmlPage(compareTitle(c), c.language, out.join('\n'), CSS);
}
