// The groups × dimensions heat table of a team view: each cell the group's score, tinted by its level, with the number
// of people it rests on beside it. Shown instead of a radar when more than two groups would make one muddy shape.
import type { Aggregate } from '../../team/aggregate.js';
import type { Speech } from '../view/words.js';
import { escapeHtml as h, levelTone } from './page.js';

/** Its styles (cells tinted by level; the colour is doubled by the number, so it reads in black and white). */
export const HEAT_CSS = `
.heat td.cell { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; background: var(--tint); border-left: 3px solid var(--tone); }
.heat td.cell small { display: block; font-size: 11px; color: #4a5563; }
.heat td.hidden { color: var(--muted); font-style: italic; }
@media print { .heat td.cell small { font-size: 7pt; } }
`;

/** Whether a team view shows the heat table (more than two groups shown) rather than the groups on the radar. */
export function useHeatTable(a: Aggregate): boolean {
  return a.groups.filter((g) => g.shown && g.dimensions).length > 2;
}

/** The heat table: one row per group (hidden groups show their count only), one column per dimension, overall first. */
export function heatTableHtml(a: Aggregate, s: Speech, head: { group: string; respondents: string; overall: string }): string {
  const levels = a.levels.length;
  const dims = a.team.dimensions ?? a.groups.find((g) => g.dimensions)?.dimensions ?? [];
  const min = a.anonymity.minGroup;
  const cell = (score: number | null, level: number | null, count: number | null, label: string) =>
    score === null
      ? `<td class="cell tone-none">${h(s.w('render.notScored'))}</td>`
      : `<td class="cell tone-${level === null ? 'none' : levelTone(level, levels)}" title="${h(label)}">${s.f.score(score)}${count === null ? '' : `<small>${h(s.w('reports.heatCount', { n: count }))}</small>`}</td>`;
  const rows = a.groups.map((g) => {
    const name = `<th scope="row">${h(g.name === null ? s.w('render.team') : s.t(g.name))}</th><td class="num">${g.respondents}</td>`;
    if (!g.shown || !g.dimensions || !g.overall) return `<tr>${name}<td class="hidden" colspan="${dims.length + 1}">${h(s.w('reports.heatHidden', { min }))}</td></tr>`;
    const overall = cell(g.overall.score, g.overall.level, null, head.overall);
    return `<tr>${name}${overall}${g.dimensions.map((d) => cell(d.score, d.level, d.scored, s.t(d.label))).join('')}</tr>`;
  });
  return `<section aria-labelledby="heat"><h2 id="heat">${h(s.w('reports.heatTitle'))} <span class="hint">(${h(s.w('reports.heatHint'))})</span></h2>
<table class="heat"><thead><tr><th scope="col">${h(head.group)}</th><th scope="col" class="num">${h(head.respondents)}</th><th scope="col" class="num">${h(head.overall)}</th>${dims.map((d) => `<th scope="col" class="num">${h(s.t(d.label))}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}
