// What moved between two mirrors: per side the overall favourable %, per dimension each side's favourable % and the
// gap, from the unrounded values each mirror keeps (rounded half away from zero), and the readings before and after.
import type { MirrorReading } from '../core/mirror-matrix.js';
import type { Side } from '../core/mirror-family.js';
import { roundDelta } from '../core/score.js';
import { changeVerdict, newcombeFrom } from '../core/stats.js';
import type { Lang } from '../core/types.js';

/** The unrounded figures of one mirror, as read back from its JSON. */
export interface MirrorSnapshot {
  generatedAt: string;
  respondents: Partial<Record<Side, number>>;
  /** Each side's anonymity threshold, as the mirror states it. */
  thresholds?: Partial<Record<Side, number>>;
  overall: Partial<Record<Side, number | null>>;
  dimensions: {
    id: string;
    label: string;
    sides: Partial<Record<Side, number | null>>;
    /** Each side's 95 % interval of its favourable %, as the mirror wrote it (older mirrors: none). */
    cis?: Partial<Record<Side, [number, number] | null>>;
    gap: number | null;
    gapCi?: [number, number] | null;
    reading: MirrorReading | null;
  }[];
}

/** A value before and after, and the change (null when either is missing). */
export interface Move {
  old: number | null;
  new: number | null;
  delta: number | null;
  deltaExact: number | null;
  /**
   * When both mirrors give the values' intervals: the change's 95 % interval (Newcombe's square-and-add from the two
   * intervals), and whether it is real (improved / declined: the interval excludes 0) or within the noise.
   */
  ci?: [number, number] | null;
  verdict?: ChangeVerdict | null;
}

/** A change judged on its interval: real (up or down) only when the interval excludes 0. */
export type ChangeVerdict = ReturnType<typeof changeVerdict>;

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

/** A move from a to b; with both values' intervals, the change's Newcombe interval and its verdict. */
function move(a: number | null | undefined, b: number | null | undefined, ci?: { old: [number, number] | null | undefined; new: [number, number] | null | undefined }): Move {
  const o = a ?? null;
  const n = b ?? null;
  const exact = o === null || n === null ? null : n - o;
  const out: Move = { old: o === null ? null : roundDelta(o), new: n === null ? null : roundDelta(n), delta: exact === null ? null : roundDelta(exact), deltaExact: exact };
  if (!ci) return out;
  // The change of a favourable % (or of a gap) from the intervals each mirror computed: a difference of two
  // independent estimates, each with its own interval (Newcombe 1998's square-and-add, MOVER).
  const d = o !== null && n !== null && ci.old && ci.new ? newcombeFrom(n, { low: ci.new[0], high: ci.new[1] }, o, { low: ci.old[0], high: ci.old[1] }) : null;
  return { ...out, ci: d ? [roundDelta(d.low), roundDelta(d.high)] : null, verdict: d ? changeVerdict(d) : null };
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
  // Intervals only when both mirrors carry them (mirrors written before intervals keep plain deltas).
  const judged = after.dimensions.some((d) => d.cis) && before.dimensions.some((d) => d.cis);
  const moveOf = (s: Side, a: number | null | undefined, b: number | null | undefined, ci?: Parameters<typeof move>[2]) => (held(s) ? move(null, null) : move(a, b, judged ? ci : undefined));
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
        employees: moveOf('employees', b?.sides.employees, d.sides.employees, { old: b?.cis?.employees, new: d.cis?.employees }),
        customers: moveOf('customers', b?.sides.customers, d.sides.customers, { old: b?.cis?.customers, new: d.cis?.customers }),
        leaders: withLeaders ? moveOf('leaders', b?.sides.leaders, d.sides.leaders, { old: b?.cis?.leaders, new: d.cis?.leaders }) : null,
        gap: held('employees') || held('customers') ? move(null, null) : move(b?.gap, d.gap, judged ? { old: b?.gapCi, new: d.gapCi } : undefined),
        reading: { old: b?.reading ?? null, new: d.reading, changed: (b?.reading ?? null) !== d.reading },
      };
    }),
  };
}
