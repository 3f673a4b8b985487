// The plan that listens to the answers: for each scored dimension (weakest first) the actions of the level it
// reached, those already in place set apart, the others ordered by the lowest answer they address; then the
// "start here" actions. Pure: the caller says how each statement was answered (one person's value, a team's mean).
import { meets } from './gate.js';
import { roundScore, scaleBounds } from './score.js';
import { tr } from './text.js';
import type { Horizon, Instrument, Lang, Matrix, Owner, Scores, Action } from './types.js';
import type { PlanStatus } from './action-plan.js';

/** How many dimensions give a "start here" action. */
const FOCUS_DIMENSIONS = 3;

/** An action as every document carries it, in one language (the plan of ex-25 and the mirror's alike). */
export interface ActionText {
  id: string;
  title: string;
  detail: string;
  horizon: Horizon | null;
  owner: Owner | null;
  contributors: Owner[];
  done: string | null;
  indicator: string | null;
}

/** An action of a matrix in one language. */
export function actionText(a: Action, lang: Lang): ActionText {
  return {
    id: a.id,
    title: tr(a.title, lang),
    detail: tr(a.detail, lang),
    horizon: a.horizon ?? null,
    owner: a.owner ?? null,
    contributors: a.contributors ?? [],
    done: a.done ? tr(a.done, lang) : null,
    indicator: a.indicator ? tr(a.indicator, lang) : null,
  };
}

/** An action of the plan: its text, whether it is still to do, and the statements it addresses. */
export interface PlanAction extends ActionText {
  /** `in-place` when every statement it addresses is answered at the top of the scale; else `to-do`. */
  status: 'in-place' | 'to-do';
  addresses: string[];
  /** Present when the action is in the organisation's plan file (--plan): its status there and its due date. */
  plan?: { status: PlanStatus; due: string };
  /** Why a to-do action was chosen: the statement it addresses with the lowest answer, its text and that answer. */
  trigger?: { statement: string; text: string; answer: number | null };
}

/** A dimension of the plan. */
export interface Recommendation {
  dimension: string;
  label: string;
  score: number;
  level: number;
  levelLabel: string;
  priority: number;
  /** The to-do actions in the order to take them, then the actions already in place (in matrix order). */
  actions: PlanAction[];
}

/** The plan: the dimensions in priority order, and the "start here" action ids. */
export interface Plan {
  recommendations: Recommendation[];
  focus: string[];
}

/** How a statement was answered: a scale value (or a team's mean), null for don't know, undefined when not asked. */
export type AnswerOf = (questionId: string) => number | null | undefined;

/**
 * Orders a dimension's actions: to-do ones by the lowest answer among the statements they address (don't know and
 * unanswered count as lowest; actions without `addresses` after those with), ties in matrix order; then the
 * actions in place, in matrix order.
 */
function orderActions(actions: readonly Action[], answerOf: AnswerOf, top: number, canBeInPlace: boolean): { action: Action; status: PlanAction['status'] }[] {
  const lowest = (a: Action) => Math.min(...(a.addresses ?? []).map((id) => answerOf(id) ?? -Infinity));
  const inPlace = (a: Action) => canBeInPlace && Boolean(a.addresses?.length) && (a.addresses ?? []).every((id) => {
    const v = answerOf(id);
    return typeof v === 'number' && meets(v, top);
  });
  const todo = actions
    .map((action, order) => ({ action, order }))
    .filter(({ action }) => !inPlace(action))
    .sort((x, y) => {
      const a = x.action.addresses?.length ? lowest(x.action) : Infinity;
      const b = y.action.addresses?.length ? lowest(y.action) : Infinity;
      return a === b ? x.order - y.order : a < b ? -1 : 1;
    });
  return [...todo.map(({ action }) => ({ action, status: 'to-do' as const })), ...actions.filter(inPlace).map((action) => ({ action, status: 'in-place' as const }))];
}

/** The plan for scores and answers: dimensions weakest first (ties in instrument order), and the "start here" actions. */
export function recommend(instrument: Instrument, matrix: Matrix, scores: Scores, answerOf: AnswerOf, lang: Lang): Plan {
  const { max } = scaleBounds(instrument);
  // At the highest level the actions go beyond what the statements measure (a top answer says the practice exists,
  // not that the advanced step built on it was taken): none is set apart as already in place.
  const topLevel = Math.max(...instrument.levels.map((l) => l.level));
  const scored = scores.dimensions
    .map((d, order) => ({ d, order }))
    .filter((x): x is { d: typeof x.d & { score: number; level: number }; order: number } => x.d.score !== null && x.d.level !== null)
    .sort((a, b) => a.d.score - b.d.score || a.order - b.order);
  const recommendations = scored.map(({ d }, i): Recommendation => {
    const dim = instrument.dimensions.find((x) => x.id === d.id)!;
    return {
      dimension: d.id,
      label: tr(dim.label, lang),
      score: roundScore(d.score),
      level: d.level,
      levelLabel: tr(instrument.levels.find((l) => l.level === d.level)?.label, lang),
      priority: i + 1,
      actions: orderActions(matrix.dimensions[d.id]?.[d.level] ?? [], answerOf, max, d.level < topLevel).map(({ action: a, status }) => {
        const trigger = status === 'to-do' ? triggerOf(instrument, a, answerOf, lang) : undefined;
        return { ...actionText(a, lang), status, addresses: a.addresses ?? [], ...(trigger ? { trigger } : {}) };
      }),
    };
  });
  return { recommendations, focus: focusOf(recommendations) };
}

/** The statement that led to an action: the one it addresses with the lowest answer (don't know and unanswered lowest), first in ties. */
function triggerOf(instrument: Instrument, a: Action, answerOf: AnswerOf, lang: Lang): PlanAction['trigger'] {
  let best: { id: string; v: number } | undefined;
  for (const id of a.addresses ?? []) {
    const v = answerOf(id) ?? -Infinity;
    if (!best || v < best.v) best = { id, v };
  }
  if (!best) return undefined;
  const q = instrument.dimensions.flatMap((d) => d.questions).find((x) => x.id === best.id);
  const answer = answerOf(best.id);
  return { statement: best.id, text: tr(q?.text, lang), answer: typeof answer === 'number' ? roundScore(answer) : null };
}

/** How many actions the roadmap puts first at the lowest level, as that level's posture asks ("two or three"). */
export const FIRST_STEPS = 3;

/**
 * The roadmap's split of the to-do actions not yet in a plan file: at the lowest overall level only the "start here"
 * actions (at most FIRST_STEPS) are for now and every other one is for later, as the posture says to pick two or
 * three; at any other level every to-do action is for now.
 */
export function roadmapSplit(recommendations: readonly Pick<Recommendation, 'actions'>[], focus: readonly string[], lowestLevel: boolean): { now: string[]; later: string[] } {
  const todo = recommendations.flatMap((r) => r.actions.filter((a) => a.status === 'to-do' && !a.plan).map((a) => a.id));
  if (!lowestLevel) return { now: todo, later: [] };
  const first = new Set(focus.slice(0, FIRST_STEPS));
  return { now: todo.filter((id) => first.has(id)), later: todo.filter((id) => !first.has(id)) };
}

/** Start here: the first to-do action of the first dimensions (in priority order) that have one; actions already in the plan are not recommended again. */
export function focusOf(recommendations: readonly Pick<Recommendation, 'actions'>[]): string[] {
  return recommendations.flatMap((r) => r.actions.find((a) => a.status === 'to-do' && !a.plan)?.id ?? []).slice(0, FOCUS_DIMENSIONS);
}
