// A mirror family: instruments for the sides of one relation (employees, customers, leaders) that mirror each other.
// They must share their dimension ids (same order), the statement ids of each dimension, and the scale.
import { msg } from '../i18n/index.js';
import type { Instrument, Issue } from './types.js';

/** The sides of the mirror, in the order every document lists them. */
export const SIDES = ['employees', 'customers', 'leaders'] as const;
export type Side = (typeof SIDES)[number];

/** The family and the side an instrument id names by its ending (`mirror-customers` → `mirror`, `customers`), if it does. */
export function familyOf(id: string): { family: string; side: Side } | undefined {
  const m = /^(.+)-(employees|customers|leaders)$/.exec(id);
  return m ? { family: m[1]!, side: m[2] as Side } : undefined;
}

/**
 * What keeps `other` from mirroring `reference`: dimension ids (and their order), statement ids per dimension, scale
 * values. The issues are located in `other` (its file is the one to fix).
 */
export function mirrorIssues(reference: Instrument, other: Instrument): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], m: ReturnType<typeof msg>) => issues.push({ path, ...m });
  const expected = reference.dimensions.map((d) => d.id);
  const found = other.dimensions.map((d) => d.id);
  if (expected.join('\u0000') !== found.join('\u0000')) {
    add(['dimensions'], msg('mirror.familyDimensions', { id: other.id, reference: reference.id, expected, found }));
  } else {
    reference.dimensions.forEach((d, i) => {
      const want = d.questions.map((q) => q.id);
      const have = other.dimensions[i]!.questions.map((q) => q.id);
      if ([...want].sort().join('\u0000') !== [...have].sort().join('\u0000')) {
        add(['dimensions', i, 'questions'], msg('mirror.familyQuestions', { dimension: d.id, reference: reference.id, expected: want, found: have }));
      }
    });
  }
  const scale = (x: Instrument) => x.scale.map((p) => p.value).join(', ');
  if (scale(reference) !== scale(other)) add(['scale'], msg('mirror.familyScale', { reference: reference.id, expected: scale(reference), found: scale(other) }));
  return issues;
}
