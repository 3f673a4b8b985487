// A team view as a self-contained HTML page (the shared page shell, radar chart and plan cards); every text from the inputs is escaped.
import type { Aggregate } from '../../team/aggregate.js';
import { aggregateView } from '../view/aggregate.js';
import { commentsBlock } from '../view/comments.js';
import { escapeHtml as h, htmlPage, levelBadge, methodHtml, scoreBar } from './page.js';
import { PLAN_CSS, planHtml, postureHtml } from './plan.js';
import { HEAT_CSS, heatTableHtml, useHeatTable } from './heat.js';
import { radarSvg, SERIES_COLORS } from './svg.js';

const CSS = `
.radar { display: block; width: 100%; max-width: 560px; height: auto; margin: 0 auto; }
.wide { font-size: 12.5px; }
.wide td, .wide th { padding-left: 6px; padding-right: 6px; }
.wide .bar { min-width: 70px; }
.nowrap { white-space: nowrap; }
.warn { border-left-color: #b5563a; background: #f7e4dc; }
.flag { color: #8a3a22; font-weight: 600; }
footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
${PLAN_CSS}${HEAT_CSS}`;

/** A team view as HTML. */
export function renderAggregateHtml(a: Aggregate): string {
  const v = aggregateView(a);
  const { s } = v;
  const n = v.levels.length;
  const badge = (level: number | null, text: string) => levelBadge(level, n, text);
  const th = (cells: string[]) => `<thead><tr>${cells.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead>`;
  const heat = useHeatTable(a);
  const out: string[] = [`<header class="top"><p class="eyebrow">${h(v.kind)}</p><h1>${h(v.instrumentTitle)}</h1>`];
  out.push(`<ul class="meta"><li>${h(s.colon(v.count.label))} <b>${v.count.n}</b>${v.count.skipped ? ` (${h(v.count.skipped)})` : ''}</li><li>${h(v.threshold)}</li></ul></header>`);
  if (v.warning) out.push(`<p class="callout warn">${h(v.warning)}</p>`);

  if (v.hidden || !v.overall) {
    out.push(`<p class="card"><strong>${h(s.colon(v.overallTitle))}</strong> ${h(v.hidden ?? '')}</p>`);
  } else {
    const o = v.overall;
    out.push(`<section class="card"><p><strong>${h(s.colon(v.overallTitle))}</strong> <b>${o.score}</b> / 100 ${badge(o.level, o.levelText)}</p></section>`);
    if (v.dimensions.length >= 3) {
      // More than two groups make one muddy shape: the radar keeps the team alone, the heat table below shows the groups.
      const series = heat ? v.series.slice(0, 1) : v.series.slice(0, SERIES_COLORS.length);
      const caption = heat ? null : v.chartCaption(series.length - 1);
      out.push(`<figure>${radarSvg(v.axes, v.levels, series, { title: v.title, id: 'team-radar', valueText: s.f.score, notScored: s.w('render.notScored') })}${caption ? `<figcaption class="muted">${h(caption)}</figcaption>` : ''}</figure>`);
    }
    out.push(`<h2>${h(v.head.dimension)}</h2><table${v.perRespondent ? ' class="wide"' : ''}>${th([v.head.dimension, v.head.score, '', v.head.level, ...v.head.stats])}<tbody>`);
    for (const d of v.dimensions) {
      const cells = [`<th scope="row">${h(d.label)}</th>`, `<td class="num">${d.score}</td>`, `<td>${scoreBar(d.value, d.level, v.levels)}</td>`, `<td>${badge(d.level, d.levelText)}</td>`];
      if (d.stats) cells.push(`<td class="num">${d.stats.median}</td>`, `<td class="num">${d.stats.range}</td>`, `<td class="num">${d.stats.stdDev}</td>`, `<td class="num">${d.stats.scored}${d.stats.unscored ? `<br><span class="muted">${h(d.stats.unscored)}</span>` : ''}</td>`, `<td class="nowrap">${h(d.stats.shares)}</td>`);
      out.push(`<tr>${cells.join('')}</tr>`);
    }
    out.push('</tbody></table>');
    if (v.precision) out.push(`<p class="muted">${h(v.precision)}</p>`);
  }
  out.push(...v.notes.map((x) => `<p class="callout">${h(x.text)}</p>`));

  if (v.groups && heat) {
    out.push(heatTableHtml(a, s, { group: v.groups.head[0]!, respondents: v.groups.head[1]!, overall: v.groups.head[2]! }));
  } else if (v.groups) {
    out.push(`<h2>${h(v.groups.title)}</h2><table>${th(v.groups.head)}<tbody>`);
    for (const g of v.groups.rows) {
      const name = `<th scope="row">${h(g.name)}</th><td class="num">${g.respondents}</td>`;
      if (g.hidden) out.push(`<tr>${name}<td colspan="${v.groups.head.length - 2}" class="muted">${h(g.hidden)}</td></tr>`);
      else out.push(`<tr>${name}<td class="num">${g.overall}</td>${g.scores.map((x) => `<td class="num">${x}</td>`).join('')}</tr>`);
    }
    out.push('</tbody></table>');
  }
  if (v.gaps) {
    out.push(`<h2>${h(v.gaps.title)}</h2><table>${th(v.gaps.head)}<tbody>`);
    for (const g of v.gaps.rows) out.push(`<tr><th scope="row">${h(g.label)}</th><td class="num">${g.gap}</td><td>${h(g.high)}</td><td>${h(g.low)}</td></tr>`);
    out.push('</tbody></table>');
  }
  if (v.discuss) {
    const d = v.discuss;
    out.push(`<h2>${h(d.title)}</h2><ol>`);
    for (const x of d.items) out.push(`<li>${h(x.text)} <span class="muted">(${h(x.question)}) — ${h(d.mean)} ${x.mean}, ${h(d.stdDev)} ${x.stdDev}</span></li>`);
    out.push('</ol>');
  }
  if (v.questions) {
    const q = v.questions;
    out.push(`<h2>${h(q.title)}</h2><table>${th(q.head)}<tbody>`);
    for (const x of q.rows) {
      out.push(`<tr><td>${h(x.text)} <span class="muted">(${h(x.id)})</span></td>${x.counts.map((c) => `<td class="num">${c}</td>`).join('')}<td class="num">${x.dontKnow}</td><td class="num">${x.mean}</td><td class="num">${x.stdDev}</td><td>${x.flag ? `<span class="flag">${h(x.flag)}</span>` : ''}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  const comments = commentsBlock(a);
  if (comments) {
    out.push(`<h2>${h(comments.title)}</h2>`);
    if (comments.hidden) out.push(`<p class="muted">${h(comments.hidden)}</p>`);
    else out.push(`<p class="muted">${h(comments.note)}</p><ul>${comments.items.map((c) => `<li>${h(c)}</li>`).join('')}</ul>`);
  }
  out.push(planHtml(v.plan, n), postureHtml(v.plan));
  out.push(methodHtml(v.method));
  out.push(`<footer><p>${h(v.definitions)}</p><p>${h(v.footer)}</p></footer>`);
  return htmlPage(v.title, a.language, out.filter(Boolean).join('\n'), CSS);
}
