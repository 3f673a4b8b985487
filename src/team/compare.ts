import { documentHeader, type DocumentHeader } from '../core/document.js';
import { levelLabel } from '../core/result.js';
import { levelFor, roundDelta, roundScore } from '../core/score.js';
import { tr } from '../core/text.js';
import type { Instrument, Lang } from '../core/types.js';
import { msg, type Message } from '../i18n/index.js';
import { changeVerdict, welch } from '../core/stats.js';
import { DEFAULT_MIN_GROUP, lowThresholdWarning } from './anonymity.js';
import type { LowThresholdWarning } from './document.js';

/** One side of a comparison: unrounded scores recomputed from answers, or kept unrounded in an aggregate. */
export interface CompareSide {
  kind: 'result' | 'aggregate';
  respondents: number | null;
  minGroup: number | null;
  /** Unrounded score per dimension id (null when not scored). */
  dimensions: Record<string, number | null>;
  overall: number | null;
  /** The instrument version the document was made with, when it says. */
  version: string | null;
  /** When the document was made (its generatedAt), when it says. */
  measuredAt: string | null;
  /** An aggregate's contributors and sample standard deviation per dimension id and overall, for the interval of a change. */
  spreads?: Record<string, Spread | null>;
  overallSpread?: Spread | null;
}

/** The contributors and sample standard deviation behind a team score. */
export interface Spread {
  n: number;
  sd: number;
}

export interface ScorePoint {
  score: number | null;
  level: number | null;
  levelLabel: string | null;
}

export interface CompareLine {
  old: ScorePoint;
  new: ScorePoint;
  /** New minus old, from the unrounded scores, rounded half away from zero; null when either is not scored. */
  delta: number | null;
  deltaExact: number | null;
  levelChange: 'up' | 'down' | 'same' | null;
  /** Two aggregates: the Welch 95 % interval of the change, and whether it is real (excludes 0) or within the noise. */
  ci?: [number, number] | null;
  verdict?: 'improved' | 'declined' | 'within-noise' | null;
}

export interface CompareDimension extends CompareLine {
  id: string;
  label: string;
}

/** What a comparison says of each side. */
export interface ComparedSide {
  kind: CompareSide['kind'];
  respondents: number | null;
  minGroup: number | null;
  version: string | null;
  measuredAt: string | null;
}

export interface Movement {
  dimension: string;
  label: string;
  delta: number;
}

/** What changed between two results or two aggregates, as written by `compare --format json`. */
export interface Comparison extends DocumentHeader<'compare'> {
  levels: { level: number; min: number; label: string }[];
  old: ComparedSide;
  new: ComparedSide;
  /** Coded notes: the two sides made with different versions of the instrument. */
  notes: Message[];
  dimensions: CompareDimension[];
  overall: CompareLine;
  /** The warning of an aggregate made with an anonymity threshold below the safe minimum (a coded message), else null. */
  warning: LowThresholdWarning | null;
  /**
   * Set when both sides are aggregates whose respondents differ by fewer than the anonymity threshold (but not zero):
   * the difference between them rests on too few people to be read as theirs (SPEC.md "Anonymity").
   */
  subtraction: Message | null;
  /** Dimensions that went up, largest rise first. */
  improved: Movement[];
  /** Dimensions that went down, largest fall first. */
  fell: Movement[];
}

export interface CompareContext {
  tool: { name: string; version: string };
  lang: Lang;
  generatedAt: string;
  schemaUrl: string;
}

/** Compares two sides dimension by dimension: deltas from unrounded scores, level changes, what rose and fell most. */
export function buildComparison(instrument: Instrument, before: CompareSide, after: CompareSide, ctx: CompareContext): Comparison {
  const point = (score: number | null): ScorePoint => {
    const level = score === null ? null : levelFor(score, instrument.levels);
    return { score: score === null ? null : roundScore(score), level, levelLabel: levelLabel(instrument, level, ctx.lang) };
  };
  const aggregates = before.kind === 'aggregate' && after.kind === 'aggregate';
  const line = (a: number | null, b: number | null, sa?: Spread | null, sb?: Spread | null): CompareLine => {
    const o = point(a);
    const n = point(b);
    const exact = a === null || b === null ? null : b - a;
    const d = exact !== null && sa && sb ? welch({ ...sb, mean: b! }, { ...sa, mean: a! }) : null;
    return {
      old: o,
      new: n,
      delta: exact === null ? null : roundDelta(exact),
      deltaExact: exact,
      levelChange: o.level === null || n.level === null ? null : n.level > o.level ? 'up' : n.level < o.level ? 'down' : 'same',
      ...(aggregates ? { ci: d ? ([roundDelta(d.low), roundDelta(d.high)] as [number, number]) : null, verdict: d ? changeVerdict(d) : null } : {}),
    };
  };
  // Two team views of nearly the same people: their change would describe the few who came or left, so it is withheld.
  const subtraction = subtractionWarning(before, after);
  const figure = (x: number | null | undefined) => (subtraction ? null : (x ?? null));
  const dimensions = instrument.dimensions.map((d) => ({ id: d.id, label: tr(d.label, ctx.lang), ...line(figure(before.dimensions[d.id]), figure(after.dimensions[d.id]), before.spreads?.[d.id], after.spreads?.[d.id]) }));
  // Two aggregates: only real changes (interval excluding 0) are ranked; two results keep plain deltas.
  const moved = dimensions.map((d, order) => ({ d, order })).filter((x) => x.d.deltaExact !== null && x.d.delta !== 0 && (!aggregates || x.d.verdict === 'improved' || x.d.verdict === 'declined'));
  const movement = ({ d }: { d: CompareDimension }) => ({ dimension: d.id, label: d.label, delta: d.delta! });
  const side = (s: CompareSide): ComparedSide => ({ kind: s.kind, respondents: s.respondents, minGroup: s.minGroup, version: s.version, measuredAt: s.measuredAt });
  const notes: Message[] = [];
  if (before.version && after.version && before.version !== after.version) notes.push(msg('note.versionsDiffer', { old: before.version, new: after.version }));
  return {
    ...documentHeader('compare', instrument, ctx),
    levels: instrument.levels.map((l) => ({ level: l.level, min: l.min, label: tr(l.label, ctx.lang) })),
    old: side(before),
    new: side(after),
    notes,
    dimensions,
    overall: line(figure(before.overall), figure(after.overall), before.overallSpread, after.overallSpread),
    warning: lowThresholdWarning(Math.min(before.minGroup ?? Infinity, after.minGroup ?? Infinity)),
    subtraction,
    improved: moved.filter((x) => x.d.deltaExact! > 0).sort((a, b) => b.d.deltaExact! - a.d.deltaExact! || a.order - b.order).map(movement),
    fell: moved.filter((x) => x.d.deltaExact! < 0).sort((a, b) => a.d.deltaExact! - b.d.deltaExact! || a.order - b.order).map(movement),
  };
}

/** The warning of two aggregates over nearly the same people: their respondents differ by 1 to threshold − 1. */
export function subtractionWarning(before: CompareSide, after: CompareSide): Message | null {
  if (before.kind !== 'aggregate' || after.kind !== 'aggregate' || before.respondents === null || after.respondents === null) return null;
  const minGroup = Math.max(before.minGroup ?? DEFAULT_MIN_GROUP, after.minGroup ?? DEFAULT_MIN_GROUP);
  const difference = Math.abs(before.respondents - after.respondents);
  return difference > 0 && difference < minGroup ? msg('compare.subtraction', { difference, minGroup }) : null;
}
