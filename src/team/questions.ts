// Per statement figures of a set that is shown: the count of each answer, the mean and spread, the disagreement flag.
import { tr } from '../core/text.js';
import type { Instrument, Lang } from '../core/types.js';
import { disagrees } from './disagreement.js';
import type { AggQuestion } from './document.js';
import { countsStats, round2 } from './stats.js';
import type { Tally } from './tally.js';

/**
 * Per statement: the count of each answer, the mean and spread on the scale, and whether people disagree (`minShare`:
 * see disagrees). A statement answered on the scale by fewer than `minContributors` shows only its counts of answered
 * and don't know: no distribution, mean, spread or flag (SPEC.md "Anonymity": no figure rests on fewer people).
 */
export function questionFigures(instrument: Instrument, tally: Tally, lang: Lang, minShare: number, minContributors = 1): AggQuestion[] {
  const k = instrument.scale.length;
  let qi = 0;
  return instrument.dimensions.flatMap((dim) =>
    dim.questions.map((q) => {
      const counts = tally.answers[qi++]!;
      const answers = instrument.scale.map((p, i) => ({ value: p.value, label: tr(p.label, lang), count: counts[i]! }));
      const s = countsStats(answers);
      if (s.n > 0 && s.n < minContributors) return withheldQuestion({ id: q.id, dimension: dim.id, text: tr(q.text, lang), dontKnow: counts[k]!, answered: s.n });
      return {
        id: q.id,
        dimension: dim.id,
        text: tr(q.text, lang),
        answers,
        dontKnow: counts[k]!,
        answered: s.n,
        mean: s.mean === null ? null : round2(s.mean),
        stdDevPopulation: s.stdDev === null ? null : round2(s.stdDev),
        disagreement: disagrees(counts.slice(0, k), minShare),
      };
    }),
  );
}

/** A statement whose figures are withheld: its counts only (answered on the scale, don't know). */
export function withheldQuestion(q: Pick<AggQuestion, 'id' | 'dimension' | 'text' | 'dontKnow' | 'answered'>): AggQuestion {
  return { ...q, answers: [], mean: null, stdDevPopulation: null, agreement: null, disagreement: false };
}
