// What the customer–employee mirror says, apart from how each format says it: sides, dimensions by gap, statement
// pairs, units, the quadrant's points, the plan.
import type { MirrorReading, Reading } from '../../core/mirror-matrix.js';
import type { Side } from '../../core/mirror-family.js';
import { byGap } from '../../mirror/build.js';
import type { BlindSpot, BlindSpotReading, Mirror, MirrorAction, MirrorLine, SideFigures } from '../../mirror/document.js';
import { sidesOf } from '../../mirror/document.js';
import { hasCode, noteText } from './notes.js';
import { speech, type Speech } from './words.js';

/** One side's value on a line: the favourable % (for bars and points) and its text. */
export interface SideCell {
  value: number | null;
  /** The favourable % with its interval; `plain` without; `ci` the interval alone ("29–48"). */
  text: string;
  plain?: string;
  ci?: string | null;
}

/** A dimension, a statement pair or a unit's dimension, ready to show. */
export interface MirrorRow {
  id: string;
  label: string;
  /** Null when the side is not shown. */
  employees: SideCell | null;
  customers: SideCell | null;
  leaders: SideCell | null;
  gapValue: number | null;
  gap: string;
  /** The gap without its interval (the terminal's bars, where the interval goes on its own line). */
  plainGap: string;
  reading: MirrorReading | null;
  readingText: string;
  /** With leaders: leadership's view of each side (their belief, the gap leaders − side with its interval, its reading). */
  blind: Record<BlindSide, BlindCell> | null;
}

export type BlindSide = 'employees' | 'customers';

/** Leadership's view of one side on a line, ready to show. */
export interface BlindCell {
  leaders: SideCell | null;
  gap: string;
  reading: BlindSpotReading | null;
  readingText: string;
}

/** A blind spot of the plan: the side and reading, the dimensions it concerns, the posture and actions. */
export interface BlindPlanItem {
  title: string;
  reading: BlindSpotReading;
  dimensions: string;
  posture: string;
  actions: MirrorPlanItem['actions'];
}

export interface MirrorSideView {
  side: Side;
  label: string;
  respondents: number;
  shown: boolean;
  /** "42 respondents · 63% favourable", or the count and why nothing else is shown. */
  text: string;
  favourable: number | null;
}

export interface MirrorPlanItem {
  priority: number;
  label: string;
  readingText: string;
  reading: Reading;
  gap: string;
  actions: { id: string; title: string; detail: string; tagLine: string; done: string | null; indicator: string | null }[];
}

/** The mirror, format-neutral. */
export interface MirrorView {
  s: Speech;
  kind: string;
  title: string;
  sides: MirrorSideView[];
  leaders: boolean;
  /** Sides' words, for headings: "Employees", "Customers", "Leaders". */
  sideLabel: Record<Side, string>;
  warning: string | null;
  notes: string[];
  thresholds: { asymmetry: number; high: number; low: number };
  thresholdsText: string;
  /** The method box that ends the report. */
  method: { title: string; lines: string[] };
  readingsGuide: { reading: Reading; label: string; text: string }[];
  head: { dimension: string; statement: string; gap: string; reading: string; favourable: string; respondents: string; unit: string };
  /** With leaders: each blind spot's name (a section title), its column head, what its gap means, and what leaders are asked. */
  blindSpots: { side: BlindSide; title: string; head: string; belief: string; meaning: string }[] | null;
  /** With leaders: how the blind spots are read. */
  blindGuide: string | null;
  /** Dimensions, largest |gap| first. */
  rows: MirrorRow[];
  /** Dimensions in instrument order (the quadrant's numbering). */
  ordered: MirrorRow[];
  pairs: (MirrorRow & { texts: { employees: string; customers: string; leaders: string | null; leadersOnEmployees: string | null } })[];
  units: { title: string; rows: { name: string; shown: boolean; text: string; employees: string; customers: string; largest: MirrorRow | null }[] } | null;
  plan: { title: string; hint: string; items: MirrorPlanItem[]; postures: { label: string; text: string }[] } | null;
  /** With leaders: the blind spots to work on, with the matrix's postures and actions. */
  blindPlan: { title: string; items: BlindPlanItem[] } | null;
  overall: { label: string; text: string } | null;
  definitions: string;
  footer: string;
}

/** A signed number of points: +12.5, −3.0, 0.0. */
function signed(s: Speech, x: number | null): string {
  if (x === null) return '—';
  return x > 0 ? `+${s.f.num(x)}` : x < 0 ? `−${s.f.num(-x)}` : s.f.num(0);
}

/** A statement pair's texts, each with who it is asked of: employees, customers, then leaders about each side. */
export function pairTexts(v: Pick<MirrorView, 'sideLabel' | 'blindSpots'>, p: MirrorView['pairs'][number]): [string, string][] {
  const out: [string, string][] = [
    [v.sideLabel.employees, p.texts.employees],
    [v.sideLabel.customers, p.texts.customers],
  ];
  const belief = (side: BlindSide) => v.blindSpots?.find((b) => b.side === side)?.belief ?? v.sideLabel.leaders;
  if (p.texts.leadersOnEmployees) out.push([belief('employees'), p.texts.leadersOnEmployees]);
  if (p.texts.leaders) out.push([belief('customers'), p.texts.leaders]);
  return out;
}

/** Builds the view of a mirror. */
export function mirrorView(m: Mirror): MirrorView {
  const s = speech(m.language);
  const { w, f, t } = s;
  const sides = sidesOf(m);
  const sideLabel: Record<Side, string> = { employees: w('mirror.side.employees'), customers: w('mirror.side.customers'), leaders: w('mirror.side.leaders') };
  const readingText = (r: MirrorReading | null, settle?: number | null) =>
    r === 'undetermined' && settle ? `${w('mirror.reading.undetermined')} (${w('uncertainty.settle', { n: settle })})` : r === null ? '—' : w(`mirror.reading.${r}`);
  // A favourable % with its 95 % interval, in the one compact style of the human formats.
  const cell = (x: SideFigures | null | undefined): SideCell | null =>
    x
      ? {
          value: x.favourable,
          text: x.withheld ? w('privacy.withheldCell') : x.favourable === null ? '—' : x.ci ? w('uncertainty.interval', { value: f.pct(x.favourable, 1), low: f.num(x.ci[0], 0), high: f.num(x.ci[1], 0) }) : f.pct(x.favourable, 1),
          plain: x.withheld ? w('privacy.withheldCell') : x.favourable === null ? '—' : f.pct(x.favourable, 1),
          ci: x.ci && x.favourable !== null ? `${f.num(x.ci[0], 0)}–${f.num(x.ci[1], 0)}` : null,
        }
      : null;
  const gapText = (gap: number | null, ci: readonly [number, number] | null | undefined) =>
    ci && gap !== null ? w('uncertainty.interval', { value: signed(s, gap), low: signed(s, ci[0]), high: signed(s, ci[1]) }) : signed(s, gap);
  const blindText = (r: BlindSpotReading | null, settle: number | null) =>
    r === 'undetermined' && settle ? `${w('mirror.reading.undetermined')} (${w('uncertainty.settle', { n: settle })})` : r === null ? '—' : r === 'undetermined' ? w('mirror.reading.undetermined') : w(`mirror.blind.reading.${r}`);
  const blindCell = (b: BlindSpot): BlindCell => ({ leaders: cell(b.leaders), gap: gapText(b.gap, b.gapCi), reading: b.reading, readingText: blindText(b.reading, b.settle) });
  const row = (id: string, label: string, l: MirrorLine): MirrorRow => ({
    id,
    label: t(label),
    employees: cell(l.employees),
    customers: cell(l.customers),
    leaders: m.sides.leaders ? cell(l.leaders) : null,
    gapValue: l.gap,
    gap: gapText(l.gap, l.gapCi),
    plainGap: signed(s, l.gap),
    reading: l.reading,
    readingText: readingText(l.reading, l.settle),
    blind: l.blindSpots ? { employees: blindCell(l.blindSpots.employees), customers: blindCell(l.blindSpots.customers) } : null,
  });
  const ordered = m.dimensions.map((d) => row(d.id, d.label, d));
  const rank = new Map(m.byGap.map((id, i) => [id, i]));
  const rows = [...ordered].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  const pairs = byGap(m.pairs).map((p) => ({ ...row(p.id, p.id, p), texts: { employees: t(p.texts.employees), customers: t(p.texts.customers), leaders: p.texts.leaders ? t(p.texts.leaders) : null, leadersOnEmployees: p.texts.leadersOnEmployees ? t(p.texts.leadersOnEmployees) : null } }));

  const sideViews: MirrorSideView[] = sides.map((side) => {
    const x = m.sides[side]!;
    const n = f.count(x.respondents, w('mirror.respondent'), w('mirror.respondents'));
    const text = x.shown
      ? `${n} · ${x.favourable === null ? '—' : w('mirror.favourableValue', { value: x.favourable })}${x.indicative ? ` (${w('mirror.indicative')})` : ''}`
      : w('mirror.sideHiddenShort', { n: x.respondents, min: x.threshold });
    return { side, label: sideLabel[side], respondents: x.respondents, shown: x.shown, text, favourable: x.favourable };
  });
  const th = m.thresholds;
  const unitRows = m.units.map((u) => {
    const dims = u.dimensions ? byGap(u.dimensions).map((d) => row(d.id, d.label, d)) : [];
    return {
      name: t(u.name),
      shown: u.shown,
      text: u.shown ? '' : w('mirror.unitHidden', { employees: u.employees.respondents, customers: u.customers.respondents, subtraction: u.employees.visibility === 'hidden-by-subtraction' || u.customers.visibility === 'hidden-by-subtraction' }),
      employees: u.favourable?.employees === null || !u.favourable ? '—' : f.pct(u.favourable.employees, 1),
      customers: u.favourable?.customers === null || !u.favourable ? '—' : f.pct(u.favourable.customers, 1),
      largest: dims[0] ?? null,
    };
  });
  const owner = (o: string) => w(`render.owner.${o}` as 'render.owner.hr');
  const horizon = (h: string) => w(`render.horizon.${h}` as 'render.horizon.quick-win');
  const actionView = (a: MirrorAction): MirrorPlanItem['actions'][number] => ({
    id: a.id,
    title: t(a.title),
    detail: t(a.detail),
    tagLine: [a.plan ? s.labelled(w('plan.inPlan'), w('plan.inPlanValue', a.plan)) : '', a.horizon ? horizon(a.horizon) : '', a.owner ? owner(a.owner) : '', a.contributors.length ? `+ ${a.contributors.map(owner).join(', ')}` : ''].filter(Boolean).join(' · '),
    done: a.done ? t(a.done) : null,
    indicator: a.indicator ? t(a.indicator) : null,
  });
  return {
    s,
    kind: w('mirror.kind'),
    title: w('mirror.title'),
    sides: sideViews,
    leaders: Boolean(m.sides.leaders),
    sideLabel,
    warning: m.anonymity.warning ? noteText(m.anonymity.warning, m.language) : null,
    notes: m.notes.filter((n) => !hasCode(n, 'team.note.lowThreshold')).map((n) => noteText(n, m.language)),
    thresholds: th,
    thresholdsText: w('mirror.thresholds', th),
    method: {
      title: w('uncertainty.methodTitle'),
      lines: [
        w('uncertainty.methodMirrorWho', { employees: m.sides.employees.respondents, customers: m.sides.customers.respondents, minGroup: m.anonymity.minGroup, minCustomers: m.anonymity.minCustomers }),
        w('uncertainty.methodReadings', { asymmetry: m.thresholds.asymmetry, high: m.thresholds.high, low: m.thresholds.low }),
        w('uncertainty.methodIntervals'),
        w('uncertainty.methodMirrorConventions'),
      ],
    },
    readingsGuide: (['positive-symmetry', 'negative-symmetry', 'employees-ahead', 'customers-ahead', 'balanced'] as const).map((r) => ({ reading: r, label: readingText(r), text: w(`mirror.guide.${r}`, th) })),
    head: {
      dimension: w('render.dimension'),
      statement: w('render.statement'),
      gap: w('mirror.gap'),
      reading: w('mirror.readingHead'),
      favourable: w('mirror.favourable'),
      respondents: w('render.respondents'),
      unit: w('mirror.unit'),
    },
    blindSpots: m.sides.leaders
      ? (['employees', 'customers'] as const).map((b) => ({ side: b, title: w(`mirror.blind.${b}.title`), head: w(`mirror.blind.${b}.head`), belief: w(`mirror.blind.${b}.belief`), meaning: w(`mirror.blind.${b}.meaning`) }))
      : null,
    blindGuide: m.sides.leaders ? w('mirror.blind.guide', { asymmetry: th.asymmetry }) : null,
    rows,
    ordered,
    pairs,
    units: unitRows.length ? { title: w('mirror.units'), rows: unitRows } : null,
    plan: m.recommendations.length
      ? {
          title: w('mirror.plan'),
          hint: w('mirror.planHint'),
          items: m.recommendations.map((r) => ({
            priority: r.priority,
            label: t(r.label),
            reading: r.reading,
            readingText: readingText(r.reading),
            gap: signed(s, r.gap),
            actions: r.actions.map(actionView),
          })),
          postures: m.postures.map((p) => ({ label: readingText(p.reading), text: t(p.text) })),
        }
      : null,
    blindPlan: m.blindSpotPlan?.length
      ? {
          title: w('mirror.blind.plan'),
          items: m.blindSpotPlan.map((b) => ({
            title: `${w(`mirror.blind.${b.side}.title`)} — ${blindText(b.reading, null)}`,
            reading: b.reading,
            dimensions: b.dimensions.map((d) => `${t(d.label)} ${signed(s, d.gap)}`).join(' · '),
            posture: t(b.posture),
            actions: b.actions.map(actionView),
          })),
        }
      : null,
    overall: m.overall.favourable === null ? null : { label: w('mirror.overall'), text: w('mirror.overallValue', { mean: m.overall.favourable, lowest: m.overall.lowest!, side: sideLabel[m.overall.lowestSide!] }) },
    definitions: w('mirror.definitions', { midpoint: m.scale.midpoint }),
    footer: `${w('mirror.anonymity', { minGroup: m.anonymity.minGroup, minCustomers: m.anonymity.minCustomers, minLeaders: m.anonymity.minLeaders, leaders: Boolean(m.sides.leaders) })} · ${w('render.generated')} ${f.date(m.generatedAt)}`,
  };
}
