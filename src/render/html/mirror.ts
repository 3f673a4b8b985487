// The mirror as a self-contained HTML page: the sides, the butterfly chart, the quadrant map with its legend, the
// dimensions and statement pairs by gap, the units, how to read, the joint plan. Every text is escaped. Printed on A4,
// it takes one or two pages (the tables of dimensions and statement pairs and the actions' details stay on screen).
import type { Mirror } from '../../mirror/document.js';
import { mirrorView, pairTexts, type MirrorPlanItem } from '../view/mirror.js';
import { butterflySvg, quadrantLegend, quadrantSvg, READING_COLORS } from './mirror-charts.js';
import { escapeHtml as h, htmlPage, methodHtml } from './page.js';
import { mirrorOutcomesView } from '../view/outcomes.js';
import { outcomesHtml } from './outcomes.js';

const CSS = `
.butterfly { display: block; width: 100%; max-width: 900px; height: auto; margin: 0 auto; }
.gap-legend { display: flex; flex-wrap: wrap; justify-content: center; gap: 2px 14px; font-size: 12.5px; color: var(--muted); }
.gap-legend span { color: var(--c); font-weight: 600; }
.gap-legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 5px; border-radius: 50%; background: var(--c); }
.map { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 18px; align-items: start; }
.quadrant { display: block; width: 100%; height: auto; }
.legend { margin: 0; padding-left: 1.6em; font-size: 13.5px; }
.legend li { margin: 2px 0; }
.dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 6px; vertical-align: middle; }
.small { font-size: 12.5px; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 10px; margin: 0 0 8px; }
.sides .card p { margin: 0; }
.reading { font-weight: 600; white-space: nowrap; }
.print-only { display: none; }
.warn { border-left-color: #b5563a; background: #f7e4dc; }
.plan-dim h3 .muted { font-weight: 500; font-size: 14px; margin-left: 6px; }
.actions { margin: 0 0 10px; padding-left: 1.2em; }
.actions li { margin: 0 0 6px; }
.tagline { color: var(--muted); font-size: 12.5px; }
.guide dt { font-weight: 650; }
.guide dd { margin: 0 0 6px 0; }
footer { margin-top: 32px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media (max-width: 700px) { .map { grid-template-columns: 1fr; } }
@media print {
  body { font-size: 8.5pt; line-height: 1.35; }
  h1 { font-size: 16pt; margin-bottom: 2px; }
  h2 { margin: 8px 0 4px; font-size: 11pt; }
  h3 { margin: 4px 0 1px; font-size: 9pt; }
  header.top { padding-bottom: 4px; margin-bottom: 8px; }
  .eyebrow { margin: 0; }
  .screen-only { display: none !important; }
  .print-only { display: inline; }
  figure { margin: 0; }
  .butterfly { width: auto; max-width: 100%; max-height: 72mm; }
  .map { grid-template-columns: 82mm 1fr; gap: 8px; }
  .quadrant { max-height: 76mm; }
  .legend { font-size: 8pt; }
  .gap-legend { font-size: 7.5pt; }
  th, td { padding: 1px 5px; }
  thead th { font-size: 7.5pt; }
  .actions { margin: 0 0 3px; }
  .actions li { margin: 0; }
  .plan { columns: 2; column-gap: 8mm; }
  .plan-dim { break-inside: avoid; page-break-inside: avoid; }
  .sides { gap: 6px; }
  .sides .card { padding: 4px 8px; }
  .callout { margin: 4px 0; padding: 3px 8px; }
  footer { margin-top: 8px; padding-top: 4px; font-size: 7.5pt; }
}
`;

/** The mirror as HTML. */
export function renderMirrorHtml(m: Mirror): string {
  const v = mirrorView(m);
  const { s } = v;
  const th = (cells: string[]) => `<thead><tr>${cells.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead>`;
  const reading = (r: { reading: string | null; readingText: string }) => `<span class="reading" style="color:${READING_COLORS[r.reading ?? 'none']}">${h(r.readingText)}</span>`;
  const actionItem = (a: MirrorPlanItem['actions'][number]) => {
    const extra = [a.done ? `${s.colon(s.w('mirror.done'))} ${a.done}` : '', a.indicator ? `${s.colon(s.w('mirror.indicator'))} ${a.indicator}` : ''].filter(Boolean);
    return `<li><strong>${h(a.title)}</strong>${a.tagLine ? ` <span class="tagline">${h(a.tagLine)}</span>` : ''}${a.detail ? `<div class="screen-only">${h(a.detail)}</div>` : ''}${extra.length ? `<div class="tagline screen-only">${extra.map(h).join('<br>')}</div>` : ''}</li>`;
  };
  const out: string[] = [`<header class="top"><p class="eyebrow">${h(v.kind)}</p><h1>${h(v.title)}</h1><p class="muted small">${h(v.thresholdsText)}</p></header>`];
  if (v.warning) out.push(`<p class="callout warn">${h(v.warning)}</p>`);
  out.push(`<div class="sides">${v.sides.map((x) => `<div class="card"><p><strong>${h(s.colon(x.label))}</strong> ${h(x.text)}</p></div>`).join('')}${v.overall ? `<div class="card"><p><strong>${h(s.colon(v.overall.label))}</strong> ${h(v.overall.text)}</p></div>` : ''}</div>`);
  out.push(...v.notes.map((n) => `<p class="callout">${h(n)}</p>`));

  out.push('<section class="charts">');
  // The gap's colour is the reading: its legend beside the chart.
  const gapLegend = `<figcaption class="gap-legend"><b>${h(s.w('deliverable.gapColour'))}</b> ${v.readingsGuide.map((g) => `<span style="--c:${READING_COLORS[g.reading]}">${h(g.label)}</span>`).join(' ')}</figcaption>`;
  out.push(`<h2>${h(s.w('mirror.butterfly'))}</h2><figure>${butterflySvg(v)}${gapLegend}</figure>`);
  const plotted = v.ordered.some((r) => r.employees?.value != null && r.customers?.value != null);
  if (plotted) out.push(`<h2>${h(s.w('mirror.quadrant'))}</h2><div class="map"><figure>${quadrantSvg(v)}</figure><div>${quadrantLegend(v)}</div></div>`);
  out.push('</section>');

  const sideHeads = [v.sideLabel.employees, v.sideLabel.customers];
  const blind = v.blindSpots ?? [];
  const num = (x: string) => `<td class="num">${h(x)}</td>`;
  // On paper the butterfly and the legend carry these figures: the table stays on screen.
  out.push(`<section class="screen-only"><h2>${h(v.head.dimension)}</h2><table>${th([v.head.dimension, ...sideHeads, v.head.gap, v.head.reading])}<tbody>`);
  for (const r of v.rows) out.push(`<tr><th scope="row">${h(r.label)}</th>${[r.employees?.text ?? '—', r.customers?.text ?? '—', r.gap].map(num).join('')}<td>${reading(r)}</td></tr>`);
  out.push('</tbody></table></section>');
  // Leadership's view of each side: printed, as a comité de direction reads it first.
  for (const b of blind) {
    out.push(`<section class="blind"><h2>${h(b.title)}</h2><table>${th([v.head.dimension, b.belief, v.sideLabel[b.side], b.head, v.head.reading])}<tbody>`);
    for (const r of v.ordered) {
      const x = r.blind?.[b.side];
      // On paper, only the dimensions where leadership's view departs from the side's (the rest stays on screen).
      const departs = x?.reading === 'overestimated' || x?.reading === 'underestimated';
      out.push(`<tr${departs ? '' : ' class="screen-only"'}><th scope="row">${h(r.label)}</th>${[x?.leaders?.text ?? '—', r[b.side]?.text ?? '—', x?.gap ?? '—'].map(num).join('')}<td>${x ? reading(x) : '—'}</td></tr>`);
    }
    out.push(`</tbody></table><p class="muted small">${h(s.colon(b.head))} ${h(b.meaning)} <span class="print-only">${h(s.w('mirror.blind.printNote'))}</span></p></section>`);
  }
  if (v.blindGuide) out.push(`<p class="muted small">${h(v.blindGuide)}</p>`);

  const gapHeads = [v.head.gap, ...blind.map((b) => b.head)];
  out.push(`<section class="screen-only"><h2>${h(s.w('mirror.pairs'))}</h2><table>${th([v.head.statement, ...sideHeads, ...gapHeads, v.head.reading])}<tbody>`);
  for (const p of v.pairs) {
    const texts = pairTexts(v, p).map(([who, text]) => `${s.colon(who)} ${text}`);
    out.push(`<tr><td><span class="muted">${h(p.id)}</span><br>${texts.map(h).join('<br>')}</td>${[p.employees?.text ?? '—', p.customers?.text ?? '—', p.gap, ...blind.map((b) => p.blind?.[b.side].gap ?? '—')].map(num).join('')}<td>${reading(p)}</td></tr>`);
  }
  out.push('</tbody></table></section>');

  if (v.units) {
    out.push(`<h2>${h(v.units.title)}</h2><table>${th([v.head.unit, v.sideLabel.employees, v.sideLabel.customers, s.w('mirror.largestGapHead')])}<tbody>`);
    for (const u of v.units.rows) {
      if (!u.shown) out.push(`<tr><th scope="row">${h(u.name)}</th><td colspan="3" class="muted">${h(u.text)}</td></tr>`);
      else out.push(`<tr><th scope="row">${h(u.name)}</th><td class="num">${h(u.employees)}</td><td class="num">${h(u.customers)}</td><td>${u.largest ? `${h(u.largest.label)} ${h(u.largest.gap)} ${reading(u.largest)}` : ''}</td></tr>`);
    }
    out.push('</tbody></table>');
  }

  const outcomes = mirrorOutcomesView(s, m);
  if (outcomes) out.push(outcomesHtml(outcomes));
  if (v.plan) {
    out.push(`<section aria-labelledby="plan"><h2 id="plan">${h(v.plan.title)} <span class="muted small">(${h(v.plan.hint)})</span></h2><div class="plan">`);
    for (const item of v.plan.items) {
      out.push(`<section class="plan-dim"><h3>${item.priority}. ${h(item.label)} <span class="muted">${reading(item)} · ${h(s.colon(v.head.gap))} ${h(item.gap)}</span></h3><ul class="actions">`);
      for (const a of item.actions) out.push(actionItem(a));
      out.push('</ul></section>');
    }
    out.push('</div></section>');
    if (v.plan.postures.length) {
      out.push(`<section class="screen-only"><h2>${h(s.w('mirror.postures'))}</h2><dl class="guide">${v.plan.postures.map((p) => `<dt>${h(p.label)}</dt><dd>${h(p.text)}</dd>`).join('')}</dl></section>`);
    }
  }
  if (v.blindPlan) {
    out.push(`<section aria-labelledby="blind-plan"><h2 id="blind-plan">${h(v.blindPlan.title)}</h2><div class="plan">`);
    for (const item of v.blindPlan.items) {
      out.push(`<section class="plan-dim"><h3>${h(item.title)}</h3><p class="muted small">${h(item.dimensions)}</p><p class="screen-only">${h(item.posture)}</p><ul class="actions">`);
      for (const a of item.actions) out.push(actionItem(a));
      out.push('</ul></section>');
    }
    out.push('</div></section>');
  }
  out.push(`<section class="screen-only"><h2>${h(s.w('mirror.howToRead'))}</h2><dl class="guide">${v.readingsGuide.map((g) => `<dt>${h(g.label)}</dt><dd>${h(g.text)}</dd>`).join('')}</dl></section>`);
  out.push(methodHtml(v.method));
  out.push(`<footer><p>${h(v.definitions)}</p><p>${h(v.footer)}</p></footer>`);
  return htmlPage(v.title, m.language, out.join('\n'), CSS);
}
