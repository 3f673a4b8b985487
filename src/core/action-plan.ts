// The action loop (issue 26): a plan the organisation owns, kept in a file (plan.yaml), followed by due date and
// status, and checked against the next wave. Pure: the plan file's data model, its validation (coded issues located
// by their path), the plan made from a wave, what is overdue, and the review of a new wave against the baseline.
import { msg } from '../i18n/index.js';
import { Checker, has, isMap } from './check.js';
import { roundDelta, roundScore, scaleBounds } from './score.js';
import { changeVerdict, newcombe, welch } from './stats.js';

/** A sample summarised: its size, mean and sample standard deviation (n − 1). */
export interface Sample {
  n: number;
  mean: number;
  sd: number;
}

/** A count of respondents (k) out of the contributors (n). */
export interface Proportion {
  k: number;
  n: number;
}

/** A 95 % interval as documents write it: [low, high]. */
export type Interval = [number, number];
import { focusOf, type Recommendation } from './plan.js';
import { tr } from './text.js';
import { OWNERS, type Action, type Horizon, type Instrument, type Issue, type Lang, type Owner } from './types.js';

/** The statuses of a planned action, in the order they are lived. */
export const PLAN_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The version of the plan file's layout. */
export const PLAN_VERSION = 1;

/** The sides of the mirror a plan follows (the joint actions address both). */
export const MIRROR_SIDES = ['employees', 'customers'] as const;
export type MirrorSide = (typeof MIRROR_SIDES)[number];

/**
 * How a statement was answered at a wave: one person's answer (null: don't know), a team's count of each answer, or
 * for the mirror, per side shown, the favourable answers out of those answered.
 */
export type StatementFigure = { answer: number | null } | { counts: Record<string, number> } | { sides: Partial<Record<MirrorSide, Proportion>> };

/** What a wave is: one person's result, a team's figures, or the customer–employee mirror. */
export type WaveKind = 'result' | 'aggregate' | 'mirror';

/** Where actions come from: a matrix (ex-25's by level, the mirror's by reading), as dimension → cell → actions. */
export type ActionSource = { dimensions: Record<string, object> };

/** One action of the plan, as the file holds it (keys in this order). */
export interface PlanEntry {
  id: string;
  title: string;
  dimension: string;
  owner: Owner | null;
  /** A role or a team (never a person's name is required). */
  role: string | null;
  /** YYYY-MM-DD. */
  due: string;
  status: PlanStatus;
  note: string | null;
  /** The statements the action addresses. */
  addresses: string[];
}

/** The plan file: the instrument it was made for, the baseline (every statement's figure), the actions. */
export interface PlanFile {
  instrument: { id: string; version: string };
  language: string;
  baseline: { kind: WaveKind; measuredAt: string | null; respondents: number | null; statements: Record<string, StatementFigure> };
  actions: PlanEntry[];
}

/** A plan file with the scale its counts are on (what the YAML writer needs to comment each figure). */
export type PlanFileDoc = PlanFile & { scale: { min: number; max: number } };

/** A measure read from a result or an aggregate: its figures per statement and its recommendations. */
export interface Wave {
  kind: WaveKind;
  instrument: { id: string; version: string };
  measuredAt: string | null;
  respondents: number | null;
  statements: Record<string, StatementFigure>;
  recommendations: readonly { dimension: string; actions: readonly { id: string; status: 'in-place' | 'to-do' }[] }[];
  focus: readonly string[];
}

/** Months from the plan's day to the due date of an action of each horizon (no horizon: three months). */
const HORIZON_MONTHS: Record<Horizon | 'none', number> = { 'quick-win': 1, '3-months': 3, '12-months': 12, none: 3 };

/** Days before its due date from which an action is "due soon". */
export const DUE_SOON_DAYS = 30;

/** The day of a date (YYYY-MM-DD) as days since 1970-01-01, or undefined when it is not a real calendar date. */
export function dayNumber(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / 86_400_000;
}

/** A date some months after another (the last day of the month when the day does not exist there). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** Every action of a matrix by id, with the dimension it belongs to. */
export function matrixActions(matrix: ActionSource): Map<string, { action: Action; dimension: string }> {
  const out = new Map<string, { action: Action; dimension: string }>();
  for (const [dimension, cells] of Object.entries(matrix.dimensions)) {
    for (const list of Object.values(cells) as Action[][]) for (const action of list) if (!out.has(action.id)) out.set(action.id, { action, dimension });
  }
  return out;
}

/**
 * The plan made from a wave: the "start here" actions (or, with `all`, every to-do action in the plan's order), each
 * planned, due after its horizon from `today`, with the matrix's owner; the baseline is every statement's figure.
 */
export function planFromWave(wave: Wave, instrument: Instrument, matrix: ActionSource, lang: Lang, today: string, all: boolean): PlanFile {
  const known = matrixActions(matrix);
  const todo = wave.recommendations.flatMap((r) => r.actions.filter((a) => a.status === 'to-do').map((a) => a.id));
  const ids = all ? todo : wave.focus.filter((id) => todo.includes(id));
  const actions = ids.flatMap((id): PlanEntry[] => {
    const found = known.get(id);
    if (!found) return [];
    const a = found.action;
    return [{
      id,
      title: tr(a.title, lang),
      dimension: found.dimension,
      owner: a.owner ?? null,
      role: null,
      due: addMonths(today, HORIZON_MONTHS[a.horizon ?? 'none']),
      status: 'planned',
      note: null,
      // A joint action of the mirror that names no statement addresses its dimension's, on both sides.
      addresses: a.addresses ?? (wave.kind === 'mirror' ? (instrument.dimensions.find((d) => d.id === found.dimension)?.questions.map((q) => q.id) ?? []) : []),
    }];
  });
  return {
    instrument: { id: instrument.id, version: instrument.version },
    language: lang,
    baseline: { kind: wave.kind, measuredAt: wave.measuredAt, respondents: wave.respondents, statements: wave.statements },
    actions,
  };
}

const TOP_KEYS = ['kind', 'schemaVersion', 'instrument', 'version', 'language', 'baseline', 'actions'] as const;
const BASELINE_KEYS = ['kind', 'measuredAt', 'respondents', 'statements'] as const;
/** The keys of an action, in the order the file writes them. */
export const ACTION_KEYS = ['id', 'title', 'dimension', 'owner', 'role', 'due', 'status', 'note', 'addresses'] as const;

/** An optional text: absent, null, blank or a string. */
function optionalText(c: Checker, v: unknown, path: (string | number)[], name: string): string | null | undefined {
  if (v === undefined || v === null || typeof v === 'symbol' || (typeof v === 'string' && v.trim() === '')) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  c.add(path, msg('core.notText', { name }));
  return undefined;
}

/** Records the keys of a mapping that are not among `known`. */
function onlyKeys(c: Checker, m: Record<string, unknown>, known: readonly string[], path: (string | number)[], place: 'plan' | 'baseline' | 'action'): void {
  for (const k of Object.keys(m)) if (!known.includes(k)) c.add([...path, k], msg('plan.unknownKey', { key: k, known, place }));
}

/** A statement's figure in the file: an answer (a scale value or null) for a result, a map value → count for a team. */
function readFigure(c: Checker, v: unknown, path: (string | number)[], kind: WaveKind, scale: readonly number[]): StatementFigure | undefined {
  if (kind === 'mirror') {
    const sides: Partial<Record<MirrorSide, Proportion>> = Object.create(null);
    if (!isMap(v)) {
      c.add(path, msg('plan.badSides'));
      return undefined;
    }
    for (const [side, x] of Object.entries(v)) {
      const m = typeof x === 'string' ? /^(\d+)\/(\d+)$/.exec(x) : null;
      if (!(MIRROR_SIDES as readonly string[]).includes(side) || !m || Number(m[1]) > Number(m[2]) || Number(m[2]) === 0) {
        c.add([...path, side], msg('plan.badSides'));
        return undefined;
      }
      sides[side as MirrorSide] = { k: Number(m[1]), n: Number(m[2]) };
    }
    return { sides };
  }
  if (kind === 'result') {
    if (v === null || typeof v === 'symbol') return { answer: null };
    if (typeof v === 'number' && scale.includes(v)) return { answer: v };
    c.add(path, msg('plan.badAnswer', { scale: scale.map(String) }));
    return undefined;
  }
  if (!isMap(v)) {
    c.add(path, msg('plan.badCounts', { scale: scale.map(String) }));
    return undefined;
  }
  const counts: Record<string, number> = Object.create(null);
  for (const [k, n] of Object.entries(v)) {
    if (!scale.some((s) => String(s) === k) || typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
      c.add([...path, k], msg('plan.badCounts', { scale: scale.map(String) }));
      return undefined;
    }
    counts[k] = n;
  }
  return { counts };
}

/**
 * Reads and validates a plan file against the instrument and the matrix it was made for: an action id the matrix
 * does not know, a due date that is not a date, a status or owner off the list, a plan for another instrument or
 * version are issues located by their path. Returns the plan only when there is no issue.
 */
export function parsePlanFile(raw: unknown, instrument: Instrument, matrix: ActionSource | undefined): { plan?: PlanFile; issues: Issue[] } {
  const c = new Checker();
  if (!isMap(raw)) {
    c.add([], msg('plan.notPlan'));
    return { issues: c.issues };
  }
  onlyKeys(c, raw, TOP_KEYS, [], 'plan');
  if (raw.kind !== 'plan') c.add(['kind'], msg('plan.notPlan'));
  if (raw.schemaVersion !== PLAN_VERSION) c.add(['schemaVersion'], msg('plan.badVersion', { version: PLAN_VERSION }));
  const id = c.string(raw.instrument, ['instrument'], 'instrument');
  const version = c.string(raw.version, ['version'], 'version');
  if (id && id !== instrument.id) c.add(['instrument'], msg('plan.otherInstrument', { id, current: instrument.id }));
  else if (id && version && version !== instrument.version) c.add(['version'], msg('plan.otherVersion', { version, current: instrument.version, id }));
  const language = optionalText(c, raw.language, ['language'], 'language') ?? 'en';

  const scale = instrument.scale.map((s) => s.value);
  const questions = new Set(instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
  const b = c.map(raw.baseline, ['baseline'], 'baseline');
  let baseline: PlanFile['baseline'] | undefined;
  if (b) {
    onlyKeys(c, b, BASELINE_KEYS, ['baseline'], 'baseline');
    const kind = b.kind === 'result' || b.kind === 'aggregate' || b.kind === 'mirror' ? b.kind : undefined;
    if (!kind) c.add(['baseline', 'kind'], msg('plan.badBaselineKind'));
    const respondents = b.respondents === undefined || b.respondents === null ? null : c.number(b.respondents, ['baseline', 'respondents'], 'respondents', true);
    const measuredAt = optionalText(c, b.measuredAt, ['baseline', 'measuredAt'], 'measuredAt') ?? null;
    const statements: Record<string, StatementFigure> = Object.create(null);
    const sm = c.map(b.statements, ['baseline', 'statements'], 'statements');
    if (sm && kind) {
      for (const [q, v] of Object.entries(sm)) {
        if (!questions.has(q)) c.add(['baseline', 'statements', q], msg('plan.unknownStatement', { id: q, instrument: instrument.id }));
        else {
          const f = readFigure(c, v, ['baseline', 'statements', q], kind, scale);
          if (f) statements[q] = f;
        }
      }
    }
    if (kind && respondents !== undefined) baseline = { kind, measuredAt, respondents, statements };
  }

  const known = matrix ? matrixActions(matrix) : new Map();
  const actions: PlanEntry[] = [];
  const seen = new Set<string>();
  const list = raw.actions;
  if (!Array.isArray(list)) c.add(['actions'], msg('core.notList', { name: 'actions' }));
  else
    list.forEach((a, i) => {
      const path = ['actions', i];
      const m = c.map(a, path, 'action');
      if (!m) return;
      onlyKeys(c, m, ACTION_KEYS, path, 'action');
      const aid = c.string(m.id, [...path, 'id'], 'id');
      const found = aid ? known.get(aid) : undefined;
      if (aid && !found) c.add([...path, 'id'], msg('plan.unknownAction', { id: aid, instrument: instrument.id }));
      if (aid && seen.has(aid)) c.add([...path, 'id'], msg('plan.duplicateAction', { id: aid }));
      if (aid) seen.add(aid);
      const dimension = c.string(m.dimension, [...path, 'dimension'], 'dimension');
      if (found && dimension && dimension !== found.dimension) c.add([...path, 'dimension'], msg('plan.otherDimension', { id: aid!, dimension, expected: found.dimension }));
      const title = optionalText(c, m.title, [...path, 'title'], 'title');
      const owner = optionalText(c, m.owner, [...path, 'owner'], 'owner');
      if (owner && !(OWNERS as readonly string[]).includes(owner)) c.add([...path, 'owner'], msg('plan.badOwner', { owner, owners: [...OWNERS] }));
      const role = optionalText(c, m.role, [...path, 'role'], 'role');
      const note = optionalText(c, m.note, [...path, 'note'], 'note');
      const due = typeof m.due === 'string' ? m.due : m.due instanceof Date ? '' : String(m.due ?? '');
      if (dayNumber(due) === undefined) c.add([...path, 'due'], msg('plan.badDue', { value: typeof m.due === 'symbol' || m.due == null ? '' : String(m.due) }));
      const status = m.status;
      if (typeof status !== 'string' || !(PLAN_STATUSES as readonly string[]).includes(status)) c.add([...path, 'status'], msg('plan.badStatus', { value: typeof status === 'string' ? status : '', statuses: [...PLAN_STATUSES] }));
      const addresses = m.addresses === undefined || m.addresses === null ? [] : m.addresses;
      if (!Array.isArray(addresses) || addresses.some((q) => typeof q !== 'string' || !questions.has(q))) {
        c.add([...path, 'addresses'], msg('plan.badAddresses', { instrument: instrument.id }));
      }
      if (!aid || !dimension || title === undefined || owner === undefined || role === undefined || note === undefined) return;
      actions.push({ id: aid, title: title ?? '', dimension, owner: (owner as Owner | null) ?? null, role, due, status: status as PlanStatus, note, addresses: Array.isArray(addresses) ? (addresses as string[]) : [] });
    });
  if (c.issues.length || !baseline || !id || !version) return { issues: c.issues };
  return { plan: { instrument: { id, version }, language, baseline, actions }, issues: [] };
}

/** Where an action stands on a day: overdue, due soon, later, done or dropped. */
export type DueState = 'overdue' | 'due-soon' | 'later' | 'done' | 'dropped';

/** An action's state on a day, and the days left to its due date (negative when past). */
export function dueState(entry: Pick<PlanEntry, 'due' | 'status'>, today: string): { state: DueState; daysLeft: number } {
  const daysLeft = dayNumber(entry.due)! - dayNumber(today)!;
  if (entry.status === 'done' || entry.status === 'dropped') return { state: entry.status, daysLeft };
  return { state: daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'later', daysLeft };
}

/** The order `plan status` lists states in. */
export const DUE_STATES: readonly DueState[] = ['overdue', 'due-soon', 'later', 'done', 'dropped'];

/** A team's figure of a statement as a sample of 0–100 scores (null with no answer). */
export function sampleOf(figure: StatementFigure, min: number, max: number): Sample | null {
  if (!('counts' in figure)) return null;
  let n = 0;
  let sum = 0;
  for (const [v, c] of Object.entries(figure.counts)) {
    n += c;
    sum += c * Number(v);
  }
  if (n === 0) return null;
  const mean = sum / n;
  let ss = 0;
  for (const [v, c] of Object.entries(figure.counts)) ss += c * (Number(v) - mean) ** 2;
  const scale = 100 / (max - min);
  return { mean: (mean - min) * scale, sd: n > 1 ? Math.sqrt(ss / (n - 1)) * scale : 0, n };
}

/** How a statement moved between the baseline and the new wave. */
export interface Movement {
  id: string;
  /** For the mirror: the side this movement is about; else null. */
  side: MirrorSide | null;
  /** The baseline and new figures: a team's 0–100 score of the statement, or one person's answer. */
  before: number | null;
  after: number | null;
  /** Contributors on each side (teams only). */
  n: { before: number; after: number } | null;
  /** after − before (points for a team, scale steps for a person), from unrounded values. */
  change: number | null;
  /** The 95 % interval of the change (teams only). */
  interval: Interval | null;
  /** For a team: what the interval says; for a person: whether the answer went up, down or stayed. */
  verdict: 'improved' | 'within-noise' | 'declined' | null;
}

/**
 * How a statement moved: for teams with its interval (Welch, on the respondents' 0–100 scores), for the mirror each
 * side's favourable % with Newcombe's interval, for a person a plain delta.
 */
export function movements(id: string, before: StatementFigure | undefined, after: StatementFigure | undefined, instrument: Instrument): Movement[] {
  if ((before && 'sides' in before) || (after && 'sides' in after)) {
    const side = (f: StatementFigure | undefined, s: MirrorSide) => (f && 'sides' in f ? f.sides[s] : undefined);
    return MIRROR_SIDES.map((s) => {
      const a = side(before, s);
      const b = side(after, s);
      const pct = (p: Proportion | undefined) => (p && p.n > 0 ? (100 * p.k) / p.n : null);
      const interval = a && b && a.n > 0 && b.n > 0 ? newcombe(b.k, b.n, a.k, a.n) : null; // after − before
      const [x, y] = [pct(a), pct(b)];
      return {
        id,
        side: s,
        before: x === null ? null : roundScore(x),
        after: y === null ? null : roundScore(y),
        n: a || b ? { before: a?.n ?? 0, after: b?.n ?? 0 } : null,
        change: x !== null && y !== null ? roundDelta(y - x) : null,
        interval: interval ? [roundDelta(100 * interval.low), roundDelta(100 * interval.high)] : null,
        verdict: interval ? changeVerdict(interval) : null,
      };
    });
  }
  return [movement(id, before, after, instrument)];
}

/** How a statement of the ex-25 kind moved: a team's with its interval, a person's as a plain delta. */
function movement(id: string, before: StatementFigure | undefined, after: StatementFigure | undefined, instrument: Instrument): Movement {
  const { min, max } = scaleBounds(instrument);
  if (before && after && 'counts' in before && 'counts' in after) {
    const a = sampleOf(before, min, max);
    const b = sampleOf(after, min, max);
    const interval = a && b ? welch(b, a) : null; // after − before
    return {
      id,
      side: null,
      before: a ? roundScore(a.mean) : null,
      after: b ? roundScore(b.mean) : null,
      n: { before: a?.n ?? 0, after: b?.n ?? 0 },
      change: a && b ? roundDelta(b.mean - a.mean) : null,
      interval: interval ? [roundDelta(interval.low), roundDelta(interval.high)] : null,
      verdict: interval ? changeVerdict(interval) : null,
    };
  }
  const x = before && 'answer' in before ? before.answer : null;
  const y = after && 'answer' in after ? after.answer : null;
  const change = x !== null && y !== null ? y - x : null;
  return { id, side: null, before: x, after: y, n: null, change, interval: null, verdict: change === null ? null : change > 0 ? 'improved' : change < 0 ? 'declined' : null };
}

/** An action of the review: where it stands, how its statements moved, and whether it calls for a conversation. */
export interface ReviewedAction {
  entry: PlanEntry;
  state: DueState;
  daysLeft: number;
  statements: Movement[];
  /** Done, yet none of its statements improved. */
  conversation: boolean;
}

/** The review of a plan against a new wave. */
export interface PlanReviewCore {
  actions: ReviewedAction[];
  /** Statements that improved that no action of the plan (dropped ones aside) addresses. */
  unplanned: Movement[];
}

/** Joins a plan with a new wave: each action's statements' movement since the baseline, done actions with nothing moved, improvements no action explains. */
export function reviewPlan(plan: PlanFile, wave: Pick<Wave, 'statements'>, instrument: Instrument, today: string): PlanReviewCore {
  const move = (id: string) => movements(id, plan.baseline.statements[id], wave.statements[id], instrument);
  const actions = plan.actions.map((entry): ReviewedAction => {
    const statements = entry.addresses.flatMap(move);
    const { state, daysLeft } = dueState(entry, today);
    return { entry, state, daysLeft, statements, conversation: entry.status === 'done' && !statements.some((s) => s.verdict === 'improved') };
  });
  const addressed = new Set(plan.actions.filter((a) => a.status !== 'dropped').flatMap((a) => a.addresses));
  const unplanned = instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id)).filter((id) => !addressed.has(id)).flatMap(move).filter((m) => m.verdict === 'improved');
  return { actions, unplanned };
}

/** A document's recommendations with the plan's actions marked (their status and due date), and "start here" taken among the others. */
export function withPlan(recommendations: readonly Recommendation[], plan: Pick<PlanFile, 'actions'>): { recommendations: Recommendation[]; focus: string[] } {
  const marked = recommendations.map((r) => ({ ...r, actions: markPlanned(r.actions, plan) }));
  return { recommendations: marked, focus: focusOf(marked) };
}

/** Joint actions of the mirror with the plan's ones marked (their status and due date). */
export function markPlanned<A extends { id: string }>(actions: readonly A[], plan: Pick<PlanFile, 'actions'>): (A & { plan?: { status: PlanStatus; due: string } })[] {
  const inPlan = new Map(plan.actions.map((a) => [a.id, a]));
  return actions.map((a) => {
    const e = inPlan.get(a.id);
    return e ? { ...a, plan: { status: e.status, due: e.due } } : a;
  });
}

/** Whether a plan file's data has the plan's shape at its top (for `validate`, which tells files apart). */
export function looksLikePlan(data: unknown): boolean {
  return isMap(data) && has(data, 'kind') && data.kind === 'plan';
}
