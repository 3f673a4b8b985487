import type { Message } from '../i18n/index.js';
import { roundScore } from './score.js';

/** The pipeline gates on the overall result: a minimum score and a minimum level. */
export interface Gates {
  failUnder?: number;
  minLevel?: number;
  /** A minimum percent-to-target (--fail-under-target). */
  failUnderTarget?: number;
  /** --strict-gates: a pass whose interval reaches below the threshold (a borderline pass) fails. */
  strictGates?: boolean;
}

/** What the gates read: the unrounded overall score and level, and the unrounded percent-to-target when there are targets. */
export interface GateInput {
  score: number | null;
  level: number | null;
  percentToTarget?: number | null;
  /** The unrounded low end of the overall's 95 % interval and the level it falls in (team views only). */
  low?: number | null;
  lowLevel?: number | null;
}

/** Tolerance of every comparison with a threshold: a score mathematically equal to it meets it (as for levels). */
const EPSILON = 1e-9;

/** Whether a score meets a threshold the user gave, with the same exactness rule as the levels. */
export function meets(score: number, threshold: number): boolean {
  return score + EPSILON >= threshold;
}

/** Why the gates are not met (on the unrounded overall score and level), or null when they are. */
export function gateFailure(overall: GateInput, gates: Gates): Message | null {
  if (gates.failUnderTarget !== undefined) {
    const pct = overall.percentToTarget;
    if (pct === undefined || pct === null) return { code: 'gate.noTarget' };
    if (!meets(pct, gates.failUnderTarget)) return { code: 'gate.target', params: { pct: roundScore(pct), threshold: gates.failUnderTarget } };
  }
  if (gates.failUnder === undefined && gates.minLevel === undefined) return null;
  if (overall.score === null || overall.level === null) return { code: 'gate.noOverall' };
  if (gates.failUnder !== undefined && !meets(overall.score, gates.failUnder)) {
    return { code: 'gate.score', params: { score: roundScore(overall.score), threshold: gates.failUnder } };
  }
  if (gates.minLevel !== undefined && overall.level < gates.minLevel) {
    return { code: 'gate.level', params: { level: overall.level, threshold: gates.minLevel } };
  }
  if (gates.strictGates && overall.low !== undefined && overall.low !== null) {
    if (gates.failUnder !== undefined && !meets(overall.low, gates.failUnder)) {
      return { code: 'gate.borderlineScore', params: { score: roundScore(overall.score), low: roundScore(overall.low), threshold: gates.failUnder } };
    }
    if (gates.minLevel !== undefined && overall.lowLevel !== undefined && overall.lowLevel !== null && overall.lowLevel < gates.minLevel) {
      return { code: 'gate.borderlineLevel', params: { level: overall.level, low: roundScore(overall.low), threshold: gates.minLevel } };
    }
  }
  return null;
}
