// The action plan in HTML, for a result and a team alike: a section per dimension, each action a card.
import type { PlanView } from '../view/plan.js';
import { escapeHtml as h, levelTone } from './page.js';

/** The styles of the plan's cards. */
export const PLAN_CSS = `
h2 .hint { font-weight: 400; font-size: 14px; color: var(--muted); }
.plan-dim h3 .muted { font-weight: 500; font-size: 14px; margin-left: 6px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px; }
.action { border-left: 4px solid var(--tone); font-size: 14px; }
.action p { color: #3a4550; }
.tags { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 0; padding: 0; list-style: none; }
.tags li { font-size: 12px; padding: 1px 8px; border-radius: 4px; background: var(--soft); color: var(--muted); }
.posture { background: var(--soft); border: 0; }
@media print { .cards { grid-template-columns: 1fr 1fr; } }
`;

/** The plan section (empty when there is no plan). */
export function planHtml(plan: PlanView | null, levelCount: number): string {
  if (!plan?.items.length) return '';
  const card = (a: PlanView['items'][number]['actions'][number]) =>
    `<article class="card action"><h4>${h(a.title)}</h4>${a.detail ? `<p>${h(a.detail)}</p>` : ''}${a.tags.length ? `<ul class="tags">${a.tags.map((t) => `<li>${h(t)}</li>`).join('')}</ul>` : ''}</article>`;
  const dimension = (item: PlanView['items'][number]) => `<section class="plan-dim tone-${levelTone(item.level, levelCount)}">
<h3>${item.priority}. ${h(item.label)} <span class="muted">${item.score} · ${h(item.levelText)}</span></h3>
${item.actions.length ? `<div class="cards">\n${item.actions.map(card).join('\n')}\n</div>` : `<p class="muted">${h(plan.noActions)}</p>`}
</section>`;
  return `<section aria-labelledby="plan">
<h2 id="plan">${h(plan.title)} <span class="hint">(${h(plan.hint)})</span></h2>
${plan.items.map(dimension).join('\n')}
</section>`;
}

/** The posture section (empty when there is none). */
export function postureHtml(plan: PlanView | null): string {
  return plan?.posture ? `<section aria-labelledby="posture"><h2 id="posture">${h(plan.posture.title)}</h2><div class="card posture"><p>${h(plan.posture.text)}</p></div></section>` : '';
}

