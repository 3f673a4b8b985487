// The mirror as CSV: one row for the whole, then one per dimension, per statement pair and per unit's dimension;
// each side's columns are empty (its count kept) when the side is not shown; `Shown` says `withheld` for a figure
// withheld on its contributors.
import { SIDES } from '../../core/mirror-family.js';
import type { Mirror, MirrorLine, SideFigures } from '../../mirror/document.js';
import type { RenderOptions } from '../options.js';
import { csvText, type Cell } from './fields.js';

/** The mirror as CSV. */
export function renderMirrorCsv(m: Mirror, opts: RenderOptions): string {
  const sideHead = SIDES.flatMap((s) => [`${s}Respondents`, `${s}Shown`, `${s}Answered`, `${s}Favourable`, `${s}Score`]);
  // With leaders, leadership's view of each side: its belief, the gap leaders − side with its interval, the reading.
  const blindSides = m.sides.leaders ? (['Employees', 'Customers'] as const) : [];
  const blindHead = blindSides.flatMap((b) => ['Leaders', 'Gap', 'GapLow', 'GapHigh', 'Reading'].map((x) => `blind${b}${x}`));
  const blindCells = (l: MirrorLine | null): Cell[] =>
    blindSides.flatMap((b) => {
      const x = l?.blindSpots?.[b === 'Employees' ? 'employees' : 'customers'];
      return x ? [x.leaders?.favourable ?? null, x.gap, x.gapCi?.[0] ?? null, x.gapCi?.[1] ?? null, x.reading] : [null, null, null, null, null];
    });
  const rows: Cell[][] = [['scope', 'unit', 'id', 'dimension', 'label', ...sideHead, 'gap', 'reading', ...blindHead, 'minGroup', 'minCustomers', 'minLeaders']];
  const tail = [m.anonymity.minGroup, m.anonymity.minCustomers, m.anonymity.minLeaders];
  const counts = (unit: Mirror['units'][number] | null) => ({
    employees: unit ? unit.employees.respondents : m.sides.employees.respondents,
    customers: unit ? unit.customers.respondents : m.sides.customers.respondents,
    leaders: unit ? null : m.sides.leaders?.respondents ?? null,
  });
  const sideCells = (l: Partial<Record<(typeof SIDES)[number], SideFigures | null>>, n: ReturnType<typeof counts>, shown: Record<(typeof SIDES)[number], boolean | null>) =>
    SIDES.flatMap((s) => {
      const x = l[s];
      if (n[s] === null) return [null, null, null, null, null];
      return [n[s], x?.withheld ? 'withheld' : shown[s] ? 'yes' : 'no', x?.answered ?? null, x?.favourable ?? null, x?.score ?? null];
    });
  const shownAll = { employees: m.sides.employees.shown, customers: m.sides.customers.shown, leaders: m.sides.leaders ? m.sides.leaders.shown : null };
  const line = (scope: string, unit: string | null, id: string, dimension: string | null, label: string, l: MirrorLine, n: ReturnType<typeof counts>, shown = shownAll) =>
    rows.push([scope, unit, id, dimension, label, ...sideCells(l, n, shown), l.gap, l.reading, ...blindCells(scope === 'unit' ? null : l), ...tail]);

  const overall = (s: (typeof SIDES)[number]): SideFigures | null => {
    const x = m.sides[s];
    return x && x.shown ? { respondents: x.respondents, answered: 0, favourable: x.favourable, favourableExact: x.favourableExact, score: null, scoreExact: null } : null;
  };
  rows.push(['overall', null, 'overall', null, null, ...sideCells({ employees: overall('employees'), customers: overall('customers'), leaders: overall('leaders') }, counts(null), shownAll).map((c, i) => (i % 5 === 2 ? null : c)), null, null, ...blindCells(null), ...tail]);
  for (const d of m.dimensions) line('dimension', null, d.id, d.id, d.label, d, counts(null));
  for (const p of m.pairs) line('statement', null, p.id, p.dimension, p.texts.customers, p, counts(null));
  // Outcome questions: a row each per side (the NPS of a 0–10 question under <side>Score, else the mean; answers under <side>Answered).
  for (const { side, outcomes } of m.outcomes?.sides ?? []) {
    for (const o of outcomes ?? []) {
      rows.push(['outcome', null, o.id, null, o.text, ...SIDES.flatMap((x) => (x === side ? [m.sides[x]?.respondents ?? null, o.n === null ? 'withheld' : 'yes', o.answered, null, o.nps ?? o.mean] : [null, null, null, null, null])), null, null, null, ...tail]);
    }
  }
  for (const u of m.units) {
    const shown = { employees: u.shown, customers: u.shown, leaders: null };
    if (!u.dimensions) rows.push(['unit', u.name, null, null, null, ...sideCells({}, counts(u), shown), null, null, ...blindCells(null), ...tail]);
    else for (const d of u.dimensions) line('unit', u.name, d.id, d.id, d.label, d, counts(u), shown);
  }
  return csvText(rows, { bom: opts.bom, lang: m.language });
}
