// What the outcome questions of a team view say (SPEC.md "Outcomes"), apart from how each format says it: per set
// (team, groups, mirror sides) the NPS line, and for the team the driver impact with its priorities and strengths.
import type { AggDrivers, AggOutcome, Aggregate } from '../../team/aggregate.js';
import type { Side } from '../../core/mirror-family.js';
import type { Mirror } from '../../mirror/document.js';
import type { Speech } from './words.js';

/** One outcome question and its figure in each set, in a sentence. */
export interface OutcomeLine {
  text: string;
  sets: { set: string; figure: string }[];
}

/** The driver impact on one outcome: a table and its reading, or why there is none. */
export interface DriversView {
  title: string;
  note: string;
  head: string[];
  rows: { label: string; score: string; impact: string; reading: string }[];
  priorities: string | null;
  strengths: string | null;
  /** The points of the importance–performance map (score across, r up), and the team's mean score. */
  /** The map's title, axis names and caption. */
  axes: { title: string; x: string; y: string; caption: string; yTicks: string[] };
  map: { cut: number; points: { label: string; score: number; r: number; low: number; high: number; role: 'priority' | 'strength' | null }[] } | null;
}

/** The outcomes part of a team view; null when the instrument has no outcome question. */
export interface OutcomesView {
  title: string;
  note: string;
  lines: OutcomeLine[];
  drivers: DriversView[];
}

/** A signed figure, `+12.0`, `−4.5`, `0.0`. */
export function signed(s: Speech, x: number, digits = 1): string {
  return s.w('outcomes.signed', { value: s.f.num(Math.abs(x), digits), negative: x < 0, zero: x === 0 });
}

/** An outcome's figure in a sentence: the NPS line (0–10), the mean line otherwise, or why there is none. */
export function outcomeFigure(s: Speech, o: AggOutcome, minGroup: number): string {
  if (!o.answered) return s.w('outcomes.noAnswer');
  if (o.n === null) return s.w('outcomes.withheld', { n: o.answered, min: minGroup });
  if (o.nps !== null && o.ci) {
    return s.w('outcomes.npsLine', { nps: signed(s, o.nps), low: signed(s, o.ci[0]), high: signed(s, o.ci[1]), n: o.n, promoters: o.promoters ?? 0, passives: o.passives ?? 0, detractors: o.detractors ?? 0 });
  }
  return s.w('outcomes.meanLine', { mean: s.num2(o.mean), low: o.meanCi ? s.f.num(o.meanCi[0], 2) : null, high: o.meanCi ? s.f.num(o.meanCi[1], 2) : null, min: o.scale.min, max: o.scale.max, n: o.n });
}

/** The driver impact on one outcome, as every format shows it. */
export function driversView(s: Speech, d: AggDrivers, outcomeText: string): DriversView {
  const { w, f, t } = s;
  const title = w('outcomes.driversTitle', { outcome: d.outcome.toUpperCase() === 'ENPS' ? 'eNPS' : d.outcome.toUpperCase() === 'NPS' ? 'NPS' : t(outcomeText) });
  const head = (['dimension', 'score', 'impact', 'reading'] as const).map((which) => w('outcomes.head', { which }));
  const axes = { title: w('outcomes.mapTitle'), x: w('outcomes.mapX'), y: w('outcomes.mapY'), caption: w('outcomes.mapCaption'), yTicks: [-1, -0.5, 0, 0.5, 1].map((t) => signed(s, t, 1)) };
  if (d.reason) {
    const note = d.reason === 'too-few' ? w('outcomes.driversTooFew', { n: d.contributors, min: d.minimum }) : w('outcomes.driversTeamHidden');
    return { title, note, head, rows: [], priorities: null, strengths: null, axes, map: null };
  }
  const cut = d.performanceCut ?? null;
  const named = (role: 'priority' | 'strength') => d.dimensions.filter((x) => x.role === role).map((x) => t(x.label));
  const priorities = named('priority');
  const strengths = named('strength');
  return {
    title,
    note: w('outcomes.driversNote', { n: d.contributors, cut: f.score(cut) }),
    head,
    rows: d.dimensions.map((x) => ({
      label: t(x.label),
      score: f.score(x.score),
      impact: x.r === null ? '—' : w('outcomes.rInterval', { r: signed(s, x.r, 2), low: signed(s, x.ci![0], 2), high: signed(s, x.ci![1], 2) }),
      reading: w('outcomes.role', { role: x.r === null ? 'unknown' : x.role ?? 'none' }),
    })),
    priorities: priorities.length ? w('outcomes.priorities', { items: priorities }) : null,
    strengths: strengths.length ? w('outcomes.strengths', { items: strengths }) : null,
    axes,
    map:
      cut === null
        ? null
        : { cut, points: d.dimensions.filter((x) => x.r !== null && x.score !== null).map((x) => ({ label: t(x.label), score: x.score!, r: x.r!, low: x.ci![0], high: x.ci![1], role: x.role })) },
  };
}

/** The outcomes of a team view: the team's and each group's figures, then the team's driver impact. */
export function outcomesView(s: Speech, a: Aggregate): OutcomesView | null {
  const team = a.team.outcomes ?? a.groups.find((g) => g.outcomes)?.outcomes;
  // Nobody answered an outcome question (a form without the column): nothing to say in the human formats.
  const answered = [a.team, ...a.groups].some((g) => g.outcomes?.some((o) => o.answered > 0)) || a.drivers?.some((d) => d.contributors > 0);
  if (!a.drivers || !answered) return null;
  const min = a.anonymity.minGroup;
  const sets = [{ name: s.w('render.team'), list: a.team.outcomes }, ...a.groups.map((g) => ({ name: s.t(g.name ?? ''), list: g.outcomes }))];
  const lines: OutcomeLine[] = (team ?? []).map((o, k) => ({
    text: s.t(o.text),
    sets: sets.filter((x) => x.list?.[k]).map((x) => ({ set: x.name, figure: outcomeFigure(s, x.list![k]!, min) })),
  }));
  return {
    title: s.w('outcomes.title'),
    note: s.w('outcomes.npsNote'),
    lines,
    drivers: a.drivers.map((d) => driversView(s, d, team?.find((o) => o.id === d.outcome)?.text ?? d.outcome)),
  };
}

/** The mirror's recommendation questions side by side: employees' eNPS with the leaders' prediction, customers' NPS with theirs. */
export function mirrorOutcomesView(s: Speech, m: Mirror): OutcomesView | null {
  const o = m.outcomes;
  if (!o || !o.sides.some((x) => x.outcomes?.some((y) => y.answered > 0))) return null;
  const min = (side: Side) => m.sides[side]?.threshold ?? m.anonymity.minGroup;
  const set = (side: Side, which: 'employees' | 'customers' | 'leaders-employees' | 'leaders-customers', x: AggOutcome | null) =>
    x ? [{ set: s.w('outcomes.mirrorSide', { side: which }), figure: outcomeFigure(s, x, min(side)) }] : [];
  const { employees, customers, leadersOnEmployees, leadersOnCustomers } = o.sideBySide;
  const lines: OutcomeLine[] = [];
  if (employees || leadersOnEmployees) lines.push({ text: s.t((employees ?? leadersOnEmployees)!.text), sets: [...set('employees', 'employees', employees), ...set('leaders', 'leaders-employees', leadersOnEmployees)] });
  if (customers || leadersOnCustomers) lines.push({ text: s.t((customers ?? leadersOnCustomers)!.text), sets: [...set('customers', 'customers', customers), ...set('leaders', 'leaders-customers', leadersOnCustomers)] });
  return lines.length ? { title: s.w('outcomes.mirrorTitle'), note: s.w('outcomes.npsNote'), lines, drivers: [] } : null;
}
