import type { Result } from '../core/result.js';
import { colon, words } from '../i18n.js';
import { escapeHtml as h, htmlPage, levelBadge, levelTone, scoreBar } from './page.js';
import { actionTags, levelRange, levelText, readingNotes, reportMeta, showDate, strengthsAndPriorities } from './report.js';
import { radarSvg } from './svg.js';
import { showScore } from './text.js';

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
h2 .hint { font-weight: 400; font-size: 14px; color: var(--muted); }
.plan-dim h3 .muted { font-weight: 500; font-size: 14px; margin-left: 6px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px; }
.action { border-left: 4px solid var(--tone); font-size: 14px; }
.action p { color: #3a4550; }
.tags { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 0; padding: 0; list-style: none; }
.tags li { font-size: 12px; padding: 1px 8px; border-radius: 4px; background: var(--soft); color: var(--muted); }
.posture { background: var(--soft); border: 0; }
.reading p { color: var(--muted); font-size: 13.5px; }
footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media (max-width: 720px) { .summary, .pair { grid-template-columns: 1fr; } }
@media print {
  .summary { grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); }
  .pair { grid-template-columns: 1fr 1fr; }
  .cards { grid-template-columns: 1fr 1fr; }
  .score-big { font-size: 36pt; }
}
`;

type Ctx = { r: Result; w: ReturnType<typeof words>; sep: string; badge: (level: number | null, label: string | null) => string };

/** The title block: what this is, the instrument's title, date, instrument version and respondent. */
function header({ r, w, sep }: Ctx): string {
  return `<header class="top">
<p class="eyebrow">${h(w.report)}</p>
<h1>${h(r.instrument.title)}</h1>
<ul class="meta">${reportMeta(r).map((m) => `<li>${h(m.label)}${sep}<b>${h(m.value)}</b></li>`).join('')}</ul>
</header>`;
}

/** The overall score and level beside the radar chart (the chart needs three dimensions or more), then the notes. */
function summary({ r, w, sep, badge }: Ctx): string {
  const n = r.levels.length;
  const chart = r.dimensions.length < 3 ? '' : `<figure>
${radarSvg(r.dimensions.map((d) => d.label), r.levels, [{ label: r.instrument.title, values: r.dimensions.map((d) => d.score) }], { title: w.chart, id: 'radar' })}
<figcaption class="bands"><span class="visually-hidden">${h(w.chartBands)}${sep}</span>${r.levels.map((l, i) => `<span class="tone-${levelTone(l.level, n)}">${h(l.label)} (${h(levelRange(r.levels, i, r.language))})</span>`).join('')}</figcaption>
</figure>`;
  const notes = r.notes.filter((x) => x.code !== 'no-matrix').map((note) => `<p class="callout"><strong>${h(w.note)}${sep}</strong>${h(note.message)}</p>`);
  return `<section class="summary" aria-label="${h(w.overall)}">
<div class="card overall tone-${r.overall.level === null ? 'none' : levelTone(r.overall.level, n)}">
<h2>${h(w.overall)}</h2>
<p class="score-big">${showScore(r.overall.score)}<small>/ 100</small></p>
<p>${badge(r.overall.level, r.overall.levelLabel)}</p>
${r.overall.levelDescription ? `<p>${h(r.overall.levelDescription)}</p>` : ''}
</div>
${chart}
</section>
${notes.join('\n')}`;
}

/** The table of the dimensions (score, bar, level, answered/total) with the overall row at its foot. */
function dimensionsTable({ r, w, badge }: Ctx): string {
  const row = (label: string, score: number | null, level: number | null, levelLabel: string | null, answered: number, total: number) =>
    `<tr><th scope="row">${h(label)}</th><td class="num">${showScore(score)}</td><td>${scoreBar(score, level, r.levels)}</td><td>${badge(level, levelLabel)}</td><td class="num">${answered}/${total}</td></tr>`;
  const sum = (f: (d: Result['dimensions'][number]) => number) => r.dimensions.reduce((a, d) => a + f(d), 0);
  return `<section aria-labelledby="dimensions">
<h2 id="dimensions">${h(w.dimensions)}</h2>
<table>
<thead><tr><th scope="col">${h(w.dimension)}</th><th scope="col" class="num">${h(w.score)}</th><th scope="col"><span class="visually-hidden">0–100</span></th><th scope="col">${h(w.level)}</th><th scope="col" class="num">${h(w.answered)}</th></tr></thead>
<tbody>
${r.dimensions.map((d) => row(d.label, d.score, d.level, d.levelLabel, d.answered, d.total)).join('\n')}
</tbody>
<tfoot>${row(w.overall, r.overall.score, r.overall.level, r.overall.levelLabel, sum((d) => d.answered), sum((d) => d.total))}</tfoot>
</table>
</section>`;
}

/** Strengths and priorities side by side. */
function strengthsAndPrioritiesHtml({ r, w }: Ctx): string {
  const { strengths, priorities } = strengthsAndPriorities(r);
  const list = (title: string, id: string, ds: typeof strengths) =>
    ds.length ? `<section class="card" aria-labelledby="${id}"><h2 id="${id}">${h(title)}</h2><ul>${ds.map((d) => `<li><strong>${h(d.label)}</strong> — ${showScore(d.score)} <span class="muted">(${h(levelText(d.level, d.levelLabel, r))})</span></li>`).join('')}</ul></section>` : '';
  return strengths.length || priorities.length ? `<div class="pair">${list(w.strengths, 'strengths', strengths)}${list(w.priorities, 'priorities', priorities)}</div>` : '';
}

/** Every level with its score range and description, the one reached marked. */
function levelsExplained({ r, w }: Ctx): string {
  const item = (l: Result['levels'][number], i: number) => {
    const current = l.level === r.overall.level;
    return `<li class="tone-${levelTone(l.level, r.levels.length)}${current ? ' current' : ''}"><strong>${h(`${w.level} ${l.level} · ${l.label}`)}</strong> <span class="muted">(${h(levelRange(r.levels, i, r.language))})</span>${current ? ` — <em>${h(w.yourLevel)}</em>` : ''}${l.description ? `<p>${h(l.description)}</p>` : ''}</li>`;
  };
  return `<section aria-labelledby="levels">
<h2 id="levels">${h(w.levels)}</h2>
<ol class="levels">
${r.levels.map(item).join('\n')}
</ol>
</section>`;
}

/** The action plan: a section per dimension in priority order, each action a card with its horizon and owner. */
function actionPlan({ r, w }: Ctx): string {
  if (!r.recommendations.length) {
    const noMatrix = r.notes.find((x) => x.code === 'no-matrix');
    return noMatrix ? `<p class="callout">${h(noMatrix.message)}</p>` : '';
  }
  const card = (a: Result['recommendations'][number]['actions'][number]) => {
    const tags = actionTags(a, r.language);
    return `<article class="card action"><h4>${h(a.title)}</h4>${a.detail ? `<p>${h(a.detail)}</p>` : ''}${tags.length ? `<ul class="tags">${tags.map((t) => `<li>${h(t)}</li>`).join('')}</ul>` : ''}</article>`;
  };
  const dimension = (rec: Result['recommendations'][number]) => `<section class="plan-dim tone-${levelTone(rec.level, r.levels.length)}">
<h3>${rec.priority}. ${h(rec.label)} <span class="muted">${showScore(rec.score)} · ${h(levelText(rec.level, rec.levelLabel, r))}</span></h3>
${rec.actions.length ? `<div class="cards">\n${rec.actions.map(card).join('\n')}\n</div>` : `<p class="muted">${h(w.noActions)}</p>`}
</section>`;
  return `<section aria-labelledby="plan">
<h2 id="plan">${h(w.plan)} <span class="hint">(${h(w.planHint)})</span></h2>
${r.recommendations.map(dimension).join('\n')}
</section>`;
}

/** A result as one self-contained HTML page: overall level and radar chart, the dimensions with bars, the levels explained, the action plan as cards. */
export function renderHtml(r: Result): string {
  const w = words(r.language);
  const ctx: Ctx = { r, w, sep: colon(r.language), badge: (level, label) => levelBadge(level, r.levels.length, levelText(level, label, r)) };
  const body = [
    header(ctx),
    '<main>',
    summary(ctx),
    dimensionsTable(ctx),
    strengthsAndPrioritiesHtml(ctx),
    levelsExplained(ctx),
    actionPlan(ctx),
    r.posture ? `<section aria-labelledby="posture"><h2 id="posture">${h(w.posture)}</h2><div class="card posture"><p>${h(r.posture)}</p></div></section>` : '',
    `<section class="reading" aria-labelledby="reading"><h2 id="reading">${h(w.howToRead)}</h2>${readingNotes(r).map((p) => `<p>${h(p)}</p>`).join('')}</section>`,
    '</main>',
    `<footer>${h(w.generatedBy)} ${h(r.tool.name)} ${h(r.tool.version)} · ${h(showDate(r.generatedAt, r.language))}</footer>`,
  ];
  return htmlPage(`${r.instrument.title} — ${w.report}`, r.language, body.filter(Boolean).join('\n'), CSS);
}
