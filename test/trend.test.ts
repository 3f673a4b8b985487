// The trend's core (team/trend.ts) on small hand-made waves: date order with ties in the order given, Welch on team
// views, plain differences on results, no change across nearly the same people, a withheld figure or changed statements.
import { describe, expect, it } from 'vitest';
import { welch } from '../src/core/stats.js';
import { buildTrend, inDateOrder, type SeriesDef, type WaveInput } from '../src/team/trend.js';

const DEFS: SeriesDef[] = [
  { key: 'a', id: 'a', side: null, label: 'A' },
  { key: 'b', id: 'b', side: null, label: 'B' },
  { key: 'overall', id: 'overall', side: null, label: 'Overall' },
];
const CTX = { tool: { name: 't', version: '0' }, lang: 'en' as const, generatedAt: '2026-12-07T00:00:00.000Z', schemaUrl: 's', instrument: { id: 'i', version: '1', title: 'T' }, metric: 'score' as const, levels: [] };

/** A team view of `n` respondents with the scores of a, b (sd 10 each) and their mean. */
function team(measuredAt: string, n: number, a: number, b: number, statements: Record<string, string[]> | null = null, version = '1'): WaveInput {
  const fig = (x: number) => ({ exact: x, withheld: false, spread: { n, sd: 10 } });
  return { kind: 'aggregate', measuredAt, version, populations: [{ name: 'team', respondents: n, threshold: 5, shown: true }], figures: { a: fig(a), b: fig(b), overall: fig((a + b) / 2) }, statements };
}

describe('buildTrend', () => {
  it('sorts waves by date, ties in the order given', () => {
    const w = [{ measuredAt: '2026-09-01T00:00:00Z', n: 1 }, { measuredAt: '2026-03-01T00:00:00Z', n: 2 }, { measuredAt: '2026-09-01T00:00:00Z', n: 3 }];
    expect(inDateOrder(w).map((x) => x.n)).toEqual([2, 1, 3]);
  });

  it('gives each change between team views its Welch interval and verdict, from unrounded figures', () => {
    const t = buildTrend(DEFS, [team('2026-01-01T00:00:00Z', 30, 50.04, 60), team('2026-07-01T00:00:00Z', 30, 58.06, 60.5)], CTX);
    const a = t.series[0]!.changes[0]!;
    const expected = welch({ n: 30, sd: 10, mean: 58.06 }, { n: 30, sd: 10, mean: 50.04 })!;
    expect(a).toMatchObject({ status: 'change', delta: 8, verdict: 'improved' });
    expect(a.deltaExact).toBeCloseTo(8.02, 10);
    expect(a.ci).toEqual([Math.round(expected.low * 10) / 10, Math.round(expected.high * 10) / 10]);
    expect(t.series[1]!.changes[0]).toMatchObject({ delta: 0.5, verdict: 'within-noise' });
    expect(t.series[0]!.points.map((p) => p.value)).toEqual([50, 58.1]);
  });

  it('keeps plain differences between individual results', () => {
    const result = (at: string, a: number): WaveInput => ({ kind: 'result', measuredAt: at, version: '1', populations: [], figures: { a: { exact: a, withheld: false }, b: { exact: null, withheld: false } }, statements: null });
    const t = buildTrend(DEFS, [result('2026-01-01T00:00:00Z', 40), result('2027-01-01T00:00:00Z', 45.05)], CTX);
    expect(t.series[0]!.changes[0]).toMatchObject({ status: 'change', delta: 5.1, ci: null, verdict: null });
    expect(t.series[1]!.changes[0]).toMatchObject({ status: 'missing', delta: null });
  });

  it('withholds the change between team views of nearly the same people (fewer different than the threshold)', () => {
    const t = buildTrend(DEFS, [team('2026-01-01T00:00:00Z', 30, 50, 60), team('2026-07-01T00:00:00Z', 33, 55, 61), team('2027-01-01T00:00:00Z', 40, 57, 62)], CTX);
    expect(t.series.map((s) => s.changes.map((c) => c.status))).toEqual([['withheld', 'change'], ['withheld', 'change'], ['withheld', 'change']]);
    expect(t.series[0]!.changes[0]!.delta).toBeNull();
    expect(t.notes).toEqual([{ code: 'trend.subtraction', params: { from: 1, to: 2, difference: 3, minGroup: 5, side: null } }]);
  });

  it('never computes a change from a withheld figure', () => {
    const hidden = team('2026-07-01T00:00:00Z', 30, 0, 0);
    hidden.figures.a = { exact: null, withheld: true };
    const t = buildTrend(DEFS, [team('2026-01-01T00:00:00Z', 30, 50, 60), hidden], CTX);
    expect(t.series[0]!.points[1]).toEqual({ wave: 2, value: null, valueExact: null, withheld: true });
    expect(t.series[0]!.changes[0]).toMatchObject({ status: 'withheld', delta: null, ci: null, verdict: null });
  });

  it('breaks the series of a dimension whose statements changed, and the overall with it; warns of versions', () => {
    const before = team('2026-01-01T00:00:00Z', 30, 50, 60, { a: ['a-1', 'a-2'], b: ['b-1'] }, '1.0.0');
    const after = team('2026-07-01T00:00:00Z', 30, 70, 61, { a: ['a-1', 'a-3'], b: ['b-1'] }, '1.1.0');
    const t = buildTrend(DEFS, [before, after], CTX);
    expect(t.series.map((s) => s.changes[0]!.status)).toEqual(['break', 'change', 'break']);
    expect(t.notes.map((n) => n.code)).toEqual(['trend.versionsDiffer', 'trend.break', 'trend.break']);
    expect(t.notes[1]).toEqual({ code: 'trend.break', params: { label: 'A', from: 1, to: 2, added: ['a-3'], removed: ['a-2'] } });
  });
});
