// What a trend says, apart from how each format says it.
import type { Side } from '../../core/mirror-family.js';
import type { Trend, TrendChange, TrendWave } from '../../team/trend.js';
import { noteText } from './notes.js';
import { speech, type Speech } from './words.js';

/** One wave of one series: its figure and the change since the wave before. */
export interface TrendCell {
  value: string;
  valueNum: number | null;
  /** The change since the wave before in full (with its interval and verdict), or null for the first wave. */
  change: string | null;
  /** The change in a few characters, for the terminal ("+3.2▲"), empty for the first wave. */
  short: string;
  /** For colours and lines: positive, negative, zero (within the noise) or null (no change computed). */
  direction: number | null;
  /** Whether a line joins this wave to the one before. */
  joined: boolean;
}

export interface TrendRow {
  id: string;
  label: string;
  overall: boolean;
  cells: TrendCell[];
}

/** The series of one population: the team, or a side of a mirror. */
export interface TrendPanel {
  side: Side | null;
  title: string | null;
  rows: TrendRow[];
}

/** The trend, format-neutral. */
export interface TrendView {
  s: Speech;
  kind: string;
  instrumentTitle: string;
  title: string;
  metric: string;
  waves: { short: string; long: string; date: string; text: string }[];
  notes: string[];
  panels: TrendPanel[];
  legend: string;
  definition: string;
  method: { title: string; lines: string[] } | null;
  levels: Trend['levels'];
}

/** Builds the view of a trend. */
export function trendView(t: Trend): TrendView {
  const s = speech(t.language);
  const { w, f } = s;
  const signed = (x: number) => (x > 0 ? `+${f.num(x, 1)}` : x < 0 ? `−${f.num(-x, 1)}` : f.num(0, 1));
  const verdictWord = { improved: w('trend.improved'), declined: w('trend.declined'), 'within-noise': w('uncertainty.withinNoise') } as const;
  const mark = { improved: '▲', declined: '▼', 'within-noise': '≈' } as const;
  const change = (c: TrendChange): Pick<TrendCell, 'change' | 'short' | 'direction' | 'joined'> => {
    if (c.status === 'break') return { change: w('trend.broken'), short: '┊', direction: null, joined: false };
    if (c.status === 'withheld') return { change: w('privacy.withheldCell'), short: '—', direction: null, joined: false };
    if (c.status === 'missing' || c.delta === null) return { change: '—', short: '—', direction: null, joined: false };
    const value = signed(c.delta);
    if (!c.ci || !c.verdict) return { change: value, short: value, direction: c.delta, joined: true };
    const interval = w('uncertainty.interval', { value, low: signed(c.ci[0]), high: signed(c.ci[1]) });
    return { change: `${interval}, ${verdictWord[c.verdict]}`, short: `${value}${mark[c.verdict]}`, direction: c.verdict === 'within-noise' ? 0 : c.delta, joined: true };
  };
  const waveText = (x: TrendWave) => {
    const team = x.populations.find((p) => p.name === 'team');
    const count = (side: Side) => x.populations.find((p) => p.name === side)?.respondents ?? 0;
    const kind =
      x.kind === 'result' ? w('render.individualResult')
      : x.kind === 'mirror' ? w('trend.mirrorOf', { employees: count('employees'), customers: count('customers') })
      : w('render.aggregateOf', { n: team?.respondents ?? 0, min: team ? String(team.threshold) : '?' });
    return `${kind}, ${w('render.measured', { date: f.date(x.measuredAt) })}`;
  };
  const sides = [...new Set(t.series.map((x) => x.side))];
  const panels = sides.map((side): TrendPanel => ({
    side,
    title: side === null ? null : w(`mirror.side.${side}`),
    rows: t.series
      .filter((x) => x.side === side)
      .map((x) => ({
        id: x.id,
        label: s.t(x.label),
        overall: x.id === 'overall',
        cells: x.points.map((p, i) => ({
          value: p.value === null ? '—' : f.num(p.value, 1),
          valueNum: p.value,
          ...(i === 0 ? { change: null, short: '', direction: null, joined: false } : change(x.changes[i - 1]!)),
        })),
      })),
  }));
  const team = t.waves.some((x) => x.kind !== 'result');
  const kind = w('trend.kind');
  return {
    s,
    kind,
    instrumentTitle: s.t(t.instrument.title),
    title: `${s.t(t.instrument.title)} — ${kind}`,
    metric: w(t.metric === 'score' ? 'trend.metricScore' : 'trend.metricFavourable'),
    waves: t.waves.map((x) => ({ short: w('trend.waveShort', { n: x.wave }), long: w('trend.waveLong', { n: x.wave }), date: f.date(x.measuredAt), text: waveText(x) })),
    notes: t.notes.map((n) => noteText(n, t.language)),
    panels,
    legend: w('trend.legend'),
    definition: w('trend.definition'),
    method: team
      ? { title: w('uncertainty.methodTitle'), lines: [w('uncertainty.methodIntervals'), w(t.metric === 'score' ? 'uncertainty.methodConventions' : 'uncertainty.methodMirrorConventions')] }
      : null,
    levels: t.levels,
  };
}
