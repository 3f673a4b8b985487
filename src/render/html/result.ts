// A result as one self-contained HTML page: overall level and radar chart, the dimensions with bars, the levels explained, the action plan as cards.
import type { Result } from '../../core/result.js';
import { resultView, type ResultView, type ScoreRow } from '../view/result.js';
import { escapeHtml as h, htmlPage, levelBadge, levelTone, scoreBar } from './page.js';
import { card, focusHtml, PLAN_CSS, planHtml, postureHtml, roadmapHtml } from './plan.js';
import { radarSvg } from './svg.js';

const CSS = `
.summary { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); gap: 24px; align-items: center; }
.overall { border-top: 4px solid var(--tone); }
.overall h2 { margin: 0 0 8px; font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
.score-big { margin: 0 0 10px; font-size: 46px; font-weight: 700; line-height: 1; font-variant-numeric: tabular-nums; }
.score-big small { font-size: 16px; font-weight: 500; color: var(--muted); margin-left: 6px; }
figure { margin: 0; }
.radar { display: block; width: 100%; height: auto; }
.bands { display: flex; flex-wrap: wrap; justify-content: center; gap: 4px 16px; margin-top: 4px; font-size: 12.5px; color: var(--muted); }
.bands span:not(.visually-hidden)::before { content: ""; display: inline-block; width: 11px; height: 11px; margin-right: 6px; vertical-align: -1px; border-radius: 2px; background: var(--tint); border: 1px solid var(--tone); }
.pair { margin-top: 28px; display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
.pair h2 { margin-top: 0; }
.pair ul { margin: 0; padding-left: 18px; }
.levels { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.levels li { border-left: 4px solid var(--tone); background: #fff; padding: 8px 14px; border-radius: 0 6px 6px 0; }
.levels li.current { background: var(--tint); }
.levels p { margin: 2px 0 0; }
.reading p { color: var(--muted); font-size: 13.5px; }
footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media (max-width: 720px) { .summary, .pair { grid-template-columns: 1fr; } }
${PLAN_CSS}
@media print {
  /* Printed, the report is two A4 pages: this page (the result at a glance and the actions to start with), then the roadmap. */
  body { font-size: 8.5pt; line-height: 1.35; }
  h1 { font-size: 14pt; margin-bottom: 2px; }
  h2 { margin: 8px 0 4px; font-size: 11pt; }
  header.top { padding-bottom: 6px; margin-bottom: 8px; }
  .eyebrow { margin: 0; }
  .summary { grid-template-columns: minmax(0, 1fr) 72mm; gap: 10px; }
  .summary .card { padding: 8px 12px; }
  .radar { max-height: 52mm; } /* its labels at least 8 pt on paper */
  .action .indicator, .action .why { display: none; } /* on screen only: the printed page 1 keeps its two pages */
  .bar-cell { display: none; }
  .tables { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; align-items: start; }
  .tables table { font-size: 8pt; }
  .bands { font-size: 6.5pt; margin-top: 0; gap: 0 8px; }
  .pair { grid-template-columns: 1fr 1fr; margin-top: 8px; gap: 8px; }
  .pair .card { padding: 6px 10px; }
  .score-big { font-size: 28pt; margin-bottom: 4px; }
  .callout { margin: 6px 0; padding: 4px 10px; }
  table { font-size: 8.5pt; }
  th, td { padding: 1px 6px; }
  thead th { font-size: 7pt; }
  .badge { font-size: 7.5pt; line-height: 1.25; padding: 0 8px; }
  .overall p { margin-bottom: 4px; }
  .meta { font-size: 8pt; }
  h4 { font-size: 9pt; margin-bottom: 2px; }
  .bar { height: 7px; }
  .cards { gap: 6px; }
  .action { font-size: 7.5pt; line-height: 1.3; padding: 5px 9px; }
  .action p { margin: 0 0 3px; }
  .action .done { font-size: 7pt; margin-top: 2px; }
  .tags { margin-top: 3px; gap: 4px; }
  .tags li { font-size: 7pt; }
  .posture { padding: 6px 10px; }
  .print-note { font-size: 7.5pt; margin: 4px 0 0; }
  footer { margin-top: 8px; padding-top: 4px; font-size: 7pt; }
  .roadmap table { font-size: 8pt; }
  .roadmap h3 { margin: 6px 0 2px; font-size: 9pt; }
}
`;

/** A level badge of the result. */
const badge = (v: ResultView, row: Pick<ScoreRow, 'level' | 'levelText'>) => levelBadge(row.level, v.levelCount, row.levelText);

/** The title block: what this is, the instrument's title, date, instrument version and respondent. */
function header(v: ResultView): string {
  return `<header class="top">
<p class="eyebrow">${h(v.kind)}</p>
<h1>${h(v.title)}</h1>
<ul class="meta">${v.meta.map((m) => `<li>${h(v.s.colon(m.label))} <b>${h(m.value)}</b></li>`).join('')}</ul>
</header>`;
}

/** The overall score and level beside the radar chart (the chart needs three dimensions or more), then the notes. */
function summary(v: ResultView): string {
  const o = v.overall;
  const chart = v.dimensions.length < 3 ? '' : `<figure>
${radarSvg(v.dimensions.map((d) => d.label), v.levels.items.map((l, i) => ({ min: v.levelMins[i]!, label: l.label })), [{ label: v.title, values: v.dimensions.map((d) => d.value) }], { title: v.chart.title, id: 'radar', valueText: v.s.f.score, notScored: v.s.w('render.notScored'), labelSize: 30 })}
<figcaption class="bands"><span class="visually-hidden">${h(v.s.colon(v.chart.bands))} </span>${v.levels.items.map((l) => `<span class="tone-${levelTone(l.level, v.levelCount)}">${h(l.label)} (${h(l.range)})</span>`).join('')}</figcaption>
</figure>`;
  const notes = [...v.notes.map((note) => `<p class="callout"><strong>${h(v.s.colon(v.s.w('render.note')))} </strong>${h(note)}</p>`), ...v.outcomes.map((line) => `<p>${h(line)}</p>`)];
  return `<section class="summary" aria-label="${h(o.title)}">
<div class="card overall tone-${o.level === null ? 'none' : levelTone(o.level, v.levelCount)}">
<h2>${h(o.title)}</h2>
<p class="score-big">${o.score}<small>/ 100</small></p>
<p>${badge(v, o)}</p>
${o.description ? `<p>${h(o.description)}</p>` : ''}
</div>
${chart}
</section>
${notes.join('\n')}`;
}

/** A row of score: label, score, bar, level badge, answered/total. */
function scoreRow(v: ResultView, d: ScoreRow): string {
  return `<tr><th scope="row">${h(d.label)}</th><td class="num">${d.score}</td><td class="bar-cell">${scoreBar(d.value, d.level, v.levelMins.map((min) => ({ min })))}</td><td>${badge(v, d)}</td><td class="num">${d.answered}</td></tr>`;
}

/** The table of the dimensions (score, bar, level, answered/total) with the overall row at its foot. */
function dimensionsTable(v: ResultView): string {
  const row = (d: ScoreRow) => scoreRow(v, d);
  return `<section aria-labelledby="dimensions">
<h2 id="dimensions">${h(v.head.dimensions)}</h2>
<table>
<thead><tr><th scope="col">${h(v.head.dimension)}</th><th scope="col" class="num">${h(v.head.score)}</th><th scope="col" class="bar-cell"><span class="visually-hidden">0–100</span></th><th scope="col">${h(v.head.level)}</th><th scope="col" class="num">${h(v.head.answered)}</th></tr></thead>
<tbody>
${v.dimensions.map(row).join('\n')}
</tbody>
<tfoot>${row(v.overall)}</tfoot>
</table>
</section>`;
}

/** The before / during / after scores (empty when the questions carry no moment). */
function journeyTable(v: ResultView): string {
  if (!v.journey) return '';
  const row = (d: ScoreRow) => scoreRow(v, d);
  return `<section aria-labelledby="journey">
<h2 id="journey">${h(v.journey.title)}</h2>
<table>
<thead><tr><th scope="col">${h(v.journey.head)}</th><th scope="col" class="num">${h(v.head.score)}</th><th scope="col" class="bar-cell"><span class="visually-hidden">0–100</span></th><th scope="col">${h(v.head.level)}</th><th scope="col" class="num">${h(v.head.answered)}</th></tr></thead>
<tbody>${v.journey.rows.map(row).join('\n')}</tbody>
</table>
</section>`;
}

/** The targets, the gaps to them and the percent-to-target (empty without targets). */
function targetsTable(v: ResultView): string {
  if (!v.targets) return '';
  const t = v.targets;
  return `<section aria-labelledby="targets"><h2 id="targets">${h(t.title)}</h2><table>
<thead><tr><th scope="col">${h(v.head.dimension)}</th><th scope="col" class="num">${h(t.head.target)}</th><th scope="col" class="num">${h(t.head.gap)}</th></tr></thead>
<tbody>${t.rows.map((r) => `<tr><th scope="row">${h(r.label)}</th><td class="num">${r.target}</td><td class="num">${r.gap}</td></tr>`).join('')}</tbody>
</table><p><strong>${h(t.percent)}</strong></p></section>`;
}

/** Strengths and priorities side by side. */
function highlights(v: ResultView): string {
  if (!v.highlights.length) return '';
  const list = (x: ResultView['highlights'][number]) =>
    `<section class="card" aria-labelledby="${x.id}"><h2 id="${x.id}">${h(x.title)}</h2><ul>${x.items.map((d) => `<li><strong>${h(d.label)}</strong> — ${d.score} <span class="muted">(${h(d.levelText)})</span></li>`).join('')}</ul>${x.tie ? `<p class="muted">${h(x.tie)}</p>` : ''}</section>`;
  return `<div class="pair">${v.highlights.map(list).join('')}</div>`;
}

/** Every level with its score range and description, the one reached marked. */
function levelsExplained(v: ResultView): string {
  const item = (l: ResultView['levels']['items'][number]) =>
    `<li class="tone-${levelTone(l.level, v.levelCount)}${l.current ? ' current' : ''}"><strong>${h(l.heading)}</strong> <span class="muted">(${h(l.range)})</span>${l.current ? ` — <em>${h(v.levels.yourLevel)}</em>` : ''}${l.description ? `<p>${h(l.description)}</p>` : ''}</li>`;
  return `<section aria-labelledby="levels">
<h2 id="levels">${h(v.levels.title)}</h2>
<ol class="levels">
${v.levels.items.map(item).join('\n')}
</ol>
</section>`;
}

/** Printed only, in place of the full plan: the "start here" actions as cards (detail and how you know it is done), and where the rest is. */
function printedFocus(v: ResultView): string {
  const f = v.plan?.focus;
  if (!f) return '';
  return `<section class="print-only"><h2>${h(f.title)} <span class="hint">(${h(f.hint)})</span></h2>
<div class="cards">${f.items.map((a) => card({ ...a, tags: [a.dimension, ...a.tags] })).join('\n')}</div>
<p class="muted print-note">${h(v.s.w('reports.printPlanNote'))}</p></section>`;
}

/** On screen only (printed, the report keeps to two pages: the result and its actions to start with, then the roadmap). */
const screenOnly = (html: string) => (html ? `<div class="screen-only">${html}</div>` : '');

/** A result as one self-contained HTML page. */
export function renderResultHtml(r: Result): string {
  const v = resultView(r);
  const body = [
    header(v),
    '<main>',
    summary(v),
    screenOnly(focusHtml(v.plan)),
    `<div class="tables">${dimensionsTable(v)}${journeyTable(v)}</div>`,
    targetsTable(v),
    screenOnly(highlights(v)),
    screenOnly(levelsExplained(v)),
    printedFocus(v),
    screenOnly(planHtml(v.plan, v.levelCount)) || (v.noMatrix ? `<p class="callout">${h(v.noMatrix)}</p>` : ''),
    roadmapHtml(v.plan, { action: v.s.w('render.action'), dimension: v.head.dimension, owner: v.s.w('render.owner') }),
    postureHtml(v.plan),
    screenOnly(`<section class="reading" aria-labelledby="reading"><h2 id="reading">${h(v.reading.title)}</h2>${v.reading.paragraphs.map((p) => `<p>${h(p)}</p>`).join('')}</section>`),
    '</main>',
    `<footer>${h(v.footer)} · ${h(v.date)}</footer>`,
  ];
  return htmlPage(`${v.title} — ${v.kind}`, r.language, body.filter(Boolean).join('\n'), CSS);
}
