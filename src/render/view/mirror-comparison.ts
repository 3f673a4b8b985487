// What a comparison of two mirrors says, apart from how each format says it.
import type { MirrorComparison, Move } from '../../mirror/compare.js';
import { speech, type Speech } from './words.js';

export interface MoveCells {
  old: string;
  new: string;
  delta: string;
  deltaValue: number | null;
}

export interface MirrorComparisonView {
  s: Speech;
  title: string;
  dates: { label: string; text: string }[];
  head: string[];
  sides: { label: string; cells: MoveCells }[];
  dimensions: { label: string; cells: MoveCells[]; reading: string }[];
  definition: string;
}

/** Builds the view of a comparison of two mirrors. */
export function mirrorComparisonView(c: MirrorComparison): MirrorComparisonView {
  const s = speech(c.language);
  const { w, f, t } = s;
  const signed = (x: number | null) => (x === null ? '—' : x > 0 ? `+${f.num(x)}` : x < 0 ? `−${f.num(-x)}` : f.num(0));
  const pct = (x: number | null) => (x === null ? '—' : f.pct(x, 1));
  // A change with its interval, and "within the noise" when the interval contains 0 (as the aggregates' compare says it).
  const deltaText = (m: Move) => {
    if (!m.ci) return signed(m.delta);
    const text = w('uncertainty.interval', { value: signed(m.delta), low: signed(m.ci[0]), high: signed(m.ci[1]) });
    return m.verdict === 'within-noise' ? `${text}, ${w('uncertainty.withinNoise')}` : text;
  };
  const cells = (m: Move, gap = false): MoveCells => ({ old: gap ? signed(m.old) : pct(m.old), new: gap ? signed(m.new) : pct(m.new), delta: deltaText(m), deltaValue: m.verdict === 'within-noise' ? 0 : m.delta });
  const judged = c.dimensions.some((d) => d.gap.ci !== undefined);
  const side = (x: string) => w(`mirror.side.${x}` as 'mirror.side.employees');
  const reading = (r: string | null) => (r === null ? '—' : w(`mirror.reading.${r}` as 'mirror.reading.balanced'));
  const withLeaders = c.sides.some((x) => x.side === 'leaders');
  const cols = ['employees', 'customers', ...(withLeaders ? ['leaders'] : [])];
  return {
    s,
    title: `${w('mirror.title')} — ${w('render.change')}`,
    dates: [
      { label: w('render.before'), text: c.old.generatedAt ? f.date(c.old.generatedAt) : '—' },
      { label: w('render.after'), text: c.new.generatedAt ? f.date(c.new.generatedAt) : '—' },
    ],
    head: [w('render.dimension'), ...cols.map(side), w('mirror.gap'), w('mirror.readingHead')],
    sides: c.sides.map((x) => ({ label: side(x.side), cells: cells(x) })),
    dimensions: c.dimensions.map((d) => ({
      label: t(d.label),
      cells: [cells(d.employees), cells(d.customers), ...(d.leaders ? [cells(d.leaders)] : []), cells(d.gap, true)],
      reading: d.reading.changed ? `${reading(d.reading.old)} → ${reading(d.reading.new)}` : reading(d.reading.new),
    })),
    definition: [...(c.withheld?.length ? [w('privacy.compareWithheld', { sides: c.withheld.map(side) })] : []), w('mirror.compareDefinition'), ...(judged ? [w('uncertainty.methodIntervals')] : [])].join(' '),
  };
}

/** A move on one line: "55.0% → 61.2% (+6.2)". */
export function moveText(m: MoveCells): string {
  return `${m.old} → ${m.new} (${m.delta})`;
}
