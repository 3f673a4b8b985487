// The questionnaire as CSV, one row per statement: for building a form whose export comes back with these texts.
import type { Questionnaire } from '../../core/questionnaire.js';
import type { RenderOptions } from '../options.js';
import { csvText, type Cell } from './fields.js';

/** The questionnaire as CSV (the texts exactly as the instrument has them, so that a form export matches them). */
export function renderQuestionnaireCsv(q: Questionnaire, opts: RenderOptions): string {
  const choices = [...q.scale.map((p) => p.label), ...(q.dontKnow ? [q.dontKnow.label] : [])].join(' | ');
  const rows: Cell[][] = [['id', 'dimension', 'statement', 'choices']];
  for (const d of q.dimensions) for (const s of d.questions) rows.push([s.id, d.label, s.text, choices]);
  // Outcome questions: no dimension; the choices are the whole numbers of their own scale.
  for (const o of q.outcomes ?? []) rows.push([o.id, null, o.text, Array.from({ length: o.scale.max - o.scale.min + 1 }, (_, i) => o.scale.min + i).join(' | ')]);
  return csvText(rows, { bom: opts.bom, lang: q.language });
}
