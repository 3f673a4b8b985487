// The action plan, once for every document and format: "start here", then the dimensions in priority order with
// their to-do actions (horizon, owner, contributors, how you know it is done, what to follow) and the actions already
// in place; the roadmap by horizon; the posture to adopt.
import { roadmapSplit, type PlanAction as CoreAction, type Recommendation } from '../../core/plan.js';
import { HORIZONS } from '../../core/types.js';
import { levelInline, levelText } from './levels.js';
import type { Speech } from './words.js';

/** One action of the plan. */
export interface PlanAction {
  id: string;
  title: string;
  detail: string;
  /** Labelled tags: "Horizon: quick win", "Owner: HR", "With: managers" (absent ones left out). */
  tags: string[];
  /** The horizon and owner, unlabelled, on one line: "quick win · HR" (empty when there is neither). */
  tagLine: string;
  /** "Done when: …" and "To follow: …", labelled; null when the matrix says nothing. */
  done: string | null;
  indicator: string | null;
  /** Why it was chosen: the statement and the answer that led to it ("Why this action: “…” (answer 2 out of 4)"). */
  why: string | null;
  /** Whether it is one of the "start here" actions. */
  focus: boolean;
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
  /** The actions to take, in order. */
  actions: PlanAction[];
  /** The actions whose statements are all answered at the top of the scale. */
  inPlace: PlanAction[];
}

/** The "start here" actions: the first to-do action of the first dimensions in priority order. */
export interface FocusView {
  title: string;
  hint: string;
  items: (PlanAction & { dimension: string })[];
}

/** The to-do actions grouped by horizon: the page taken to the leadership meeting. */
export interface RoadmapView {
  title: string;
  hint: string;
  focusMark: string;
  /** `later`: the actions left for after the first ones (lowest level), listed in one line rather than a table. */
  groups: { horizon: string; later?: boolean; actions: (PlanAction & { dimension: string; owner: string })[] }[];
}

/** The action plan of a document. */
export interface PlanView {
  title: string;
  hint: string;
  noActions: string;
  inPlaceTitle: string;
  focus: FocusView | null;
  items: PlanItem[];
  roadmap: RoadmapView | null;
  posture: { title: string; text: string } | null;
}

/** How the plan words the answer that led to an action: out of the scale's top, one person's answer or a team's mean. */
export interface WhyScale {
  max: number;
  mean: boolean;
}

/** An action's words: its tags, why it was chosen, and what shows it is done and what to follow. */
function actionView(s: Speech, a: CoreAction, focus: readonly string[], scale?: WhyScale): PlanAction {
  const horizon = a.horizon ? s.w(`render.horizon.${a.horizon}` as const) : '';
  const owner = a.owner ? s.w(`render.owner.${a.owner}` as const) : '';
  const tags: string[] = [];
  if (horizon) tags.push(s.labelled(s.w('render.horizon'), horizon));
  if (owner) tags.push(s.labelled(s.w('render.owner'), owner));
  if (a.contributors.length) tags.push(s.labelled(s.w('render.contributors'), s.f.list(a.contributors.map((c) => s.w(`render.owner.${c}` as const)))));
  if (a.plan) tags.unshift(s.labelled(s.w('plan.inPlan'), s.w('plan.inPlanValue', a.plan)));
  return {
    id: a.id,
    title: s.t(a.title),
    detail: s.t(a.detail),
    tags,
    tagLine: [horizon, owner].filter(Boolean).join(' · '),
    done: a.done ? s.labelled(s.w('render.done'), s.t(a.done)) : null,
    indicator: a.indicator ? s.labelled(s.w('render.indicator'), s.t(a.indicator)) : null,
    why: a.trigger && scale ? s.labelled(s.w('render.whyLabel'), s.w('render.why', { text: a.trigger.text, answer: a.trigger.answer === null ? null : s.f.num(a.trigger.answer, scale.mean ? 1 : 0), max: scale.max, mean: scale.mean })) : null,
    focus: focus.includes(a.id),
  };
}

/** The plan view of recommendations (null when there are none) and a posture. */
export function planView(s: Speech, recs: readonly Recommendation[], focus: readonly string[], levelCount: number, posture: string | null, title: 'render.plan' | 'render.teamPlan' = 'render.plan', lowestLevel = false, scale?: WhyScale): PlanView | null {
  if (!recs.length && !posture) return null;
  // Every to-do action once, with its dimension: the plan, "start here" and the roadmap all show these.
  const todo = recs.flatMap((rec) => rec.actions.filter((a) => a.status === 'to-do').map((core) => ({ core, view: actionView(s, core, focus, scale), dimension: s.t(rec.label) })));
  // With a plan file (--plan), its actions keep their place in the plan with their status; the roadmap shows first what is under way.
  // At the lowest level the roadmap honours the posture: the first two or three actions now, the others later.
  const split = roadmapSplit(recs, focus, lowestLevel);
  const fresh = todo.filter((t) => !t.core.plan && split.now.includes(t.core.id));
  const later = todo.filter((t) => !t.core.plan && split.later.includes(t.core.id));
  const underWay = todo.filter((t) => t.core.plan && t.core.plan.status !== 'dropped');
  const items: PlanItem[] = recs.map((rec) => ({
    priority: rec.priority,
    dimension: rec.dimension,
    label: s.t(rec.label),
    level: rec.level,
    score: s.f.score(rec.score),
    levelText: levelText(s, rec.level, rec.levelLabel, levelCount),
    levelInline: levelInline(s, rec.level, rec.levelLabel),
    actions: todo.filter((t) => rec.actions.includes(t.core)).map((t) => t.view),
    inPlace: rec.actions.filter((a) => a.status === 'in-place').map((a) => actionView(s, a, focus)),
  }));
  const focusItems = focus.flatMap((id) => todo.filter((t) => t.core.id === id).map((t) => ({ ...t.view, dimension: t.dimension })));
  const owner = (t: (typeof todo)[number]) => (t.core.owner ? s.w(`render.owner.${t.core.owner}` as const) : '');
  const groups = [
    { horizon: s.w('plan.underWay'), actions: underWay.map((t) => ({ ...t.view, dimension: t.dimension, owner: [owner(t), s.w('plan.inPlanValue', t.core.plan!)].filter(Boolean).join(' · ') })) },
    ...[...HORIZONS, null].map((h) => ({
      horizon: s.w(h ? (`render.roadmap.${h}` as const) : 'render.roadmap.none'),
      actions: fresh.filter((t) => t.core.horizon === h).map((t) => ({ ...t.view, dimension: t.dimension, owner: owner(t) })),
    })),
    { horizon: s.w('render.roadmap.later'), later: true, actions: later.map((t) => ({ ...t.view, dimension: t.dimension, owner: owner(t) })) },
  ].filter((g) => g.actions.length);
  return {
    title: s.w(title),
    hint: s.w('render.planHint'),
    noActions: s.w('render.noActions'),
    inPlaceTitle: s.w('render.inPlace'),
    focus: focusItems.length ? { title: s.w('render.startHere'), hint: s.w('render.startHereHint'), items: focusItems } : null,
    items,
    roadmap: groups.length ? { title: s.w('render.roadmap'), hint: s.w('render.roadmapHint'), focusMark: s.w('render.startHere'), groups } : null,
    posture: posture ? { title: s.w('render.posture'), text: s.t(posture) } : null,
  };
}
