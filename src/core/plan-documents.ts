// The documents of the action loop, as `plan status` and `plan review` write them (JSON kinds "plan-status" and
// "plan-review", schemas/plan-status.schema.json and plan-review.schema.json). Plain data in one language, no prose.
import { documentHeader, type DocumentHeader } from './document.js';
import { DUE_SOON_DAYS, DUE_STATES, dueState, matrixActions, reviewPlan, type ActionSource, type DueState, type Movement, type PlanEntry, type PlanFile, type PlanStatus, type Wave, type WaveKind } from './action-plan.js';
import { tr } from './text.js';
import type { Instrument, Lang, Owner } from './types.js';

/** What a plan document needs besides the plan. */
export interface PlanDocContext {
  tool: { name: string; version: string };
  lang: Lang;
  generatedAt: string;
  schemaUrl: string;
  /** The day the plan is read on (YYYY-MM-DD, from SOURCE_DATE_EPOCH when set). */
  today: string;
  /** For the mirror: the instrument of the customers' side, whose statements say the same in customer language. */
  customers?: Instrument;
}

/** An action as both documents show it. */
export interface PlanDocAction {
  id: string;
  title: string;
  dimension: string;
  dimensionLabel: string;
  owner: Owner | null;
  role: string | null;
  due: string;
  status: PlanStatus;
  state: DueState;
  /** Days to the due date (negative: days overdue). */
  daysLeft: number;
  note: string | null;
}

/** What `plan status` writes: every action with where it stands, overdue first. */
export interface PlanStatusDoc extends DocumentHeader<'plan-status'> {
  today: string;
  dueSoonDays: number;
  counts: Record<DueState, number>;
  actions: PlanDocAction[];
}

/** A statement's movement with its text. */
export interface ReviewStatement extends Movement {
  text: string;
  dimension: string;
}

/** What `plan review` writes: each action and how its statements moved since the baseline. */
export interface PlanReviewDoc extends DocumentHeader<'plan-review'> {
  today: string;
  /** `score`: team figures (0–100, with a 95 % interval of each change); `favourable`: the mirror's favourable % per side (with an interval); `answer`: one person's answers (plain deltas). */
  measure: 'score' | 'favourable' | 'answer';
  baseline: { kind: WaveKind; measuredAt: string | null; respondents: number | null };
  current: { kind: WaveKind; measuredAt: string | null; respondents: number | null };
  actions: (PlanDocAction & { statements: ReviewStatement[]; conversation: boolean })[];
  /** Done actions whose statements did not move: to talk about. */
  conversation: string[];
  /** Statements that improved without any action of the plan. */
  unplanned: ReviewStatement[];
}

/** The words of an action in the document's language: the matrix's title (the file's when the matrix has none). */
function docAction(entry: PlanEntry, instrument: Instrument, matrix: ActionSource | undefined, lang: Lang, today: string): PlanDocAction {
  const known = matrix ? matrixActions(matrix).get(entry.id) : undefined;
  const dim = instrument.dimensions.find((d) => d.id === entry.dimension);
  return {
    id: entry.id,
    title: known ? tr(known.action.title, lang) : entry.title,
    dimension: entry.dimension,
    dimensionLabel: dim ? tr(dim.label, lang) : entry.dimension,
    owner: entry.owner,
    role: entry.role,
    due: entry.due,
    status: entry.status,
    ...dueState(entry, today),
    note: entry.note,
  };
}

/** The status document of a plan on a day: overdue first, then due soon, later, done, dropped; by due date within each. */
export function buildPlanStatus(plan: PlanFile, instrument: Instrument, matrix: ActionSource | undefined, ctx: PlanDocContext): PlanStatusDoc {
  const actions = plan.actions
    .map((e, order) => ({ a: docAction(e, instrument, matrix, ctx.lang, ctx.today), order }))
    .sort((x, y) => DUE_STATES.indexOf(x.a.state) - DUE_STATES.indexOf(y.a.state) || x.a.daysLeft - y.a.daysLeft || x.order - y.order)
    .map((x) => x.a);
  const counts = Object.fromEntries(DUE_STATES.map((s) => [s, actions.filter((a) => a.state === s).length])) as Record<DueState, number>;
  return { ...documentHeader('plan-status', instrument, ctx), today: ctx.today, dueSoonDays: DUE_SOON_DAYS, counts, actions };
}

/** The review document: the plan joined with a new wave. */
export function buildPlanReview(plan: PlanFile, wave: Wave, instrument: Instrument, matrix: ActionSource | undefined, ctx: PlanDocContext): PlanReviewDoc {
  const core = reviewPlan(plan, wave, instrument, ctx.today);
  const textsOf = (inst: Instrument) => new Map(inst.dimensions.flatMap((d) => d.questions.map((q) => [q.id, { text: tr(q.text, ctx.lang), dimension: d.id }] as const)));
  const where = textsOf(instrument);
  const customers = ctx.customers ? textsOf(ctx.customers) : undefined;
  const withText = (m: Movement): ReviewStatement => {
    const w = (m.side === 'customers' ? customers?.get(m.id) : undefined) ?? where.get(m.id);
    return { ...m, text: w?.text ?? m.id, dimension: w?.dimension ?? '' };
  };
  return {
    ...documentHeader('plan-review', instrument, ctx),
    today: ctx.today,
    measure: plan.baseline.kind === 'aggregate' ? 'score' : plan.baseline.kind === 'mirror' ? 'favourable' : 'answer',
    baseline: { kind: plan.baseline.kind, measuredAt: plan.baseline.measuredAt, respondents: plan.baseline.respondents },
    current: { kind: wave.kind, measuredAt: wave.measuredAt, respondents: wave.respondents },
    actions: core.actions.map((r) => ({ ...docAction(r.entry, instrument, matrix, ctx.lang, ctx.today), statements: r.statements.map(withText), conversation: r.conversation })),
    conversation: core.actions.filter((r) => r.conversation).map((r) => r.entry.id),
    unplanned: core.unplanned.map(withText),
  };
}
