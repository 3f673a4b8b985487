// How a set that is shown gets its figures. Two strategies implement it: per respondent (answers files, CSV, the
// room: every respondent's answers are linked) and pooled votes (a workshop: votes are not linked across statements).
import { levelLabel } from '../core/result.js';
import { levelFor, mean, roundScore } from '../core/score.js';
import type { Instrument, Lang } from '../core/types.js';
import type { AggDimension, AggQuestion, AggregateSource, GroupView } from './document.js';
import type { Tally } from './tally.js';

/** A way of scoring a set of respondents or votes. */
export interface ScoringStrategy {
  /** What the document says the figures come from. */
  readonly source: AggregateSource;
  /** The figures of a set that is shown: per statement, then per dimension (in instrument order). */
  /** `minContributors`: a figure resting on fewer people (or votes) is withheld, only its count shown. */
  figures(instrument: Instrument, tally: Tally, lang: Lang, minContributors: number): { questions: AggQuestion[]; dimensions: AggDimension[] };
}

/** A set that is not shown: its count and nothing else. */
export function hiddenView(name: string | null, respondents: number): GroupView {
  return { name, respondents, shown: false, overall: null, dimensions: null, questions: null };
}

/** A set that is shown: its figures by the strategy, and the overall = mean of the unrounded dimension scores. */
export function shownView(instrument: Instrument, strategy: ScoringStrategy, tally: Tally, name: string | null, respondents: number, lang: Lang, minContributors = 1): GroupView {
  const { questions, dimensions } = strategy.figures(instrument, tally, lang, minContributors);
  const exact = dimensions.map((d) => d.scoreExact);
  const overall = exact.every((s): s is number => s !== null) ? mean(exact) : null;
  const level = overall === null ? null : levelFor(overall, instrument.levels);
  return {
    name,
    respondents,
    shown: true,
    overall: { score: overall === null ? null : roundScore(overall), scoreExact: overall, level, levelLabel: levelLabel(instrument, level, lang) },
    dimensions,
    questions,
  };
}

/** A score rounded as shown, or null. */
export const rounded = (x: number | null): number | null => (x === null ? null : roundScore(x));

/** The overall of a view from its dimensions (null unless every one has a published score). */
export function overallOf(instrument: Instrument, dimensions: readonly AggDimension[], lang: Lang): GroupView['overall'] {
  const exact = dimensions.map((d) => d.scoreExact);
  const overall = exact.every((s): s is number => s !== null) ? mean(exact) : null;
  const level = overall === null ? null : levelFor(overall, instrument.levels);
  return { score: overall === null ? null : roundScore(overall), scoreExact: overall, level, levelLabel: levelLabel(instrument, level, lang) };
}

/** A dimension whose figures are withheld: its counts only (scored, not scored). */
export function withheldDimension(d: AggDimension): AggDimension {
  return { ...d, score: null, scoreExact: null, level: null, levelLabel: null, median: null, min: null, max: null, stdDevPopulation: null, levels: [] };
}
