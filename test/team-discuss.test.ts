// The statements to discuss first: only those where people disagree, largest spread first, ties in instrument order,
// at most five (DISCUSS_FIRST).
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../src/core/types.js';
import { builtinModel } from '../src/io/load.js';
import { buildAggregate } from '../src/team/aggregate.js';
import { TeamTally } from '../src/team/tally.js';

const { instrument, matrix } = builtinModel();
const ids = instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id));
const ctx = { tool: { name: 'ex-maturity', version: 'test' }, lang: 'en' as const, generatedAt: '2026-01-01T00:00:00.000Z', schemaUrl: 'x', minGroup: 5 };

/** Ten respondents; per statement, how many answered each scale point (1..4); the others all answer 3. */
function room(spread: Record<string, [number, number, number, number]>) {
  const tally = new TeamTally(instrument);
  for (let r = 0; r < 10; r++) {
    const answers: Record<string, AnswerValue> = {};
    for (const id of ids) {
      const counts = spread[id];
      if (!counts) {
        answers[id] = 3;
        continue;
      }
      let k = r;
      let v = 0;
      while (k >= counts[v]!) k -= counts[v++]!;
      answers[id] = v + 1;
    }
    tally.add(answers);
  }
  return buildAggregate(instrument, matrix, tally, ctx);
}

describe('statements to discuss first', () => {
  it('lists the disagreements by spread, largest first, ties in instrument order, five at most', () => {
    const a = room({
      'sense-2': [5, 0, 5, 0], // spread 1.0
      'fulfilment-1': [5, 0, 0, 5], // 1.5
      'connections-7': [2, 0, 0, 8], // 1.2 (exactly 20 % on one side: a disagreement)
      'image-6': [0, 5, 0, 5], // 1.0, after sense-2 in the instrument
      'image-4': [4, 0, 0, 6], // 1.47
      'ecosystem-6': [3, 0, 0, 7], // 1.37
      'ecosystem-5': [5, 0, 5, 0], // 1.0, last
    });
    expect(a.discuss.map((d) => [d.question, d.stdDevPopulation])).toEqual([
      ['fulfilment-1', 1.5],
      ['image-4', 1.47],
      ['ecosystem-6', 1.37],
      ['connections-7', 1.2],
      ['sense-2', 1],
    ]);
    expect(a.discuss[0]).toEqual({ question: 'fulfilment-1', dimension: 'fulfilment', text: a.team.questions![5]!.text, mean: 2.5, stdDevPopulation: 1.5 });
  });

  it('keeps ties in instrument order when fewer than five disagree', () => {
    const a = room({ 'ecosystem-5': [5, 0, 5, 0], 'image-6': [0, 5, 0, 5], 'sense-2': [5, 0, 5, 0] });
    expect(a.discuss.map((d) => d.question)).toEqual(['sense-2', 'image-6', 'ecosystem-5']);
  });

  it('leaves out spread answers that are not a disagreement', () => {
    // 1 and 4 with only 10 % on one side, and two neighbouring points: spread, but no disagreement.
    const a = room({ 'sense-1': [1, 0, 0, 9], 'image-2': [5, 5, 0, 0], 'ecosystem-1': [5, 0, 5, 0] });
    expect(a.team.questions!.filter((q) => q.disagreement).map((q) => q.id)).toEqual(['ecosystem-1']);
    expect(a.discuss.map((d) => d.question)).toEqual(['ecosystem-1']);
  });
});
