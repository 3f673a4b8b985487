import { roundScore } from './score.js';
import type { Localized, Scores } from './types.js';

/** The pipeline gates on the overall result: a minimum score and a minimum level. */
export interface Gates {
  failUnder?: number;
  minLevel?: number;
}

/** Why the gates are not met (on the unrounded overall score and level), or null when they are. */
export function gateFailure(overall: Scores['overall'], gates: Gates): Localized | null {
  if (gates.failUnder === undefined && gates.minLevel === undefined) return null;
  if (overall.score === null || overall.level === null) {
    return {
      fr: "Seuil non atteint : il n'y a pas de résultat global (une dimension au moins n'est pas notée, trop de « je ne sais pas »).",
      en: 'Gate not met: there is no overall result (at least one dimension is not scored, too many "don\'t know").',
    };
  }
  if (gates.failUnder !== undefined && overall.score < gates.failUnder) {
    const s = roundScore(overall.score).toFixed(1);
    return { fr: `Seuil non atteint : le score global ${s} est sous --fail-under ${gates.failUnder}.`, en: `Gate not met: the overall score ${s} is below --fail-under ${gates.failUnder}.` };
  }
  if (gates.minLevel !== undefined && overall.level < gates.minLevel) {
    return { fr: `Seuil non atteint : le niveau global ${overall.level} est sous --min-level ${gates.minLevel}.`, en: `Gate not met: the overall level ${overall.level} is below --min-level ${gates.minLevel}.` };
  }
  return null;
}
