// What the questionnaire and the answers template say, apart from how each format says it.
import type { Questionnaire } from '../../core/questionnaire.js';
import { speech, type Speech } from './words.js';

/** The questionnaire, format-neutral (the texts with the language's typography for reading). */
export interface QuestionnaireView {
  s: Speech;
  title: string;
  id: string;
  version: string;
  intro: string | null;
  /** The information notice, one paragraph per line, or null when the instrument has none. */
  notice: string[] | null;
  scale: { value: number; label: string; meaning: string | null }[];
  dontKnow: string | null;
  dontKnowMeaning: string | null;
  /** The scale explained, one line per answer: "4 = Strongly agree: true everywhere or almost everywhere". */
  scaleLines: string[];
  dimensions: { id: string; label: string; description: string; questions: { id: string; n: number; text: string }[] }[];
  /** The outcome questions, numbered after the statements, with their scale's ends in a line; null when there is none. */
  outcomes: { title: string; items: { id: string; n: number; text: string; values: number[]; ends: string }[] } | null;
}

/** Builds the view of a questionnaire; `typography: false` keeps the texts as written (for files read back by the tool). */
export function questionnaireView(q: Questionnaire, typography = true): QuestionnaireView {
  const s = speech(q.language);
  const t = typography ? s.t : (x: string) => x;
  let n = 0;
  return {
    s,
    title: t(q.instrument.title),
    id: q.instrument.id,
    version: q.instrument.version,
    intro: q.intro ? t(q.intro) : null,
    notice: q.notice ? q.notice.split(/\n\s*\n?/).filter((l) => l.trim()).map(t) : null,
    scale: q.scale.map((p) => ({ value: p.value, label: t(p.label), meaning: p.meaning ? t(p.meaning) : null })),
    dontKnow: q.dontKnow ? t(q.dontKnow.label) : null,
    dontKnowMeaning: q.dontKnow?.meaning ? t(q.dontKnow.meaning) : null,
    scaleLines: [
      ...q.scale.map((p) => t(`${p.value} = ${p.label}${p.meaning ? ` (${p.meaning.charAt(0).toLowerCase()}${p.meaning.slice(1)})` : ''}`)),
      ...(q.dontKnow ? [t(`? = ${q.dontKnow.label}${q.dontKnow.meaning ? ` (${q.dontKnow.meaning.charAt(0).toLowerCase()}${q.dontKnow.meaning.slice(1)})` : ''}`)] : []),
    ],
    dimensions: q.dimensions.map((d) => ({ id: d.id, label: t(d.label), description: t(d.description), questions: d.questions.map((x) => ({ id: x.id, n: ++n, text: t(x.text) })) })),
    outcomes: q.outcomes?.length
      ? {
          title: s.w('outcomes.questionnaireTitle'),
          items: q.outcomes.map((o) => ({
            id: o.id,
            n: ++n,
            text: t(o.text),
            values: Array.from({ length: o.scale.max - o.scale.min + 1 }, (_, i) => o.scale.min + i),
            ends: t(s.w('outcomes.scaleEnds', { min: o.scale.min, max: o.scale.max, low: o.scale.low, high: o.scale.high })),
          })),
        }
      : null,
  };
}
