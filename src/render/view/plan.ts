// The action plan, once for every document and format: dimensions in priority order, their actions with
// horizon and owner, the posture to adopt.
import type { Recommendation, ResultAction } from '../../core/result.js';
import { levelInline, levelText } from './levels.js';
import type { Speech } from './words.js';

/** One action of the plan. */
export interface PlanAction {
  id: string;
  title: string;
  detail: string;
  /** Labelled tags: "Horizon: quick win", "Owner: HR" (absent ones left out). */
  tags: string[];
  /** The same, unlabelled, on one line: "quick win · HR" (empty when there is neither). */
  tagLine: string;
}

/** One dimension of the plan. */
export interface PlanItem {
  priority: number;
  dimension: string;
  label: string;
  level: number;
  score: string;
  /** "Level 2/3 · Developing". */
  levelText: string;
  /** "level 2 Developing". */
  levelInline: string;
  actions: PlanAction[];
}

/** The action plan of a document. */
export interface PlanView {
  title: string;
  hint: string;
  noActions: string;
  items: PlanItem[];
  posture: { title: string; text: string } | null;
}

/** The label of an action's horizon and owner. */
function tagsOf(s: Speech, a: ResultAction): { tags: string[]; tagLine: string } {
  const horizon = a.horizon ? s.w(`render.horizon.${a.horizon}` as const) : '';
  const owner = a.owner ? s.w(`render.owner.${a.owner}` as const) : '';
  const tags: string[] = [];
  if (horizon) tags.push(s.labelled(s.w('render.horizon'), horizon));
  if (owner) tags.push(s.labelled(s.w('render.owner'), owner));
  return { tags, tagLine: [horizon, owner].filter(Boolean).join(' · ') };
}

/** The plan view of recommendations (null when there are none) and a posture. */
export function planView(s: Speech, recs: readonly Recommendation[], levelCount: number, posture: string | null, title: 'render.plan' | 'render.teamPlan' = 'render.plan'): PlanView | null {
  if (!recs.length && !posture) return null;
  return {
    title: s.w(title),
    hint: s.w('render.planHint'),
    noActions: s.w('render.noActions'),
    items: recs.map((rec) => ({
      priority: rec.priority,
      dimension: rec.dimension,
      label: s.t(rec.label),
      level: rec.level,
      score: s.f.score(rec.score),
      levelText: levelText(s, rec.level, rec.levelLabel, levelCount),
      levelInline: levelInline(s, rec.level, rec.levelLabel),
      actions: rec.actions.map((a) => ({ id: a.id, title: s.t(a.title), detail: s.t(a.detail), ...tagsOf(s, a) })),
    })),
    posture: posture ? { title: s.w('render.posture'), text: s.t(posture) } : null,
  };
}
