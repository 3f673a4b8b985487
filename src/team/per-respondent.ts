// The per-respondent strategy: each respondent is scored, then the team score of a dimension is the mean of the
// respondents' unrounded scores (SPEC.md "Teams and workshops"), with median, min, max, spread and level shares.
import { levelLabel } from '../core/result.js';
import { levelFor, mean, roundScore } from '../core/score.js';
import { tr } from '../core/text.js';
import type { Instrument, Lang } from '../core/types.js';
import { DISAGREE_SHARE } from './disagreement.js';
import type { AggDimension } from './document.js';
import { questionFigures } from './questions.js';
import { median, stdDevPopulation } from './stats.js';
import { rounded, type ScoringStrategy } from './strategy.js';
import type { Tally } from './tally.js';

/** Dimension figures from the respondents' unrounded scores: mean, median, min, max, spread, share at each level. */
function respondentDimensions(instrument: Instrument, tally: Tally, lang: Lang, minContributors: number): AggDimension[] {
  return instrument.dimensions.map((d, i) => {
    const all = tally.dimScores[i]!;
    // Fewer scored respondents than the threshold: the dimension shows its counts only.
    const scores = all.length >= minContributors ? all : [];
    const exact = mean(scores);
    const level = exact === null ? null : levelFor(exact, instrument.levels);
    const perLevel = new Map<number, number>();
    let min: number | null = null;
    let max: number | null = null;
    for (const s of scores) {
      const l = levelFor(s, instrument.levels);
      perLevel.set(l, (perLevel.get(l) ?? 0) + 1);
      if (min === null || s < min) min = s;
      if (max === null || s > max) max = s;
    }
    return {
      id: d.id,
      label: tr(d.label, lang),
      score: rounded(exact),
      scoreExact: exact,
      level,
      levelLabel: levelLabel(instrument, level, lang),
      scored: all.length,
      unscored: tally.unscored[i]!,
      median: rounded(median(scores)),
      min: rounded(min),
      max: rounded(max),
      stdDevPopulation: rounded(stdDevPopulation(scores)),
      levels: scores.length === 0 ? [] : instrument.levels.map((l) => {
        const count = perLevel.get(l.level) ?? 0;
        return { level: l.level, label: tr(l.label, lang), count, percent: scores.length ? roundScore((100 * count) / scores.length) : 0 };
      }),
    };
  });
}

/** Respondents whose answers are linked: disagreement needs DISAGREE_SHARE of the answers on each side. */
export const perRespondent: ScoringStrategy = {
  source: 'respondents',
  figures: (instrument, tally, lang, minContributors) => ({
    questions: questionFigures(instrument, tally, lang, DISAGREE_SHARE, minContributors),
    dimensions: respondentDimensions(instrument, tally, lang, minContributors),
  }),
};
