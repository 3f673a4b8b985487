// What the questionnaire and the answers template say, apart from how each format says it.
import type { Questionnaire } from '../../core/questionnaire.js';
import { speech, type Speech } from './words.js';

/** The questionnaire, format-neutral (the texts with the language's typography for reading). */
export interface QuestionnaireView {
  s: Speech;
  title: string;
  id: string;
  version: string;
  scale: { value: number; label: string }[];
  dontKnow: string | null;
  dimensions: { id: string; label: string; description: string; questions: { id: string; n: number; text: string }[] }[];
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
    scale: q.scale.map((p) => ({ value: p.value, label: t(p.label) })),
    dontKnow: q.dontKnow ? t(q.dontKnow.label) : null,
    dimensions: q.dimensions.map((d) => ({ id: d.id, label: t(d.label), description: t(d.description), questions: d.questions.map((x) => ({ id: x.id, n: ++n, text: t(x.text) })) })),
  };
}
