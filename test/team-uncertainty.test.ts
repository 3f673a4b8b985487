import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meanInterval } from '../src/core/stats.js';
import { roundScore, scoreSheet } from '../src/core/score.js';
import type { AnswerValue } from '../src/core/types.js';
import { builtinModel } from '../src/io/load.js';
import { buildAggregate, type Aggregate } from '../src/team/aggregate.js';
import { TeamTally } from '../src/team/tally.js';
import { cli, fixture, tempDir } from './helpers/cli.js';

const { instrument, matrix } = builtinModel();
const ctx = (minGroup: number, population?: number) => ({ tool: { name: 'ex-maturity', version: 'test' }, lang: 'en' as const, generatedAt: '2026-01-01T00:00:00.000Z', schemaUrl: 'x', minGroup, ...(population ? { population } : {}) });
const ids = instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id));

/** Answers with the same value for every statement, and per-dimension overrides. */
function answers(value: AnswerValue, overrides: Record<string, AnswerValue> = {}): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const d of instrument.dimensions) for (const q of d.questions) out[q.id] = d.id in overrides ? overrides[d.id]! : value;
  return out;
}

function build(sheets: { answers: Record<string, AnswerValue>; group?: string }[], minGroup = 2, population?: number): Aggregate {
  const tally = new TeamTally(instrument);
  for (const s of sheets) tally.add(s.answers, s.group);
  return buildAggregate(instrument, matrix, tally, ctx(minGroup, population));
}

const sheetArb = fc.record(Object.fromEntries(ids.map((id) => [id, fc.constantFrom<AnswerValue>(1, 2, 3, 4, 4, 3, null)])) as Record<string, fc.Arbitrary<AnswerValue>>);

describe('intervals on the team figures', () => {
  it('hand-computed: image scores 100, 0, 66.7, 33.3, 33.3 give n 5 and a t-interval 46.7 ± 47.2, kept within 0–100', () => {
    const a = build([{ answers: answers(4) }, { answers: answers(1) }, { answers: answers(3) }, { answers: answers(2, { sense: null }) }, { answers: answers(2) }]);
    const image = a.team.dimensions!.find((d) => d.id === 'image')!;
    // mean 46.67, sample sd 38.006, t(4) = 2.776445: 46.67 ± 47.19 → −0.5 (kept at 0) to 93.9
    expect(image).toMatchObject({ n: 5, ci: [0, 93.9] });
    // the overall 47.3 sits under 50 with an interval across it: level 1, borderline with 2
    expect(a.team.overall).toMatchObject({ score: 47.3, level: 1, borderline: 2, n: 4 });
    // a share at a level: Wilson on the respondents (3 of 5 at level 1: 23.1–88.2 %, Wilson 3/5 = 0.2307–0.8824)
    expect(image.levels[0]).toMatchObject({ count: 3, percent: 60, ci: [23.1, 88.2] });
  });

  it('equal the t-interval of the respondents’ unrounded scores, computed apart, for every dimension', () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { minLength: 2, maxLength: 40 }), (sheets) => {
        const a = build(sheets.map((s) => ({ answers: s })), 1);
        const scored = sheets.map((s) => scoreSheet(instrument, { answers: s } as never));
        return instrument.dimensions.every((_d, i) => {
          const values = scored.map((x) => x.dimensions[i]!.score).filter((x): x is number => x !== null);
          const ci = meanInterval(values);
          const got = a.team.dimensions![i]!;
          if (!ci) return got.ci === null;
          return got.n === values.length && got.ci![0] === roundScore(Math.max(0, ci.low)) && got.ci![1] === roundScore(Math.min(100, ci.high)) && got.ci![0] <= got.score! && got.score! <= got.ci![1];
        });
      }),
      { numRuns: 40 },
    );
  });

  it('a withheld figure and a hidden group have no interval', () => {
    const a = build([
      { answers: answers(4), group: 'A' },
      { answers: answers(2), group: 'A' },
      { answers: answers(3), group: 'A' },
      { answers: answers(1), group: 'B' },
    ], 3);
    const b = a.groups.find((g) => g.name === 'B')!;
    expect(b.shown).toBe(false);
    expect(b.overall).toBeNull();
    // the team minus A would give B away: A is withheld by subtraction, figures and intervals alike
    for (const g of a.groups) for (const d of g.dimensions ?? []) if (d.scoreExact === null) expect(d.ci ?? null).toBeNull();
    for (const q of a.team.questions ?? []) if (!q.answers.length) expect(q.ci ?? null).toBeNull();
  });

  it('statement means carry n and a t-interval on the scale, and an agreement index', () => {
    const a = build([{ answers: answers(4) }, { answers: answers(4) }, { answers: answers(1) }, { answers: answers(1) }]);
    const q = a.team.questions![0]!;
    expect(q).toMatchObject({ n: 4, mean: 2.5 });
    // mean 2.5, sd 1.732, t(3) 3.182: 2.5 ± 2.76 → kept within the scale 1–4
    expect(q.ci).toEqual([1, 4]);
    // split between the two ends: Tastle–Wierman consensus 0
    expect(q.agreement).toBe(0);
    const same = build([{ answers: answers(3) }, { answers: answers(3) }]).team.questions![0]!;
    expect(same.agreement).toBe(1);
    expect(same.ci).toEqual([3, 3]);
  });

  it('--population narrows the team’s intervals (finite-population correction) and gives the response rate', () => {
    const sheets = [4, 3, 2, 3, 4, 1, 2, 3].map((v, i) => ({ answers: answers(v as AnswerValue, { image: ((i % 4) + 1) as AnswerValue }) }));
    const plain = build(sheets);
    const fpc = build(sheets, 2, 10);
    expect(fpc.population).toEqual({ invited: 10, responseRate: 80 });
    const width = (x: Aggregate) => x.team.overall!.ci![1] - x.team.overall!.ci![0];
    expect(width(fpc)).toBeLessThan(width(plain));
    expect(build(sheets, 2, 8).team.dimensions![0]!.ci).toEqual([build(sheets).team.dimensions![0]!.score, build(sheets).team.dimensions![0]!.score]);
    expect(plain.precision!.margin).toBeGreaterThan(0);
  });
});

describe('aggregate on the command line', () => {
  const csv = fixture('csv/form-fr.csv');
  const run = (extra: string[]) => cli(['aggregate', csv, '--min-group', '2', ...extra]);

  it('refuses a population below the respondents read (exit 2, one message)', () => {
    const r = run(['--population', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--population 3 is below the 7 respondents read/);
    expect(run(['--population', 'many']).code).toBe(2);
  });

  it('gates compare the point value; --strict-gates fails a borderline pass', () => {
    const doc = JSON.parse(run(['--format', 'json']).stdout);
    const { score, ci } = doc.team.overall;
    expect(ci[0]).toBeLessThan(score);
    const threshold = String(Math.floor(score));
    expect(run(['--fail-under', threshold]).code).toBe(0);
    const strict = run(['--fail-under', threshold, '--strict-gates']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/borderline pass/);
  });

  it('shows the interval beside every score and n in CSV (two columns)', () => {
    const doc = JSON.parse(run(['--format', 'json', '--population', '20']).stdout);
    const sense = doc.team.dimensions[0];
    const table = run(['--population', '20']).stdout;
    expect(table).toContain(`${sense.score.toFixed(1)}\u00a0(${sense.ci[0].toFixed(1)}–${sense.ci[1].toFixed(1)})`);
    expect(table).toMatch(/7 of 20 invited answered \(35\.0%\)/);
    const lines = run(['--format', 'csv']).stdout.trim().split('\n');
    expect(lines[0]).toMatch(/,n,ciLow,ciHigh,borderline,statement,mean,agreement\r?$/);
    expect(lines[1]).toContain(`,${sense.scored},`);
  });
});

describe('compare of two team views', () => {
  const examples = (p: string) => `${import.meta.dirname}/../examples/team/${p}`;

  it('gives each change a Welch interval, calls it real only when it excludes 0, and ranks only real changes', () => {
    const dir = tempDir();
    expect(cli(['aggregate', examples('frontline'), examples('managers'), '--format', 'json', '--output', `${dir}/before.json`]).code).toBe(0);
    expect(cli(['aggregate', examples(''), '--format', 'json', '--output', `${dir}/after.json`]).code).toBe(0);
    const r = cli(['compare', `${dir}/before.json`, `${dir}/after.json`, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout);
    for (const d of [...c.dimensions, c.overall]) {
      expect(d.ci[0]).toBeLessThanOrEqual(d.delta);
      expect(d.ci[1]).toBeGreaterThanOrEqual(d.delta);
      expect(d.verdict).toBe(d.ci[0] > 0 ? 'improved' : d.ci[1] < 0 ? 'declined' : 'within-noise');
    }
    const real = c.dimensions.filter((d: { verdict: string }) => d.verdict === 'improved').map((d: { id: string }) => d.id);
    expect(c.improved.map((m: { dimension: string }) => m.dimension).sort()).toEqual(real.sort());
    expect(c.dimensions.some((d: { verdict: string }) => d.verdict === 'within-noise')).toBe(true);
    expect(cli(['compare', `${dir}/before.json`, `${dir}/after.json`]).stdout).toMatch(/within the noise/);
  });

  it('two individual results keep plain deltas', () => {
    const r = cli(['compare', fixture('team/compare/old.yaml'), fixture('team/compare/new.yaml'), '--format', 'json']);
    const c = JSON.parse(r.stdout);
    expect(c.overall.ci).toBeUndefined();
    expect(c.overall.verdict).toBeUndefined();
  });
});

describe('mirror readings no stronger than the evidence', () => {
  const ex = (f: string) => `${import.meta.dirname}/../examples/mirror/${f}`;
  const mirror = (extra: string[]) => cli(['mirror', '--employees', ex('employees.csv'), '--customers', ex('customers.csv'), ...extra]);

  it('gives each side n and an interval, each gap its Newcombe interval, and calls a reading only where they support it', () => {
    const m = JSON.parse(mirror(['--format', 'json', '--asymmetry', '5']).stdout);
    for (const d of m.dimensions) {
      expect(d.employees.ci[0]).toBeLessThanOrEqual(d.employees.favourable);
      expect(d.employees.ci[1]).toBeGreaterThanOrEqual(d.employees.favourable);
      expect(d.gapCi[0]).toBeLessThanOrEqual(d.gap);
      expect(d.gapCi[1]).toBeGreaterThanOrEqual(d.gap);
      if (d.reading === 'employees-ahead' || d.reading === 'customers-ahead') expect(d.gapCi[0] > 0 || d.gapCi[1] < 0).toBe(true);
      if (d.reading === 'positive-symmetry') expect(Math.min(d.employees.ci[0], d.customers.ci[0])).toBeGreaterThanOrEqual(50);
      if (d.reading === 'negative-symmetry') expect(Math.max(d.employees.ci[1], d.customers.ci[1])).toBeLessThan(60);
    }
    // trust: a gap of 6.4 reaches --asymmetry 5, but its interval contains 0
    const trust = m.dimensions.find((d: { id: string }) => d.id === 'trust');
    expect(trust).toMatchObject({ reading: 'undetermined' });
    expect(trust.gapCi[0]).toBeLessThan(0);
    expect(trust.settle).toBeGreaterThan(150);
    // no actions for it: its posture is to measure again
    expect(m.recommendations.map((r: { dimension: string }) => r.dimension)).not.toContain('trust');
    expect(m.postures.map((p: { reading: string }) => p.reading)).toContain('undetermined');
    expect(mirror(['--asymmetry', '5']).stdout).toMatch(new RegExp(`Trust — too close to call \\(about ${trust.settle} respondents per side would settle it\\)`));
  });
});

describe('plan-sample', () => {
  it('prints the responses needed overall and per group (Cochran with the finite-population correction)', () => {
    const r = cli(['plan-sample', '--population', '230', '--margin', '5', '--groups', '4']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/145 responses of the 230 invited/);
    expect(r.stdout).toMatch(/4 groups of about 57 people .*: 50 responses per group .*, 200 in all/);
  });
  it('refuses a missing population or a bad margin with exit 2', () => {
    expect(cli(['plan-sample', '--margin', '5']).code).toBe(2);
    const bad = cli(['plan-sample', '--population', '230', '--margin', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--margin 0/);
  });
});
