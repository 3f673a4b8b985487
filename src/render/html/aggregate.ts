// A team view as a self-contained HTML page: printed, page 1 is the team at a glance (overall, dimensions, the groups,
// "start here"), page 2 the roadmap, page 3 at most the statements with something to say; the detail is on screen only.
// Every text from the inputs is escaped.
import type { Aggregate } from '../../team/aggregate.js';
import { aggregateView, type AggregateView } from '../view/aggregate.js';
import { commentsBlock } from '../view/comments.js';
import { escapeHtml as h, htmlPage, levelBadge, levelTone, methodHtml, scoreBar } from './page.js';
import { focusHtml, PLAN_CSS, planHtml, postureHtml, roadmapHtml } from './plan.js';
import { HEAT_CSS, heatTableHtml, useHeatTable } from './heat.js';
import { radarSvg, SERIES_COLORS } from './svg.js';
import { OUTCOMES_CSS, outcomesHtml } from './outcomes.js';

const CSS = `
.summary { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); gap: 24px; align-items: center; }
.overall { border-top: 4px solid var(--tone); }
.overall h2 { margin: 0 0 8px; font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
.score-big { margin: 0 0 10px; font-size: 46px; font-weight: 700; line-height: 1; font-variant-numeric: tabular-nums; }
.score-big small { font-size: 16px; font-weight: 500; color: var(--muted); margin-left: 6px; }
figure { margin: 0; }
.radar { display: block; width: 100%; max-width: 560px; height: auto; margin: 0 auto; }
.ci { color: var(--muted); font-weight: 400; }
.dims .ci { display: block; font-size: 12px; }
.dims .badge, .overall .badge { white-space: normal; border-radius: 12px; }
.score-big .ci { display: block; font-size: 16px; margin-top: 6px; }
/* The dimension table keeps to the page's column at 1280 px, the statistics per respondent included. */
.dims { font-size: 13.5px; }
.dims th, .dims td { padding-left: 6px; padding-right: 6px; }
.dims .bar { min-width: 60px; }
.nowrap { white-space: nowrap; }
.warn { border-left-color: #b5563a; background: #f7e4dc; }
.flag { color: #8a3a22; font-weight: 600; white-space: nowrap; }
.reading p, .method p { color: var(--muted); font-size: 13.5px; }
.method { background: var(--soft); border: 0; margin-top: 24px; }
.method h2 { margin-top: 0; font-size: 15px; }
footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media (max-width: 720px) { .summary { grid-template-columns: minmax(0, 1fr); } }
${PLAN_CSS}${HEAT_CSS}${OUTCOMES_CSS}
@media print {
  /* Printed: page 1 the team at a glance, page 2 the roadmap, then the statements with something to say. */
  body { font-size: 8.5pt; line-height: 1.35; }
  h1 { font-size: 14pt; margin-bottom: 2px; }
  h2 { margin: 8px 0 4px; font-size: 11pt; }
  h2 .hint { font-size: 8pt; }
  header.top { padding-bottom: 6px; margin-bottom: 8px; }
  .eyebrow { margin: 0; }
  .meta { font-size: 8pt; }
  .summary { grid-template-columns: minmax(0, 1fr) 100mm; gap: 10px; }
  .summary .card { padding: 8px 12px; }
  .score-big { font-size: 28pt; margin-bottom: 4px; }
  .radar { max-height: 80mm; }
  .bar-cell, .stat, .quiet { display: none; }
  table { font-size: 8.5pt; }
  th, td { padding: 1px 6px; }
  thead th { font-size: 7pt; }
  .badge { font-size: 7.5pt; line-height: 1.25; padding: 0 8px; }
  .callout { margin: 6px 0; padding: 4px 10px; }
  .card { padding: 6px 10px; }
  .focus-list li { margin: 1px 0; }
  .roadmap table { font-size: 8pt; }
  .roadmap h3 { margin: 6px 0 2px; font-size: 9pt; }
  .posture { padding: 6px 10px; }
  .page3 { break-before: page; }
  .comments { columns: 2; column-gap: 16px; font-size: 7pt; line-height: 1.2; margin: 0; padding-left: 14px; }
  .page3 table { font-size: 7.5pt; }
  .print-note, .reading p, .method p { font-size: 7.5pt; margin: 2px 0; }
  .method { margin-top: 8px; }
  footer { margin-top: 8px; padding-top: 4px; font-size: 7pt; }
}
`;

const th = (cells: string[], cls: (i: number) => string = () => '') => `<thead><tr>${cells.map((x, i) => `<th scope="col"${cls(i)}>${h(x)}</th>`).join('')}</tr></thead>`;

/** The overall score and level beside the radar (team alone beside the heat table, else with up to the series colours). */
function summary(v: AggregateView, a: Aggregate, heat: boolean): string {
  const { s } = v;
  const n = v.levels.length;
  const o = v.overall!;
  let chart = '';
  if (v.dimensions.length >= 3) {
    // More than two groups make one muddy shape: the radar keeps the team alone, the heat table shows the groups.
    const series = heat ? v.series.slice(0, 1) : v.series.slice(0, SERIES_COLORS.length);
    const caption = heat ? null : v.chartCaption(series.length - 1);
    chart = `<figure>${radarSvg(v.axes, v.levels, series, { title: v.title, id: 'team-radar', valueText: s.f.score, notScored: s.w('render.notScored'), labelSize: 20 })}${caption ? `<figcaption class="muted">${h(caption)}</figcaption>` : ''}</figure>`;
  }
  return `<section class="summary" aria-label="${h(v.overallTitle)}">
<div class="card overall tone-${o.level === null ? 'none' : levelTone(o.level, n)}">
<h2>${h(v.overallTitle)}</h2>
<p class="score-big">${o.score}<small>/ 100</small>${o.interval ? ` <span class="ci">${h(o.interval)}</span>` : ''}</p>
<p>${levelBadge(o.level, n, o.levelText)}</p>
<p class="muted">${h(s.colon(v.count.label))} <b>${a.respondents}</b></p>
</div>
${chart}
</section>`;
}

/** The dimensions: score (and its interval once the document has one), bar, level, people scored; the statistics per respondent on screen only. */
function dimensionsTable(v: AggregateView): string {
  const n = v.levels.length;
  const stats = v.perRespondent;
  const col = (text: string, cls = '') => `<th scope="col"${cls ? ` class="${cls}"` : ''}>${h(text)}</th>`;
  const head = [col(v.head.dimension), col(v.head.score, 'num'), '<th scope="col" class="bar-cell"><span class="visually-hidden">0–100</span></th>', col(v.head.level)];
  if (stats) head.push(...v.head.stats.map((x, i) => col(x, i === 3 ? 'num' : i === 4 ? 'stat' : 'num stat')));
  const rows = v.dimensions.map((d) => {
    const cells = [`<th scope="row">${h(d.label)}</th>`, `<td class="num">${d.score}${d.interval ? ` <span class="ci">${h(d.interval)}</span>` : ''}</td>`, `<td class="bar-cell">${scoreBar(d.value, d.level, v.levels)}</td>`, `<td>${levelBadge(d.level, n, d.levelText)}</td>`];
    if (d.stats) cells.push(`<td class="num stat">${d.stats.median}</td>`, `<td class="num stat">${d.stats.range}</td>`, `<td class="num stat">${d.stats.stdDev}</td>`, `<td class="num">${d.stats.scored}${d.stats.unscored ? `<br><span class="muted">${h(d.stats.unscored)}</span>` : ''}</td>`, `<td class="stat">${d.stats.shares.split(' · ').map(h).join('<br>')}</td>`);
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<section aria-labelledby="dimensions"><h2 id="dimensions">${h(v.head.dimension)}</h2><table class="dims"><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** The groups: the heat table beyond two groups, else a plain table. */
function groupsHtml(v: AggregateView, a: Aggregate, heat: boolean): string {
  if (!v.groups) return '';
  if (heat) return heatTableHtml(a, v.s, { group: v.groups.head[0]!, respondents: v.groups.head[1]!, overall: v.groups.head[2]! });
  const rows = v.groups.rows.map((g) => {
    const name = `<th scope="row">${h(g.name)}</th><td class="num">${g.respondents}</td>`;
    if (g.hidden) return `<tr>${name}<td colspan="${v.groups!.head.length - 2}" class="muted">${h(g.hidden)}</td></tr>`;
    return `<tr>${name}<td class="num">${g.overall}</td>${g.scores.map((x) => `<td class="num">${x}</td>`).join('')}</tr>`;
  });
  return `<section aria-labelledby="groups"><h2 id="groups">${h(v.groups.title)}</h2><table>${th(v.groups.head)}<tbody>${rows.join('')}</tbody></table></section>`;
}

/** Page 3 when printed: the perception gaps, the statements to discuss, those with something to say, the comments. */
function detail(v: AggregateView, a: Aggregate): string {
  const out: string[] = [];
  if (v.outcomes) out.push(outcomesHtml(v.outcomes));
  if (v.gaps) {
    const rows = v.gaps.rows.map((g) => `<tr><th scope="row">${h(g.label)}</th><td class="num">${g.gap}</td><td>${h(g.high)}</td><td>${h(g.low)}</td></tr>`);
    out.push(`<section aria-labelledby="gaps"><h2 id="gaps">${h(v.gaps.title)}</h2><table>${th(v.gaps.head, (i) => (i === 1 ? ' class="num"' : ''))}<tbody>${rows.join('')}</tbody></table></section>`);
  }
  if (v.discuss) {
    const d = v.discuss;
    // Printed, the statements table flags them with their answers: the list stays on screen.
    out.push(`<section class="screen-only" aria-labelledby="discuss"><h2 id="discuss">${h(d.title)}</h2><ol>${d.items.map((x) => `<li>${h(x.text)} <span class="muted">(${h(x.question)}) — ${h(d.mean)} ${x.mean}, ${h(d.stdDev)} ${x.stdDev}, ${h(d.agreement)} ${x.agreement}</span></li>`).join('')}</ol></section>`);
  }
  if (v.questions) {
    const q = v.questions;
    const rows = q.rows.map((x) => `<tr${x.printed ? '' : ' class="quiet"'}><td>${h(x.text)} <span class="muted">(${h(x.id)})</span></td>${x.counts.map((c) => `<td class="num">${c}</td>`).join('')}<td class="num">${x.dontKnow}</td><td class="num">${x.mean}</td><td class="num">${x.stdDev}</td><td class="num">${x.agreement}</td><td>${x.flag ? `<span class="flag">${h(x.flag)}</span>` : ''}</td></tr>`);
    const head = q.head.map((x, i) => (i === q.head.length - 1 && !x ? v.s.w('deliverable.flagHead') : x));
    out.push(`<section aria-labelledby="statements"><h2 id="statements">${h(q.title)}</h2><p class="muted print-only print-note">${h(q.printNote)}</p><table>${th(head, (i) => (i > 0 && i < head.length - 1 ? ' class="num"' : ''))}<tbody>${rows.join('')}</tbody></table></section>`);
  }
  const comments = commentsBlock(a);
  if (comments) {
    const body = comments.hidden ? `<p class="muted">${h(comments.hidden)}</p>` : `<p class="muted">${h(comments.note)}</p><ul class="comments">${comments.items.map((c) => `<li>${h(c)}</li>`).join('')}</ul>`;
    out.push(`<section aria-labelledby="comments"><h2 id="comments">${h(comments.title)}</h2>${body}</section>`);
  }
  return out.length ? `<div class="page3">${out.join('\n')}</div>` : '';
}

/** A team view as HTML. */
export function renderAggregateHtml(a: Aggregate): string {
  const v = aggregateView(a);
  const { s } = v;
  const heat = useHeatTable(a);
  const out: string[] = [`<header class="top"><p class="eyebrow">${h(v.kind)}</p><h1>${h(v.instrumentTitle)}</h1>`];
  out.push(`<ul class="meta"><li>${h(s.colon(v.count.label))} <b>${v.count.n}</b>${v.count.skipped ? ` (${h(v.count.skipped)})` : ''}</li><li>${h(v.threshold)}</li></ul></header>`, '<main>');
  if (v.warning) out.push(`<p class="callout warn">${h(v.warning)}</p>`);
  if (v.hidden || !v.overall) out.push(`<p class="card"><strong>${h(s.colon(v.overallTitle))}</strong> ${h(v.hidden ?? '')}</p>`);
  else out.push(summary(v, a, heat), dimensionsTable(v), v.precision ? `<p class="muted">${h(v.precision)}</p>` : '');
  out.push(...v.notes.map((x) => `<p class="callout">${h(x.text)}</p>`));
  out.push(groupsHtml(v, a, heat));
  out.push(focusHtml(v.plan));
  out.push(roadmapHtml(v.plan, { action: s.w('render.action'), dimension: v.head.dimension, owner: s.w('render.owner') }), postureHtml(v.plan));
  // The method closes page 2, under the roadmap (page 3 is the detail, as long as the room's comments make it).
  out.push(methodHtml(v.method));
  out.push(detail(v, a));
  const screenOnly = (html: string) => (html ? `<div class="screen-only">${html}</div>` : '');
  out.push(screenOnly(planHtml(v.plan, v.levels.length)));
  out.push(screenOnly(`<section class="reading" aria-labelledby="reading"><h2 id="reading">${h(v.reading.title)}</h2>${v.reading.paragraphs.map((p) => `<p>${h(p)}</p>`).join('')}</section>`));
  out.push('</main>', `<footer><p>${h(v.footer)}</p></footer>`);
  return htmlPage(v.title, a.language, out.filter(Boolean).join('\n'), CSS);
}
