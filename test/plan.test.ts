// The plan that listens to the answers (SPEC "The action matrix", "Targets and the roadmap", "The journey"), on a
// small instrument whose every rule can be checked by hand.
import { describe, expect, it } from 'vitest';
import { parseMatrix } from '../src/core/matrix.js';
import { buildResult } from '../src/core/result.js';
import { roadmapSplit } from '../src/core/plan.js';
import { scoreSheet } from '../src/core/score.js';
import { gateFailure } from '../src/core/gate.js';
import { targetGaps } from '../src/core/targets.js';
import type { AnswerValue, Matrix } from '../src/core/types.js';
import { ex25, ex25Matrix, instrumentOf, sheet } from './helpers/model.js';

const _ = null;
const level = (n: number, min: number) => ({ level: n, min, label: `L${n}` });
const inst = instrumentOf({
  id: 'mini', version: '1', languages: ['en'],
  scale: [1, 2, 3, 4].map((value) => ({ value, label: `v${value}` })), dontKnow: { label: 'dk' },
  levels: [level(1, 0), level(2, 50), level(3, 70)],
  dimensions: ['a', 'b', 'c', 'd'].map((d) => ({ id: d, label: d.toUpperCase(), questions: [1, 2, 3].map((n) => ({ id: `${d}${n}`, text: `${d}${n}`, moment: (['before', 'during', 'after'] as const)[n - 1] })) })),
});
const act = (id: string, addresses?: string[]) => ({ id, title: id, horizon: 'quick-win', owner: 'hr', ...(addresses ? { addresses } : {}) });
const cells = (d: string) => ({ 1: [act(`${d}-x`), act(`${d}-low2`, [`${d}2`]), act(`${d}-low1`, [`${d}1`]), act(`${d}-dk`, [`${d}3`])], 2: [act(`${d}-top`, [`${d}1`, `${d}2`]), act(`${d}-rest`, [`${d}3`])], 3: [act(`${d}-keep`, [`${d}1`])] });
const matrix: Matrix = (() => {
  const r = parseMatrix({ instrument: 'mini', overall: { 1: 'p1', 2: 'p2', 3: 'p3' }, dimensions: Object.fromEntries(['a', 'b', 'c', 'd'].map((d) => [d, cells(d)])) }, inst);
  if (!r.matrix) throw new Error(JSON.stringify(r.issues));
  return r.matrix;
})();
const ctx = { tool: { name: 't', version: '1' }, lang: 'en' as const, generatedAt: '2026-01-01T00:00:00Z', schemaUrl: 'x' };
const result = (values: AnswerValue[][], targets?: Record<string, number>) => {
  const sh = sheet(values, inst);
  return buildResult(inst, matrix, sh, scoreSheet(inst, sh), { ...ctx, ...(targets ? { targets } : {}) });
};

describe('a plan that listens to the answers', () => {
  // a: 2 1 ? → 16.7, level 1 · b: 4 4 1 → 66.7, level 2 · c: 2 3 3 → 55.6, level 2 · d: 4 4 4 → 100, level 3
  const r = result([[2, 1, _], [4, 4, 1], [2, 3, 3], [4, 4, 4]]);
  const ids = (dim: string) => r.recommendations.find((x) => x.dimension === dim)!.actions.map((a) => [a.id, a.status]);

  it('orders the to-do actions by the lowest answer they address, don\'t know lowest, those without addresses last', () => {
    expect(ids('a')).toEqual([['a-dk', 'to-do'], ['a-low2', 'to-do'], ['a-low1', 'to-do'], ['a-x', 'to-do']]);
  });

  it('sets an action apart as in place when every statement it addresses is answered at the top of the scale, below the highest level', () => {
    expect(ids('b')).toEqual([['b-rest', 'to-do'], ['b-top', 'in-place']]);
    // d is at the highest level: its actions go beyond what the statements measure, so a top answer proves none done.
    expect(ids('d')).toEqual([['d-keep', 'to-do']]);
  });

  it('says beside each to-do action which statement and answer led to it (the lowest it addresses, don\'t know lowest)', () => {
    const a = r.recommendations.find((x) => x.dimension === 'a')!.actions;
    expect(a.map((x) => [x.id, x.trigger ?? null])).toEqual([
      ['a-dk', { statement: 'a3', text: 'a3', answer: null }],
      ['a-low2', { statement: 'a2', text: 'a2', answer: 1 }],
      ['a-low1', { statement: 'a1', text: 'a1', answer: 2 }],
      ['a-x', null],
    ]);
    expect(r.recommendations.find((x) => x.dimension === 'b')!.actions.find((x) => x.id === 'b-top')!.trigger).toBeUndefined();
  });

  it('keeps only the "start here" actions for now on the roadmap at the lowest level, the rest for later', () => {
    expect(roadmapSplit(r.recommendations, r.focus, true)).toEqual({ now: ['a-dk', 'c-top', 'b-rest'], later: ['a-low2', 'a-low1', 'a-x', 'c-rest', 'd-keep'] });
    const all = roadmapSplit(r.recommendations, r.focus, false);
    expect(all.later).toEqual([]);
    expect(all.now).toHaveLength(8);
  });

  it('starts with the first to-do action of the first three dimensions that have one, in priority order', () => {
    expect(r.recommendations.map((x) => x.dimension)).toEqual(['a', 'c', 'b', 'd']);
    expect(r.focus).toEqual(['a-dk', 'c-top', 'b-rest']);
  });

  it('scores the journey like dimensions, by moment, in journey order', () => {
    // before: a1 b1 c1 d1 = 2 4 2 4 → 66.7; during: 1 4 3 4 → 66.7; after: ? 1 3 4 → 3 of 4 answered → 55.6.
    expect(r.moments.map((m) => [m.id, m.score, m.level, m.answered, m.total])).toEqual([['before', 66.7, 2, 4, 4], ['during', 66.7, 2, 4, 4], ['after', 55.6, 2, 3, 4]]);
  });

  it('says when a fifth or more of the answers are "don\'t know", and not below', () => {
    expect(r.notes.map((n) => n.code)).not.toContain('note.manyDontKnow'); // 1 of 12
    const many = result([[2, _, _], [4, _, 1], [2, 3, 3], [4, 4, 4]]); // 3 of 12 = 25 %
    expect(many.notes.find((n) => n.code === 'note.manyDontKnow')).toMatchObject({ params: { dontKnow: 3, total: 12 } });
  });
});

describe('the plan of ex-25 with its own content', () => {
  it('never proposes to do what an answer at the top of the scale says is done, below the highest level', () => {
    const answers = sheet([[1, 1, 1, 1, 1], [4, 4, 4, 4, 4], [1, 1, 1, 1, 1], [1, 1, 1, 1, 1], [4, 4, 4, 4, 4]]);
    const r = buildResult(ex25, ex25Matrix, answers, scoreSheet(ex25, answers), ctx);
    for (const rec of r.recommendations) {
      for (const a of rec.actions) {
        const allTop = a.addresses.length > 0 && a.addresses.every((id) => answers.answers[id] === 4);
        expect(a.status).toBe(allTop && rec.level < 3 ? 'in-place' : 'to-do');
      }
    }
    expect(r.focus).toHaveLength(3);
  });

  it('tags every action with the statements of its dimension it improves, and covers every statement at every level', () => {
    for (const d of ex25.dimensions) {
      for (const lvl of ex25.levels) {
        const actions = ex25Matrix.dimensions[d.id]![lvl.level]!;
        const covered = new Set(actions.flatMap((a) => a.addresses ?? []));
        expect([...covered].sort(), `${d.id} level ${lvl.level}`).toEqual(d.questions.map((q) => q.id).sort());
        for (const a of actions) {
          expect(a.done, a.id).toBeTruthy();
          expect(a.indicator, a.id).toBeTruthy();
          // A role that exists in a French company and can be held to account; teams and the works council only contribute.
          expect(a.owner, a.id).toMatch(/^(leadership|executive-committee|hr|managers|internal-comms|it|facilities|payroll|marketing)$/);
        }
      }
    }
  });

  it('gives HR less than half of the actions, and names the works council only as a contributor', () => {
    const all = Object.values(ex25Matrix.dimensions).flatMap((cells) => Object.values(cells).flat());
    expect(all.filter((a) => a.owner === 'hr').length / all.length).toBeLessThan(0.5);
    expect(all.filter((a) => a.contributors?.includes('cse')).length).toBeGreaterThanOrEqual(10);
    expect(parseMatrix({ instrument: 'mini', dimensions: Object.fromEntries(['a', 'b', 'c', 'd'].map((d) => [d, { 1: [{ ...act(`${d}-c`), owner: 'cse' }], 2: [], 3: [] }])) }, inst).issues.map((i) => i.code)).toContain('core.cseNotOwner');
  });
});

describe('targets', () => {
  it('gives per dimension the gap to the target (0 when reached) and the percent to target from unrounded scores', () => {
    // a 16.7, b 66.7, c 55.6, d 100 against 50 / 60 / 55.55… / none
    const t = targetGaps([{ id: 'a', score: 100 / 6 }, { id: 'b', score: 200 / 3 }, { id: 'c', score: 500 / 9 }, { id: 'd', score: 100 }], { a: 50, b: 60, c: 500 / 9 });
    expect(t.dimensions.map((d) => [d.id, d.gap])).toEqual([['a', 33.3], ['b', 0], ['c', 0]]);
    // 100 × (1 − (100/3) / (110 + 500/9)) = 79.87…
    expect(t.percentToTarget).toBe(79.9);
  });

  it('counts a score mathematically equal to its target as reached, whatever floating point says', () => {
    const score = 0.1 * 3 * 100; // 30.000000000000004
    expect(targetGaps([{ id: 'a', score: 30 - 1e-12 }], { a: 30 }).dimensions[0]!.gap).toBe(0);
    expect(targetGaps([{ id: 'a', score }], { a: 30 }).percentToTarget).toBe(100);
  });

  it('shows the targets in the result, and gates on the percent to target at its exact threshold', () => {
    const r = result([[2, 1, _], [4, 4, 1], [2, 3, 3], [4, 4, 4]], { a: 50, b: 50, c: 50, d: 50 });
    expect(r.targets!.dimensions.map((d) => d.gap)).toEqual([33.3, 0, 0, 0]);
    const exact = targetGaps(scoreSheet(inst, sheet([[2, 1, _], [4, 4, 1], [2, 3, 3], [4, 4, 4]], inst)).dimensions, { a: 50, b: 50, c: 50, d: 50 }).percentToTargetExact!;
    expect(gateFailure({ score: 60, level: 2, percentToTarget: exact }, { failUnderTarget: exact })).toBeNull();
    expect(gateFailure({ score: 60, level: 2, percentToTarget: exact - 1e-9 * 0.5 }, { failUnderTarget: exact })).toBeNull();
    expect(gateFailure({ score: 60, level: 2, percentToTarget: exact }, { failUnderTarget: exact + 0.01 })).toMatchObject({ code: 'gate.target' });
    expect(gateFailure({ score: 60, level: 2 }, { failUnderTarget: 10 })).toMatchObject({ code: 'gate.noTarget' });
  });
});

describe('gates at exact thresholds', () => {
  it('--fail-under 70 passes on an overall that is mathematically 70 even when floating point lands just under', () => {
    const s = scoreSheet(ex25, sheet([[1, 1, 1, _, _], [4, 3, 3, _, _], [4, 4, 3, _, _], [4, 4, 4, _, _], [4, 4, 3, 3, _]]));
    expect(s.overall.score).toBeLessThan(70);
    expect(gateFailure(s.overall, { failUnder: 70 })).toBeNull();
    expect(gateFailure(s.overall, { failUnder: 70.1 })).toMatchObject({ code: 'gate.score' });
  });

  it('--fail-under 50 passes on an overall that is mathematically 50', () => {
    const s = scoreSheet(ex25, sheet([[1, 1, 4, 4, 4], [2, 3, 3, 3, 3], [2, 2, 2, 4, _], [2, 2, 4, 4, 4], [1, 1, 1, 1, 2]]));
    expect(s.overall.score).toBeLessThan(50);
    expect(gateFailure(s.overall, { failUnder: 50, minLevel: 2 })).toBeNull();
  });
});
