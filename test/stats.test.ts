// The intervals held to published worked examples (Newcombe 1998, Statistics in Medicine 17: 857–872 and 873–890),
// and to Student's t tables.
import { describe, expect, it } from 'vitest';
import { changeVerdict, meanInterval, newcombe, studentQuantile, welch, wilson } from '../src/core/stats.js';

const close = (got: readonly number[] | null, want: readonly number[], digits = 4) => {
  expect(got).not.toBeNull();
  got!.forEach((x, i) => expect(x).toBeCloseTo(want[i]!, digits));
};

describe('intervals', () => {
  it("Student's t quantiles match the tables", () => {
    expect(studentQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
    expect(studentQuantile(0.975, 10)).toBeCloseTo(2.2281, 4);
    expect(studentQuantile(0.975, 30)).toBeCloseTo(2.0423, 4);
  });
  it('Wilson gives the score intervals of Newcombe 1998a', () => {
    close(wilson({ k: 81, n: 263 }), [0.2553, 0.3662]);
    close(wilson({ k: 15, n: 148 }), [0.0624, 0.1605]);
    close(wilson({ k: 0, n: 20 }), [0, 0.1611]);
    expect(wilson({ k: 0, n: 0 })).toBeNull();
  });
  it('Newcombe (method 10) gives the intervals of Newcombe 1998b, examples a–d', () => {
    close(newcombe({ k: 48, n: 80 }, { k: 56, n: 70 }), [0.0524, 0.3339]);
    close(newcombe({ k: 3, n: 10 }, { k: 9, n: 10 }), [0.1705, 0.809]);
    close(newcombe({ k: 2, n: 7 }, { k: 6, n: 7 }), [0.0582, 0.8062]);
    close(newcombe({ k: 0, n: 29 }, { k: 5, n: 56 }), [-0.0381, 0.1926]);
  });
  it('the t-interval of a mean and the Welch interval of a difference', () => {
    close(meanInterval({ mean: 10, sd: 2, n: 11 }), [10 - (2.2281 * 2) / Math.sqrt(11), 10 + (2.2281 * 2) / Math.sqrt(11)], 3);
    expect(meanInterval({ mean: 3, sd: 0, n: 1 })).toBeNull();
    // Welch: se² = 25/10 + 64/12 = 7.8333; df = 7.8333² / (2.5²/9 + 5.3333²/11) = 18.63; t(0.975, 18.63) = 2.0957.
    const w = welch({ mean: 20, sd: 5, n: 10 }, { mean: 25, sd: 8, n: 12 })!;
    close(w, [5 - 2.0957 * Math.sqrt(7.8333), 5 + 2.0957 * Math.sqrt(7.8333)], 2);
  });
  it('a change is an improvement or a decline only when its interval excludes 0', () => {
    expect(changeVerdict([0.1, 2])).toBe('improved');
    expect(changeVerdict([-2, -0.1])).toBe('declined');
    expect(changeVerdict([-1, 1])).toBe('within-noise');
    expect(changeVerdict([0, 1])).toBe('within-noise');
  });
});
