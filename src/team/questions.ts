// Per statement figures of a set that is shown: the count of each answer, the mean and spread, the disagreement flag.
import { tr } from '../core/text.js';
import type { Instrument, Lang } from '../core/types.js';
import { disagrees } from './disagreement.js';
import type { AggQuestion } from './document.js';
import { countsStats, round2 } from './stats.js';
import type { Tally } from './tally.js';

/** Per statement: the count of each answer, the mean and spread on the scale, and whether people disagree (`minShare`: see disagrees). */
export function questionFigures(instrument: Instrument, tally: Tally, lang: Lang, minShare: number): AggQuestion[] {
  const k = instrument.scale.length;
  let qi = 0;
  return instrument.dimensions.flatMap((dim) =>
    dim.questions.map((q) => {
      const counts = tally.answers[qi++]!;
      const answers = instrument.scale.map((p, i) => ({ value: p.value, label: tr(p.label, lang), count: counts[i]! }));
      const s = countsStats(answers);
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
