// What a comparison says, apart from how each format says it.
import type { CompareLine, Comparison } from '../../team/compare.js';
import { noteText } from './notes.js';
import { speech, type Speech } from './words.js';

/** A line of the comparison: a dimension or the overall. */
export interface ChangeRow {
  label: string;
  old: string;
  new: string;
  /** New minus old, for colours: positive, negative, zero or null. */
  deltaValue: number | null;
  delta: string;
  levelChange: string;
}

/** The comparison, format-neutral. */
export interface ComparisonView {
  s: Speech;
  kind: string;
  instrumentTitle: string;
  title: string;
  sides: { label: string; text: string }[];
  warning: string | null;
  /** Other notes (the two measures made with different versions of the questionnaire). */
  notes: string[];
  head: string[];
  rows: ChangeRow[];
  overall: ChangeRow;
  moves: { label: string; text: string }[];
  definition: string;
  /** Said right under the table when a change shown differs from the difference of the two rounded scores shown. */
  roundingNote: string | null;
  /** The method box of a comparison of two team views; null for two results. */
  method: { title: string; lines: string[] } | null;
  /** For a chart: both measures' scores per dimension. */
  axes: string[];
  series: { label: string; values: (number | null)[] }[];
  levels: Comparison['levels'];
}

/** Builds the view of a comparison. */
export function comparisonView(c: Comparison): ComparisonView {
  const s = speech(c.language);
  const { w, f, t } = s;
  const signed = (x: number | null) => (x === null ? '—' : x > 0 ? `+${f.num(x)}` : x < 0 ? `−${f.num(-x)}` : f.num(0));
  const point = (p: CompareLine['old']) => (p.score === null ? '—' : t(`${f.score(p.score)} (${p.level} ${p.levelLabel})`));
  const change = (l: CompareLine) =>
    l.levelChange === null ? '' : l.levelChange === 'same' ? w('render.same') : `${w(l.levelChange === 'up' ? 'render.up' : 'render.down')} ${l.old.level} → ${l.new.level}`;
  // Two aggregates: the change with its Welch interval, and "within the noise" when the interval contains 0.
  const deltaText = (l: CompareLine) => {
    if (!l.ci) return signed(l.delta);
    const text = w('uncertainty.interval', { value: signed(l.delta), low: signed(l.ci[0]), high: signed(l.ci[1]) });
    return l.verdict === 'within-noise' ? `${text}, ${w('uncertainty.withinNoise')}` : text;
  };
  const row = (label: string, l: CompareLine): ChangeRow => ({ label: t(label), old: point(l.old), new: point(l.new), deltaValue: l.verdict === 'within-noise' ? 0 : l.delta, delta: deltaText(l), levelChange: change(l) });
  const side = (x: Comparison['old']) =>
    `${x.kind === 'aggregate' ? w('render.aggregateOf', { n: x.respondents ?? 0, min: x.minGroup === null ? '?' : String(x.minGroup) }) : w('render.individualResult')}, ${w('render.measured', { date: x.measuredAt ? f.date(x.measuredAt) : null })}`;
  const moves = (m: Comparison['improved']) => (m.length ? m.map((x) => `${t(x.label)} ${signed(x.delta)}`).join(', ') : w('render.none'));
  const kind = w('render.change');
  // The first line (overall first) whose change, computed from the exact scores, is not the difference of the rounded ones.
  const tenth = (x: number) => Math.sign(x) * Math.round(Math.abs(x) * 10) / 10;
  const odd = [{ label: w('render.overall'), l: c.overall }, ...c.dimensions.map((d) => ({ label: t(d.label), l: d as CompareLine }))].find(
    ({ l }) => l.delta !== null && l.old.score !== null && l.new.score !== null && signed(tenth(l.new.score) - tenth(l.old.score)) !== signed(l.delta),
  );
  return {
    s,
    kind,
    instrumentTitle: t(c.instrument.title),
    title: `${t(c.instrument.title)} — ${kind}`,
    sides: [{ label: w('render.before'), text: side(c.old) }, { label: w('render.after'), text: side(c.new) }],
    warning: [c.warning, c.subtraction].filter((x) => x !== null).map((x) => noteText(x!, c.language)).join(' ') || null,
    notes: c.notes.map((n) => noteText(n, c.language)),
    head: [w('render.dimension'), w('render.before'), w('render.after'), w('render.delta'), w('render.level')],
    rows: c.dimensions.map((d) => row(d.label, d)),
    overall: row(w('render.overall'), c.overall),
    moves: [{ label: w('render.improved'), text: moves(c.improved) }, { label: w('render.fell'), text: moves(c.fell) }],
    definition: c.old.kind === 'aggregate' && c.new.kind === 'aggregate' ? `${w('render.deltaDefinition')} ${w('uncertainty.compareNote')}` : w('render.deltaDefinition'),
    roundingNote: odd
      ? w('terminal.roundingNote', { label: odd.label, old: f.score(odd.l.old.score!), new: f.score(odd.l.new.score!), shown: signed(tenth(odd.l.new.score!) - tenth(odd.l.old.score!)), delta: signed(odd.l.delta) })
      : null,
    method: c.old.kind === 'aggregate' && c.new.kind === 'aggregate' ? { title: w('uncertainty.methodTitle'), lines: [w('uncertainty.methodIntervals'), w('uncertainty.methodConventions')] } : null,
    axes: c.dimensions.map((d) => t(d.label)),
    series: [{ label: w('render.before'), values: c.dimensions.map((d) => d.old.score) }, { label: w('render.after'), values: c.dimensions.map((d) => d.new.score) }],
    levels: c.levels,
  };
}
