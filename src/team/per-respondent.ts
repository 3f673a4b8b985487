// The per-respondent strategy: each respondent is scored, then the team score of a dimension is the mean of the
// respondents' unrounded scores (SPEC.md "Teams and workshops"), with median, min, max, spread and level shares,
// computed from the count of respondents at each score (no list of 100,000 scores is kept or sorted).
import { levelLabel } from '../core/result.js';
import { levelFor, roundScore } from '../core/score.js';
import { tr } from '../core/text.js';
import type { Instrument, Lang } from '../core/types.js';
import { DISAGREE_SHARE } from './disagreement.js';
import type { AggDimension } from './document.js';
import { questionFigures } from './questions.js';
import { countsMedian, countsStdDev } from './stats.js';
import { rounded, type ScoringStrategy } from './strategy.js';
import { sortedScores, type Tally } from './tally.js';

/** Dimension figures from the respondents' unrounded scores; fewer scored respondents than the threshold: counts only. */
function respondentDimensions(instrument: Instrument, tally: Tally, lang: Lang, minContributors: number): AggDimension[] {
  return instrument.dimensions.map((d, i) => {
    const all = tally.dimScores[i]!;
    const shown = all.scored >= minContributors && all.scored > 0;
    const sorted = shown ? sortedScores(all) : [];
    const exact = shown ? all.sum / all.scored : null;
    const level = exact === null ? null : levelFor(exact, instrument.levels);
    const perLevel = new Map<number, number>();
    for (const [s, n] of sorted) {
      const l = levelFor(s, instrument.levels);
      perLevel.set(l, (perLevel.get(l) ?? 0) + n);
    }
    const min = sorted.length ? sorted[0]![0] : null;
    const max = sorted.length ? sorted[sorted.length - 1]![0] : null;
    return {
      id: d.id,
      label: tr(d.label, lang),
      score: rounded(exact),
      scoreExact: exact,
      level,
      levelLabel: levelLabel(instrument, level, lang),
      scored: all.scored,
      unscored: tally.unscored[i]!,
      median: rounded(shown ? countsMedian(sorted, all.scored) : null),
      min: rounded(min),
      max: rounded(max),
      stdDevPopulation: rounded(exact === null ? null : countsStdDev(sorted, exact, all.scored)),
      levels: !shown ? [] : instrument.levels.map((l) => {
        const count = perLevel.get(l.level) ?? 0;
        return { level: l.level, label: tr(l.label, lang), count, percent: roundScore((100 * count) / all.scored) };
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
