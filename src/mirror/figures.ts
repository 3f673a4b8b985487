// The mirror's figures, from answer counts (SPEC.md "The customer–employee mirror"): favourable % = 100 × answers
// strictly above the scale's midpoint / answered answers (don't know left out, pooled over the respondents), and the
// mean score = 100 × (mean of the answered values − min) / (max − min). Unrounded here; rounded only in documents.
import { meets } from '../core/gate.js';
import type { Reading } from '../core/mirror-matrix.js';
import { scaleBounds } from '../core/score.js';
import type { Instrument } from '../core/types.js';
import type { Counts } from './tally.js';

/** The figures of a set of answers, unrounded (null when nothing was answered). */
export interface Exact {
  answered: number;
  favourable: number | null;
  score: number | null;
}

/** The thresholds of the readings: |gap| ≥ asymmetry points; both sides ≥ high %; both sides < low %. */
export interface Thresholds {
  asymmetry: number;
  high: number;
  low: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { asymmetry: 10, high: 60, low: 50 };

/** The midpoint of an instrument's scale: answers strictly above it are favourable. */
export function midpointOf(instrument: Instrument): number {
  const { min, max } = scaleBounds(instrument);
  return (min + max) / 2;
}

/** Computes the figures of statements (by their positions in the instrument) from counts, pooled. */
export function figuresOf(instrument: Instrument, c: Counts, questions: readonly number[]): Exact {
  const { min, max } = scaleBounds(instrument);
  const mid = (min + max) / 2;
  let answered = 0;
  let favourable = 0;
  let sum = 0;
  for (const q of questions) {
    for (let p = 0; p < instrument.scale.length; p++) {
      const n = c.counts[q * c.width + p]!;
      const v = instrument.scale[p]!.value;
      answered += n;
      sum += n * v;
      if (v > mid) favourable += n;
    }
  }
  if (answered === 0) return { answered, favourable: null, score: null };
  return { answered, favourable: (100 * favourable) / answered, score: (100 * (sum - answered * min)) / (answered * (max - min)) };
}

/**
 * The reading of a dimension or a statement from the two sides' unrounded favourable %, in the SPEC's order:
 * |gap| ≥ asymmetry → employees-ahead or customers-ahead; else both ≥ high → positive symmetry; else both < low →
 * negative symmetry; else balanced. A value mathematically equal to a threshold meets it (1e-9 tolerance).
 */
export function readingOf(employees: number | null, customers: number | null, t: Thresholds): Reading | null {
  if (employees === null || customers === null) return null;
  const gap = employees - customers;
  if (meets(Math.abs(gap), t.asymmetry)) return gap > 0 ? 'employees-ahead' : 'customers-ahead';
  if (meets(employees, t.high) && meets(customers, t.high)) return 'positive-symmetry';
  if (!meets(employees, t.low) && !meets(customers, t.low)) return 'negative-symmetry';
  return 'balanced';
}
