// The action plan in Markdown, for a result and a team alike.
import type { PlanView } from '../view/plan.js';
import { escapeMarkdown as e, paragraph } from './escape.js';

/** The plan's sections: each dimension a heading, each action a bullet with its tags and its detail. */
export function planMarkdown(plan: PlanView | null): string[] {
  if (!plan?.items.length) return [];
  const out = [`## ${e(plan.title)}`, '', `*${e(plan.hint)}*`, ''];
  for (const item of plan.items) {
    out.push(`### ${item.priority}. ${e(item.label)} — ${item.score} · ${e(item.levelText)}`, '');
    if (!item.actions.length) out.push(`*${e(plan.noActions)}*`, '');
    for (const a of item.actions) {
      out.push(`- **${e(a.title)}**${a.tags.length ? ` — *${e(a.tags.join(' · '))}*` : ''}`);
      out.push('', ...(a.detail ? [`  ${paragraph(a.detail)}`, ''] : []));
    }
  }
  return out;
}

/** The posture section. */
export function postureMarkdown(plan: PlanView | null): string[] {
  return plan?.posture ? [`## ${e(plan.posture.title)}`, '', paragraph(plan.posture.text), ''] : [];
}
