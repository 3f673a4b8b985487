import { actionText } from '../core/plan.js';
// Puts the customer–employee mirror together: who may be shown is decided from the counts first (per side, then per
// unit with subtraction protection), then the figures of what is shown, the gaps, the readings and the plan.
import { meets } from '../core/gate.js';
import type { Side } from '../core/mirror-family.js';
import { BLIND_SPOT_READINGS, type MirrorMatrix, type MirrorReading, type Reading } from '../core/mirror-matrix.js';
import { documentHeader } from '../core/document.js';
import { questionsOf } from '../core/model.js';
import { roundDelta, roundScore, scaleBounds } from '../core/score.js';
import { tr } from '../core/text.js';
import type { Instrument, Lang } from '../core/types.js';
import { msg } from '../i18n/index.js';
import { decideVisibility, lowThresholdWarning, withholdBySubtraction } from '../team/anonymity.js';
import type { BlindSpotPlanItem, Mirror, MirrorAction, MirrorDimension, MirrorLine, MirrorNote, MirrorPair, MirrorRecommendation, MirrorUnit, SideFigures, SideSummary } from './document.js';
import type { LowThresholdWarning } from '../team/document.js';
import { figuresOf, midpointOf, readingOf, type Exact, type Thresholds } from './figures.js';
import type { Overlap } from '../team/overlap.js';
import { MOMENTS, type Counts, type LeadersTally, type SideTally } from './tally.js';
import { blindSpotOf, judgeLine, withDimensionInterval, withStatementInterval } from './intervals.js';
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

/** The leaders as read: their whole instrument, and their answers tallied as two beliefs (see `LeadersTally`). */
export interface LeadersInput {
  instrument: Instrument;
  tally: LeadersTally;
  skipped: number;
}

/** The sides read: employees and customers, leaders when given. */
export interface MirrorSides {
  employees: SideInput;
  customers: SideInput;
  leaders?: LeadersInput;
}

/**
 * What the mirror shows figures of: each side, and the leaders' belief about employees (`leadersOnEmployees`) beside
 * their belief about customers (`leaders`). Each view has its instrument (the reference's statement ids), its tally,
 * and the side whose threshold and register it follows.
 */
type View = Side | 'leadersOnEmployees';
interface ViewInput {
  side: Side;
  instrument: Instrument;
  tally: SideTally;
  pos: ReturnType<typeof positions>;
  /** Position in the side's whole instrument of each of the view's statements (the register numbers figures on it). */
  whole: readonly number[] | null;
}

/** The views of the sides given (leaders' beliefs about employees only when their instrument asks about them). */
function viewsOf(sides: MirrorSides): Partial<Record<View, ViewInput>> {
  const view = (side: Side, tally: SideTally, whole: readonly number[] | null): ViewInput => ({ side, instrument: tally.instrument, tally, pos: positions(tally.instrument), whole });
  const out: Partial<Record<View, ViewInput>> = { employees: view('employees', sides.employees.tally, null), customers: view('customers', sides.customers.tally, null) };
  const l = sides.leaders?.tally;
  if (l) out.leaders = view('leaders', l.customers, l.positions.customers);
  if (l?.employees) out.leadersOnEmployees = view('leaders', l.employees, l.positions.employees);
  return out;
}

/** The views in document order. */
const VIEWS: readonly View[] = ['employees', 'customers', 'leaders', 'leadersOnEmployees'];

/**
 * The register's verdict per side and unit (null: the whole side), asked once each: the figures that nearly repeat a
 * released one (withheld unless allowed), and what to say about them. A view of a side numbers its figures on its own
 * statements: the register's numbers (on the side's whole instrument) are translated.
 */
function overlapsOf(sides: MirrorSides, ctx: MirrorContext) {
  const found = new Map<string, { side: Side; unit: string | null; items: string[]; overlaps: Overlap[] }>();
  const instrumentOf = (s: Side): Instrument => (s === 'leaders' ? sides.leaders!.instrument : sides[s].instrument);
  const ask = (s: Side, unit: string | null) => {
    const key = `${s}\u0000${unit ?? ''}`;
    let f = found.get(key);
    if (!f) {
      const overlaps = ctx.overlap?.of(s, unit) ?? [];
      const inst = instrumentOf(s);
      const nd = inst.dimensions.length;
      const ids = questionsOf(inst);
      const items = overlaps.map((o) => (o.figure < nd ? tr(inst.dimensions[o.figure]!.label, ctx.lang) : ids[o.figure - nd]!.question.id));
      found.set(key, (f = { side: s, unit, items, overlaps }));
    }
    return f.overlaps;
  };
  return {
    /** The figures of a view (and unit) to withhold. */
    withheldFor(v: ViewInput, unit: string | null): Overlap[] {
      const all = ask(v.side, unit);
      if (ctx.overlap?.allowed) return [];
      const nd = v.instrument.dimensions.length;
      if (!v.whole) return all;
      const whole = v.whole;
      return all.flatMap((o) => {
        if (o.figure < nd) return [o];
        const k = whole.indexOf(o.figure - nd);
        return k < 0 ? [] : [{ ...o, figure: nd + k }];
      });
    },
    /** What was found, for the notes. */
    found: () => [...found.values()].filter((f) => f.items.length),
  };
}

/** A line's figures, gaps and reading, judged on its intervals; with leaders, both of leadership's blind spots. */
function lineOf(fig: (v: View) => SideFigures | null, t: Thresholds, withLeaders: boolean): MirrorLine {
  const l = judgeLine(line(fig('employees'), fig('customers'), withLeaders ? fig('leaders') : undefined, t, withLeaders), t);
  if (withLeaders) l.blindSpots = { employees: blindSpotOf(fig('leadersOnEmployees'), fig('employees'), t), customers: blindSpotOf(fig('leaders'), fig('customers'), t) };
  return l;
}

/** The dimensions, in instrument order. */
function dimensionsOf(ref: Instrument, sets: Partial<Record<View, SideSet>>, ctx: MirrorContext, withLeaders: boolean): MirrorDimension[] {
  return ref.dimensions.map((d, i) => ({ id: d.id, label: tr(d.label, ctx.lang), ...lineOf((v) => sets[v]?.dims[i] ?? null, ctx.thresholds, withLeaders) }));
}

/** The statement pairs, in instrument order, with each view's text. */
function pairsOf(ref: Instrument, views: Partial<Record<View, ViewInput>>, sets: Partial<Record<View, SideSet>>, ctx: MirrorContext, withLeaders: boolean): MirrorPair[] {
  return questionsOf(ref).map(({ question, dimension }) => {
    const at = (v: View) => views[v]?.pos.byId.get(question.id);
    const fig = (v: View) => {
      const k = at(v);
      return k === undefined ? null : (sets[v]?.statements[k] ?? null);
    };
    const text = (v: View) => {
      const k = at(v);
      return k === undefined ? undefined : tr(questionsOf(views[v]!.instrument)[k]!.question.text, ctx.lang);
    };
    const leaders = text('leaders');
    const onEmployees = text('leadersOnEmployees');
    return {
      id: question.id,
      dimension: dimension.id,
      texts: { employees: text('employees') ?? '', customers: text('customers') ?? '', ...(leaders === undefined ? {} : { leaders }), ...(onEmployees === undefined ? {} : { leadersOnEmployees: onEmployees }) },
      ...lineOf(fig, ctx.thresholds, withLeaders),
    };
  });
}

/** A side's overall favourable %: the mean of its dimensions' shown ones (null when the side is not shown or has none). */
function overallOf(dimensions: readonly MirrorDimension[], s: Side, shown: boolean): number | null {
  if (!shown) return null;
  const values = dimensions.map((d) => d[s]?.favourableExact ?? null).filter((x): x is number => x !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** What the gates read: the mean of the employees' and customers' overall, and the lower of the two. */
function gateFigures(e: number | null, c: number | null): Mirror['overall'] {
  if (e === null || c === null) return { favourable: null, favourableExact: null, lowestSide: null, lowest: null, lowestExact: null };
  return { favourable: rounded((e + c) / 2), favourableExact: (e + c) / 2, lowestSide: c < e ? 'customers' : 'employees', lowest: rounded(Math.min(e, c)), lowestExact: Math.min(e, c) };
}

/** The notes of the mirror: thresholds, hidden sides, overlaps with released figures, withheld figures, skipped input, units, no matrix. */
function notesOf(
  sides: MirrorSides,
  ctx: MirrorContext,
  given: readonly Side[],
  shown: (s: Side) => boolean,
  threshold: Record<Side, number>,
  found: ReturnType<ReturnType<typeof overlapsOf>['found']>,
  doc: { dimensions: readonly MirrorDimension[]; pairs: readonly MirrorPair[]; units: readonly MirrorUnit[]; warning: LowThresholdWarning | null },
): MirrorNote[] {
  const notes: MirrorNote[] = doc.warning ? [doc.warning] : [];
  const count = (s: Side) => (s === 'leaders' ? sides.leaders!.tally.customers.all.respondents : sides[s].tally.all.respondents);
  for (const s of given) if (!shown(s)) notes.push(msg('mirror.note.sideHidden', { side: s, n: count(s), min: threshold[s] }) as MirrorNote);
  // A side's figures, and for the leaders their belief about employees too.
  const figuresOf = (l: MirrorLine, s: Side) => (s === 'leaders' ? [l.leaders, l.blindSpots?.employees.leaders] : [l[s]]);
  const withheld = (l: MirrorLine, s: Side) => figuresOf(l, s).some((f) => f?.withheld);
  for (const s of given) {
    const o = found.filter((x) => x.side === s);
    if (o.length) notes.push(msg('mirror.note.overlap', { side: s, allowed: Boolean(ctx.overlap?.allowed), min: threshold[s], where: o.map((x) => ({ unit: x.unit, items: x.items })) }) as MirrorNote);
    const held = {
      dimensions: doc.dimensions.filter((d) => withheld(d, s)).map((d) => d.label),
      statements: doc.pairs.filter((p) => withheld(p, s)).map((p) => p.id),
      units: doc.units.filter((u) => u.dimensions?.some((d) => withheld(d, s))).map((u) => u.name),
    };
    if (held.dimensions.length || held.statements.length || held.units.length) notes.push(msg('mirror.note.withheld', { side: s, min: threshold[s], ...held }) as MirrorNote);
  }
  if (shown('customers') && count('customers') < INDICATIVE_BELOW) notes.push(msg('mirror.note.indicative', { n: count('customers'), below: INDICATIVE_BELOW }) as MirrorNote);
  const skipped = given.reduce((n, s) => n + (s === 'leaders' ? sides.leaders!.skipped : sides[s].skipped), 0);
  if (skipped) notes.push(msg('mirror.note.skipped', { n: skipped }) as MirrorNote);
  const hiddenUnits = doc.units.filter((u) => !u.shown).length;
  if (hiddenUnits) notes.push(msg('mirror.note.unitsHidden', { n: hiddenUnits, total: doc.units.length }) as MirrorNote);
  const bySubtraction = doc.units.filter((u) => u.employees.visibility === 'hidden-by-subtraction' || u.customers.visibility === 'hidden-by-subtraction').length;
  if (bySubtraction) notes.push(msg('mirror.note.unitsSubtraction', { n: bySubtraction }) as MirrorNote);
  if (!ctx.matrix) notes.push(msg('mirror.note.noMatrix') as MirrorNote);
  return notes;
}

/** Builds the mirror document from the sides read. */
export function buildMirror(sides: MirrorSides, ctx: MirrorContext): Mirror {
  const { lang, thresholds } = ctx;
  const ref = sides.employees.instrument;
  const withLeaders = sides.leaders !== undefined;
  const given: Side[] = withLeaders ? ['employees', 'customers', 'leaders'] : ['employees', 'customers'];
  const threshold: Record<Side, number> = { employees: ctx.minGroup, customers: ctx.minCustomers, leaders: ctx.minLeaders };
  const views = viewsOf(sides);
  const shown = (s: Side) => (views[s]?.tally.all.respondents ?? 0) >= Math.max(1, threshold[s]);
  const overlap = overlapsOf(sides, ctx);

  // Per view, only for the sides shown: each figure on its own contributors.
  const sets: Partial<Record<View, SideSet>> = {};
  for (const v of VIEWS) {
    const x = views[v];
    if (x && shown(x.side)) sets[v] = sideSet(x.instrument, x.pos.dims, x.tally.all, threshold[x.side], overlap.withheldFor(x, null));
  }
  const dimensions = dimensionsOf(ref, sets, ctx, withLeaders);
  const pairs = pairsOf(ref, views, sets, ctx, withLeaders);

  const summary = (s: Side): SideSummary => {
    const exact = overallOf(dimensions, s, shown(s));
    const inst = s === 'leaders' ? sides.leaders!.instrument : sides[s].instrument;
    const n = views[s]!.tally.all.respondents;
    return {
      instrument: { id: inst.id, version: inst.version, title: tr(inst.title, lang) || inst.id },
      respondents: n,
      shown: shown(s),
      threshold: threshold[s],
      favourable: rounded(exact),
      favourableExact: exact,
      indicative: s === 'customers' && shown(s) && n < INDICATIVE_BELOW,
      skipped: s === 'leaders' ? sides.leaders!.skipped : sides[s].skipped,
    };
  };

  const units = unitsOf(sides, ctx, shown, sets, (s) => views[s]!, overlap.withheldFor);
  const warning = lowThresholdWarning(Math.min(ctx.minGroup, withLeaders ? ctx.minLeaders : Infinity));
  const notes = notesOf(sides, ctx, given, shown, threshold, overlap.found(), { dimensions, pairs, units, warning });
  const recommendations = ctx.matrix ? recommendMirror(ctx.matrix, dimensions, lang) : [];
  const blindSpotPlan = withLeaders && ctx.matrix ? blindSpotPlanOf(ctx.matrix, dimensions, lang) : [];
  const used = new Set(recommendations.map((r) => r.reading));
  const undetermined = dimensions.some((d) => d.reading === 'undetermined' || d.blindSpots?.employees.reading === 'undetermined' || d.blindSpots?.customers.reading === 'undetermined');
  const { min, max } = scaleBounds(ref);
  const outcomes = mirrorOutcomes(sides, threshold, shown, lang);
  return {
    ...documentHeader('mirror', ref, ctx),
    thresholds: { ...thresholds },
    anonymity: { minGroup: ctx.minGroup, minCustomers: ctx.minCustomers, minLeaders: ctx.minLeaders, indicativeBelow: INDICATIVE_BELOW, warning },
    scale: { min, max, midpoint: midpointOf(ref) },
    sides: { employees: summary('employees'), customers: summary('customers'), ...(withLeaders ? { leaders: summary('leaders') } : {}) },
    overall: gateFigures(overallOf(dimensions, 'employees', shown('employees')), overallOf(dimensions, 'customers', shown('customers'))),
    dimensions,
    byGap: byGap(dimensions).map((d) => d.id),
    pairs,
    units,
    postures: ctx.matrix ? posturesOf(ctx.matrix, used, undetermined, lang) : [],
    recommendations,
    ...(withLeaders ? { blindSpotPlan } : {}),
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
  sides: MirrorSides,
  ctx: MirrorContext,
  shown: (s: Side) => boolean,
  sets: Partial<Record<View, SideSet>>,
  viewOf: (s: 'employees' | 'customers') => ViewInput,
  withheldFor: (v: ViewInput, unit: string | null) => Overlap[],
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
    const v = viewOf(s);
    const figs = names.map((name, k) => (visible[k] ? sideSet(v.instrument, v.pos.dims, tally.units.get(name)!, t, withheldFor(v, name)).dims : null));
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
    const dims = ref.dimensions.map((d, i) => ({ id: d.id, label: tr(d.label, ctx.lang), ...lineOf((v) => (v === 'employees' ? de[k]![i]! : v === 'customers' ? dc[k]![i]! : null), ctx.thresholds, false) }));
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

/**
 * Leadership's blind spots to work on: per side (employees, then customers) and reading (overestimated, then
 * underestimated), the dimensions where the blind spot is declared, largest |gap| first (ties in instrument order),
 * with the matrix's posture and actions for it. Aligned and undetermined views get none.
 */
export function blindSpotPlanOf(matrix: MirrorMatrix, dimensions: readonly MirrorDimension[], lang: Lang): BlindSpotPlanItem[] {
  if (!matrix.blindSpots) return [];
  const out: BlindSpotPlanItem[] = [];
  for (const side of ['employees', 'customers'] as const) {
    for (const reading of BLIND_SPOT_READINGS) {
      const cell = matrix.blindSpots[side][reading];
      const spots = dimensions.map((d) => ({ d, b: d.blindSpots?.[side] })).filter((x) => x.b?.reading === reading);
      if (!spots.length) continue;
      const ranked = spots.map((x, order) => ({ ...x, order })).sort((a, b) => Math.abs(b.b!.gapExact ?? 0) - Math.abs(a.b!.gapExact ?? 0) || a.order - b.order);
      out.push({ side, reading, dimensions: ranked.map((x) => ({ id: x.d.id, label: x.d.label, gap: x.b!.gap })), posture: tr(cell.posture, lang), actions: cell.actions.map((a): MirrorAction => actionText(a, lang)) });
    }
  }
  return out;
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
