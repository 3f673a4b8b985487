import { format } from '../i18n/index.js';
import { byLang as t } from '../core/text.js';
import { actionTagLine, colon } from '../i18n.js';
import type { Aggregate } from '../team/aggregate.js';
import { aggregateTitle, aggregateWords, groupName, levelShares, num } from './aggregate-words.js';
import { escapeHtml as h, htmlPage, levelBadge, scoreBar } from './page.js';
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
`;

/** A team view as a self-contained HTML page (the shared page shell and radar chart); every text from the inputs is escaped. */
export function renderAggregateHtml(a: Aggregate): string {
  const w = aggregateWords(a.language);
  const sep = colon(a.language);
  const n = a.levels.length;
  const badge = (level: number | null, label: string | null) => levelBadge(level, n, level === null ? w.notScored : `${level} · ${label ?? ''}`);
  const out: string[] = [`<header class="top"><p class="eyebrow">${h(a.source === 'workshop' ? w.workshop : w.teamView)}</p><h1>${h(a.instrument.title)}</h1>`];
  out.push(`<ul class="meta"><li>${h(a.source === 'workshop' ? w.participants : w.respondents)}${sep}<b>${a.respondents}</b>${a.skipped ? ` (${a.skipped} ${h(w.skipped)})` : ''}</li><li>${h(w.threshold(a.anonymity.minGroup))}</li></ul></header>`);
  if (a.anonymity.warning) out.push(`<p class="callout warn">${h(format(a.anonymity.warning, a.language))}</p>`);

  const g = a.team;
  if (!g.shown || !g.dimensions || !g.overall) {
    out.push(`<p class="card"><strong>${h(w.overall)}</strong>${sep}${h(w.hidden(g.respondents, a.anonymity.minGroup))}</p>`);
  } else {
    const o = g.overall;
    out.push(`<section class="card"><p><strong>${h(w.overall)}</strong>${sep}<b>${num(o.score)}</b> / 100 ${badge(o.level, o.levelLabel)}</p></section>`);
    const shown = a.groups.filter((x) => x.shown && x.dimensions);
    if (g.dimensions.length >= 3) {
      const series = [{ label: groupName(null, a.language), values: g.dimensions.map((d) => d.score) }, ...shown.slice(0, SERIES_COLORS.length - 1).map((x) => ({ label: x.name ?? '', values: x.dimensions!.map((d) => d.score) }))];
      const left = shown.length - (series.length - 1);
      const caption = left > 0 ? `<figcaption class="muted">${h(t(a.language, `Le graphique montre l'équipe et ${series.length - 1} groupes ; les ${left} autres sont dans le tableau des groupes.`, `The chart shows the team and ${series.length - 1} groups; the other ${left} are in the groups table.`))}</figcaption>` : '';
      out.push(`<figure>${radarSvg(g.dimensions.map((d) => d.label), a.levels, series, { title: aggregateTitle(a), id: 'team-radar' })}${caption}</figure>`);
    }
    const per = a.source === 'respondents';
    out.push(`<h2>${h(w.dimension)}</h2><table${per ? ' class="wide"' : ''}><thead><tr>${[w.dimension, w.score, '', w.level, ...(per ? [w.median, w.range, w.stdDev, w.scored, w.levelShares] : [])].map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>`);
    for (const d of g.dimensions) {
      const cells = [`<th scope="row">${h(d.label)}</th>`, `<td class="num">${num(d.score)}</td>`, `<td>${scoreBar(d.score, d.level, a.levels)}</td>`, `<td>${badge(d.level, d.levelLabel)}</td>`];
      if (per) cells.push(`<td class="num">${num(d.median)}</td>`, `<td class="num">${d.min === null ? '—' : `${num(d.min)}–${num(d.max)}`}</td>`, `<td class="num">${num(d.stdDevPopulation)}</td>`, `<td class="num">${d.scored}${d.unscored ? `<br><span class="muted">+${d.unscored} ${h(w.unscored)}</span>` : ''}</td>`, `<td class="nowrap">${levelShares(d.levels)}</td>`);
      out.push(`<tr>${cells.join('')}</tr>`);
    }
    out.push('</tbody></table>');
  }
  const notes = a.notes.filter((x) => x.code !== 'team.note.lowThreshold');
  if (notes.length) out.push(...notes.map((x) => `<p class="callout">${h(format(x, a.language))}</p>`));

  if (a.groups.length) {
    const dims = a.team.dimensions ?? a.groups.find((x) => x.dimensions)?.dimensions ?? [];
    out.push(`<h2>${h(w.groups)}</h2><table><thead><tr>${[w.group, w.respondents, w.overall, ...dims.map((d) => d.label)].map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>`);
    for (const x of a.groups) {
      const name = `<th scope="row">${h(groupName(x.name, a.language))}</th><td class="num">${x.respondents}</td>`;
      if (!x.shown) out.push(`<tr>${name}<td colspan="${dims.length + 1}" class="muted">${h(w.hidden(x.respondents, a.anonymity.minGroup))}</td></tr>`);
      else out.push(`<tr>${name}<td class="num">${num(x.overall!.score)}</td>${x.dimensions!.map((d) => `<td class="num">${num(d.score)}</td>`).join('')}</tr>`);
    }
    out.push('</tbody></table>');
  }
  if (a.gaps.length) {
    out.push(`<h2>${h(w.gaps)}</h2><table><thead><tr>${[w.dimension, w.gap, w.highest, w.lowest].map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>`);
    for (const x of a.gaps) out.push(`<tr><th scope="row">${h(x.label)}</th><td class="num">${num(x.gap)}</td><td>${h(x.high.group)} ${num(x.high.score)}</td><td>${h(x.low.group)} ${num(x.low.score)}</td></tr>`);
    out.push('</tbody></table>');
  }
  if (a.discuss.length) {
    out.push(`<h2>${h(w.discuss)}</h2><ol>`);
    for (const d of a.discuss) out.push(`<li>${h(d.text)} <span class="muted">(${h(d.question)}) — ${h(w.mean)} ${d.mean?.toFixed(2) ?? '—'}, ${h(w.stdDev)} ${d.stdDevPopulation?.toFixed(2) ?? '—'}</span></li>`);
    out.push('</ol>');
  }
  if (a.team.questions?.length) {
    const qs = a.team.questions;
    out.push(`<h2>${h(w.questions)}</h2><table><thead><tr>${[w.statement, ...qs[0]!.answers.map((x) => String(x.value)), w.dontKnow, w.mean, w.stdDev, ''].map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>`);
    for (const q of qs) {
      out.push(`<tr><td>${h(q.text)} <span class="muted">(${h(q.id)})</span></td>${q.answers.map((x) => `<td class="num">${x.count}</td>`).join('')}<td class="num">${q.dontKnow}</td><td class="num">${q.mean?.toFixed(2) ?? '—'}</td><td class="num">${q.stdDevPopulation?.toFixed(2) ?? '—'}</td><td>${q.disagreement ? `<span class="flag">⚠ ${h(w.disagreement)}</span>` : ''}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  if (a.recommendations.length) {
    out.push(`<h2>${h(w.plan)} <span class="muted">(${h(w.planHint)})</span></h2>`);
    for (const rec of a.recommendations) {
      out.push(`<h3>${rec.priority}. ${h(rec.label)} — ${num(rec.score)} ${badge(rec.level, rec.levelLabel)}</h3><ul>`);
      if (!rec.actions.length) out.push(`<li class="muted">${h(w.noActions)}</li>`);
      for (const act of rec.actions) {
        const tags = actionTagLine(act, a.language);
        out.push(`<li><strong>${h(act.title)}</strong>${tags ? ` <span class="muted">(${h(tags)})</span>` : ''}${act.detail ? `<br>${h(act.detail)}` : ''}</li>`);
      }
      out.push('</ul>');
    }
  }
  if (a.posture) out.push(`<h2>${h(w.posture)}</h2><p class="card">${h(a.posture)}</p>`);
  out.push(`<footer><p>${h(a.source === 'workshop' ? w.workshopDefinitions : w.definitions)}</p><p>${h(w.threshold(a.anonymity.minGroup))} · ${h(w.generated)} ${h(a.generatedAt)}</p></footer>`);
  return htmlPage(aggregateTitle(a), a.language, out.join('\n'), CSS);
}
