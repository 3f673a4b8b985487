// The mirror's figures against hand-computed cases: favourable %, mean score, gaps and readings at each threshold
// (exactly on it, floats that land on it, values just under it), anonymity per side, units hidden by subtraction, the plan's order.
import { describe, expect, it } from 'vitest';
import employeesData from '../questions/mirror-employees.yaml';
import customersData from '../questions/mirror-customers.yaml';
import leadersData from '../questions/mirror-leaders.yaml';
import matrixData from '../action-matrix/mirror.yaml';
import { parseMirrorMatrix } from '../src/core/mirror-matrix.js';
import { mirrorIssues } from '../src/core/mirror-family.js';
import type { AnswerValue } from '../src/core/types.js';
import { buildMirror, mirrorGate } from '../src/mirror/build.js';
import { DEFAULT_THRESHOLDS, readingOf } from '../src/mirror/figures.js';
import { LeadersTally, SideTally } from '../src/mirror/tally.js';
import { instrumentOf } from './helpers/model.js';

const E = instrumentOf(employeesData);
const C = instrumentOf(customersData);
const L = instrumentOf(leadersData);
const matrix = parseMirrorMatrix(matrixData, E).matrix!;
const T = DEFAULT_THRESHOLDS;
const ctx = { tool: { name: 'ex-maturity', version: 't' }, lang: 'en' as const, generatedAt: '2026-12-01T00:00:00Z', schemaUrl: 'u', thresholds: T, minGroup: 5, minCustomers: 10, minLeaders: 3, matrix };

/** A tally of `n` respondents answering `value` everywhere, with `overrides` per statement id. */
function side(instrument = E) {
  const t = new SideTally(instrument);
  const ids = instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id));
  return {
    t,
    add(n: number, value: AnswerValue, overrides: Record<string, AnswerValue> = {}, unit?: string) {
      for (let i = 0; i < n; i++) t.addOrdered(ids.map((id) => (id in overrides ? overrides[id]! : value)), null, unit ?? null);
      return this;
    },
  };
}
const input = (s: ReturnType<typeof side>) => ({ instrument: s.t.instrument, tally: s.t, skipped: 0 });
/** `n` leaders answering `value` everywhere (both beliefs), with `overrides` per statement id of their instrument. */
function leaders() {
  const t = new LeadersTally(L);
  const ids = L.dimensions.flatMap((d) => d.questions.map((q) => q.id));
  return {
    t,
    add(n: number, value: AnswerValue, overrides: Record<string, AnswerValue> = {}) {
      for (let i = 0; i < n; i++) t.addOrdered(ids.map((id) => (id in overrides ? overrides[id]! : value)), null, null);
      return this;
    },
  };
}
const leadersInput = (s: ReturnType<typeof leaders>) => ({ instrument: L, tally: s.t, skipped: 0 });

describe('readings on unrounded values, in the SPEC order, with the exactness rule', () => {
  it.each([
    [70, 60, 'employees-ahead'], // gap exactly 10
    [60, 70, 'customers-ahead'],
    [69.99, 60, 'positive-symmetry'], // gap just under 10, both ≥ 60
    [60, 60, 'positive-symmetry'], // both exactly 60
    [60, 59.99, 'balanced'], // one just under 60
    [49.99, 45, 'negative-symmetry'],
    [50, 45, 'balanced'], // 50 exactly is not below 50
    [55, 55, 'balanced'],
  ])('employees %d%%, customers %d%% → %s', (e, c, r) => expect(readingOf(e, c, T)).toBe(r));

  it('a float that lands on a threshold meets it: 11/15 − 19/30 is 10 points', () => {
    const e = (100 * 11) / 15;
    const c = (100 * 19) / 30;
    expect(e - c).toBeLessThan(10); // 9.999999999999993 in floating point
    expect(readingOf(e, c, T)).toBe('employees-ahead');
    expect(readingOf((100 * 3) / 5 + 1e-12 - 1e-12, 60.0000000000001, T)).toBe('positive-symmetry');
    expect(readingOf(59.9999, 70, T)).toBe('customers-ahead');
  });
});

describe('favourable %, mean score and gaps, pooled over answers (hand-computed)', () => {
  it('don’t know is left out; 3 and 4 are favourable on a 1–4 scale', () => {
    // facilitation-1: two employees answer 4 and 3, one 2, one don't know; facilitation-2: 1, 1, 4, 4.
    const e = side();
    e.add(1, 3, { 'facilitation-1': 4, 'facilitation-2': 1 }).add(1, 3, { 'facilitation-1': 3, 'facilitation-2': 1 }).add(1, 3, { 'facilitation-1': 2, 'facilitation-2': 4 }).add(2, 3, { 'facilitation-1': null, 'facilitation-2': 4 });
    const c = side(C).add(10, 2);
    // (at --min-group 3: facilitation-1 rests on the 3 who answered it; at 5 it would be withheld, see "contributors")
    const m = buildMirror({ employees: input(e), customers: input(c) }, { ...ctx, minGroup: 3 });
    const f = m.dimensions[0]!;
    // facilitation: answers 4,3,2 and 1,1,4,4,4 → 8 answered, 5 favourable → 62.5 %; mean 23/8 = 2.875 → 100 × 1.875 / 3 = 62.5.
    expect(f.employees).toMatchObject({ respondents: 5, answered: 8, favourable: 62.5, score: 62.5 });
    expect(f.customers).toMatchObject({ favourable: 0, score: 33.3 });
    expect(f).toMatchObject({ gap: 62.5, reading: 'employees-ahead', deliveryGap: null });
    expect(m.pairs[0]).toMatchObject({ id: 'facilitation-1', employees: { answered: 3, favourable: 66.7 } });
    expect(m.pairs[1]).toMatchObject({ id: 'facilitation-2', employees: { answered: 5, favourable: 60 } });
    // Overall per side: mean of its dimensions' favourable % (facilitation 62.5, the ten others 100).
    expect(m.sides.employees.favourableExact).toBeCloseTo((62.5 + 10 * 100) / 11, 12);
    expect(m.byGap[0]).toBe('trust'); // 100 − 0 = 100 points, before facilitation's 62.5 (ties in instrument order)
  });

  it('gaps are rounded half away from zero from unrounded values', () => {
    // employees 1/8 favourable on trust-1 only… simpler: customers 125/200 = 62.5 %, employees 100 %, gap 37.5.
    const e = side().add(8, 4);
    const c = side(C).add(125, 4).add(75, 1);
    const m = buildMirror({ employees: input(e), customers: input(c) }, ctx);
    expect(m.dimensions[0]).toMatchObject({ gap: 37.5, reading: 'employees-ahead' });
    const m2 = buildMirror({ employees: input(side().add(10, 1)), customers: input(c) }, ctx);
    expect(m2.dimensions[0]).toMatchObject({ gap: -62.5, reading: 'customers-ahead' });
  });
});

describe('anonymity per side', () => {
  it('a side below its threshold shows only its count, and no gap that needs it', () => {
    const m = buildMirror({ employees: input(side().add(6, 3)), customers: input(side(C).add(9, 4)), leaders: leadersInput(leaders().add(3, 4)) }, ctx);
    expect(m.sides.customers).toMatchObject({ respondents: 9, shown: false, favourable: null });
    for (const d of [...m.dimensions, ...m.pairs]) expect(d).toMatchObject({ customers: null, gap: null, deliveryGap: null, reading: null });
    expect(m.dimensions[0]!.employees!.favourable).toBe(100);
    expect(m.dimensions[0]!.leaders!.favourable).toBe(100);
    expect(m.recommendations).toEqual([]);
    expect(m.notes.map((n) => n.code)).toContain('mirror.note.sideHidden');
    expect(mirrorGate(m, { failUnder: 10 })).toMatchObject({ code: 'mirror.gateNoOverall' });
  });

  it('customers under 30 are indicative; leaders below 3 are hidden', () => {
    const m = buildMirror({ employees: input(side().add(5, 3)), customers: input(side(C).add(12, 3)), leaders: leadersInput(leaders().add(2, 4)) }, ctx);
    expect(m.sides.customers).toMatchObject({ shown: true, indicative: true });
    expect(m.sides.leaders).toMatchObject({ shown: false, respondents: 2 });
    expect(m.dimensions[0]).toMatchObject({ leaders: null, deliveryGap: null, reading: 'positive-symmetry' });
    expect(m.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['mirror.note.indicative', 'mirror.note.sideHidden']));
  });
});

describe('units', () => {
  it('a unit large enough on both sides is hidden when subtraction would give the rest away', () => {
    // Employees: 5 in A, 6 in B, 1 without a unit: showing A and B would leave 1 person = everyone minus A minus B.
    const e = side().add(5, 4, {}, 'A').add(6, 2, {}, 'B').add(1, 1);
    const c = side(C).add(10, 3, {}, 'A').add(10, 3, {}, 'B');
    const m = buildMirror({ employees: input(e), customers: input(c) }, ctx);
    const [a, b] = m.units;
    expect(a).toMatchObject({ name: 'A', shown: false, favourable: null, dimensions: null, employees: { respondents: 5, visibility: 'hidden-by-subtraction' } });
    expect(b).toMatchObject({ name: 'B', shown: true, employees: { visibility: 'shown' }, favourable: { employees: 0, customers: 100 } });
    expect(b!.dimensions![0]).toMatchObject({ gap: -100, reading: 'customers-ahead' });
    expect(m.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['mirror.note.unitsHidden', 'mirror.note.unitsSubtraction']));
  });

  it('a unit below a side’s threshold is not shown', () => {
    const m = buildMirror({ employees: input(side().add(5, 4, {}, 'A').add(5, 4, {}, 'B')), customers: input(side(C).add(10, 3, {}, 'A').add(9, 3, {}, 'B').add(10, 3, {}, 'C').add(1, 3)) }, ctx);
    expect(m.units.map((u) => [u.name, u.shown, u.customers.visibility])).toEqual([['A', true, 'shown'], ['B', false, 'below-threshold'], ['C', false, 'shown']]);
  });
});

describe('the plan', () => {
  it('lists negative symmetries first, then the largest asymmetries, then balanced, then positive symmetries', () => {
    const e = side().add(10, 3, { 'trust-1': 1, 'trust-2': 1, 'courtesy-1': 1, 'courtesy-2': 1, 'cooperation-1': 4, 'consideration-1': 1 });
    const c = side(C).add(10, 3, { 'trust-1': 1, 'trust-2': 1, 'cooperation-1': 1, 'cooperation-2': 1, 'consideration-2': 1 });
    const m = buildMirror({ employees: input(e), customers: input(c) }, ctx);
    const order = m.recommendations.map((r) => `${r.dimension}:${r.reading}`);
    expect(order.slice(0, 4)).toEqual(['trust:negative-symmetry', 'courtesy:customers-ahead', 'cooperation:employees-ahead', 'consideration:balanced']);
    expect(order.slice(4).every((x) => x.endsWith(':positive-symmetry'))).toBe(true);
    expect(m.recommendations[0]!.actions[0]!.id).toBe('trust-neg-a');
    expect(m.postures.map((p) => p.reading)).toEqual(['negative-symmetry', 'employees-ahead', 'customers-ahead', 'balanced', 'positive-symmetry']);
  });

  it('gates on the mean of the two sides and on the lower side, meeting a threshold it equals', () => {
    const m = buildMirror({ employees: input(side().add(5, 3, { 'trust-1': 1 })), customers: input(side(C).add(10, 3)) }, ctx);
    const mean = m.overall.favourableExact!;
    expect(mirrorGate(m, { failUnder: mean })).toBeNull();
    expect(mirrorGate(m, { failUnder: 98 })).toMatchObject({ code: 'mirror.gateMean' });
    expect(mirrorGate(m, { minSide: 96 })).toMatchObject({ code: 'mirror.gateSide', params: { side: 'employees' } });
    expect(mirrorGate(m, { minSide: 95 })).toBeNull();
  });
});

describe('a mirror family', () => {
  it('the bundled instruments mirror each other; a renamed statement is named with its dimension', () => {
    expect(mirrorIssues(E, C)).toEqual([]);
    expect(mirrorIssues(E, L)).toEqual([]);
    const broken = { ...C, dimensions: C.dimensions.map((d, i) => (i === 1 ? { ...d, questions: d.questions.map((q, j) => (j ? { ...q, id: 'trust-9' } : q)) } : d)) };
    expect(mirrorIssues(E, broken)).toMatchObject([{ code: 'mirror.familyQuestions', path: ['dimensions', 1, 'questions'], params: { dimension: 'trust' } }]);
  });

  it('the mirror matrix has 1–3 actions per dimension × reading; a missing cell is located', () => {
    expect(Object.keys(matrix.dimensions)).toHaveLength(11);
    const raw = structuredClone(matrixData) as { dimensions: Record<string, Record<string, unknown>> };
    delete raw.dimensions.trust!.balanced;
    raw.dimensions.values!['positive-symmetry'] = [];
    const r = parseMirrorMatrix(raw, E);
    expect(r.matrix).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['mirror.missingCell', 'dimensions.trust'], ['mirror.cellSize', 'dimensions.values.positive-symmetry']]);
  });
});

describe('every figure rests on the side’s threshold of contributors, not respondents (issue 19 point 1)', () => {
  const listening = (m: ReturnType<typeof buildMirror>) => m.dimensions.find((d) => d.id === 'listening')!;
  const pair = (m: ReturnType<typeof buildMirror>, id: string) => m.pairs.find((p) => p.id === id)!;

  it('5 employees of whom 4 answered don’t know on listening-1: that statement and its dimension’s other one are withheld', () => {
    const e = side().add(4, 3, { 'listening-1': null }).add(1, 4);
    const m = buildMirror({ employees: input(e), customers: input(side(C).add(10, 3)) }, ctx);
    expect(pair(m, 'listening-1').employees).toMatchObject({ respondents: 5, answered: 1, contributors: 1, favourable: null, score: null, withheld: true });
    expect(pair(m, 'listening-1')).toMatchObject({ gap: null, reading: null });
    // listening minus listening-2 would give the one answer away: listening-2 is withheld too, the dimension stays.
    expect(pair(m, 'listening-2').employees).toMatchObject({ contributors: 5, favourable: null, withheld: true });
    expect(listening(m).employees).toMatchObject({ contributors: 5, answered: 6, withheld: false });
    expect(m.notes.find((n) => n.code === 'mirror.note.withheld')).toMatchObject({ params: { side: 'employees', min: 5, dimensions: [], statements: ['listening-1', 'listening-2'] } });
  });

  it('4 of 5 don’t know on the whole of listening: the dimension is withheld and the overall leaves it out', () => {
    const e = side().add(4, 3, { 'listening-1': null, 'listening-2': null }).add(1, 1);
    const m = buildMirror({ employees: input(e), customers: input(side(C).add(10, 3)) }, ctx);
    expect(listening(m).employees).toMatchObject({ contributors: 1, favourable: null, withheld: true });
    expect(listening(m)).toMatchObject({ gap: null, reading: null });
    expect(m.sides.employees.favourable).not.toBeNull();
    // The ten other dimensions: 4 answer 3, 1 answers 1 → 80 % each; the one person's 1s on listening do not count.
    expect(m.sides.employees.favourableExact).toBeCloseTo(80, 9);
  });

  it('3 leaders, 2 all don’t know: no leaders’ figure and no delivery gap', () => {
    const l = leaders().add(2, null).add(1, 4);
    const m = buildMirror({ employees: input(side().add(5, 3)), customers: input(side(C).add(10, 3)), leaders: leadersInput(l) }, ctx);
    for (const d of [...m.dimensions, ...m.pairs]) {
      expect(d.leaders).toMatchObject({ favourable: null, withheld: true });
      expect(d.deliveryGap).toBeNull();
    }
    expect(m.sides.leaders).toMatchObject({ shown: true, favourable: null });
  });

  it('inside a unit: a unit’s figure rests on its contributors, and the side minus the units shown gives nobody away', () => {
    // Units a, b, c of 5 employees (10 customers each). In c, 4 employees answer don't know on listening: c's listening is
    // withheld; then the side's listening minus a's and b's would give c's one answer: the smallest of a, b goes too.
    const e = side().add(5, 3, {}, 'a').add(6, 4, {}, 'b').add(4, 3, { 'listening-1': null, 'listening-2': null }, 'c').add(1, 1, {}, 'c');
    const c = side(C).add(10, 3, {}, 'a').add(10, 3, {}, 'b').add(10, 3, {}, 'c');
    const m = buildMirror({ employees: input(e), customers: input(c) }, ctx);
    const li = (u: string) => m.units.find((x) => x.name === u)!.dimensions!.find((d) => d.id === 'listening')!.employees;
    expect(li('c')).toMatchObject({ contributors: 1, withheld: true });
    expect(li('a')).toMatchObject({ contributors: 5, withheld: true });
    expect(li('b')).toMatchObject({ contributors: 6, withheld: false });
    expect(listening(m).employees).toMatchObject({ contributors: 12, withheld: false });
    expect(m.notes.find((n) => n.code === 'mirror.note.withheld')).toMatchObject({ params: { side: 'employees', units: ['a', 'c'] } });
  });
});

describe('leadership’s two blind spots (issue 22 point 1)', () => {
  const onEmployees = (v: AnswerValue) => Object.fromEntries(L.dimensions.flatMap((d) => d.questions.filter((q) => q.id.startsWith('employees.')).map((q) => [q.id, v])));

  it('leaders − employees and leaders − customers, each with its interval, effect size and reading; the plan takes the matrix’s blind-spot actions', () => {
    // Employees: 5 × 2 (0 % favourable). Customers: 10 × 3 (100 %). Leaders: 3, who believe employees and customers fare well (4).
    const m = buildMirror({ employees: input(side().add(5, 2)), customers: input(side(C).add(10, 3)), leaders: leadersInput(leaders().add(3, 4)) }, ctx);
    const d = m.dimensions.find((x) => x.id === 'listening')!;
    expect(d.blindSpots!.employees).toMatchObject({ gap: 100, reading: 'overestimated' });
    expect(d.blindSpots!.employees.leaders).toMatchObject({ favourable: 100, n: 3 });
    // Newcombe on 3/3 against 0/5: the interval excludes 0.
    expect(d.blindSpots!.employees.gapCi![0]).toBeGreaterThan(0);
    expect(d.blindSpots!.employees.gapEffect).toBeCloseTo(Math.PI, 3);
    expect(d.blindSpots!.customers).toMatchObject({ gap: 0, reading: 'aligned', gapEffect: 0 });
    expect(d.deliveryGap).toBe(0);
    const pair = m.pairs.find((p) => p.id === 'listening-2')!;
    expect(pair.texts.leadersOnEmployees).toMatch(/^When employees make a suggestion, their manager/);
    expect(pair.texts.leaders).toMatch(/^A customer who makes a comment/);
    expect(m.blindSpotPlan).toHaveLength(1);
    expect(m.blindSpotPlan![0]).toMatchObject({ side: 'employees', reading: 'overestimated', actions: [{ id: 'blind-employees-over-a' }, { id: 'blind-employees-over-b' }] });
    expect(m.blindSpotPlan![0]!.dimensions).toHaveLength(11);
  });

  it('a gap past --asymmetry whose interval reaches 0 is undetermined, with the sample that would settle it', () => {
    // Leaders about employees: 2 of 3 favourable (66.7 %); employees 2 of 5 (40 %): +26.7 points, too few to tell.
    const l = leaders().add(2, 4).add(1, 1, onEmployees(1));
    const e = side().add(2, 3).add(3, 2);
    const m = buildMirror({ employees: input(e), customers: input(side(C).add(10, 3)), leaders: leadersInput(l) }, ctx);
    const b = m.dimensions[0]!.blindSpots!.employees;
    expect(b.gap).toBe(26.7);
    expect(b.gapCi![0]).toBeLessThan(0);
    expect(b).toMatchObject({ reading: 'undetermined' });
    expect(b.settle).toBeGreaterThan(5);
    expect(m.postures.map((p) => p.reading)).toContain('undetermined');
  });

  it('leaders below their threshold: neither blind spot, no plan for them', () => {
    const m = buildMirror({ employees: input(side().add(5, 2)), customers: input(side(C).add(10, 3)), leaders: leadersInput(leaders().add(2, 4)) }, ctx);
    for (const d of [...m.dimensions, ...m.pairs]) expect(d.blindSpots).toMatchObject({ employees: { leaders: null, gap: null, reading: null }, customers: { leaders: null, gap: null, reading: null } });
    expect(m.blindSpotPlan).toEqual([]);
  });

  it('a leaders’ instrument whose statements about employees do not mirror the employees’ ones is refused', () => {
    const broken = { ...L, dimensions: L.dimensions.map((d, i) => (i === 6 ? { ...d, questions: d.questions.filter((q) => q.id !== 'employees.listening-2') } : d)) };
    expect(mirrorIssues(E, broken)).toMatchObject([{ code: 'mirror.familyQuestions', path: ['dimensions', 6, 'questions'], params: { dimension: 'listening', found: ['employees.listening-1'] } }]);
  });
});

describe('the mirror document’s header (issue 20 point 7)', () => {
  it('is built like every other document’s: kind, schema version, tool, the reference instrument, language, date', () => {
    const m = buildMirror({ employees: input(side().add(5, 3)), customers: input(side(C).add(10, 3)) }, ctx);
    expect(m).toMatchObject({ $schema: 'u', schemaVersion: 1, kind: 'mirror', tool: ctx.tool, instrument: { id: 'mirror-employees', version: E.version }, language: 'en', generatedAt: ctx.generatedAt });
  });
});
