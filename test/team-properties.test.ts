import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean, roundDelta, scoreSheet } from '../src/core/score.js';
import type { AnswerValue } from '../src/core/types.js';
import { builtinModel } from '../src/io/load.js';
import { buildAggregate } from '../src/team/aggregate.js';
import { buildComparison, type CompareSide } from '../src/team/compare.js';
import { TeamTally } from '../src/team/tally.js';

const { instrument, matrix } = builtinModel();
const ids = instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id));
const ctx = { tool: { name: 'ex-maturity', version: 'test' }, lang: 'en' as const, generatedAt: '2026-01-01T00:00:00.000Z', schemaUrl: 'x' };
const sheet = fc.array(fc.constantFrom<AnswerValue>(1, 2, 3, 4, null), { minLength: ids.length, maxLength: ids.length }).map((values) => Object.fromEntries(ids.map((id, i) => [id, values[i]!])));
const side = (answers: Record<string, AnswerValue>): CompareSide => {
  const s = scoreSheet(instrument, { respondent: {}, answers });
  return { kind: 'result', respondents: null, minGroup: null, dimensions: Object.fromEntries(s.dimensions.map((d) => [d.id, d.score])), overall: s.overall.score, version: null, measuredAt: null };
};

describe('team figures, for any answers', () => {
  it('the team score of a dimension is the mean of the scored respondents, and counts add up', () => {
    fc.assert(fc.property(fc.array(fc.tuple(sheet, fc.constantFrom('a', 'b', 'c')), { minLength: 1, maxLength: 30 }), (people) => {
      const tally = new TeamTally(instrument);
      for (const [answers, group] of people) tally.add(answers, group);
      const a = buildAggregate(instrument, matrix, tally, { ...ctx, minGroup: 1 });
      instrument.dimensions.forEach((_d, i) => {
        const scores = people.map(([answers]) => scoreSheet(instrument, { respondent: {}, answers }).dimensions[i]!.score).filter((s): s is number => s !== null);
        const dim = a.team.dimensions![i]!;
        expect(dim.scored! + dim.unscored!).toBe(people.length);
        if (scores.length) expect(dim.scoreExact).toBeCloseTo(mean(scores)!, 9);
        else expect(dim.scoreExact).toBeNull();
        expect(a.groups.reduce((n, g) => n + g.respondents, 0)).toBe(people.length);
      });
      for (const q of a.team.questions!) expect(q.answers.reduce((n, x) => n + x.count, 0) + q.dontKnow).toBe(people.length);
      for (const g of a.gaps) expect(g.gapExact).toBeGreaterThanOrEqual(0);
      expect(a.gaps.map((g) => g.gapExact)).toEqual([...a.gaps.map((g) => g.gapExact)].sort((x, y) => y - x));
    }), { numRuns: 100 });
  });

  it('compare is antisymmetric and rounds the unrounded difference', () => {
    fc.assert(fc.property(sheet, sheet, (x, y) => {
      const ab = buildComparison(instrument, side(x), side(y), ctx);
      const ba = buildComparison(instrument, side(y), side(x), ctx);
      ab.dimensions.forEach((d, i) => {
        expect(d.delta).toBe(ba.dimensions[i]!.delta === null ? null : roundDelta(-ba.dimensions[i]!.deltaExact!));
        if (d.delta !== null) expect(d.delta).toBe(-ba.dimensions[i]!.delta! || 0);
      });
    }), { numRuns: 200 });
  });
});
