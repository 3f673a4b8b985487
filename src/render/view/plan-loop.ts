// What `plan status` and `plan review` say, apart from how each format says it: a title, a few lines about the
// documents, notes, and tables of rows (each row with a tone, for colour and marks).
import type { DueState } from '../../core/action-plan.js';
import type { PlanDocAction, PlanReviewDoc, PlanStatusDoc, ReviewStatement } from '../../core/plan-documents.js';
import { speech, type Speech } from './words.js';

/** How a row reads: good news, bad news, something to look at, or plain. */
export type Tone = 'good' | 'bad' | 'warn' | null;

/** A table of the page. */
export interface LoopSection {
  title: string;
  hint: string | null;
  head: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  rows: { cells: string[]; tone: Tone }[];
  /** The columns kept when the terminal is narrow. */
  narrow: number[];
  /** Said instead of the table when it has no row. */
  empty: string;
}

/** A page of the action loop, format-neutral. */
export interface LoopView {
  s: Speech;
  title: string;
  meta: string[];
  notes: string[];
  sections: LoopSection[];
  footer: string[];
}

const STATE_TONE: Record<DueState, Tone> = { overdue: 'bad', 'due-soon': 'warn', later: null, done: 'good', dropped: null };

/** The owner and, when given, the role: "HR (people team)". */
function ownerText(s: Speech, a: PlanDocAction): string {
  const owner = a.owner ? s.w(`render.owner.${a.owner}` as const) : '—';
  return a.role ? `${owner} (${s.t(a.role)})` : owner;
}

/** Where an action stands in words: "overdue by 12 days", "due in 5 days", "done". */
function stateText(s: Speech, a: PlanDocAction): string {
  return s.w('plan.state', { state: a.state, days: a.daysLeft });
}

/** The view of `plan status`. */
export function planStatusView(doc: PlanStatusDoc): LoopView {
  const s = speech(doc.language);
  const c = doc.counts;
  return {
    s,
    title: s.w('plan.statusTitle'),
    meta: [
      s.labelled(s.w('plan.instrument'), `${doc.instrument.title} (${doc.instrument.id} ${doc.instrument.version})`),
      s.labelled(s.w('plan.today'), s.f.date(doc.today)),
      s.w('plan.counts', { overdue: c.overdue, soon: c['due-soon'], later: c.later, done: c.done, dropped: c.dropped, days: doc.dueSoonDays }),
    ],
    notes: [],
    sections: [
      {
        title: s.w('plan.actions'),
        hint: null,
        head: [s.w('plan.colAction'), s.w('plan.colDimension'), s.w('render.owner'), s.w('plan.colDue'), s.w('plan.colStatus'), s.w('plan.colWhere'), s.w('plan.colNote')],
        numeric: [false, false, false, false, false, false, false],
        narrow: [0, 3, 5],
        rows: doc.actions.map((a) => ({
          cells: [s.t(a.title), s.t(a.dimensionLabel), ownerText(s, a), s.f.date(a.due), s.w(`plan.status.${a.status}` as const), stateText(s, a), a.note ? s.t(a.note) : ''],
          tone: STATE_TONE[a.state],
        })),
        empty: s.w('plan.noActions'),
      },
    ],
    footer: [s.w('plan.statusHint')],
  };
}

/** A figure of the review: a team's score (one decimal) or one person's answer. */
function figure(s: Speech, doc: PlanReviewDoc, x: number | null): string {
  if (x === null) return doc.measure === 'answer' ? s.w('plan.dontKnow') : '—';
  return doc.measure === 'score' ? s.f.score(x) : doc.measure === 'favourable' ? s.f.pct(x, 1) : String(x);
}

/** A change with its interval when it has one: "+8.3 [1.2; 15.4]". */
function changeText(s: Speech, m: ReviewStatement): string {
  if (m.change === null) return '—';
  const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${s.f.num(Math.abs(x), m.interval ? 1 : 0)}`;
  return m.interval ? `${signed(m.change)} ${s.w('plan.interval', { low: signed(m.interval[0]), high: signed(m.interval[1]) })}` : signed(m.change);
}

/** What a movement says in words. */
function verdictText(s: Speech, doc: PlanReviewDoc, m: ReviewStatement): string {
  if (m.change === null) return s.w('plan.verdict.none');
  if (doc.measure === 'answer') return s.w(m.verdict === 'improved' ? 'plan.verdict.up' : m.verdict === 'declined' ? 'plan.verdict.down' : 'plan.verdict.same');
  return s.w(`plan.verdict.${m.verdict ?? 'within-noise'}` as const);
}

const VERDICT_TONE = (m: ReviewStatement): Tone => (m.verdict === 'improved' ? 'good' : m.verdict === 'declined' ? 'bad' : null);

/** The view of `plan review`: each action's statements before and after, then the improvements no action explains. */
export function planReviewView(doc: PlanReviewDoc): LoopView {
  const s = speech(doc.language);
  const wave = (w: PlanReviewDoc['baseline']) =>
    [w.measuredAt ? s.f.date(w.measuredAt.slice(0, 10)) : s.w('plan.undated'), ...(w.respondents !== null ? [s.w('plan.respondents', { n: w.respondents })] : [])].join(' · ');
  const statementCells = (m: ReviewStatement) => [m.side ? `${s.t(m.text)} (${s.w(`mirror.side.${m.side}` as const)})` : s.t(m.text), figure(s, doc, m.before), figure(s, doc, m.after), changeText(s, m), verdictText(s, doc, m)];
  const rows = doc.actions.flatMap((a) => {
    const head = [s.t(a.title), `${s.w(`plan.status.${a.status}` as const)}${a.conversation ? ` ▸ ${s.w('plan.talk')}` : ''}`];
    if (!a.statements.length) return [{ cells: [...head, s.w('plan.noStatements'), '', '', '', ''], tone: (a.conversation ? 'warn' : null) as Tone }];
    return a.statements.map((m, i) => ({ cells: [...(i === 0 ? head : ['', '']), ...statementCells(m)], tone: a.conversation ? ('warn' as Tone) : VERDICT_TONE(m) }));
  });
  const talk = doc.actions.filter((a) => a.conversation).map((a) => s.t(a.title));
  const cols = [s.w('plan.colStatement'), s.w('plan.colBefore'), s.w('plan.colAfter'), s.w('plan.colChange'), s.w('plan.colReading')];
  return {
    s,
    title: s.w('plan.reviewTitle'),
    meta: [
      s.labelled(s.w('plan.instrument'), `${doc.instrument.title} (${doc.instrument.id} ${doc.instrument.version})`),
      s.labelled(s.w('plan.baseline'), wave(doc.baseline)),
      s.labelled(s.w('plan.current'), wave(doc.current)),
    ],
    notes: talk.length ? [s.w('plan.conversation', { actions: talk })] : [],
    sections: [
      {
        title: s.w('plan.actions'),
        hint: s.w(doc.measure === 'score' ? 'plan.reviewHintTeam' : doc.measure === 'favourable' ? 'plan.reviewHintMirror' : 'plan.reviewHintPerson'),
        head: [s.w('plan.colAction'), s.w('plan.colStatus'), ...cols],
        numeric: [false, false, false, true, true, true, false],
        narrow: [0, 2, 5, 6],
        rows,
        empty: s.w('plan.noActions'),
      },
      {
        title: s.w('plan.unplannedTitle'),
        hint: s.w('plan.unplannedHint'),
        head: cols,
        numeric: [false, true, true, true, false],
        narrow: [0, 3, 4],
        rows: doc.unplanned.map((m) => ({ cells: statementCells(m), tone: VERDICT_TONE(m) })),
        empty: s.w('plan.noUnplanned'),
      },
    ],
    footer: [s.w(doc.measure === 'score' ? 'plan.definitionTeam' : doc.measure === 'favourable' ? 'plan.definitionMirror' : 'plan.definitionPerson')],
  };
}
