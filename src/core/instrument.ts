import { allForms, normalizeKey } from './text.js';
import { msg } from '../i18n/index.js';
import { Checker } from './check.js';
import { MOMENTS, type Dimension, type Instrument, type Issue, type Level, type Moment, type Outcome, type Question, type RetiredQuestion, type ScalePoint, type Text } from './types.js';

const KEYS = ['id', 'version', 'title', 'description', 'intro', 'notice', 'languages', 'foundation', 'scale', 'dontKnow', 'levels', 'dimensions', 'outcomes', 'retired'];
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * The ids of dimensions and questions: a letter or digit, then at most 63 letters, digits, ".", "_" or "-" (any case),
 * and never a name Object.prototype has (__proto__, constructor, toString…), since ids key answers files, CSV columns
 * and the tool's own tables.
 */
const QUESTION_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/i;
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Whether an id may name a dimension or a question. */
function isAllowedId(id: string): boolean {
  return QUESTION_ID.test(id) && !RESERVED.has(id);
}

/** Reads and validates an instrument's data; returns it only when there is no issue. */
export function parseInstrument(raw: unknown): { instrument?: Instrument; issues: Issue[] } {
  const c = new Checker();
  const m = c.root(raw, 'instrument');
  if (!m) return { issues: c.issues };
  c.onlyKeys(m, KEYS, [], 'instrument');

  const id = c.string(m.id, ['id'], 'id');
  if (id !== undefined && !ID.test(id)) c.add(['id'], msg('core.instrumentIdChars', { id }));
  let version: string | undefined;
  if (typeof m.version === 'string' && m.version.trim()) version = m.version;
  else c.add(['version'], msg('core.versionNotText'));

  const languages: string[] = [];
  if (m.languages !== undefined) {
    if (Array.isArray(m.languages) && m.languages.every((l) => typeof l === 'string' && l)) languages.push(...(m.languages as string[]));
    else c.add(['languages'], msg('core.languagesBad'));
  }
  const text = (v: unknown, path: (string | number)[], name: string) => c.text(v, path, name, languages);
  const optText = (v: unknown, path: (string | number)[], name: string) => (v === undefined ? undefined : text(v, path, name));

  const title = optText(m.title, ['title'], 'title');
  const description = optText(m.description, ['description'], 'description');
  const intro = optText(m.intro, ['intro'], 'intro');
  const notice = optText(m.notice, ['notice'], 'notice');
  const scale = readScale(c, m.scale, text, optText);
  let dontKnow: Instrument['dontKnow'];
  if (m.dontKnow !== undefined && m.dontKnow !== null) {
    const dk = c.map(m.dontKnow, ['dontKnow'], 'dontKnow');
    if (dk) c.onlyKeys(dk, ['label', 'meaning'], ['dontKnow'], 'dontKnow');
    const label = dk && text(dk.label, ['dontKnow', 'label'], 'dontKnow.label');
    const meaning = dk && optText(dk.meaning, ['dontKnow', 'meaning'], 'dontKnow.meaning');
    if (label) dontKnow = { label, ...(meaning ? { meaning } : {}) };
    if (label && scale) dontKnowCollisions(c, label, scale);
  }
  const levels = readLevels(c, m.levels, text, optText);
  const dimensions = readDimensions(c, m.dimensions, text, optText);

  const outcomes = m.outcomes === undefined ? [] : readOutcomes(c, m.outcomes, dimensions ?? [], text, optText);

  let foundation: string | undefined;
  if (m.foundation !== undefined) {
    foundation = c.string(m.foundation, ['foundation'], 'foundation');
    if (foundation && dimensions && !dimensions.some((d) => d.id === foundation)) {
      c.add(['foundation'], msg('core.foundationUnknown', { id: foundation }));
    }
  }

  const retired = readRetired(c, m.retired, dimensions);

  if (c.issues.length || !id || !version || !scale || !levels || !dimensions || !outcomes) return { issues: c.issues };
  const instrument: Instrument = { id, version, languages, scale, levels, dimensions };
  if (title) instrument.title = title;
  if (description) instrument.description = description;
  if (intro) instrument.intro = intro;
  if (notice) instrument.notice = notice;
  if (foundation) instrument.foundation = foundation;
  if (dontKnow) instrument.dontKnow = dontKnow;
  if (outcomes.length) instrument.outcomes = outcomes;
  if (retired?.length) instrument.retired = retired;
  return { instrument, issues: [] };
}

/** The retired statement ids: each an id no dimension asks any more, the version that retired it, and its successor if any. */
function readRetired(c: Checker, raw: unknown, dimensions: readonly Dimension[] | undefined): RetiredQuestion[] | undefined {
  if (raw === undefined) return undefined;
  const list = c.list(raw, ['retired'], 'retired');
  if (!list) return undefined;
  const asked = new Set((dimensions ?? []).flatMap((d) => d.questions.map((q) => q.id)));
  const out: RetiredQuestion[] = [];
  list.forEach((r, i) => {
    const path = ['retired', i];
    const rm = c.map(r, path, `retired[${i + 1}]`);
    if (!rm) return;
    c.onlyKeys(rm, ['id', 'since', 'replacedBy'], path, 'retired');
    const id = c.string(rm.id, [...path, 'id'], 'id');
    const since = c.string(rm.since, [...path, 'since'], 'since');
    const replacedBy = rm.replacedBy === undefined ? undefined : c.string(rm.replacedBy, [...path, 'replacedBy'], 'replacedBy');
    if (id && asked.has(id)) c.add([...path, 'id'], msg('core.retiredStillAsked', { id }));
    if (replacedBy && !asked.has(replacedBy)) c.add([...path, 'replacedBy'], msg('core.retiredUnknownSuccessor', { id: replacedBy }));
    if (id && since) out.push({ id, since, ...(replacedBy ? { replacedBy } : {}) });
  });
  return out;
}

/**
 * A don't-know label that reads as a scale value or a scale label (once case, accents, spaces and punctuation are
 * ignored, as cells are matched) would turn those answers into "don't know" without a word: refused.
 */
function dontKnowCollisions(c: Checker, label: Text, scale: readonly ScalePoint[]): void {
  for (const form of new Set(allForms(label))) {
    const key = normalizeKey(form);
    const t = form.trim();
    const point = scale.find((p) => (/^[+-]?\d+(\.\d+)?$/.test(t) && Number(t) === p.value) || (key !== '' && allForms(p.label).some((l) => normalizeKey(l) === key)));
    if (point) c.add(['dontKnow', 'label'], msg('privacy.dontKnowCollides', { label: form, value: point.value }));
  }
}

type TextReader = (v: unknown, path: (string | number)[], name: string) => ReturnType<Checker['text']>;

function readScale(c: Checker, raw: unknown, text: TextReader, optText: TextReader): ScalePoint[] | undefined {
  const list = c.list(raw, ['scale'], 'scale');
  if (!list) return undefined;
  const points: ScalePoint[] = [];
  list.forEach((p, i) => {
    const pm = c.map(p, ['scale', i], `scale[${i + 1}]`);
    if (!pm) return;
    c.onlyKeys(pm, ['value', 'label', 'meaning'], ['scale', i], 'scalePoint');
    const value = c.number(pm.value, ['scale', i, 'value'], 'value', true);
    const label = text(pm.label, ['scale', i, 'label'], 'label');
    const meaning = optText(pm.meaning, ['scale', i, 'meaning'], 'meaning');
    if (value !== undefined && label) points.push({ value, label, ...(meaning ? { meaning } : {}) });
  });
  if (list.length < 2 || list.length > 11) {
    c.add(['scale'], msg('core.scaleSize', { n: list.length }));
  }
  // Values stay small whole numbers (a 2- to 11-point scale), and labels must stay told apart once case, accents,
  // spaces and punctuation are ignored (how CSV cells are matched): "😞" / "🙂" or "+" / "++" would all read the same.
  const seen = new Map<string, number>();
  points.forEach((p, i) => {
    if (Math.abs(p.value) > 1000) c.add(['scale', i, 'value'], msg('instrument.scaleValueRange', { value: p.value }));
    for (const form of new Set(allForms(p.label))) {
      const key = normalizeKey(form);
      if (key === '') c.add(['scale', i, 'label'], msg('instrument.labelNoLetters', { label: form }));
      else if (seen.has(key) && seen.get(key) !== i) c.add(['scale', i, 'label'], msg('instrument.labelsCollide', { label: form, other: seen.get(key)! + 1 }));
      else seen.set(key, i);
    }
  });
  for (let i = 1; i < points.length; i++) {
    if (points[i]!.value <= points[i - 1]!.value) {
      c.add(['scale', i, 'value'], msg('core.scaleOrder', { value: points[i]!.value, prev: points[i - 1]!.value }));
    }
  }
  return points.length === list.length ? points : undefined;
}

function readLevels(c: Checker, raw: unknown, text: TextReader, optText: TextReader): Level[] | undefined {
  const list = c.list(raw, ['levels'], 'levels');
  if (!list) return undefined;
  if (list.length < 2) c.add(['levels'], msg('core.levelsTooFew'));
  const levels: Level[] = [];
  list.forEach((l, i) => {
    const lm = c.map(l, ['levels', i], `levels[${i + 1}]`);
    if (!lm) return;
    c.onlyKeys(lm, ['level', 'min', 'label', 'description'], ['levels', i], 'level');
    const level = c.number(lm.level, ['levels', i, 'level'], 'level', true);
    if (level !== undefined && level !== i + 1) {
      c.add(['levels', i, 'level'], msg('core.levelNumber', { index: i + 1, level }));
    }
    const min = c.number(lm.min, ['levels', i, 'min'], 'min');
    if (min !== undefined) {
      const prev = levels[levels.length - 1]?.min;
      if (i === 0 && min !== 0) c.add(['levels', i, 'min'], msg('core.levelFirstMin', { min }));
      if (min > 100) c.add(['levels', i, 'min'], msg('core.levelAbove100', { min }));
      if (prev !== undefined && min <= prev) c.add(['levels', i, 'min'], msg('core.levelOrder', { min, prev }));
    }
    const label = text(lm.label, ['levels', i, 'label'], 'label');
    const description = optText(lm.description, ['levels', i, 'description'], 'description');
    if (level !== undefined && min !== undefined && label) levels.push({ level, min, label, ...(description ? { description } : {}) });
  });
  return levels.length === list.length ? levels : undefined;
}

function readDimensions(c: Checker, raw: unknown, text: TextReader, optText: TextReader): Dimension[] | undefined {
  const list = c.list(raw, ['dimensions'], 'dimensions');
  if (!list) return undefined;
  const seen = new Map<string, string>();
  const unique = (id: string, path: (string | number)[]) => {
    if (!isAllowedId(id)) return c.add(path, msg('core.idPattern', { id }));
    const before = seen.get(id);
    if (before) c.add(path, msg('core.idUsed', { id, at: before }));
    else seen.set(id, path.join('.'));
  };
  const dimensions: Dimension[] = [];
  list.forEach((d, i) => {
    const dm = c.map(d, ['dimensions', i], `dimensions[${i + 1}]`);
    if (!dm) return;
    c.onlyKeys(dm, ['id', 'label', 'description', 'questions'], ['dimensions', i], 'dimension');
    const id = c.string(dm.id, ['dimensions', i, 'id'], 'id');
    if (id) unique(id, ['dimensions', i, 'id']);
    const label = text(dm.label, ['dimensions', i, 'label'], 'label');
    const description = optText(dm.description, ['dimensions', i, 'description'], 'description');
    const qs = c.list(dm.questions, ['dimensions', i, 'questions'], `${id ?? `dimensions[${i + 1}]`}.questions`);
    const questions: Question[] = [];
    qs?.forEach((q, j) => {
      const path = ['dimensions', i, 'questions', j];
      const qm = c.map(q, path, `${id ?? `dimensions[${i + 1}]`}.questions[${j + 1}]`);
      if (!qm) return;
      c.onlyKeys(qm, ['id', 'text', 'moment', 'aliases', 'notApplicable'], path, 'question');
      const qid = c.string(qm.id, [...path, 'id'], 'id');
      if (qid) unique(qid, [...path, 'id']);
      const qtext = text(qm.text, [...path, 'text'], 'text');
      let moment: Moment | undefined;
      if (qm.moment !== undefined) {
        if (MOMENTS.includes(qm.moment as Moment)) moment = qm.moment as Moment;
        else c.add([...path, 'moment'], msg('core.oneOf', { name: 'moment', allowed: MOMENTS }));
      }
      let aliases: Question['aliases'];
      if (qm.aliases !== undefined) {
        const al = c.list(qm.aliases, [...path, 'aliases'], 'aliases');
        aliases = [];
        al?.forEach((a, k) => {
          const t = text(a, [...path, 'aliases', k], 'aliases');
          if (t) aliases!.push(t);
        });
      }
      // Read here so that instruments may mark conditional statements; what a "not concerned" answer does is the answers' business.
      const notApplicable = qm.notApplicable === true;
      if (qm.notApplicable !== undefined && typeof qm.notApplicable !== 'boolean') c.add([...path, 'notApplicable'], msg('instrument.notBoolean', { name: 'notApplicable' }));
      if (qid && qtext) questions.push({ id: qid, text: qtext, ...(moment ? { moment } : {}), ...(aliases?.length ? { aliases } : {}), ...(notApplicable ? { notApplicable } : {}) });
    });
    if (id && label && qs) dimensions.push({ id, label, ...(description ? { description } : {}), questions });
  });
  return dimensions.length === list.length ? dimensions : undefined;
}

/**
 * The outcome questions: each an id (unique across the file, like a question's), a text, an optional scale of whole
 * numbers `{min, max, low, high}` (0–10 when absent, at most 11 points) and an optional `teamOnly` flag.
 */
function readOutcomes(c: Checker, raw: unknown, dimensions: readonly Dimension[], text: TextReader, optText: TextReader): Outcome[] | undefined {
  const list = c.list(raw, ['outcomes'], 'outcomes');
  if (!list) return undefined;
  const taken = new Set(dimensions.flatMap((d) => [d.id, ...d.questions.map((q) => q.id)]));
  const outcomes: Outcome[] = [];
  list.forEach((o, i) => {
    const path = ['outcomes', i];
    const om = c.map(o, path, `outcomes[${i + 1}]`);
    if (!om) return;
    c.onlyKeys(om, ['id', 'text', 'scale', 'teamOnly'], path, 'question');
    const id = c.string(om.id, [...path, 'id'], 'id');
    if (id !== undefined) {
      if (!isAllowedId(id)) c.add([...path, 'id'], msg('core.idPattern', { id }));
      else if (taken.has(id)) c.add([...path, 'id'], msg('outcomes.idUsed', { id }));
      taken.add(id);
    }
    const otext = text(om.text, [...path, 'text'], 'text');
    let min = 0;
    let max = 10;
    let low: Text | undefined;
    let high: Text | undefined;
    if (om.scale !== undefined) {
      const sm = c.map(om.scale, [...path, 'scale'], 'scale');
      if (sm) {
        c.onlyKeys(sm, ['min', 'max', 'low', 'high'], [...path, 'scale'], 'scalePoint');
        min = c.number(sm.min, [...path, 'scale', 'min'], 'min', true) ?? min;
        max = c.number(sm.max, [...path, 'scale', 'max'], 'max', true) ?? max;
        if (!(max > min && max - min <= 10)) c.add([...path, 'scale'], msg('outcomes.scaleBad', { min, max }));
        low = optText(sm.low, [...path, 'scale', 'low'], 'low');
        high = optText(sm.high, [...path, 'scale', 'high'], 'high');
      }
    }
    if (om.teamOnly !== undefined && typeof om.teamOnly !== 'boolean') c.add([...path, 'teamOnly'], msg('outcomes.teamOnlyBad'));
    if (id && otext) outcomes.push({ id, text: otext, min, max, ...(low ? { low } : {}), ...(high ? { high } : {}), ...(om.teamOnly === true ? { teamOnly: true } : {}) });
  });
  return outcomes.length === list.length ? outcomes : undefined;
}
