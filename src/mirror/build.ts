import { actionText } from '../core/plan.js';
// Puts the customer–employee mirror together: who may be shown is decided from the counts first (per side, then per
// unit with subtraction protection), then the figures of what is shown, the gaps, the readings and the plan.
import { meets } from '../core/gate.js';
import type { Side } from '../core/mirror-family.js';
import type { MirrorMatrix, MirrorReading, Reading } from '../core/mirror-matrix.js';
import { questionsOf } from '../core/model.js';
import { roundDelta, roundScore, scaleBounds } from '../core/score.js';
import { tr } from '../core/text.js';
import type { Instrument, Lang } from '../core/types.js';
import { msg } from '../i18n/index.js';
import { decideVisibility, lowThresholdWarning, withholdBySubtraction } from '../team/anonymity.js';
import type { Mirror, MirrorAction, MirrorDimension, MirrorLine, MirrorNote, MirrorPair, MirrorRecommendation, MirrorUnit, SideFigures, SideSummary } from './document.js';
import { figuresOf, midpointOf, readingOf, type Exact, type Thresholds } from './figures.js';
import type { Overlap } from '../team/overlap.js';
import { MOMENTS, type Counts, type SideTally } from './tally.js';
import { judgeLine, withDimensionInterval, withStatementInterval } from './intervals.js';
import { mirrorOutcomes } from './outcomes.js';

/** Below this many customers, the figures are said to be indicative. */
export const INDICATIVE_BELOW = 30;
export const DEFAULT_MIN_CUSTOMERS = 10;
export const DEFAULT_MIN_LEADERS = 3;

/** One side as read: its instrument, its tally and how many rows or files were skipped. */
export interface SideInput {
  instrument: Instrument;
  tally: SideTally;
  skipped: number;
}

export interface MirrorContext {
  tool: { name: string; version: string };
  lang: Lang;
  generatedAt: string;
  schemaUrl: string;
  thresholds: Thresholds;
  minGroup: number;
  minCustomers: number;
  minLeaders: number;
  matrix?: MirrorMatrix;
  /** The register's verdict (team/overlap.ts): per side and unit (null: the whole side), its figures that nearly repeat a released one; `allowed`: shown anyway. */
  overlap?: { of: (side: Side, unit: string | null) => Overlap[]; allowed: boolean };
}

const rounded = (x: number | null) => (x === null ? null : roundScore(x));
const roundedGap = (x: number | null) => (x === null ? null : roundDelta(x));

/** Statement positions of each dimension, and each statement's position, in an instrument. */
function positions(instrument: Instrument): { dims: number[][]; byId: Map<string, number> } {
  const byId = new Map<string, number>();
  const dims: number[][] = instrument.dimensions.map(() => []);
  questionsOf(instrument).forEach((q, i) => {
    byId.set(q.question.id, i);
    dims[q.dimensionIndex]!.push(i);
  });
  return { dims, byId };
}

/** Figures for display from exact ones, withheld when they rest on fewer than `t` contributors (SPEC.md "Privacy"). */
function side(respondents: number, x: Exact, contributors: number, t: number): SideFigures {
  const f: SideFigures = { respondents, answered: x.answered, favourable: rounded(x.favourable), favourableExact: x.favourable, score: rounded(x.score), scoreExact: x.score, contributors, withheld: false };
  return contributors > 0 && contributors < Math.max(1, t) ? withheldFigures(f) : f;
}

/** The same figures withheld: their counts only. */
function withheldFigures(f: SideFigures): SideFigures {
  return { ...f, favourable: null, favourableExact: null, score: null, scoreExact: null, withheld: true, ci: null };
}

/** A side's figures over a set of respondents: per dimension, and per statement (by position in the side's instrument). */
interface SideSet {
  dims: SideFigures[];
  statements: SideFigures[];
}

/**
 * A side's figures over a set of respondents (the side, or a unit), each on its own contributors. A dimension's
 * figure pools its statements' answers: when one of its statements is withheld, the dimension minus the others would
 * give it away, so its statements are all withheld (the dimension, on at least as many contributors, stays).
 */
function sideSet(instrument: Instrument, dims: readonly number[][], c: Counts, t: number, withhold: readonly Overlap[] = []): SideSet {
  const statements = questionsOf(instrument).map((_, q) => {
    const x = figuresOf(instrument, c, [q]);
    const f = side(c.respondents, x, x.answered, t);
    return f.withheld ? f : withStatementInterval(f, instrument, c, q);
  });
  const held = new Set(withhold.map((o) => o.figure));
  statements.forEach((f, q) => held.has(dims.length + q) && (statements[q] = withheldFigures(f)));
  for (const qs of dims) if (qs.some((q) => statements[q]!.withheld)) for (const q of qs) statements[q] = withheldFigures(statements[q]!);
  const dimFigures = dims.map((qs, i) => {
    const f = side(c.respondents, figuresOf(instrument, c, qs), c.moments[i * MOMENTS]!, t);
    return f.withheld || held.has(i) ? withheldFigures(f) : withDimensionInterval(f, c, i);
  });
  return { dims: dimFigures, statements };
}

/** The gaps and the reading of a line from its sides' figures (null when a side it needs is not shown). */
function line(e: SideFigures | null, c: SideFigures | null, l: SideFigures | null | undefined, t: Thresholds, withLeaders: boolean): MirrorLine {
  const ef = e?.favourableExact ?? null;
  const cf = c?.favourableExact ?? null;
  const lf = l?.favourableExact ?? null;
  const gapExact = ef === null || cf === null ? null : ef - cf;
  const deliveryGapExact = lf === null || cf === null ? null : lf - cf;
  return {
    employees: e,
    customers: c,
    ...(withLeaders ? { leaders: l ?? null } : {}),
    gap: roundedGap(gapExact),
    gapExact,
    deliveryGap: roundedGap(deliveryGapExact),
    deliveryGapExact,
    reading: readingOf(ef, cf, t),
  };
}

/** A line judged on its intervals (gaps' intervals, readings only where supported). */
const judged = (e: SideFigures | null, c: SideFigures | null, l: SideFigures | null | undefined, t: Thresholds, withLeaders: boolean): MirrorLine => judgeLine(line(e, c, l, t, withLeaders), t);

/** Largest |gap| first, ties in the order given, lines without a gap last. */
export function byGap<T extends { gapExact: number | null }>(lines: readonly T[]): T[] {
  return lines
    .map((l, order) => ({ l, order }))
    .sort((a, b) => {
      const x = a.l.gapExact === null ? -1 : Math.abs(a.l.gapExact);
      const y = b.l.gapExact === null ? -1 : Math.abs(b.l.gapExact);
      return y - x || a.order - b.order;
    })
    .map((x) => x.l);
}

/** Builds the mirror document from the sides read. */
export function buildMirror(sides: { employees: SideInput; customers: SideInput; leaders?: SideInput }, ctx: MirrorContext): Mirror {
  const { lang, thresholds } = ctx;
  const ref = sides.employees.instrument;
  const given: Side[] = sides.leaders ? ['employees', 'customers', 'leaders'] : ['employees', 'customers'];
  const withLeaders = Boolean(sides.leaders);
  const threshold: Record<Side, number> = { employees: ctx.minGroup, customers: ctx.minCustomers, leaders: ctx.minLeaders };
  const input = (s: Side) => sides[s]!;
  const shown = (s: Side) => input(s).tally.all.respondents >= Math.max(1, threshold[s]);
  const pos = Object.fromEntries(given.map((s) => [s, positions(input(s).instrument)])) as Record<Side, ReturnType<typeof positions>>;

  // Per side, only for the sides shown: each figure on its own contributors.
  // The register's verdict: what nearly repeats a figure released earlier is withheld (unless allowed), and said.
  const overlapping: { side: Side; unit: string | null; items: string[] }[] = [];
  const withheldFor = (s: Side, unit: string | null): Overlap[] => {
    const found = ctx.overlap?.of(s, unit) ?? [];
    const nd = input(s).instrument.dimensions.length;
    const ids = questionsOf(input(s).instrument);
    if (found.length) overlapping.push({ side: s, unit, items: found.map((o) => (o.figure < nd ? tr(input(s).instrument.dimensions[o.figure]!.label, lang) : ids[o.figure - nd]!.question.id)) });
    return ctx.overlap?.allowed ? [] : found;
  };
  const sets = Object.fromEntries(given.filter(shown).map((s) => [s, sideSet(input(s).instrument, pos[s].dims, input(s).tally.all, threshold[s], withheldFor(s, null))])) as Partial<Record<Side, SideSet>>;
  const dimensions: MirrorDimension[] = ref.dimensions.map((d, i) => {
    const fig = (s: Side) => sets[s]?.dims[i] ?? null;
    return { id: d.id, label: tr(d.label, lang), ...judged(fig('employees'), fig('customers'), withLeaders ? fig('leaders') : undefined, thresholds, withLeaders) };
  });

  const pairs: MirrorPair[] = questionsOf(ref).map(({ question, dimension }) => {
    const fig = (s: Side) => sets[s]?.statements[pos[s].byId.get(question.id)!] ?? null;
    const text = (s: Side) => tr(questionsOf(input(s).instrument)[pos[s].byId.get(question.id)!]!.question.text, lang);
    return {
      id: question.id,
      dimension: dimension.id,
      texts: { employees: text('employees'), customers: text('customers'), ...(withLeaders ? { leaders: text('leaders') } : {}) },
      ...judged(fig('employees'), fig('customers'), withLeaders ? fig('leaders') : undefined, thresholds, withLeaders),
    };
  });

  const overallOf = (s: Side): number | null => {
    if (!shown(s)) return null;
    const values = dimensions.map((d) => d[s]?.favourableExact ?? null).filter((x): x is number => x !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  };
  const summary = (s: Side): SideSummary => {
    const exact = overallOf(s);
    const n = input(s).tally.all.respondents;
    const inst = input(s).instrument;
    return {
      instrument: { id: inst.id, version: inst.version, title: tr(inst.title, lang) || inst.id },
      respondents: n,
      shown: shown(s),
      threshold: threshold[s],
      favourable: rounded(exact),
      favourableExact: exact,
      indicative: s === 'customers' && shown(s) && n < INDICATIVE_BELOW,
      skipped: input(s).skipped,
    };
  };

  const e = overallOf('employees');
  const c = overallOf('customers');
  const both = e !== null && c !== null;
  const lowestSide: Side | null = both ? (c! < e! ? 'customers' : 'employees') : null;
  const overall = {
    favourable: both ? rounded((e! + c!) / 2) : null,
    favourableExact: both ? (e! + c!) / 2 : null,
    lowestSide,
    lowest: both ? rounded(Math.min(e!, c!)) : null,
    lowestExact: both ? Math.min(e!, c!) : null,
  };

  const units = unitsOf(sides, ctx, shown, sets, (s) => pos[s].dims, withheldFor);
  const warning = lowThresholdWarning(Math.min(ctx.minGroup, withLeaders ? ctx.minLeaders : Infinity));
  const notes: MirrorNote[] = [...(warning ? [warning] : [])];
  for (const s of given) {
    const n = input(s).tally.all.respondents;
    if (!shown(s)) notes.push(msg('mirror.note.sideHidden', { side: s, n, min: threshold[s] }) as MirrorNote);
  }
  for (const s of given) {
    const o = overlapping.filter((x) => x.side === s);
    if (o.length) notes.push(msg('mirror.note.overlap', { side: s, allowed: Boolean(ctx.overlap?.allowed), min: threshold[s], where: o.map((x) => ({ unit: x.unit, items: x.items })) }) as MirrorNote);
    const withheld = {
      dimensions: dimensions.filter((d) => d[s]?.withheld).map((d) => d.label),
      statements: pairs.filter((p) => p[s]?.withheld).map((p) => p.id),
      units: units.filter((u) => u.dimensions?.some((d) => (d as MirrorLine)[s]?.withheld)).map((u) => u.name),
    };
    if (withheld.dimensions.length || withheld.statements.length || withheld.units.length) notes.push(msg('mirror.note.withheld', { side: s, min: threshold[s], ...withheld }) as MirrorNote);
  }
  if (shown('customers') && sides.customers.tally.all.respondents < INDICATIVE_BELOW) notes.push(msg('mirror.note.indicative', { n: sides.customers.tally.all.respondents, below: INDICATIVE_BELOW }) as MirrorNote);
  const skipped = given.reduce((n, s) => n + input(s).skipped, 0);
  if (skipped) notes.push(msg('mirror.note.skipped', { n: skipped }) as MirrorNote);
  const hiddenUnits = units.filter((u) => !u.shown).length;
  if (hiddenUnits) notes.push(msg('mirror.note.unitsHidden', { n: hiddenUnits, total: units.length }) as MirrorNote);
  if (units.some((u) => u.employees.visibility === 'hidden-by-subtraction' || u.customers.visibility === 'hidden-by-subtraction')) {
    notes.push(msg('mirror.note.unitsSubtraction', { n: units.filter((u) => u.employees.visibility === 'hidden-by-subtraction' || u.customers.visibility === 'hidden-by-subtraction').length }) as MirrorNote);
  }
  if (!ctx.matrix) notes.push(msg('mirror.note.noMatrix') as MirrorNote);

  const recommendations = ctx.matrix ? recommendMirror(ctx.matrix, dimensions, lang) : [];
  const used = new Set(recommendations.map((r) => r.reading));
  const { min, max } = scaleBounds(ref);
  const outcomes = mirrorOutcomes(sides, threshold, shown, lang);
  return {
    $schema: ctx.schemaUrl,
    schemaVersion: 1,
    kind: 'mirror',
    tool: ctx.tool,
    language: lang,
    generatedAt: ctx.generatedAt,
    thresholds: { ...thresholds },
    anonymity: { minGroup: ctx.minGroup, minCustomers: ctx.minCustomers, minLeaders: ctx.minLeaders, indicativeBelow: INDICATIVE_BELOW, warning },
    scale: { min, max, midpoint: midpointOf(ref) },
    sides: { employees: summary('employees'), customers: summary('customers'), ...(withLeaders ? { leaders: summary('leaders') } : {}) },
    overall,
    dimensions,
    byGap: byGap(dimensions).map((d) => d.id),
    pairs,
    units,
    postures: ctx.matrix ? posturesOf(ctx.matrix, used, dimensions.some((d) => d.reading === 'undetermined'), lang) : [],
    recommendations,
    notes,
    ...(outcomes ? { outcomes } : {}),
  };
}

/**
 * The per-unit mirror: each side decides its units' visibility from its counts (its threshold, and the subtraction
 * protection of groups: the side's respondents outside the units shown must be none or at least its threshold); a
 * unit's mirror is shown when both sides may show it. Hiding a unit on one side because the other side cannot show it
 * only adds a whole unit (at least the threshold) to that side's rest, so the protection still holds.
 */
function unitsOf(
  sides: { employees: SideInput; customers: SideInput },
  ctx: MirrorContext,
  shown: (s: Side) => boolean,
  sets: Partial<Record<Side, SideSet>>,
  dimsOf: (s: Side) => number[][],
  withheldFor: (s: Side, unit: string | null) => Overlap[],
): MirrorUnit[] {
  const e = sides.employees.tally;
  const c = sides.customers.tally;
  if (!e.units.size || !c.units.size) return [];
  const names = [...new Set([...e.units.keys(), ...c.units.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const count = (t: SideTally, n: string) => t.units.get(n)?.respondents ?? 0;
  const ve = decideVisibility({ team: shown('employees') ? e.all.respondents : 0, groups: names.map((n) => ({ name: n, respondents: count(e, n) })) }, ctx.minGroup);
  const vc = decideVisibility({ team: shown('customers') ? c.all.respondents : 0, groups: names.map((n) => ({ name: n, respondents: count(c, n) })) }, ctx.minCustomers);
  const ref = sides.employees.instrument;
  const visible = names.map((_, k) => ve.groups[k]!.visibility === 'shown' && vc.groups[k]!.visibility === 'shown');
  // Each side's dimension figures of the units shown, on their own contributors, then protected against subtraction
  // from the side's figure (the aggregate's rule: the side's contributors outside the units published must be none or
  // at least the threshold).
  const unitDims = (s: 'employees' | 'customers', t: number): (SideFigures[] | null)[] => {
    const tally = sides[s].tally;
    const figs = names.map((name, k) => (visible[k] ? sideSet(sides[s].instrument, dimsOf(s), tally.units.get(name)!, t, withheldFor(s, name)).dims : null));
    ref.dimensions.forEach((_, i) => {
      const whole = sets[s]?.dims[i];
      if (!whole || whole.favourableExact === null) return;
      const counts = figs.map((f) => (f && f[i]!.favourableExact !== null ? f[i]!.contributors! : null));
      for (const k of withholdBySubtraction(whole.contributors!, counts, t)) figs[k]![i] = withheldFigures(figs[k]![i]!);
    });
    return figs;
  };
  const de = unitDims('employees', ctx.minGroup);
  const dc = unitDims('customers', ctx.minCustomers);
  return names.map((name, k) => {
    const base = {
      name,
      employees: { respondents: count(e, name), visibility: ve.groups[k]!.visibility },
      customers: { respondents: count(c, name), visibility: vc.groups[k]!.visibility },
      shown: visible[k]!,
    };
    if (!visible[k]) return { ...base, favourable: null, dimensions: null };
    const dims = ref.dimensions.map((d, i) => ({ id: d.id, label: tr(d.label, ctx.lang), ...judged(de[k]![i]!, dc[k]![i]!, undefined, ctx.thresholds, false) }));
    const mean = (s: 'employees' | 'customers') => {
      const xs = dims.map((d) => d[s]?.favourableExact ?? null).filter((x): x is number => x !== null);
      return xs.length ? roundScore(xs.reduce((a, b) => a + b, 0) / xs.length) : null;
    };
    return { ...base, favourable: { employees: mean('employees'), customers: mean('customers') }, dimensions: dims };
  });
}

/** The postures of the readings the plan uses, then the one for undetermined readings (measure again) when any. */
function posturesOf(matrix: MirrorMatrix, used: ReadonlySet<MirrorReading>, undetermined: boolean, lang: Lang): Mirror['postures'] {
  const out: Mirror['postures'] = (['negative-symmetry', 'employees-ahead', 'customers-ahead', 'balanced', 'positive-symmetry'] as Reading[]).filter((r) => used.has(r)).map((r) => ({ reading: r, text: tr(matrix.readings[r], lang) }));
  if (undetermined && matrix.readings.undetermined) out.push({ reading: 'undetermined', text: tr(matrix.readings.undetermined, lang) });
  return out;
}

/** The order of the plan: negative symmetries first, then asymmetries, then balanced, then positive symmetries. */
const READING_RANK: Record<Reading, number> = { 'negative-symmetry': 0, 'employees-ahead': 1, 'customers-ahead': 1, balanced: 2, 'positive-symmetry': 3 };

/**
 * The mirror's plan: for each dimension with a reading, the actions of its reading. Dimensions by reading (negative
 * symmetries, asymmetries, balanced, positive symmetries); negative symmetries weakest first (lowest mean of the two
 * sides), asymmetries and balanced dimensions largest |gap| first, positive symmetries weakest first; ties in
 * instrument order.
 */
export function recommendMirror(matrix: MirrorMatrix, dimensions: readonly MirrorDimension[], lang: Lang): MirrorRecommendation[] {
  const close = (x: number) => (Math.abs(x) > 1e-9 ? x : 0);
  const read = dimensions
    .map((d, order) => ({ d, order, mean: ((d.employees?.favourableExact ?? 0) + (d.customers?.favourableExact ?? 0)) / 2, abs: Math.abs(d.gapExact ?? 0) }))
    // An undetermined reading gets no actions: its posture is to measure again.
    .filter((x): x is typeof x & { d: MirrorDimension & { reading: Reading } } => x.d.reading !== null && x.d.reading !== 'undetermined');
  read.sort((a, b) => {
    const rank = READING_RANK[a.d.reading] - READING_RANK[b.d.reading];
    if (rank) return rank;
    const byMean = close(a.mean - b.mean);
    const byAbs = close(b.abs - a.abs);
    const symmetry = a.d.reading === 'negative-symmetry' || a.d.reading === 'positive-symmetry';
    return (symmetry ? byMean || byAbs : byAbs || byMean) || a.order - b.order;
  });
  return read.map(({ d }, i) => ({
    dimension: d.id,
    label: d.label,
    reading: d.reading,
    gap: d.gap,
    priority: i + 1,
    actions: (matrix.dimensions[d.id]?.[d.reading] ?? []).map((a): MirrorAction => actionText(a, lang)),
  }));
}

/** Whether a mirror meets its gates: --fail-under on the mean of the two sides' overall, --min-side on the lowest. */
export function mirrorGate(m: Mirror, gates: { failUnder?: number; minSide?: number }): ReturnType<typeof msg> | null {
  if (gates.failUnder === undefined && gates.minSide === undefined) return null;
  const o = m.overall;
  if (o.favourableExact === null || o.lowestExact === null || o.lowestSide === null) return msg('mirror.gateNoOverall');
  if (gates.failUnder !== undefined && !meets(o.favourableExact, gates.failUnder)) return msg('mirror.gateMean', { value: o.favourable!, threshold: gates.failUnder });
  if (gates.minSide !== undefined && !meets(o.lowestExact, gates.minSide)) return msg('mirror.gateSide', { side: o.lowestSide, value: o.lowest!, threshold: gates.minSide });
  return null;
}
