// The pooled-votes strategy of a workshop: votes are not linked across statements (a voter is not followed from one
// statement to the next), so there are no respondents' scores: each dimension is scored from the pooled votes of its
// statements.
import { levelLabel } from '../core/result.js';
import { enoughAnswered, levelFor, scaleBounds, scoreValues } from '../core/score.js';
import { tr } from '../core/text.js';
import type { Instrument, Lang } from '../core/types.js';
import type { AggDimension, AggQuestion } from './document.js';
import { questionFigures } from './questions.js';
import { rounded, type ScoringStrategy } from './strategy.js';

/**
 * Dimension figures from pooled votes: score = 100 × (mean of all the dimension's votes − min) / (max − min), scored
 * when enough of its statements (the scoring rule's share) received a scale vote; no per-respondent statistics.
 */
function pooledDimensions(instrument: Instrument, questions: readonly AggQuestion[], lang: Lang): AggDimension[] {
  const { min, max } = scaleBounds(instrument);
  return instrument.dimensions.map((d) => {
    const qs = questions.filter((q) => q.dimension === d.id);
    const votes: number[] = [];
    for (const q of qs) for (const a of q.answers) for (let k = 0; k < a.count; k++) votes.push(a.value);
    const exact = enoughAnswered(qs.filter((q) => q.answers.length > 0 && q.answered > 0).length, d.questions.length) ? scoreValues(votes, min, max) : null;
    const level = exact === null ? null : levelFor(exact, instrument.levels);
    return { id: d.id, label: tr(d.label, lang), score: rounded(exact), scoreExact: exact, level, levelLabel: levelLabel(instrument, level, lang), scored: null, unscored: null, median: null, min: null, max: null, stdDevPopulation: null, levels: [] };
  });
}

/** A workshop's votes: any two votes two or more points apart are a disagreement (share 0). */
export const pooledVotes: ScoringStrategy = {
  source: 'workshop',
  figures: (instrument, tally, lang, minContributors) => {
    // Each statement's figures rest on its own votes: fewer than the threshold, and it shows its count only; the
    // dimensions are scored from the statements published, never from withheld votes.
    const questions = questionFigures(instrument, tally, lang, 0, minContributors);
    return { questions, dimensions: pooledDimensions(instrument, questions, lang) };
  },
};
