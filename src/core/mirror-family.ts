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

/** In a leaders' instrument, the id prefix of a statement about employees (`employees.listening-1` mirrors the employees' `listening-1`); the others are about customers. */
export const ABOUT_EMPLOYEES = 'employees.';

/** What leaders are asked about: their beliefs about customers (plain ids), and about employees when the instrument has statements for it. */
export interface LeaderViews {
  customers: Instrument;
  employees: Instrument | null;
}

/**
 * Splits a leaders' instrument into its two beliefs, each an instrument with the reference's statement ids: the
 * statements about customers as they are, those about employees with their prefix taken off (null when none).
 */
export function leaderViews(instrument: Instrument): LeaderViews {
  const view = (employees: boolean): Instrument => ({
    ...instrument,
    dimensions: instrument.dimensions.map((d) => ({
      ...d,
      questions: d.questions.filter((q) => q.id.startsWith(ABOUT_EMPLOYEES) === employees).map((q) => (employees ? { ...q, id: q.id.slice(ABOUT_EMPLOYEES.length) } : q)),
    })),
  });
  const aboutEmployees = instrument.dimensions.some((d) => d.questions.some((q) => q.id.startsWith(ABOUT_EMPLOYEES)));
  return { customers: view(false), employees: aboutEmployees ? view(true) : null };
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
    // A leaders' instrument may also ask about employees: each of those statements mirrors one of the reference's.
    const views = leaderViews(other);
    reference.dimensions.forEach((d, i) => {
      const want = d.questions.map((q) => q.id);
      for (const view of [views.customers, views.employees]) {
        if (!view) continue;
        const have = view.dimensions[i]!.questions.map((q) => q.id);
        if ([...want].sort().join('\u0000') !== [...have].sort().join('\u0000')) {
          const prefix = view === views.employees ? ABOUT_EMPLOYEES : '';
          add(['dimensions', i, 'questions'], msg('mirror.familyQuestions', { dimension: d.id, reference: reference.id, expected: want.map((id) => prefix + id), found: have.map((id) => prefix + id) }));
        }
      }
    });
  }
  const scale = (x: Instrument) => x.scale.map((p) => p.value).join(', ');
  if (scale(reference) !== scale(other)) add(['scale'], msg('mirror.familyScale', { reference: reference.id, expected: scale(reference), found: scale(other) }));
  return issues;
}
