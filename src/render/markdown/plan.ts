// The action plan in Markdown, for a result and a team alike.
import type { PlanView } from '../view/plan.js';
import { escapeMarkdown as e, paragraph } from './escape.js';

/** "Start here": the few actions to begin with. */
export function focusMarkdown(plan: PlanView | null): string[] {
  if (!plan?.focus) return [];
  return [`## ${e(plan.focus.title)}`, '', `*${e(plan.focus.hint)}*`, '', ...plan.focus.items.map((a, i) => `${i + 1}. **${e(a.title)}** — ${e(a.dimension)}${a.tagLine ? ` (${e(a.tagLine)})` : ''}`), ''];
}

/** The plan's sections: each dimension a heading, each action a bullet with its tags, its detail, when it is done and what to follow. */
export function planMarkdown(plan: PlanView | null): string[] {
  if (!plan?.items.length) return [];
  const out = [`## ${e(plan.title)}`, '', `*${e(plan.hint)}*`, ''];
  for (const item of plan.items) {
    out.push(`### ${item.priority}. ${e(item.label)} — ${item.score} · ${e(item.levelText)}`, '');
    if (!item.actions.length && !item.inPlace.length) out.push(`*${e(plan.noActions)}*`, '');
    for (const a of item.actions) {
      out.push(`- **${e(a.title)}**${a.focus ? ` ▸ *${e(plan.focus?.title ?? '')}*` : ''}${a.tags.length ? ` — *${e(a.tags.join(' · '))}*` : ''}`);
      out.push('', ...[a.why, a.detail, a.done, a.indicator].filter((x): x is string => Boolean(x)).flatMap((x) => [`  ${paragraph(x)}`, '']));
    }
    if (item.inPlace.length) out.push(`✓ *${e(plan.inPlaceTitle)}* — ${item.inPlace.map((a) => e(a.title)).join(' · ')}`, '');
  }
  return out;
}

/** The roadmap: the to-do actions by horizon, with owner and dimension, "start here" marked. */
export function roadmapMarkdown(plan: PlanView | null): string[] {
  if (!plan?.roadmap) return [];
  const r = plan.roadmap;
  const out = [`## ${e(r.title)}`, '', `*${e(r.hint)}*`, ''];
  for (const g of r.groups) {
    out.push(`### ${e(g.horizon)}`, '');
    for (const a of g.actions) out.push(`- ${a.focus ? `**▸ ${e(a.title)}** (${e(r.focusMark)})` : e(a.title)} — ${e(a.dimension)}${a.owner ? ` · ${e(a.owner)}` : ''}`);
    out.push('');
  }
  return out;
}

/** The posture section. */
export function postureMarkdown(plan: PlanView | null): string[] {
  return plan?.posture ? [`## ${e(plan.posture.title)}`, '', paragraph(plan.posture.text), ''] : [];
}
