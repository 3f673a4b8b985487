// The action plan in HTML, for a result and a team alike: "start here", a section per dimension with each action a
// card, the actions already in place, and the roadmap by horizon on a page of its own when printed.
import type { PlanAction, PlanView } from '../view/plan.js';
import { escapeHtml as h, levelTone } from './page.js';

/** The styles of the plan's cards, "start here" and the roadmap. */
export const PLAN_CSS = `
h2 .hint { font-weight: 400; font-size: 14px; color: var(--muted); }
.plan-dim h3 .muted { font-weight: 500; font-size: 14px; margin-left: 6px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px; }
.action { border-left: 4px solid var(--tone); font-size: 14px; break-inside: avoid; }
.action p { color: #3a4550; }
.action .done { font-size: 13px; color: var(--muted); margin: 6px 0 0; }
.action .why { font-size: 13px; margin: 0 0 6px; font-style: italic; }
.action.focus { box-shadow: inset 0 0 0 2px var(--tone); }
.print-only { display: none; }
.tags { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 0; padding: 0; list-style: none; }
.tags li { font-size: 12px; padding: 1px 8px; border-radius: 4px; background: var(--soft); color: var(--muted); }
.focus-list { margin: 0; padding-left: 22px; }
.focus-list li { margin: 4px 0; }
.in-place { font-size: 13.5px; color: var(--muted); margin: 10px 0 0; }
.posture { background: var(--soft); border: 0; }
.roadmap h3 { margin: 14px 0 6px; font-size: 15px; }
.roadmap table { font-size: 13.5px; }
.roadmap .mark { font-weight: 700; }
@media print {
  .cards { grid-template-columns: 1fr 1fr; }
  .cards > .action:last-child:nth-child(odd) { grid-column: 1 / -1; }
  .roadmap { break-before: page; }
  .screen-only { display: none !important; }
  .print-only { display: block; }
}
`;

/** "Start here": the few actions to begin with (empty when there are none). */
export function focusHtml(plan: PlanView | null): string {
  if (!plan?.focus) return '';
  const f = plan.focus;
  return `<section class="card" aria-labelledby="start-here"><h2 id="start-here">${h(f.title)} <span class="hint">(${h(f.hint)})</span></h2>
<ol class="focus-list">${f.items.map((a) => `<li><strong>${h(a.title)}</strong> — ${h(a.dimension)}${a.tagLine ? ` <span class="muted">(${h(a.tagLine)})</span>` : ''}</li>`).join('')}</ol></section>`;
}

/** An action as a card. */
export function card(a: PlanAction): string {
  const extra = (a.done ? `<p class="done">${h(a.done)}</p>` : '') + (a.indicator ? `<p class="done indicator">${h(a.indicator)}</p>` : '');
  return `<article class="card action${a.focus ? ' focus' : ''}"><h4>${h(a.title)}</h4>${a.why ? `<p class="why">${h(a.why)}</p>` : ''}${a.detail ? `<p>${h(a.detail)}</p>` : ''}${extra}${a.tags.length ? `<ul class="tags">${a.tags.map((t) => `<li>${h(t)}</li>`).join('')}</ul>` : ''}</article>`;
}

/** The plan section (empty when there is no plan). */
export function planHtml(plan: PlanView | null, levelCount: number): string {
  if (!plan?.items.length) return '';
  const dimension = (item: PlanView['items'][number]) => `<section class="plan-dim tone-${levelTone(item.level, levelCount)}">
<h3>${item.priority}. ${h(item.label)} <span class="muted">${item.score} · ${h(item.levelText)}</span></h3>
${item.actions.length ? `<div class="cards">\n${item.actions.map(card).join('\n')}\n</div>` : item.inPlace.length ? '' : `<p class="muted">${h(plan.noActions)}</p>`}
${item.inPlace.length ? `<p class="in-place">✓ <strong>${h(plan.inPlaceTitle)}</strong> — ${item.inPlace.map((a) => h(a.title)).join(' · ')}</p>` : ''}
</section>`;
  return `<section aria-labelledby="plan">
<h2 id="plan">${h(plan.title)} <span class="hint">(${h(plan.hint)})</span></h2>
${plan.items.map(dimension).join('\n')}
</section>`;
}

/** The roadmap: the to-do actions by horizon, with dimension and owner, "start here" marked (a page of its own in print). */
export function roadmapHtml(plan: PlanView | null, heads: { action: string; dimension: string; owner: string }): string {
  if (!plan?.roadmap) return '';
  const r = plan.roadmap;
  const group = (g: NonNullable<PlanView['roadmap']>['groups'][number]) => g.later ? `<h3>${h(g.horizon)}</h3>
<p class="later">${g.actions.map((a) => h(a.title)).join(' · ')}</p>` : `<h3>${h(g.horizon)}</h3>
<table><thead><tr><th scope="col">${h(heads.action)}</th><th scope="col">${h(heads.dimension)}</th><th scope="col">${h(heads.owner)}</th></tr></thead>
<tbody>${g.actions.map((a) => `<tr><td>${a.focus ? `<span class="mark">▸ ${h(a.title)}</span> <span class="muted">(${h(r.focusMark)})</span>` : h(a.title)}</td><td>${h(a.dimension)}</td><td>${h(a.owner)}</td></tr>`).join('')}</tbody></table>`;
  return `<section class="roadmap" aria-labelledby="roadmap"><h2 id="roadmap">${h(r.title)} <span class="hint">(${h(r.hint)})</span></h2>
${r.groups.map(group).join('\n')}
</section>`;
}

/** The posture section (empty when there is none). */
export function postureHtml(plan: PlanView | null): string {
  return plan?.posture ? `<section aria-labelledby="posture"><h2 id="posture">${h(plan.posture.title)}</h2><div class="card posture"><p>${h(plan.posture.text)}</p></div></section>` : '';
}
