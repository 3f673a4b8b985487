import type { Message } from '../i18n/index.js';
import { roundScore } from './score.js';
import type { Scores } from './types.js';

/** The pipeline gates on the overall result: a minimum score and a minimum level. */
export interface Gates {
  failUnder?: number;
  minLevel?: number;
}

/** Tolerance of every comparison with a threshold: a score mathematically equal to it meets it (as for levels). */
const EPSILON = 1e-9;

/** Whether a score meets a threshold the user gave, with the same exactness rule as the levels. */
export function meets(score: number, threshold: number): boolean {
  return score + EPSILON >= threshold;
}

/** Why the gates are not met (on the unrounded overall score and level), or null when they are. */
export function gateFailure(overall: Scores['overall'], gates: Gates): Message | null {
  if (gates.failUnder === undefined && gates.minLevel === undefined) return null;
  if (overall.score === null || overall.level === null) return { code: 'gate.noOverall' };
  if (gates.failUnder !== undefined && !meets(overall.score, gates.failUnder)) {
    return { code: 'gate.score', params: { score: roundScore(overall.score), threshold: gates.failUnder } };
  }
  if (gates.minLevel !== undefined && overall.level < gates.minLevel) {
    return { code: 'gate.level', params: { level: overall.level, threshold: gates.minLevel } };
  }
  return null;
}
