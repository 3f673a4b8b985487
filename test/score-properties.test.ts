import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelFor, scoreSheet } from '../src/core/score.js';
import { parseAnswers } from '../src/core/answers.js';
import { parseData } from '../src/io/parse.js';
import type { AnswerValue } from '../src/core/types.js';
import { ex25, instrumentOf } from './helpers/model.js';

const ids = ex25.dimensions.flatMap((d) => d.questions.map((q) => q.id));
const answer = fc.oneof(fc.constantFrom<AnswerValue>(1, 2, 3, 4), fc.constant(null));
const answers = fc.tuple(...ids.map(() => answer)).map((vs) => Object.fromEntries(ids.map((id, i) => [id, vs[i]!])));

describe('scoring properties', () => {
  it('keeps every score in 0–100 and every level on its thresholds', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const s = scoreSheet(ex25, { respondent: {}, answers: a });
        for (const d of [...s.dimensions, s.overall]) {
          if (d.score === null) {
            expect(d.level).toBeNull();
            continue;
          }
          expect(d.score).toBeGreaterThanOrEqual(0);
          expect(d.score).toBeLessThanOrEqual(100);
          const expected = d.score >= 70 - 1e-9 ? 3 : d.score >= 50 - 1e-9 ? 2 : 1;
          expect(d.level).toBe(expected);
        }
      }),
    );
  });

  it('gives the same result whatever the order of the answers in the file', async () => {
    // Through the real readers (the fast one and the full YAML parser both get such files): a reader that paired
    // values with questions by position instead of by id would fail here.
    await fc.assert(
      fc.asyncProperty(answers, fc.infiniteStream(fc.nat()), fc.boolean(), async (a, noise, asJson) => {
        const entries = Object.entries(a);
        const shuffled = entries.map((e) => ({ e, k: noise.next().value })).sort((x, y) => x.k - y.k).map((x) => x.e);
        const text = asJson ? JSON.stringify({ answers: Object.fromEntries(shuffled) }) : `answers:\n${shuffled.map(([id, v]) => `  ${id}: ${v === null ? 'null' : v}`).join('\n')}\n`;
        const { sheet, issues } = parseAnswers((await parseData(text, 'shuffled.yaml')).data, ex25);
        expect(issues).toEqual([]);
        expect(scoreSheet(ex25, sheet!)).toEqual(scoreSheet(ex25, { respondent: {}, answers: a }));
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });

  it('never lets a higher answer lower a dimension score', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...ids), (a, id) => {
        const v = a[id];
        if (v === null || v === undefined || v === 4) return;
        const before = scoreSheet(ex25, { respondent: {}, answers: a });
        const after = scoreSheet(ex25, { respondent: {}, answers: { ...a, [id]: v + 1 } });
        const dim = ex25.dimensions.findIndex((d) => d.questions.some((q) => q.id === id));
        before.dimensions.forEach((d, i) => {
          if (d.score === null) expect(after.dimensions[i]!.score).toBeNull();
          else if (i === dim) expect(after.dimensions[i]!.score!).toBeGreaterThan(d.score!);
          else expect(after.dimensions[i]!.score).toBe(d.score);
        });
      }),
    );
  });

  it('maps any score to the highest level whose threshold it reaches, for any thresholds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }), fc.double({ min: 0, max: 100, noNaN: true }), (mins, score) => {
        const sorted = [0, ...mins.sort((a, b) => a - b)];
        const inst = instrumentOf({
          id: 'p', version: '1', scale: [{ value: 0, label: 'a' }, { value: 1, label: 'b' }],
          levels: sorted.map((min, i) => ({ level: i + 1, min, label: `L${i + 1}` })),
          dimensions: [{ id: 'd', label: 'D', questions: [{ id: 'q', text: 'q' }] }],
        });
        const level = levelFor(score, inst.levels);
        expect(sorted[level - 1]!).toBeLessThanOrEqual(score + 1e-9);
        if (level < sorted.length) expect(sorted[level]!).toBeGreaterThan(score);
      }),
    );
  });
});
