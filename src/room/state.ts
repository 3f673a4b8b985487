// The live room's state, without a server: who joined (a random id, nothing else), their answers, their comment,
// whether they sent them; how a posted form is validated; what the facilitator may see. Pure: no I/O, no prose.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { questionsOf } from '../core/model.js';
import type { AnswerValue, Instrument } from '../core/types.js';
import { buildAggregate } from '../team/aggregate.js';
import { cleanComment, maskComment } from '../team/comments.js';
import type { AggQuestion, LowThresholdWarning } from '../team/document.js';
import { TeamTally } from '../team/tally.js';
import { isLang, type Lang } from '../i18n/index.js';

/** Largest request body accepted, in bytes. */
export const MAX_BODY = 16 * 1024;

/** The most statements a room takes: one per phone screen, so far more than anyone answers standing in a room. */
export const MAX_ROOM_STATEMENTS = 500;

/** A new unguessable token (144 bits from crypto, URL-safe). */
export function newToken(): string {
  return randomBytes(18).toString('base64url');
}

/** Whether a string has the shape of a token (so that a lookup never works on arbitrary text). */
export function isTokenShape(s: string): boolean {
  return /^[A-Za-z0-9_-]{24}$/.test(s);
}

/** Compares a token in constant time. */
export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** One participant: answers by question id, the comment, whether the answers were sent. Nothing identifies them. */
export interface Participant {
  answers: Map<string, AnswerValue>;
  comment: string;
  sent: boolean;
}

/** What one accepted submission changes (one line of the journal): no time, no address, only the random id. */
export interface RoomRecord {
  /** The participant's random id (the cookie value). */
  p: string;
  /** Joined (pressed "start"). */
  j?: 1;
  /** Answers given in this submission: question id → scale value, or "?" for don't know. */
  a?: Record<string, number | '?'>;
  /** The comment (already cleaned and masked). */
  c?: string;
  /** Sent. */
  s?: 1;
}

/** The room: the instrument and the participants by id. */
export class RoomState {
  readonly participants = new Map<string, Participant>();
  readonly ids: string[];
  /**
   * The answer sheets as they were when the figures were last published (SPEC.md "The live room"): figures move only
   * in steps of at least the threshold of newly completed sheets, and changes to sent sheets wait for the next step.
   */
  published: { sheets: AnswerValue[][]; completed: number } | undefined;
  private readonly valid: Set<string>;
  private readonly values: Set<number>;

  constructor(readonly instrument: Instrument) {
    this.ids = questionsOf(instrument).map((q) => q.question.id);
    this.valid = new Set(this.ids);
    this.values = new Set(instrument.scale.map((p) => p.value));
  }

  /** Whether a record fits this instrument (a journal line is checked like a form). */
  fits(r: RoomRecord): boolean {
    if (typeof r !== 'object' || r === null || typeof r.p !== 'string' || !isTokenShape(r.p)) return false;
    if (r.a !== undefined) {
      if (typeof r.a !== 'object' || r.a === null || Array.isArray(r.a)) return false;
      for (const [id, v] of Object.entries(r.a)) {
        if (!this.valid.has(id)) return false;
        if (v === '?' ? !this.instrument.dontKnow : !(typeof v === 'number' && this.values.has(v))) return false;
      }
    }
    if (r.c !== undefined && typeof r.c !== 'string') return false;
    return true;
  }

  /** Applies an accepted record. */
  apply(r: RoomRecord): void {
    let p = this.participants.get(r.p);
    if (!p) this.participants.set(r.p, (p = { answers: new Map(), comment: '', sent: false }));
    if (r.a) for (const [id, v] of Object.entries(r.a)) p.answers.set(id, v === '?' ? null : v);
    if (r.c !== undefined) p.comment = r.c;
    if (r.s) p.sent = true;
  }

  /** Whether a participant answered every statement and sent. */
  completed(p: Participant): boolean {
    return p.sent && this.ids.every((id) => p.answers.has(id));
  }

  /** The first statement (0-based) a participant has not answered, or -1. */
  firstUnanswered(pid: string): number {
    const p = this.participants.get(pid);
    return this.ids.findIndex((id) => !p?.answers.has(id));
  }

  /** Whether applying a record would complete a sheet that is not completed yet (what --seats counts). */
  wouldComplete(r: RoomRecord): boolean {
    const p = this.participants.get(r.p);
    if (p && this.completed(p)) return false;
    const sent = Boolean(p?.sent || r.s);
    return sent && this.ids.every((id) => p?.answers.has(id) || (r.a !== undefined && id in r.a));
  }

  /** Publishes the completed sheets as they are now: the next figures the facilitator sees. */
  publish(): void {
    const done = [...this.participants.values()].filter((p) => this.completed(p));
    this.published = { sheets: done.map((p) => this.ids.map((id) => p.answers.get(id)!)), completed: done.length };
  }

  /** How many more completed sheets the next publication needs (0: it may be published now). */
  nextStepNeeds(minGroup: number): number {
    return Math.max(0, minGroup - (this.counts().completed - (this.published?.completed ?? 0)));
  }

  /** Joined and completed counts. */
  counts(): { joined: number; completed: number } {
    let completed = 0;
    for (const p of this.participants.values()) if (this.completed(p)) completed++;
    return { joined: this.participants.size, completed };
  }

  /** The completed participants' answer sheets as a team tally (per respondent, no group) with their comments. */
  tally(): TeamTally {
    const t = new TeamTally(this.instrument);
    for (const p of this.participants.values()) {
      if (!this.completed(p)) continue;
      t.addOrdered(this.ids.map((id) => p.answers.get(id)!));
      if (p.comment) t.comments.push(p.comment);
    }
    return t;
  }
}

/** A step of the participant's page: the introduction, a statement (1..N), the comment and send step, or "sent". */
export type Step = { kind: 'intro' } | { kind: 'statement'; index: number } | { kind: 'comment' } | { kind: 'sent' };

/** What a posted form asks: where to go, in which language, and what it changes. */
export interface Submission {
  nav: 'start' | 'next' | 'back' | 'send' | 'change';
  step: number;
  lang?: Lang;
  answers: Record<string, number | '?'>;
  comment?: string;
}

/** Fields a form may carry besides the question ids. */
const FIELDS = new Set(['nav', 'step', 'lang', 'comment']);
const NAVS = new Set(['start', 'next', 'back', 'send', 'change']);

/**
 * Reads a posted form (application/x-www-form-urlencoded) strictly: only the instrument's question ids with its scale
 * values (or "?" for don't know when it has one), `nav`, `step`, `lang` and `comment`, each at most once. Anything
 * else refuses the whole form (undefined), and nothing is recorded.
 */
export function parseSubmission(body: string, state: RoomState): Submission | undefined {
  let form: URLSearchParams;
  try {
    form = new URLSearchParams(body);
  } catch {
    return undefined;
  }
  const seen = new Set<string>();
  const values = new Set(state.instrument.scale.map((p) => String(p.value)));
  const valid = new Set(state.ids);
  const sub: Submission = { nav: 'next', step: 0, answers: {} };
  for (const [key, value] of form) {
    if (seen.has(key)) return undefined;
    seen.add(key);
    if (valid.has(key)) {
      if (value === '?' && state.instrument.dontKnow) sub.answers[key] = '?';
      else if (values.has(value)) sub.answers[key] = Number(value);
      else return undefined;
    } else if (!FIELDS.has(key)) return undefined;
  }
  const nav = form.get('nav') ?? undefined;
  if (!nav || !NAVS.has(nav)) return undefined;
  sub.nav = nav as Submission['nav'];
  const step = form.get('step') ?? '0';
  if (!/^\d{1,4}$/.test(step) || Number(step) > state.ids.length + 2) return undefined;
  sub.step = Number(step);
  const lang = form.get('lang');
  if (lang !== null) {
    if (!isLang(lang)) return undefined;
    sub.lang = lang;
  }
  const comment = form.get('comment');
  if (comment !== null) sub.comment = maskComment(cleanComment(comment));
  return sub;
}

/** The record a submission writes, or undefined when it changes nothing. */
export function recordOf(pid: string, sub: Submission, state: RoomState): RoomRecord | undefined {
  const r: RoomRecord = { p: pid };
  const known = state.participants.get(pid);
  if (!known) r.j = 1;
  if (Object.keys(sub.answers).length) r.a = sub.answers;
  if (sub.comment !== undefined && sub.comment !== (known?.comment ?? '')) r.c = sub.comment;
  if (sub.nav === 'send' && !known?.sent) r.s = 1;
  return r.j || r.a || r.c !== undefined || r.s ? r : undefined;
}

/** Where a submission leads: the next step, the previous one, or the statement still unanswered when sending. */
export function nextStep(sub: Submission, state: RoomState, pid: string): Step {
  const n = state.ids.length;
  const p = state.participants.get(pid);
  const statement = (i: number): Step => ({ kind: 'statement', index: i });
  switch (sub.nav) {
    case 'start': {
      const missing = state.firstUnanswered(pid);
      return missing >= 0 ? statement(missing) : { kind: 'comment' };
    }
    case 'change':
      return statement(0);
    case 'back':
      return sub.step <= 1 ? { kind: 'intro' } : sub.step > n ? statement(n - 1) : statement(sub.step - 2);
    case 'next': {
      if (sub.step >= 1 && sub.step <= n && !p?.answers.has(state.ids[sub.step - 1]!)) return statement(sub.step - 1);
      return sub.step >= n ? { kind: 'comment' } : statement(sub.step);
    }
    case 'send': {
      const missing = state.firstUnanswered(pid);
      if (missing >= 0) return statement(missing);
      return p?.sent ? { kind: 'sent' } : { kind: 'comment' };
    }
  }
}

/** The number of a step in URLs and forms: 0 the introduction, 1..N the statements, N+1 the comment, N+2 sent. */
export function stepNumber(step: Step, n: number): number {
  return step.kind === 'intro' ? 0 : step.kind === 'statement' ? step.index + 1 : step.kind === 'comment' ? n + 1 : n + 2;
}

/** The step of a number (from a URL), clamped to what exists. */
export function stepOf(k: number, n: number): Step {
  if (!Number.isInteger(k) || k <= 0) return { kind: 'intro' };
  if (k <= n) return { kind: 'statement', index: k - 1 };
  return k === n + 1 ? { kind: 'comment' } : { kind: 'sent' };
}

/** What the facilitator sees: the counts always; the published figures (never fewer than `minGroup` sheets). */
export interface FacilitatorView {
  joined: number;
  completed: number;
  minGroup: number;
  /** The people in the room (--seats), when given. */
  seats: number | undefined;
  /** Sheets behind the figures shown (0: none shown yet). */
  publishedSheets: number;
  /** More completed sheets the next update needs (0: ready, waiting only for the facilitator's confirmation). */
  nextNeeds: number;
  shown: boolean;
  /** The statements as the final report shows them: a withheld one has no answers. */
  statements: (Pick<AggQuestion, 'id' | 'text' | 'answers' | 'dontKnow' | 'answered' | 'disagreement'> & { dimension: string })[];
  /** The low-threshold warning every output carries, when `minGroup` is below the safe minimum. */
  warning: LowThresholdWarning | null;
}

/**
 * The facilitator's view in a language, from the published sheets only (never who answered what): the same figures
 * the final report would show for those sheets, and nothing more.
 */
export function facilitatorView(state: RoomState, minGroup: number, lang: Lang, tr: (t: Record<string, string> | undefined) => string, seats?: number): FacilitatorView {
  const { joined, completed } = state.counts();
  const tally = new TeamTally(state.instrument);
  for (const sheet of state.published?.sheets ?? []) tally.addOrdered(sheet);
  const agg = buildAggregate(state.instrument, undefined, tally, { tool: { name: '', version: '' }, lang, generatedAt: '', schemaUrl: '', minGroup });
  const labels = new Map(state.instrument.dimensions.map((d) => [d.id, tr(d.label)]));
  const questions = state.published && agg.team.shown ? (agg.team.questions ?? []) : [];
  return {
    joined,
    completed,
    minGroup,
    seats,
    publishedSheets: questions.length ? state.published!.completed : 0,
    nextNeeds: state.nextStepNeeds(minGroup),
    shown: questions.length > 0,
    statements: questions.map((q) => ({ id: q.id, dimension: labels.get(q.dimension) ?? q.dimension, text: q.text, answers: q.answers, dontKnow: q.dontKnow, answered: q.answered, disagreement: q.disagreement })),
    warning: agg.anonymity.warning,
  };
}

/** The answer a participant gave to a statement, as a form value ("?" for don't know), or undefined. */
export function answerOf(state: RoomState, pid: string | undefined, id: string): string | undefined {
  const v = pid ? state.participants.get(pid)?.answers.get(id) : undefined;
  return v === undefined ? undefined : v === null ? '?' : String(v);
}
