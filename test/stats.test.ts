import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  changeVerdict,
  cohenH,
  consensus,
  correlationFromSums,
  correlationInterval,
  cronbachAlpha,
  meanInterval,
  newcombe,
  normalQuantile,
  npsInterval,
  pooledProportionInterval,
  sampleSizeFor,
  tCritical,
  welch,
  wilson,
} from '../src/core/stats.js';

describe('Student t quantile', () => {
  // Upper-tail critical values of Student's t, five decimals (the usual printed table, e.g. the one
  // compiled from R. A. Fisher's; one tail .025 = two-sided 95 %, .005 = 99 %, .0005 = 99.9 %).
  const table: [number, number, number][] = [
    [1, 0.95, 12.7062],
    [2, 0.95, 4.30265],
    [3, 0.95, 3.18245],
    [4, 0.95, 2.77645],
    [5, 0.95, 2.57058],
    [10, 0.95, 2.22814],
    [1, 0.99, 63.65674],
    [2, 0.99, 9.92484],
    [10, 0.99, 3.16927],
    [1, 0.999, 636.6192],
    [2, 0.999, 31.5991],
  ];
  for (const [df, c, t] of table) {
    it(`t(${df}) at ${c * 100} % is ${t}`, () => expect(tCritical(df, c)).toBeCloseTo(t, 3));
  }
  it('three-decimal table values up to df 100', () => {
    const rows: [number, number][] = [[20, 2.086], [29, 2.045], [30, 2.042], [60, 2.0], [100, 1.984]];
    for (const [df, t] of rows) expect(Math.abs(tCritical(df) - t)).toBeLessThan(6e-4);
  });
  it('tends to the normal quantile', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
    expect(tCritical(1e8)).toBeCloseTo(1.959964, 6);
    expect(tCritical(100000)).toBeCloseTo(1.96, 3);
  });
});

describe('t-interval for a mean (textbook examples)', () => {
  it('test scores of 9 students, 99 %: 61.05 to 84.96', () => {
    const ci = meanInterval([83, 73, 62, 63, 71, 77, 59, 92, 77], { confidence: 0.99 })!;
    expect(ci.mean).toBe(73);
    expect(ci.low).toBeCloseTo(61.05, 1);
    expect(ci.high).toBeCloseTo(84.96, 1);
  });
  it("R's t.test on the first group of Student's sleep data: −0.5297804 to 2.0297804", () => {
    const ci = meanInterval([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0])!;
    expect(ci.low).toBeCloseTo(-0.5297804, 5);
    expect(ci.high).toBeCloseTo(2.0297804, 5);
  });
  it('null below two values; the whole population gives no uncertainty', () => {
    expect(meanInterval([50])).toBeNull();
    const all = meanInterval([40, 60, 70], { population: 3 })!;
    expect([all.low, all.high]).toEqual([all.mean, all.mean]);
  });
  it('the finite-population correction narrows by √((N − n)/(N − 1))', () => {
    const v = [10, 30, 50, 70, 90, 20, 40];
    const plain = meanInterval(v)!;
    const fpc = meanInterval(v, { population: 13 })!;
    expect((fpc.high - fpc.mean) / (plain.high - plain.mean)).toBeCloseTo(Math.sqrt(6 / 12), 10);
  });
});

describe('Wilson score interval (Newcombe 1998a, Table I, method 3)', () => {
  const rows: [number, number, number, number][] = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [5, 10, 0.2366, 0.7634],
    [0, 10, 0, 0.2775],
  ];
  for (const [k, n, lo, hi] of rows) {
    it(`${k}/${n}: ${lo} to ${hi}`, () => {
      const w = wilson(k, n);
      expect(w.low).toBeCloseTo(lo, 4);
      expect(w.high).toBeCloseTo(hi, 4);
    });
  }
  it('with the whole population asked, the interval is the point', () => {
    expect(wilson(3, 10, { population: 10 })).toEqual({ low: 0.3, high: 0.3 });
  });
});

describe("Newcombe's hybrid score interval (Newcombe 1998, Table II, method 10)", () => {
  const table: [number, number, number, number, number, number][] = [
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1.0],
    [10, 10, 0, 10, 0.6075, 1.0],
  ];
  for (const [k1, n1, k2, n2, lo, hi] of table) {
    it(`${k1}/${n1} − ${k2}/${n2}: ${lo} to ${hi}`, () => {
      const d = newcombe(k1, n1, k2, n2);
      expect(d.diff).toBeCloseTo(k1 / n1 - k2 / n2, 12);
      expect(d.low).toBeCloseTo(lo, 4);
      expect(d.high).toBeCloseTo(hi, 4);
    });
  }
});

describe('Welch interval', () => {
  const stats = (v: number[]) => {
    const m = v.reduce((a, x) => a + x, 0) / v.length;
    return { n: v.length, mean: m, sd: Math.sqrt(v.reduce((a, x) => a + (x - m) ** 2, 0) / (v.length - 1)) };
  };
  it("R's t.test(x, y) worked example: −1.935420 to 3.093754 (df 9.48)", () => {
    const d = welch(stats([5.1, 2.0, 4.1, 6.2, 7.1, 8.3]), stats([1.5, 6.4, 3.3, 5.8, 4.8, 7.2, 5.6, 4.5]))!;
    expect(d.low).toBeCloseTo(-1.93542, 5);
    expect(d.high).toBeCloseTo(3.093754, 5);
  });
  it("R's t.test(extra ~ group, data = sleep): −3.3654832 to 0.2054832 (df 17.776)", () => {
    const g1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const g2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    const d = welch(stats(g1), stats(g2))!;
    expect(d.low).toBeCloseTo(-3.3654832, 5);
    expect(d.high).toBeCloseTo(0.2054832, 5);
  });
  it('null when a side has fewer than two', () => {
    expect(welch({ n: 1, mean: 1, sd: 0 }, { n: 5, mean: 1, sd: 1 })).toBeNull();
  });
});

describe('verdicts, effect sizes and other indices', () => {
  it('a change is real only when its interval excludes 0', () => {
    expect(changeVerdict({ low: 0.01, high: 3 })).toBe('improved');
    expect(changeVerdict({ low: -3, high: -0.01 })).toBe('declined');
    expect(changeVerdict({ low: -1, high: 1 })).toBe('within-noise');
    expect(changeVerdict({ low: 0, high: 1 })).toBe('within-noise');
  });
  it("Cohen's h: 0.5 against 0.2 is 0.6435", () => {
    expect(cohenH(0.5, 0.2)).toBeCloseTo(0.6435, 4);
  });
  it("Cronbach's α follows its formula and Feldt's interval brackets it", () => {
    const rows = [
      [1, 2, 1],
      [2, 3, 2],
      [3, 3, 3],
      [4, 5, 4],
      [5, 4, 5],
    ];
    const a = cronbachAlpha(rows)!;
    // k/(k−1)·(1 − Σvar/var(total)) = 1.5·(1 − (2.5 + 1.3 + 2.5)/17.3)
    expect(a.alpha).toBeCloseTo(1.5 * (1 - 6.3 / 17.3), 10);
    expect(a.low).toBeLessThan(a.alpha);
    expect(a.high).toBeGreaterThan(a.alpha);
    expect(a.high).toBeLessThanOrEqual(1);
  });
  it('Tastle–Wierman consensus: 1 when all agree, 0 when split between the ends (Tastle & Wierman 2007)', () => {
    expect(consensus([{ value: 3, count: 10 }], 1, 5)).toBe(1);
    expect(consensus([{ value: 1, count: 5 }, { value: 5, count: 5 }], 1, 5)).toBeCloseTo(0, 12);
    // A uniform spread over 1–5, by hand: 1 + (2·log2(1/2) + 2·log2(3/4)) / 5 = 0.4340.
    const uniform = [1, 2, 3, 4, 5].map((value) => ({ value, count: 1 }));
    expect(consensus(uniform, 1, 5)).toBeCloseTo(0.434, 3);
  });
  it("sample size for ±5 points on 0–100 (sd 50), Cochran's formula: 385 from a large population, 145 of 230", () => {
    expect(sampleSizeFor(5, 50)).toBe(385);
    expect(sampleSizeFor(5, 50, 230)).toBe(145);
  });
  it('NPS: 50 promoters and 20 detractors of 100 give +30 with an interval around it', () => {
    const n = npsInterval(50, 20, 100)!;
    expect(n.nps).toBeCloseTo(0.3, 12);
    expect(n.low).toBeLessThan(0.3);
    expect(n.high).toBeGreaterThan(0.3);
    expect(n.high - n.low).toBeGreaterThan(0.2);
    expect(n.high - n.low).toBeLessThan(0.35);
  });
});

describe('interval properties', () => {
  it('Wilson bounds stay in 0–1, contain k/n and shrink with n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const k = Math.round(p * n);
        const w = wilson(k, n);
        const w4 = wilson(4 * k, 4 * n);
        return w.low >= 0 && w.high <= 1 && w.low <= k / n + 1e-12 && w.high >= k / n - 1e-12 && w4.high - w4.low < w.high - w.low;
      }),
    );
  });
  it('the t-interval of 0–100 scores shrinks when the sample doubles, and the FPC only narrows it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 60 }), fc.integer({ min: 0, max: 500 }), (v, extra) => {
        const ci = meanInterval(v)!;
        const twice = meanInterval([...v, ...v])!;
        const fpc = meanInterval(v, { population: v.length + extra })!;
        return twice.high - twice.low <= ci.high - ci.low + 1e-9 && fpc.high - fpc.low <= ci.high - ci.low + 1e-9;
      }),
    );
  });
  it('the interval of a difference contains the difference and stays within −1…1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n1, n2, p1, p2) => {
        const d = newcombe(Math.round(p1 * n1), n1, Math.round(p2 * n2), n2);
        return d.low <= d.diff + 1e-12 && d.diff <= d.high + 1e-12 && d.low >= -1 - 1e-12 && d.high <= 1 + 1e-12;
      }),
    );
  });
  it('a pooled share where every answer is favourable is as uncertain as its respondents, never a point', () => {
    // 6 leaders, 2 statements each, all favourable: Wilson on 6 respondents, 61.0–100 %, not 100–100 %.
    const all = pooledProportionInterval(Array.from({ length: 6 }, () => ({ k: 2, m: 2 })))!;
    const w = wilson(6, 6);
    expect([all.low, all.high]).toEqual([w.low, w.high]);
    expect(all.low).toBeCloseTo(0.61, 2);
    const none = pooledProportionInterval(Array.from({ length: 6 }, () => ({ k: 0, m: 2 })))!;
    expect(none.high).toBeCloseTo(1 - 0.61, 2);
  });
  it('a pooled favourable share keeps the respondent as unit: answers copied within a person do not narrow it', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 3, maxLength: 50 }), (fav) => {
        const one = pooledProportionInterval(fav.map((f) => ({ k: f ? 1 : 0, m: 1 })))!;
        const five = pooledProportionInterval(fav.map((f) => ({ k: f ? 5 : 0, m: 5 })))!;
        return Math.abs(one.low - five.low) < 1e-9 && Math.abs(one.high - five.high) < 1e-9 && one.low >= 0 && one.high <= 1;
      }),
    );
  });
});

describe('outcomes: NPS and driver correlations', () => {
  it("NPS, the adjusted-Wald worked example of Lewis and Sauro (MeasuringU, 2021): 15 promoters, 13 passives, 8 detractors give +19 %, 95 % interval −6.3 % to +42.2 %", () => {
    const n = npsInterval(15, 8, 36)!;
    expect(n.nps * 100).toBeCloseTo(19.4, 1);
    expect(n.low * 100).toBeCloseTo(-6.3, 1);
    expect(n.high * 100).toBeCloseTo(42.2, 1);
  });
  it('NPS of a published large sample (291 promoters, 476 passives, 395 detractors of 1,162): −9, about ±4.4 points', () => {
    const n = npsInterval(291, 395, 1162)!;
    expect(Math.round(n.nps * 100)).toBe(-9);
    expect((n.high - n.low) * 50).toBeCloseTo(4.4, 1);
  });
  it("Pearson's r of Anscombe's quartet, set I, is 0.816 (Anscombe 1973), Fisher-z interval 0.424–0.951, the same from running sums", () => {
    const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    const y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
    const r = correlationInterval(x, y)!;
    expect(r.r).toBeCloseTo(0.816, 3);
    expect(r.low).toBeCloseTo(0.424, 3);
    expect(r.high).toBeCloseTo(0.951, 3);
    const sums = { n: 11, x: 0, y: 0, xx: 0, yy: 0, xy: 0 };
    x.forEach((v, i) => Object.assign(sums, { x: sums.x + v, y: sums.y + y[i]!, xx: sums.xx + v * v, yy: sums.yy + y[i]! ** 2, xy: sums.xy + v * y[i]! }));
    const s = correlationFromSums(sums)!;
    expect(s.r).toBeCloseTo(r.r, 10);
    expect(s.low).toBeCloseTo(r.low, 10);
  });
  it('NPS bounds: the interval stays within −1…1, around the point when both classes are present, and narrows with n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (p, q, d) => {
        const n = p + q + d;
        if (!n) return npsInterval(p, d, n) === null;
        const a = npsInterval(p, d, n)!;
        const b = npsInterval(4 * p, 4 * d, 4 * n)!;
        return a.low >= -1 && a.high <= 1 && a.low <= a.high && a.nps >= -1 && a.nps <= 1 && b.high - b.low < a.high - a.low + 1e-12;
      }),
    );
  });
  it('correlation bounds: r and its interval stay within −1…1 and the interval holds r', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10 })), { minLength: 4, maxLength: 80 }), (pairs) => {
        const c = correlationInterval(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
        return c === null || (c.low >= -1 && c.high <= 1 && c.low <= c.r + 1e-12 && c.r <= c.high + 1e-12);
      }),
    );
  });
});
