// What moved between two mirrors: per side the overall favourable %, per dimension each side's favourable % and the
// gap, from the unrounded values each mirror keeps (rounded half away from zero), and the readings before and after.
import type { MirrorReading } from '../core/mirror-matrix.js';
import type { Side } from '../core/mirror-family.js';
import { roundDelta } from '../core/score.js';
import type { Lang } from '../core/types.js';

/** The unrounded figures of one mirror, as read back from its JSON. */
export interface MirrorSnapshot {
  generatedAt: string;
  respondents: Partial<Record<Side, number>>;
  /** Each side's anonymity threshold, as the mirror states it. */
  thresholds?: Partial<Record<Side, number>>;
  overall: Partial<Record<Side, number | null>>;
  dimensions: { id: string; label: string; sides: Partial<Record<Side, number | null>>; gap: number | null; reading: MirrorReading | null }[];
}

/** A value before and after, and the change (null when either is missing). */
export interface Move {
  old: number | null;
  new: number | null;
  delta: number | null;
  deltaExact: number | null;
}

export interface MirrorComparison {
  $schema: string;
  schemaVersion: 1;
  kind: 'mirror-compare';
  tool: { name: string; version: string };
  language: Lang;
  generatedAt: string;
  old: { generatedAt: string; respondents: Partial<Record<Side, number>> };
  new: { generatedAt: string; respondents: Partial<Record<Side, number>> };
  sides: ({ side: Side } & Move)[];
  /** The sides whose respondents differ by more than none and fewer than their threshold: their changes are withheld. */
  withheld?: Side[];
  dimensions: { id: string; label: string; employees: Move; customers: Move; leaders: Move | null; gap: Move; reading: { old: MirrorReading | null; new: MirrorReading | null; changed: boolean } }[];
}

function move(a: number | null | undefined, b: number | null | undefined): Move {
  const o = a ?? null;
  const n = b ?? null;
  const exact = o === null || n === null ? null : n - o;
  return { old: o === null ? null : roundDelta(o), new: n === null ? null : roundDelta(n), delta: exact === null ? null : roundDelta(exact), deltaExact: exact };
}

/** Compares two mirrors of the same family, dimension by dimension (the new mirror's order and labels). */
export function compareMirrors(before: MirrorSnapshot, after: MirrorSnapshot, ctx: { tool: { name: string; version: string }; lang: Lang; generatedAt: string; schemaUrl: string }): MirrorComparison {
  const sides: Side[] = after.overall.leaders !== undefined && before.overall.leaders !== undefined ? ['employees', 'customers', 'leaders'] : ['employees', 'customers'];
  const withLeaders = sides.includes('leaders');
  // Two mirrors of nearly the same people: the change of a side would describe the few who came or left, so it is withheld.
  const DEFAULTS: Record<Side, number> = { employees: 5, customers: 10, leaders: 3 };
  const withheld = sides.filter((s) => {
    const d = Math.abs((after.respondents[s] ?? 0) - (before.respondents[s] ?? 0));
    return d > 0 && d < Math.max(after.thresholds?.[s] ?? DEFAULTS[s], before.thresholds?.[s] ?? DEFAULTS[s]);
  });
  const held = (s: Side) => withheld.includes(s);
  const moveOf = (s: Side, a: number | null | undefined, b: number | null | undefined) => (held(s) ? move(null, null) : move(a, b));
  return {
    $schema: ctx.schemaUrl,
    schemaVersion: 1,
    kind: 'mirror-compare',
    tool: ctx.tool,
    language: ctx.lang,
    generatedAt: ctx.generatedAt,
    old: { generatedAt: before.generatedAt, respondents: before.respondents },
    new: { generatedAt: after.generatedAt, respondents: after.respondents },
    sides: sides.map((side) => ({ side, ...moveOf(side, before.overall[side], after.overall[side]) })),
    withheld,
    dimensions: after.dimensions.map((d) => {
      const b = before.dimensions.find((x) => x.id === d.id);
      return {
        id: d.id,
        label: d.label,
        employees: moveOf('employees', b?.sides.employees, d.sides.employees),
        customers: moveOf('customers', b?.sides.customers, d.sides.customers),
        leaders: withLeaders ? moveOf('leaders', b?.sides.leaders, d.sides.leaders) : null,
        gap: held('employees') || held('customers') ? move(null, null) : move(b?.gap, d.gap),
        reading: { old: b?.reading ?? null, new: d.reading, changed: (b?.reading ?? null) !== d.reading },
      };
    }),
  };
}
