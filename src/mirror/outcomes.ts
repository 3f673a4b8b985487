// The mirror's outcome questions (SPEC.md "Outcomes"): each side's recommendation answers (eNPS for employees, NPS for
// customers, the leaders' predictions of both, matched by id), their NPS with its interval, each on its side's own
// threshold. The mirror reads employees' eNPS against customers' NPS side by side.
import type { Side } from '../core/mirror-family.js';
import { isNpsScale, outcomesOf } from '../core/outcomes.js';
import type { Instrument, Lang } from '../core/types.js';
import type { AggOutcome } from '../team/document.js';
import { outcomeFigures } from '../team/outcomes.js';
import type { OutcomeTally } from '../team/outcomes.js';

/** The recommendation questions of a mirror: per side its outcome figures (null: side not shown), and the side-by-side reading. */
export interface MirrorOutcomes {
  sides: { side: Side; outcomes: AggOutcome[] | null }[];
  /** Employees' eNPS and customers' NPS (the first 0–10 outcome of each side), and the leaders' predictions of each (same id). */
  sideBySide: { employees: AggOutcome | null; customers: AggOutcome | null; leadersOnEmployees: AggOutcome | null; leadersOnCustomers: AggOutcome | null };
}

/** The mirror's outcomes, or undefined when no side's instrument has an outcome question. */
export function mirrorOutcomes(
  sides: Partial<Record<Side, { instrument: Instrument; tally: { outcomes: readonly OutcomeTally[] } }>>,
  threshold: Record<Side, number>,
  shown: (s: Side) => boolean,
  lang: Lang,
): MirrorOutcomes | undefined {
  const given = (['employees', 'customers', 'leaders'] as const).filter((s) => sides[s]);
  if (!given.some((s) => outcomesOf(sides[s]!.instrument).length)) return undefined;
  const figures = given.map((s) => ({ side: s, outcomes: shown(s) ? outcomeFigures(sides[s]!.instrument, sides[s]!.tally.outcomes, lang, Math.max(1, threshold[s])) : null }));
  const of = (s: Side) => figures.find((x) => x.side === s)?.outcomes ?? null;
  const npsId = (s: Side) => (sides[s] ? outcomesOf(sides[s]!.instrument).find(isNpsScale)?.id : undefined);
  const pick = (s: Side, id: string | undefined) => (id === undefined ? null : (of(s)?.find((o) => o.id === id) ?? null));
  return {
    sides: figures,
    sideBySide: {
      employees: pick('employees', npsId('employees')),
      customers: pick('customers', npsId('customers')),
      leadersOnEmployees: pick('leaders', npsId('employees')),
      leadersOnCustomers: pick('leaders', npsId('customers')),
    },
  };
}
