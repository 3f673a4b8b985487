import { instrumentRef, SCHEMA_VERSION, type DocumentHeader } from './document.js';
import { tr } from './text.js';
import type { Instrument, Lang } from './types.js';

/**
 * The questionnaire in one language, as `questions --format json` prints it: the documents' header without the tool
 * and the date (a questionnaire is the same whenever it is printed, so that a form built from it can be checked).
 */
export interface Questionnaire extends Omit<DocumentHeader<'questions'>, 'tool' | 'generatedAt'> {
  /** Said before the first statement: who "employees" are, how to answer (null when the instrument says nothing). */
  intro: string | null;
  /** The information notice owed to respondents (controller, purpose, retention, rights), as the instrument's `notice` gives it; null when nobody filled it in. */
  notice: string | null;
  scale: { value: number; label: string; meaning: string | null }[];
  dontKnow: { label: string; meaning: string | null } | null;
  dimensions: { id: string; label: string; description: string; questions: { id: string; text: string; moment: string | null }[] }[];
  /** The outcome questions, outside the dimensions on their own scale (absent when the instrument has none). */
  outcomes?: { id: string; text: string; scale: { min: number; max: number; low: string | null; high: string | null }; teamOnly: boolean }[];
}

/** Builds the questionnaire of an instrument in one language. */
export function buildQuestionnaire(instrument: Instrument, lang: Lang, schemaUrl: string): Questionnaire {
  return {
    $schema: schemaUrl,
    schemaVersion: SCHEMA_VERSION,
    kind: 'questions',
    instrument: instrumentRef(instrument, lang),
    language: lang,
    intro: instrument.intro ? tr(instrument.intro, lang) : null,
    notice: instrument.notice ? tr(instrument.notice, lang) : null,
    scale: instrument.scale.map((p) => ({ value: p.value, label: tr(p.label, lang), meaning: p.meaning ? tr(p.meaning, lang) : null })),
    dontKnow: instrument.dontKnow ? { label: tr(instrument.dontKnow.label, lang), meaning: instrument.dontKnow.meaning ? tr(instrument.dontKnow.meaning, lang) : null } : null,
    dimensions: instrument.dimensions.map((d) => ({
      id: d.id,
      label: tr(d.label, lang),
      description: tr(d.description, lang),
      questions: d.questions.map((q) => ({ id: q.id, text: tr(q.text, lang), moment: q.moment ?? null })),
    })),
    ...(instrument.outcomes
      ? { outcomes: instrument.outcomes.map((o) => ({ id: o.id, text: tr(o.text, lang), scale: { min: o.min, max: o.max, low: o.low ? tr(o.low, lang) : null, high: o.high ? tr(o.high, lang) : null }, teamOnly: o.teamOnly === true })) }
      : {}),
  };
}
