// Outcome questions (SPEC.md "Outcomes"): asked outside the dimensions on their own scale, never part of a score.
// For a 0–10 recommendation question the net promoter score: % promoters (9–10) − % detractors (0–6).
import { questionIds } from './score.js';
import { allForms, normalizeKey } from './text.js';
import type { AnswerProblem } from './answers.js';
import type { Instrument, Outcome } from './types.js';

/** The outcome questions of an instrument (none when it declares none). */
export function outcomesOf(instrument: Instrument): readonly Outcome[] {
  return instrument.outcomes ?? [];
}

/** The ids of a respondent's answers in instrument order: the statements, then the outcome questions. */
export function answerIds(instrument: Instrument): string[] {
  return [...questionIds(instrument), ...outcomesOf(instrument).map((o) => o.id)];
}

/** Whether an outcome is a recommendation question on 0–10, for which the net promoter score is computed. */
export function isNpsScale(o: Outcome): boolean {
  return o.min === 0 && o.max === 10;
}

/**
 * Reads an outcome answer as a file or a cell holds it: a whole number of the outcome's scale; nothing, "?", null or
 * the instrument's don't-know label is no answer (an outcome is never required).
 */
export function readOutcomeAnswer(v: unknown, o: Outcome, instrument: Instrument): { value: number | null } | { error: AnswerProblem } {
  if (v === undefined || v === null || typeof v === 'symbol') return { value: null };
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '' || t === '?' || allForms(instrument.dontKnow?.label).some((l) => normalizeKey(l) === normalizeKey(t))) return { value: null };
    if (/^[+-]?\d+(\.0+)?$/.test(t)) v = Number(t);
  }
  if (typeof v === 'number' && Number.isInteger(v) && v >= o.min && v <= o.max) return { value: v };
  const values = Array.from({ length: o.max - o.min + 1 }, (_, i) => o.min + i);
  return { error: { kind: 'offScale', value: String(v), quoted: typeof v === 'string', values, dontKnow: true } };
}

/** How many answers of a recommendation question fall in each class: promoters (9–10), passives (7–8), detractors (0–6). */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** The class counts of answers counted per value (`counts[v − min]`) on a 0–10 scale. */
export function npsCounts(counts: readonly number[]): NpsCounts {
  const out = { promoters: 0, passives: 0, detractors: 0 };
  counts.forEach((c, v) => {
    if (v >= 9) out.promoters += c;
    else if (v >= 7) out.passives += c;
    else out.detractors += c;
  });
  return out;
}
