// Where leadership wants to be: a target per dimension, the gap to it, and the percent-to-target overall.
import { msg } from '../i18n/index.js';
import { Checker } from './check.js';
import { roundScore } from './score.js';
import type { Instrument, Issue } from './types.js';

/** A target and the gap to it (target − score, 0 when reached), unrounded and as shown. */
export interface TargetGap {
  id: string;
  target: number;
  /** null when the dimension is not scored. */
  gap: number | null;
  gapExact: number | null;
}

/** The targets of a document. */
export interface Targets {
  /** 100 × (1 − Σ gaps / Σ targets) over the dimensions with a target and a score; null when there are none. */
  percentToTarget: number | null;
  percentToTargetExact: number | null;
  dimensions: TargetGap[];
}

/** The gaps to the targets and the percent-to-target, from unrounded scores. */
export function targetGaps(scores: readonly { id: string; score: number | null }[], targets: Readonly<Record<string, number>>): Targets {
  const dimensions: TargetGap[] = [];
  let gaps = 0;
  let sum = 0;
  for (const d of scores) {
    if (!Object.hasOwn(targets, d.id)) continue;
    const target = targets[d.id]!;
    const gapExact = d.score === null ? null : Math.max(0, target - d.score);
    // A score mathematically equal to its target reaches it.
    const gap = gapExact === null ? null : gapExact < 1e-9 ? 0 : gapExact;
    dimensions.push({ id: d.id, target, gap: gap === null ? null : roundScore(gap), gapExact: gap });
    if (gap !== null) {
      gaps += gap;
      sum += target;
    }
  }
  const exact = sum > 0 ? 100 * (1 - gaps / sum) : null;
  return { percentToTarget: exact === null ? null : roundScore(exact), percentToTargetExact: exact, dimensions };
}

/** Reads a targets file (dimension id → score 0–100; dimensions left out have no target). */
export function parseTargets(raw: unknown, instrument: Instrument): { targets?: Record<string, number>; issues: Issue[] } {
  const c = new Checker();
  const m = c.root(raw, 'targets');
  if (!m) return { issues: c.issues };
  const targets: Record<string, number> = Object.create(null);
  for (const [id, v] of Object.entries(m)) {
    if (!instrument.dimensions.some((d) => d.id === id)) {
      c.add([id], msg('core.targetUnknownDimension', { id, known: instrument.dimensions.map((d) => d.id) }));
      continue;
    }
    const n = c.number(v, [id], id);
    if (n === undefined) continue;
    if (n < 0 || n > 100) c.add([id], msg('core.targetRange', { id, value: n }));
    else targets[id] = n;
  }
  return c.issues.length ? { issues: c.issues } : { targets, issues: [] };
}
