import { LANGS, msg, type Message } from '../i18n/index.js';
import { Checker, has, isMap } from './check.js';
import { allForms, normalizeKey, tr, visibleName } from './text.js';
import { outcomesOf, readOutcomeAnswer } from './outcomes.js';
import type { AnswerSheet, AnswerValue, Instrument, Issue, Respondent } from './types.js';

/** Marks an answer left blank in a file (`sense-1:` with nothing after it): unanswered, not "don't know". */
export const BLANK = Symbol('blank');

/** Why a value is not an answer (data: the catalogs word it, see answerMessage). */
export type AnswerProblem =
  | { kind: 'blank' }
  | { kind: 'noDontKnow'; values: number[] }
  | { kind: 'offScale'; value: string; quoted: boolean; values: number[]; dontKnow: boolean };

/** The coded message of an answer problem, naming the question when given. */
export function answerMessage(p: AnswerProblem, id?: string): Message {
  const named = id === undefined ? {} : { id };
  if (p.kind === 'blank') return msg('core.answerBlank', named);
  if (p.kind === 'noDontKnow') return msg('core.answerNoDontKnow', { ...named, values: p.values });
  return msg('core.answerOffScale', { ...named, value: p.value, quoted: p.quoted, values: p.values, dontKnow: p.dontKnow });
}

/** The coded message of a spreadsheet cell's problem: the scale named by its labels, "?" or an empty cell for don't know. */
export function cellMessage(p: AnswerProblem, instrument: Instrument): Message {
  const byLang = <T>(f: (lang: (typeof LANGS)[number]) => T) => Object.fromEntries(LANGS.map((l) => [l, f(l)]));
  const dk = instrument.dontKnow;
  return msg('terminal.cellProblem', {
    value: p.kind === 'offScale' ? p.value : '?',
    quoted: p.kind === 'offScale' ? p.quoted : true,
    labels: byLang((l) => instrument.scale.map((s) => `${s.value} (${tr(s.label, l)})`)),
    dontKnow: dk ? byLang((l) => tr(dk.label, l)) : null,
  });
}

/**
 * Reads one answer as a file or a spreadsheet cell holds it: a scale value, a scale label in any language, or
 * "don't know" (null, the text "?" or the don't-know label in any language).
 */
export function readAnswer(v: unknown, instrument: Instrument): { value: AnswerValue } | { error: AnswerProblem } {
  const { values } = derived(instrument);
  if (v === BLANK || v === undefined || (typeof v === 'string' && v.trim() === '')) return { error: { kind: 'blank' } };
  if (v === null || (typeof v === 'string' && (v.trim() === '?' || dontKnowForms(instrument).has(normalizeKey(v))))) {
    if (instrument.dontKnow) return { value: null };
    return { error: { kind: 'noDontKnow', values: [...values] } };
  }
  // One rule for numbers: an answer is read by its value. A number (3, and 3.0 or +3, which YAML and JSON read as the
  // number 3; YAML's 0x3 and 3e0 stay texts, see yaml-full.ts) and a text that writes a decimal number ("3", "3.0", " +3 ") are the same answer; any other text must
  // be a scale label or a don't-know mark. So a form export's "3.0" and an answers file's 3.0 both mean 3.
  if (typeof v === 'string') {
    const t = v.trim();
    if (/^[+-]?\d+(\.\d+)?$/.test(t)) v = Number(t);
    else {
      const key = normalizeKey(t);
      const point = instrument.scale.find((p) => allForms(p.label).some((l) => normalizeKey(l) === key));
      if (point) return { value: point.value };
    }
  }
  if (typeof v === 'number' && values.includes(v)) return { value: v };
  return { error: { kind: 'offScale', value: typeof v === 'string' ? v : String(v), quoted: typeof v === 'string', values: [...values], dontKnow: !!instrument.dontKnow } };
}

/** What reading answers needs of an instrument, worked out once per instrument (a team reads thousands of sheets). */
interface Derived {
  values: number[];
  dontKnowForms?: Set<string>;
  ids: Set<string>;
}
const DERIVED = new WeakMap<Instrument, Derived>();

function derived(instrument: Instrument): Derived {
  let d = DERIVED.get(instrument);
  if (!d) {
    d = {
      values: instrument.scale.map((p) => p.value),
      ids: new Set(instrument.dimensions.flatMap((dim) => dim.questions.map((q) => q.id))),
    };
    DERIVED.set(instrument, d);
  }
  return d;
}

/**
 * The don't-know labels of an instrument, normalised on the first text answer: normalize() and \p{…} cost about 1 ms
 * to set up, and answers files written by `template` hold only numbers.
 */
function dontKnowForms(instrument: Instrument): Set<string> {
  const d = derived(instrument);
  return (d.dontKnowForms ??= new Set(allForms(instrument.dontKnow?.label).map(normalizeKey).filter(Boolean)));
}

/**
 * Reads and validates an answers file (or a result JSON, which carries its answers) against an instrument.
 * Every problem is reported: missing ids (all of them), unknown ids, blanks, values off the scale.
 */
export function parseAnswers(raw: unknown, instrument: Instrument): { sheet?: AnswerSheet; issues: Issue[] } {
  const c = new Checker();
  const m = c.root(raw, 'answers');
  if (!m) return { issues: c.issues };
  const isResult = has(m, 'schemaVersion');
  if (!isResult) c.onlyKeys(m, ['instrument', 'respondent', 'answers', 'comment'], [], 'answers');

  let instrumentId: string | undefined;
  const rawId = isMap(m.instrument) ? m.instrument.id : m.instrument;
  if (rawId !== undefined && rawId !== null) {
    instrumentId = String(rawId);
    if (instrumentId !== instrument.id) {
      c.add(['instrument'], msg('core.answersOtherInstrument', { id: instrumentId, expected: instrument.id }));
      return { issues: c.issues };
    }
  }

  const respondent: Respondent = {};
  if (m.respondent !== undefined && m.respondent !== null) {
    const r = c.map(m.respondent, ['respondent'], 'respondent');
    if (r) {
      c.onlyKeys(r, ['group', 'unit', 'label'], ['respondent'], 'respondent');
      for (const k of ['group', 'unit', 'label'] as const) {
        if (!has(r, k) || r[k] === undefined || r[k] === null) continue;
        if (typeof r[k] !== 'string' && typeof r[k] !== 'number') c.add(['respondent', k], msg('core.respondentNotText', { key: k }));
        else if (k === 'group' && String(r[k]).includes('@')) c.add(['respondent', k], msg('core.groupEmail'));
        else if (k === 'unit' && String(r[k]).includes('@')) c.add(['respondent', k], msg('mirror.unitEmail'));
        else {
          const name = visibleName(String(r[k])); // as shown: no invisible or bidi characters
          if (name) respondent[k] = name;
        }
      }
    }
  }

  // An optional anonymous comment (shown only in team views, above their own threshold: see team/comments.ts).
  let comment: string | undefined;
  if (!isResult && m.comment !== undefined && m.comment !== null) {
    if (typeof m.comment !== 'string') c.add(['comment'], msg('room.commentNotText'));
    else if (m.comment.trim() !== '') comment = m.comment;
  }

  const am = c.map(m.answers, ['answers'], 'answers');
  if (!am) return { issues: c.issues };
  const answers = new Map<string, AnswerValue>();
  const known = derived(instrument).ids;
  const outcomeList = outcomesOf(instrument);
  const outcomes: Record<string, number | null> = Object.create(null);
  for (const o of outcomeList) outcomes[o.id] = null;
  let present = 0;
  for (const [id, v] of Object.entries(am)) {
    const outcome = outcomeList.find((o) => o.id === id);
    if (outcome) {
      // An outcome question is never required: absent, blank or don't know is no answer.
      const a = readOutcomeAnswer(v === BLANK ? undefined : v, outcome, instrument);
      if ('error' in a) c.add(['answers', id], answerMessage(a.error, id));
      else outcomes[id] = a.value;
      continue;
    }
    if (!known.has(id)) {
      const retired = instrument.retired?.find((r) => r.id === id);
      if (retired) c.add(['answers', id], msg('core.answerRetiredId', { id, instrument: instrument.id, version: instrument.version, since: retired.since, replacedBy: retired.replacedBy ?? null }));
      else c.add(['answers', id], msg('core.answerUnknownId', { id, instrument: instrument.id, expected: firstAndLast(known) }));
      continue;
    }
    present++;
    const a = readAnswer(v, instrument);
    if ('error' in a) c.add(['answers', id], answerMessage(a.error, id));
    else answers.set(id, a.value);
  }
  if (present < known.size) {
    const missing = [...known].filter((id) => !has(am, id));
    if (missing.length) c.add(['answers'], msg('core.answersMissing', { ids: missing }));
  }
  if (c.issues.length) return { issues: c.issues };
  const ordered: Record<string, AnswerValue> = Object.create(null);
  for (const id of known) ordered[id] = answers.get(id)!;
  const sheet: AnswerSheet = { ...(instrumentId ? { instrument: instrumentId } : {}), respondent, answers: ordered, ...(comment !== undefined ? { comment } : {}) };
  if (outcomeList.length) sheet.outcomes = outcomes;
  return { sheet, issues: [] };
}

function firstAndLast(ids: Set<string>): string {
  const all = [...ids];
  return all.length <= 3 ? all.join(', ') : `${all[0]} … ${all[all.length - 1]}`;
}

/** The label of a stored answer, in a language. */
export function answerLabel(value: AnswerValue, instrument: Instrument, lang: string): string {
  if (value === null) return tr(instrument.dontKnow?.label, lang);
  return tr(instrument.scale.find((p) => p.value === value)?.label, lang);
}
