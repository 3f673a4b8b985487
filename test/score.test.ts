import { describe, expect, it } from 'vitest';
import { instrumentOf, ex25, sheet } from './helpers/model.js';
import { levelFor, roundDelta, roundScore, scoreSheet } from '../src/core/score.js';

const _ = null;

describe('scoring ex-25 (scale 1–4, levels at 50 and 70)', () => {
  it('scores each dimension as 100 × (mean − 1) / 3, and the overall as the mean of the dimensions', () => {
    const s = scoreSheet(ex25, sheet([
      [4, 4, 4, 4, 4], // 100
      [1, 1, 1, 1, 1], // 0
      [2, 3, 2, 3, 2], // mean 2.4 → 46.67, below 50: level 1
      [3, 3, 3, 3, 3], // 66.67
      [4, 3, 4, 3, 4], // mean 3.6 → 86.67
    ]));
    expect(s.dimensions.map((d) => d.score && roundScore(d.score))).toEqual([100, 0, 46.7, 66.7, 86.7]);
    expect(s.dimensions.map((d) => d.level)).toEqual([3, 1, 1, 2, 3]);
    expect(s.overall.score).toBeCloseTo(60, 10); // (100 + 0 + 46.67 + 66.67 + 86.67) / 5 = 300 / 5
    expect(s.overall.level).toBe(2);
  });

  it('puts a dimension at exactly 50 (a mean answer of 2.5) on level 2, and just below on level 1', () => {
    const at50 = scoreSheet(ex25, sheet([[2, 3, 2, 3, _], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4]]));
    expect(at50.dimensions[0]).toMatchObject({ score: 50, level: 2 });
    // Image answered 2, 3, 3, 2, 1 — three disagreements out of five — is 40: no longer "the key practices are in place".
    const at40 = scoreSheet(ex25, sheet([[2, 3, 3, 2, 1], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4]]));
    expect(at40.dimensions[0]).toMatchObject({ score: 40, level: 1 });
    const below = scoreSheet(ex25, sheet([[2, 2, 2, 3, 3], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4]]));
    expect(below.dimensions[0]!.score).toBeCloseTo(46.667, 3);
    expect(below.dimensions[0]!.level).toBe(1);
  });

  it('reaches level 3 with an overall of exactly 70 even where floating point gives 69.99999999999999', () => {
    // 0 + 77.78 + 88.89 + 100 + 83.33 = 350 exactly; summed in floating point it comes out a hair under.
    const s = scoreSheet(ex25, sheet([[1, 1, 1, _, _], [4, 3, 3, _, _], [4, 4, 3, _, _], [4, 4, 4, _, _], [4, 4, 3, 3, _]]));
    expect(s.overall.score).toBeLessThan(70); // the float is under: only the tolerance keeps level 3
    expect(s.overall.score).toBeCloseTo(70, 9);
    expect(s.overall.level).toBe(3);
    expect(roundScore(s.overall.score!)).toBe(70);
  });

  it('reaches level 2 with an overall of exactly 50 that floating point puts under', () => {
    // These five dimension scores sum to exactly 250; summed in floating point, the mean is 49.99999999999999.
    const s = scoreSheet(ex25, sheet([[1, 1, 4, 4, 4], [2, 3, 3, 3, 3], [2, 2, 2, 4, _], [2, 2, 4, 4, 4], [1, 1, 1, 1, 2]]));
    expect(s.overall.score).toBeLessThan(50);
    expect(s.overall.score).toBeCloseTo(50, 9);
    expect(s.overall.level).toBe(2);
  });

  it('scores a dimension with 3 answers of 5 (60 %), not with 2; and then has no overall', () => {
    const s = scoreSheet(ex25, sheet([[4, 4, 4, _, _], [3, 3, _, _, _], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4]]));
    expect(s.dimensions[0]).toMatchObject({ score: 100, level: 3, answered: 3, total: 5 });
    expect(s.dimensions[1]).toMatchObject({ score: null, level: null, answered: 2, total: 5 });
    expect(s.overall).toEqual({ score: null, level: null });
  });

  it('scores nothing when every answer is "don\'t know"', () => {
    const s = scoreSheet(ex25, sheet(Array.from({ length: 5 }, () => [_, _, _, _, _])));
    expect(s.dimensions.every((d) => d.score === null && d.level === null && d.answered === 0)).toBe(true);
    expect(s.overall).toEqual({ score: null, level: null });
  });
});

describe('a custom instrument: scale 0–10, four levels', () => {
  const custom = instrumentOf({
    id: 'custom',
    version: '2',
    scale: Array.from({ length: 11 }, (_, v) => ({ value: v, label: String(v) })),
    levels: [
      { level: 1, min: 0, label: 'one' },
      { level: 2, min: 25, label: 'two' },
      { level: 3, min: 50, label: 'three' },
      { level: 4, min: 87.5, label: 'four' },
    ],
    dimensions: [
      { id: 'a', label: 'A', questions: [{ id: 'a1', text: 'x' }, { id: 'a2', text: 'x' }] },
      { id: 'b', label: 'B', questions: [{ id: 'b1', text: 'x' }, { id: 'b2', text: 'x' }, { id: 'b3', text: 'x' }, { id: 'b4', text: 'x' }] },
    ],
  });

  it('scores 100 × (mean − 0) / 10 with its own thresholds', () => {
    const s = scoreSheet(custom, { respondent: {}, answers: { a1: 9, a2: 8, b1: 2, b2: 3, b3: 2, b4: 3 } });
    expect(s.dimensions.map((d) => d.score)).toEqual([85, 25]);
    expect(s.dimensions.map((d) => d.level)).toEqual([3, 2]);
    expect(s.overall).toEqual({ score: 55, level: 3 });
  });

  it('applies the 60 % rule to other dimension sizes (2 of 4 is not enough, 3 of 4 is; 1 of 2 is not)', () => {
    const s = scoreSheet(custom, { respondent: {}, answers: { a1: 10, a2: null, b1: 10, b2: 10, b3: 9, b4: null } });
    expect(s.dimensions[0]!.score).toBeNull();
    expect(s.dimensions[1]!.score).toBeCloseTo(96.667, 3);
    expect(s.dimensions[1]!.level).toBe(4);
  });

  it('reaches a non-integer threshold exactly (87.5)', () => {
    expect(levelFor(87.5, custom.levels)).toBe(4);
    expect(levelFor(87.49, custom.levels)).toBe(3);
  });
});

describe('rounding', () => {
  it('rounds scores half-up to one decimal', () => {
    expect(roundScore(12.25)).toBe(12.3);
    expect(roundScore(12.35)).toBe(12.4);
    expect(roundScore(66.66666666666667)).toBe(66.7);
    expect(roundScore(33.33333333333333)).toBe(33.3);
    expect(roundScore(1.005 * 10)).toBe(10.1);
    expect(roundScore(0)).toBe(0);
    expect(roundScore(100)).toBe(100);
  });

  it('rounds deltas half away from zero, never to −0', () => {
    expect(roundDelta(2.25)).toBe(2.3);
    expect(roundDelta(-2.25)).toBe(-2.3);
    expect(roundDelta(-0.04)).toBe(0);
    expect(Object.is(roundDelta(-0.04), 0)).toBe(true);
  });
});
