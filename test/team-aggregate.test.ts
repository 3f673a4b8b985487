import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../src/core/types.js';
import { builtinModel } from '../src/io/load.js';
import { buildAggregate, type Aggregate } from '../src/team/aggregate.js';
import { disagrees } from '../src/team/disagreement.js';
import { TeamTally } from '../src/team/tally.js';
import { format } from '../src/i18n/index.js';

const { instrument, matrix } = builtinModel();
const ctx = (minGroup: number) => ({ tool: { name: 'ex-maturity', version: 'test' }, lang: 'en' as const, generatedAt: '2026-01-01T00:00:00.000Z', schemaUrl: 'x', minGroup });

/** Answers with the same value for every statement, and per-dimension overrides. */
function answers(value: AnswerValue, overrides: Record<string, AnswerValue> = {}): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const d of instrument.dimensions) for (const q of d.questions) out[q.id] = d.id in overrides ? overrides[d.id]! : value;
  return out;
}

/** The five respondents of the hand-computed example: all 4, all 1, all 3, "don't know" on sense and 2 elsewhere, all 2. */
function example(minGroup: number): Aggregate {
  const tally = new TeamTally(instrument);
  tally.add(answers(4), 'A');
  tally.add(answers(1), 'A');
  tally.add(answers(3), 'A');
  tally.add(answers(2, { sense: null }), 'B');
  tally.add(answers(2), 'B');
  return buildAggregate(instrument, matrix, tally, ctx(minGroup));
}

describe('team figures (hand-computed)', () => {
  const a = example(2);
  const dim = (id: string) => a.team.dimensions!.find((d) => d.id === id)!;

  it('averages the respondents scored, leaving out and counting the unscored ones', () => {
    // sense: 100, 0, 66.67, 33.33 (the fourth respondent is not scored) → mean 50, median 50.
    expect(dim('sense')).toMatchObject({ score: 50, level: 2, scored: 4, unscored: 1, median: 50, min: 0, max: 100, stdDevPopulation: 37.3 });
    expect(dim('sense').levels.map((l) => [l.count, l.percent])).toEqual([[2, 50], [1, 25], [1, 25]]);
    // other dimensions: 100, 0, 66.67, 33.33, 33.33 → mean 46.67, median 33.33, population std dev 33.99.
    expect(dim('image')).toMatchObject({ score: 46.7, level: 1, scored: 5, unscored: 0, median: 33.3, min: 0, max: 100, stdDevPopulation: 34 });
    // overall = mean of the team dimension scores: (50 + 4 × 46.67) / 5 = 47.33.
    expect(a.team.overall).toMatchObject({ score: 47.3, level: 1 });
    expect(a.team.overall!.scoreExact).toBeCloseTo(47.3333333, 6);
  });

  it('counts each answer per statement and gives its mean', () => {
    const q = a.team.questions!.find((x) => x.id === 'sense-1')!;
    expect(q.answers.map((x) => x.count)).toEqual([1, 1, 1, 1]);
    expect(q).toMatchObject({ dontKnow: 1, answered: 4, mean: 2.5, disagreement: true });
  });

  it('gives each group its figures and the perception gap, with both groups named', () => {
    expect(a.groups.map((g) => [g.name, g.respondents, g.shown])).toEqual([['A', 3, true], ['B', 2, true]]);
    // B on sense: one respondent scored (the other is unscored), fewer than the threshold of 2: B's sense is
    // withheld (its count only), so no gap on sense rests on that one person's score.
    const bSense = a.groups[1]!.dimensions!.find((d) => d.id === 'sense')!;
    expect(bSense).toMatchObject({ score: null, scored: 1, unscored: 1, min: null, max: null, median: null, levels: [] });
    expect(a.gaps.map((g) => g.dimension)).not.toContain('sense');
    expect(a.gaps).toHaveLength(4);
    expect(a.groups[1]!.overall!.score).toBeNull();
  });

  it('recommends from the team scores, weakest first', () => {
    expect(a.recommendations.map((r) => r.dimension)).toEqual(['fulfilment', 'connections', 'image', 'ecosystem', 'sense']);
    expect(a.recommendations[0]!.actions.length).toBeGreaterThan(0);
  });

  it('warns in the document when the threshold is below 3', () => {
    expect(a.anonymity).toMatchObject({ minGroup: 2 });
    expect(a.anonymity.warning).toEqual({ code: 'team.note.lowThreshold', params: { minGroup: 2, safeMin: 3 } });
    expect(format(a.anonymity.warning!, 'en')).toMatch(/anonymity threshold of 2, below 3/);
    expect(format(a.anonymity.warning!, 'fr')).toMatch(/seuil d’anonymat de 2, sous 3/);
    expect(example(5).anonymity.warning).toBeNull();
  });
});

describe('anonymity threshold', () => {
  it('shows a group at the threshold and hides one below it (its count only)', () => {
    const tally = new TeamTally(instrument);
    for (let i = 0; i < 3; i++) tally.add(answers(3), 'A');
    for (let i = 0; i < 3; i++) tally.add(answers(2), 'B');
    tally.add(answers(2), 'C');
    tally.add(answers(4), 'C');
    tally.add(answers(4), 'C');
    tally.add(answers(1), 'D');
    const a = buildAggregate(instrument, matrix, tally, ctx(3));
    expect(a.groups.map((g) => [g.name, g.respondents, g.shown])).toEqual([['A', 3, false], ['B', 3, true], ['C', 3, true], ['D', 1, false]]);
    expect(a.groups[3]).toEqual({ name: 'D', respondents: 1, shown: false, hiddenBy: 'threshold', overall: null, dimensions: null, questions: null });
    expect(a.gaps[0]).toMatchObject({ high: { group: 'C', score: 77.8 }, low: { group: 'B', score: 33.3 } });
  });

  it('hides one more group when the team minus the groups shown would give a small group away', () => {
    // A (3) shown and B (2) hidden: the team minus A would be B, so A is hidden too.
    const a = example(3);
    expect(a.groups.map((g) => [g.name, g.shown])).toEqual([['A', false], ['B', false]]);
    expect(a.team.shown).toBe(true);
    expect(a.notes).toEqual([
      { code: 'team.note.belowThreshold', params: { n: 1, minGroup: 3 } },
      { code: 'team.note.hiddenBySubtraction', params: { n: 1, minGroup: 3 } },
    ]);
    expect(a.gaps).toEqual([]);
  });

  it('hides the whole team below the threshold: no scores, no distributions, no recommendations', () => {
    const a = example(6);
    expect(a.team).toEqual({ name: null, respondents: 5, shown: false, overall: null, dimensions: null, questions: null });
    expect(a.groups.every((g) => !g.shown)).toBe(true);
    expect(a.recommendations).toEqual([]);
    expect(a.discuss).toEqual([]);
    expect(a.notes.map((n) => n.code)).toContain('team.note.teamHidden');
    expect(JSON.stringify(a)).not.toMatch(/"score"|"answers"/);
  });
});

describe('a single respondent', () => {
  it('has the scores of a single result, a zero spread and a warning below 3', () => {
    const tally = new TeamTally(instrument);
    tally.add(answers(3, { sense: 4 }));
    const a = buildAggregate(instrument, matrix, tally, ctx(1));
    expect(a.team.dimensions!.map((d) => d.score)).toEqual([100, 66.7, 66.7, 66.7, 66.7]);
    expect(a.team.dimensions![1]).toMatchObject({ median: 66.7, min: 66.7, max: 66.7, stdDevPopulation: 0 });
    expect(a.team.overall).toMatchObject({ score: 73.3, level: 3 });
    expect(a.groups).toEqual([]);
    expect(a.anonymity.warning).not.toBeNull();
  });
});

describe('disagreement', () => {
  it('needs answers two or more scale points apart with at least 20 % on each side', () => {
    expect(disagrees([2, 0, 0, 2], 0.2)).toBe(true);
    expect(disagrees([1, 0, 3, 0], 0.2)).toBe(true);
    expect(disagrees([1, 0, 0, 9], 0.2)).toBe(false);
    expect(disagrees([0, 5, 5, 0], 0.2)).toBe(false);
    expect(disagrees([0, 0, 0, 1], 0)).toBe(false);
  });
  it('flags any two workshop votes two points apart', () => {
    expect(disagrees([1, 0, 0, 9], 0)).toBe(true);
    expect(disagrees([0, 3, 4, 0], 0)).toBe(false);
  });
});
