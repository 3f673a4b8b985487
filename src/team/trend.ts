// The trend over many waves (`ex-maturity trend FILE…`): per dimension and overall (per side for mirrors) the series
// of figures in date order, and the change between consecutive waves, with its interval and verdict when both waves
// are team documents. Pure: the waves are read elsewhere (io/trend-input.ts); notes are coded messages.
import type { Side } from '../core/mirror-family.js';
import { roundDelta, roundScore } from '../core/score.js';
import { changeVerdict, newcombeFrom, welch, type DiffInterval } from '../core/stats.js';
import type { Lang } from '../core/types.js';
import { msg, type Message } from '../i18n/index.js';
import type { Spread } from './compare.js';

/** What a wave is: an individual result, a team view, or a customer–employee mirror. */
export type WaveKind = 'result' | 'aggregate' | 'mirror';

/** One figure of a wave, unrounded, with what its change's interval needs. */
export interface WaveFigure {
  /** Unrounded figure (0–100 score or favourable %); null when not scored or withheld. */
  exact: number | null;
  withheld: boolean;
  /** A team score's contributors and sample standard deviation (Welch). */
  spread?: Spread | null;
  /** A favourable %'s 95 % interval, in points (Newcombe). */
  ci?: [number, number] | null;
}

/** The people a wave's figures rest on: the team, or a side of a mirror. */
export interface WavePopulation {
  name: 'team' | Side;
  respondents: number;
  threshold: number;
  shown: boolean;
}

/** One wave as read from its document. */
export interface WaveInput {
  kind: WaveKind;
  measuredAt: string;
  version: string | null;
  /** Empty for an individual result. */
  populations: WavePopulation[];
  /** Per series key (see SeriesDef). */
  figures: Record<string, WaveFigure>;
  /** Statement ids per dimension id, when the document says which statements it measured. */
  statements: Record<string, string[]> | null;
}

/** A series to follow: a dimension or the overall (id `overall`), of the team or of a mirror's side. */
export interface SeriesDef {
  key: string;
  id: string;
  side: Side | null;
  label: string;
}

export type ChangeStatus = 'change' | 'break' | 'withheld' | 'missing';

/** The change between two consecutive waves of a series. */
export interface TrendChange {
  from: number;
  to: number;
  /** `change`: computed; `break`: the statements behind the figure changed; `withheld`: a figure withheld, or the change would describe too few people; `missing`: a figure not scored. */
  status: ChangeStatus;
  delta: number | null;
  deltaExact: number | null;
  /** Two team documents: the 95 % interval of the change (Welch for scores, Newcombe for favourable %), rounded. */
  ci: [number, number] | null;
  verdict: 'improved' | 'declined' | 'within-noise' | null;
}

export interface TrendPoint {
  wave: number;
  value: number | null;
  valueExact: number | null;
  withheld: boolean;
}

export interface TrendSeries {
  id: string;
  side: Side | null;
  label: string;
  points: TrendPoint[];
  changes: TrendChange[];
}

export interface TrendWave {
  wave: number;
  kind: WaveKind;
  measuredAt: string;
  version: string | null;
  populations: WavePopulation[];
}

/** The trend, as written by `trend --format json` (schemaVersion 1, kind "trend"). */
export interface Trend {
  $schema: string;
  schemaVersion: 1;
  kind: 'trend';
  tool: { name: string; version: string };
  instrument: { id: string; version: string; title: string };
  language: Lang;
  generatedAt: string;
  /** What the figures are: 0–100 scores (results, aggregates) or favourable % (mirrors). */
  metric: 'score' | 'favourable';
  levels: { level: number; min: number; label: string }[];
  waves: TrendWave[];
  series: TrendSeries[];
  /** Coded notes: versions that differ, broken series, withheld changes. */
  notes: Message[];
}

export interface TrendContext {
  tool: { name: string; version: string };
  lang: Lang;
  generatedAt: string;
  schemaUrl: string;
  instrument: Trend['instrument'];
  metric: Trend['metric'];
  levels: Trend['levels'];
}

/** The waves in date order, ties in the order given. */
export function inDateOrder<W extends { measuredAt: string }>(waves: readonly W[]): W[] {
  return waves.map((w, i) => ({ w, i, t: Date.parse(w.measuredAt) })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.w);
}

/** The statements added and removed between two waves for a dimension (both empty when unchanged or unknown). */
function statementChange(before: WaveInput, after: WaveInput, dimension: string): { added: string[]; removed: string[] } {
  const a = before.statements?.[dimension];
  const b = after.statements?.[dimension];
  if (!a || !b) return { added: [], removed: [] };
  return { added: b.filter((x) => !a.includes(x)), removed: a.filter((x) => !b.includes(x)) };
}

/** Builds the trend over waves already in date order (wave numbers start at 1). */
export function buildTrend(defs: readonly SeriesDef[], waves: readonly WaveInput[], ctx: TrendContext): Trend {
  const notes: Message[] = [];
  const dimensions = [...new Set(defs.filter((d) => d.id !== 'overall').map((d) => d.id))];
  // Per pair of consecutive waves (index of the later one): what keeps its changes from being computed.
  const broken = waves.map((w, i) => {
    const out = new Set<string>();
    if (i === 0) return out;
    const before = waves[i - 1]!;
    if (before.version && w.version && before.version !== w.version) notes.push(msg('trend.versionsDiffer', { from: i, to: i + 1, old: before.version, new: w.version }));
    const all = { added: [] as string[], removed: [] as string[] };
    for (const id of dimensions) {
      const c = statementChange(before, w, id);
      if (!c.added.length && !c.removed.length) continue;
      out.add(id);
      all.added.push(...c.added);
      all.removed.push(...c.removed);
      notes.push(msg('trend.break', { label: defs.find((d) => d.id === id)!.label, from: i, to: i + 1, added: c.added, removed: c.removed }));
    }
    // The overall is the mean of the dimensions: it changed meaning when any of them did.
    if (out.size && defs.some((d) => d.id === 'overall')) {
      out.add('overall');
      notes.push(msg('trend.break', { label: null, from: i, to: i + 1, added: all.added, removed: all.removed }));
    }
    return out;
  });
  // Two waves of nearly the same people: a change would describe the few who came or left, so it is withheld.
  const nearly = waves.map((w, i) => {
    const out = new Set<string>();
    if (i === 0) return out;
    for (const p of w.populations) {
      const q = waves[i - 1]!.populations.find((x) => x.name === p.name);
      if (!q) continue;
      const difference = Math.abs(p.respondents - q.respondents);
      const minGroup = Math.max(p.threshold, q.threshold);
      if (difference > 0 && difference < minGroup) {
        out.add(p.name);
        notes.push(msg('trend.subtraction', { from: i, to: i + 1, difference, minGroup, side: p.name === 'team' ? null : p.name }));
      }
    }
    return out;
  });
  waves.forEach((w, i) => {
    for (const p of w.populations) if (!p.shown) notes.push(msg('trend.hidden', { wave: i + 1, respondents: p.respondents, minGroup: p.threshold, side: p.name === 'team' ? null : p.name }));
  });

  const interval = (a: WaveInput, b: WaveInput, fa: WaveFigure, fb: WaveFigure): DiffInterval | null => {
    if (a.kind === 'aggregate' && b.kind === 'aggregate' && fa.spread && fb.spread) return welch({ ...fb.spread, mean: fb.exact! }, { ...fa.spread, mean: fa.exact! });
    if (a.kind === 'mirror' && b.kind === 'mirror' && fa.ci && fb.ci) {
      const p = (f: WaveFigure) => [f.exact! / 100, { low: f.ci![0] / 100, high: f.ci![1] / 100 }] as const;
      const d = newcombeFrom(...p(fb), ...p(fa));
      return { diff: d.diff * 100, low: d.low * 100, high: d.high * 100 };
    }
    return null;
  };
  const series = defs.map((def): TrendSeries => {
    const population = def.side ?? 'team';
    const figure = (w: WaveInput): WaveFigure => w.figures[def.key] ?? { exact: null, withheld: false };
    const points = waves.map((w, i): TrendPoint => {
      const f = figure(w);
      return { wave: i + 1, value: f.exact === null ? null : roundScore(f.exact), valueExact: f.exact, withheld: f.withheld };
    });
    const changes = waves.slice(1).map((w, k): TrendChange => {
      const i = k + 1;
      const a = figure(waves[k]!);
      const b = figure(w);
      const none = (status: ChangeStatus): TrendChange => ({ from: i, to: i + 1, status, delta: null, deltaExact: null, ci: null, verdict: null });
      if (a.withheld || b.withheld || nearly[i]!.has(population)) return none('withheld');
      if (broken[i]!.has(def.id)) return none('break');
      if (a.exact === null || b.exact === null) return none('missing');
      const exact = b.exact - a.exact;
      const d = interval(waves[k]!, w, a, b);
      return { from: i, to: i + 1, status: 'change', delta: roundDelta(exact), deltaExact: exact, ci: d ? [roundDelta(d.low), roundDelta(d.high)] : null, verdict: d ? changeVerdict(d) : null };
    });
    return { id: def.id, side: def.side, label: def.label, points, changes };
  });
  return {
    $schema: ctx.schemaUrl,
    schemaVersion: 1,
    kind: 'trend',
    tool: ctx.tool,
    instrument: ctx.instrument,
    language: ctx.lang,
    generatedAt: ctx.generatedAt,
    metric: ctx.metric,
    levels: ctx.levels,
    waves: waves.map((w, i) => ({ wave: i + 1, kind: w.kind, measuredAt: w.measuredAt, version: w.version, populations: w.populations })),
    series,
    notes,
  };
}
