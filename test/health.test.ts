import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildHealth, HEALTH_MIN_RESPONDENTS, respondentsForAlphaLow } from '../src/core/health.js';
import { cronbachAlpha } from '../src/core/stats.js';
import type { AnswerValue } from '../src/core/types.js';
import { builtinModel } from '../src/io/load.js';

const { instrument } = builtinModel();
const ctx = (minGroup = 5) => ({ tool: { name: 'ex-maturity', version: 'test' }, lang: 'en' as const, generatedAt: '2026-01-01T00:00:00.000Z', schemaUrl: 'x', minGroup });

/**
 * Real Statistics (C. Zaiontz), "Cronbach's alpha", the worked example of 15 subjects × 10 items on a 1–7 scale (the
 * same data ship with pingouin as `cronbach_alpha`, checked there against R's psych): α = 0.591719, Feldt's 95 %
 * interval [0.195, 0.840].
 */
const PUBLISHED = [
  [3, 5, 7, 2, 6, 1, 4, 2, 6, 5, 4, 4, 5, 6, 4],
  [2, 4, 3, 4, 5, 2, 3, 4, 5, 4, 3, 2, 5, 5, 3],
  [4, 6, 5, 3, 6, 3, 5, 4, 5, 6, 5, 3, 6, 5, 5],
  [1, 3, 5, 3, 5, 4, 3, 3, 5, 4, 2, 2, 2, 4, 5],
  [4, 5, 6, 2, 4, 2, 5, 7, 1, 3, 5, 5, 3, 2, 3],
  [5, 1, 4, 2, 4, 5, 2, 2, 6, 5, 3, 3, 3, 2, 1],
  [1, 2, 3, 2, 4, 2, 1, 2, 5, 3, 2, 4, 2, 1, 3],
  [4, 5, 3, 6, 6, 3, 2, 4, 2, 1, 3, 2, 4, 4, 2],
  [3, 5, 6, 6, 7, 5, 4, 6, 3, 7, 4, 3, 4, 6, 3],
  [2, 5, 5, 3, 5, 2, 3, 5, 2, 2, 1, 4, 5, 5, 4],
];
const publishedRows = PUBLISHED[0]!.map((_, i) => PUBLISHED.map((item) => item[i]!));

describe("Cronbach's α against a published worked example", () => {
  it('gives α = 0.5917 with Feldt’s interval 0.195–0.840 (Real Statistics; pingouin and psych agree)', () => {
    const a = cronbachAlpha(publishedRows)!;
    expect(a.alpha).toBeCloseTo(0.591719, 6);
    expect(Math.round(a.low * 1000) / 1000).toBe(0.195);
    expect(Math.round(a.high * 1000) / 1000).toBe(0.84);
    expect(a).toMatchObject({ n: 15, items: 10 });
  });
});

const rowsArb = (k: number) => fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: k, maxLength: k }), { minLength: 3, maxLength: 60 });

describe('properties of α', () => {
  it('never exceeds 1, its interval contains it, and it does not move when an item is shifted by a constant', () => {
    fc.assert(
      fc.property(rowsArb(4), fc.integer({ min: -3, max: 3 }), (rows, shift) => {
        const a = cronbachAlpha(rows);
        if (!a) return true;
        const b = cronbachAlpha(rows.map((r) => [r[0]! + shift, ...r.slice(1)]))!;
        return a.alpha <= 1 + 1e-12 && a.low <= a.alpha + 1e-12 && a.alpha <= a.high + 1e-12 && a.high <= 1 + 1e-12 && Math.abs(a.alpha - b.alpha) < 1e-9;
      }),
      { numRuns: 200 },
    );
  });

  it('keeps α and narrows its interval when the same answers come from twice as many people', () => {
    fc.assert(
      fc.property(rowsArb(3), (rows) => {
        const a = cronbachAlpha(rows);
        if (!a) return true;
        const b = cronbachAlpha([...rows, ...rows])!;
        return Math.abs(a.alpha - b.alpha) < 1e-9 && b.high - b.low < a.high - a.low;
      }),
      { numRuns: 100 },
    );
  });

  it('is 1 for identical items, and the sample that settles it grows as α nears the target', () => {
    expect(cronbachAlpha([[1, 1], [2, 2], [4, 4]])!.alpha).toBeCloseTo(1, 12);
    const near = respondentsForAlphaLow(0.7, 5, 0.6)!;
    const far = respondentsForAlphaLow(0.85, 5, 0.6)!;
    expect(far).toBeLessThan(near);
    expect(respondentsForAlphaLow(0.55, 5, 0.6)).toBeNull();
  });
});

/** n respondents whose answers follow one trait per person (a coherent dimension), plus noise from a small generator. */
function coherent(n: number): AnswerValue[][] {
  let s = 7;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: n }, () => {
    const trait = 1.6 + rnd() * 1.8;
    return instrument.dimensions.flatMap((d) => d.questions.map(() => Math.min(4, Math.max(1, Math.round(trait + (rnd() - 0.5) * 1.2)))));
  });
}

describe('instrument health', () => {
  it('gives no verdict below 30 complete respondents, and says 30 are needed', () => {
    const h = buildHealth(instrument, coherent(HEALTH_MIN_RESPONDENTS - 1), ctx());
    for (const d of h.dimensions) expect(d).toMatchObject({ verdict: null, reasons: [{ code: 'too-few' }], needed: 30, complete: 29 });
  });

  it('calls coherent statements fit to present, with their item–rest correlations and α if deleted', () => {
    const h = buildHealth(instrument, coherent(80), ctx());
    const sense = h.dimensions[0]!;
    expect(sense.verdict).toBe('fit');
    expect(sense.alpha!).toBeGreaterThan(0.85);
    expect(sense.ci![0]).toBeLessThan(sense.alpha!);
    for (const item of sense.items) {
      expect(item.itemRest!).toBeGreaterThan(0.5);
      expect(item.alphaIfDeleted!).toBeLessThan(sense.alpha! + 0.05);
    }
  });

  it('flags a statement that measures something else, a high don’t-know rate, and reworks a dimension of noise', () => {
    const rows = coherent(60);
    let s = 3;
    const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    // the fifth sense statement (sense-6) answered at random; fulfilment-1 "don't know" for a quarter; connections all at random.
    for (const r of rows) {
      r[4] = 1 + Math.floor(rnd() * 4);
      if (rnd() < 0.3) r[5] = null;
      for (let j = 10; j < 15; j++) r[j] = 1 + Math.floor(rnd() * 4);
    }
    const h = buildHealth(instrument, rows, ctx());
    const [sense, fulfilment, connections] = h.dimensions;
    expect(sense!.reasons).toContainEqual({ code: 'weak-items', items: ['sense-6'] });
    expect(sense!.items[4]!.alphaIfDeleted!).toBeGreaterThan(sense!.alpha!);
    expect(fulfilment!.reasons).toContainEqual({ code: 'dont-know', items: ['fulfilment-1'] });
    expect(fulfilment!.items[0]!.dontKnow).toBeGreaterThanOrEqual(20);
    expect(fulfilment!.complete).toBeLessThan(60);
    expect(connections!.verdict).toBe('rework');
  });

  it('says a floor or ceiling effect when 15 % or more sit at the lowest or highest score', () => {
    const rows = coherent(40).map((r, i) => (i < 8 ? r.map(() => 4) : r));
    const h = buildHealth(instrument, rows, ctx());
    expect(h.dimensions[0]!.ceiling!).toBeGreaterThanOrEqual(20);
    expect(h.dimensions[0]!.reasons).toContainEqual({ code: 'ceiling' });
  });

  it('shows nothing but the count below the anonymity threshold', () => {
    const h = buildHealth(instrument, coherent(4), ctx());
    expect(h).toMatchObject({ respondents: 4, shown: false, dimensions: [] });
  });
});
