import { Checker, isMap } from './check.js';
import { allForms, normalizeKey, tr } from './text.js';
import type { AnswerSheet, AnswerValue, Instrument, Issue, Localized, Respondent } from './types.js';

/** Marks an answer left blank in a file (`sense-1:` with nothing after it): unanswered, not "don't know". */
export const BLANK = Symbol('blank');

/** Reads one answer as a file or a spreadsheet cell holds it: a scale value, a scale label in any language, or "don't know". */
export function readAnswer(v: unknown, instrument: Instrument): { value: AnswerValue } | { error: Localized } {
  const values = instrument.scale.map((p) => p.value);
  if (v === BLANK || v === undefined || (typeof v === 'string' && v.trim() === '')) {
    return { error: { fr: 'réponse laissée vide : mettez une valeur de l\'échelle, ou null si vous ne savez pas', en: 'answer left blank: put a scale value, or null for "don\'t know"' } };
  }
  if (v === null || (typeof v === 'string' && (v.trim() === '?' || dontKnowForms(instrument).has(normalizeKey(v))))) {
    if (instrument.dontKnow) return { value: null };
    return { error: { fr: `cet instrument n'a pas de réponse « je ne sais pas » : choisissez parmi ${values.join(', ')}`, en: `this instrument has no "don't know" answer: choose among ${values.join(', ')}` } };
  }
  if (typeof v === 'string') {
    const t = v.trim();
    if (/^[+-]?\d+$/.test(t)) v = Number(t);
    else {
      const key = normalizeKey(t);
      const point = instrument.scale.find((p) => allForms(p.label).some((l) => normalizeKey(l) === key));
      if (point) return { value: point.value };
    }
  }
  if (typeof v === 'number' && values.includes(v)) return { value: v };
  const shown = typeof v === 'string' ? `« ${v} »` : String(v);
  const dkHint = instrument.dontKnow ? [' ou null (je ne sais pas)', ' or null (don\'t know)'] : ['', ''];
  return {
    error: {
      fr: `${shown} n'est pas sur l'échelle : choisissez parmi ${values.join(', ')}${dkHint[0]}`,
      en: `${shown.replace(/[«»]/g, '"')} is not on the scale: choose among ${values.join(', ')}${dkHint[1]}`,
    },
  };
}

function dontKnowForms(instrument: Instrument): Set<string> {
  return new Set(allForms(instrument.dontKnow?.label).map(normalizeKey).filter(Boolean));
}

/**
 * Reads and validates an answers file (or a result JSON, which carries its answers) against an instrument.
 * Every problem is reported: missing ids (all of them), unknown ids, blanks, values off the scale.
 */
export function parseAnswers(raw: unknown, instrument: Instrument): { sheet?: AnswerSheet; issues: Issue[] } {
  const c = new Checker();
  const m = c.map(raw, [], 'answers file');
  if (!m) return { issues: c.issues };
  const isResult = 'schemaVersion' in m;
  if (!isResult) c.onlyKeys(m, ['instrument', 'respondent', 'answers'], [], 'le fichier de réponses', 'the answers file');

  let instrumentId: string | undefined;
  const rawId = isMap(m.instrument) ? m.instrument.id : m.instrument;
  if (rawId !== undefined && rawId !== null) {
    instrumentId = String(rawId);
    if (instrumentId !== instrument.id) {
      c.add(['instrument'], `Ces réponses sont pour l'instrument « ${instrumentId} », pas pour « ${instrument.id} » : passez le bon instrument avec --instrument FICHIER.`, `These answers are for the instrument "${instrumentId}", not "${instrument.id}": pass the right instrument with --instrument FILE.`);
      return { issues: c.issues };
    }
  }

  const respondent: Respondent = {};
  if (m.respondent !== undefined && m.respondent !== null) {
    const r = c.map(m.respondent, ['respondent'], 'respondent');
    if (r) {
      c.onlyKeys(r, ['group', 'label'], ['respondent'], '« respondent » (rien qui identifie une personne)', '"respondent" (nothing that identifies a person)');
      for (const k of ['group', 'label'] as const) {
        if (r[k] === undefined || r[k] === null) continue;
        if (typeof r[k] !== 'string' && typeof r[k] !== 'number') c.add(['respondent', k], `« respondent.${k} » doit être un texte.`, `"respondent.${k}" must be a text.`);
        else if (k === 'group' && String(r[k]).includes('@')) c.add(['respondent', k], '« respondent.group » contient une adresse e-mail : un groupe nomme une équipe ou un service, jamais une personne.', '"respondent.group" holds an e-mail address: a group names a team or a department, never a person.');
        else respondent[k] = String(r[k]);
      }
    }
  }

  const am = c.map(m.answers, ['answers'], 'answers');
  if (!am) return { issues: c.issues };
  const answers: Record<string, AnswerValue> = {};
  const known = new Set(instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
  for (const [id, v] of Object.entries(am)) {
    if (!known.has(id)) {
      c.add(['answers', id], `« ${id} » n'est pas une question de l'instrument « ${instrument.id} » (ids attendus : ${firstAndLast(known)}).`, `"${id}" is not a question of the instrument "${instrument.id}" (expected ids: ${firstAndLast(known)}).`);
      continue;
    }
    const a = readAnswer(v, instrument);
    if ('error' in a) c.add(['answers', id], `« ${id} » : ${a.error.fr}.`, `"${id}": ${a.error.en}.`);
    else answers[id] = a.value;
  }
  const missing = [...known].filter((id) => !(id in am));
  if (missing.length) {
    c.add(['answers'], `Il manque ${missing.length} réponse(s) : ${missing.join(', ')}. Ajoutez-les (null si vous ne savez pas).`, `${missing.length} answer(s) missing: ${missing.join(', ')}. Add them (null for "don't know").`);
  }
  if (c.issues.length) return { issues: c.issues };
  const ordered: Record<string, AnswerValue> = {};
  for (const id of known) ordered[id] = answers[id]!;
  return { sheet: { ...(instrumentId ? { instrument: instrumentId } : {}), respondent, answers: ordered }, issues: [] };
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
