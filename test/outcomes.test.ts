// Outcome questions (SPEC.md "Outcomes", issue 21 points 8–9): read from instruments, answers files and form exports,
// never part of a score; NPS per set with its interval, withheld below the threshold; driver impact from 20 contributors.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../src/core/answers.js';
import { parseInstrument } from '../src/core/instrument.js';
import { scoreSheet } from '../src/core/score.js';
import type { AnswerValue } from '../src/core/types.js';
import { builtinModel } from '../src/io/load.js';
import { buildAggregate } from '../src/team/aggregate.js';
import { TeamTally } from '../src/team/tally.js';
import { cli, tempDir } from './helpers/cli.js';

const { instrument, matrix } = builtinModel();
const ids = instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id));
const ctx = (minGroup: number) => ({ tool: { name: 'ex-maturity', version: 'test' }, lang: 'en' as const, generatedAt: '2026-01-01T00:00:00.000Z', schemaUrl: 'x', minGroup });

/** Every statement answered `value`, one dimension (`sense`) answered `sense`, and the eNPS answer. */
function sheet(value: number, sense: number, enps: number | null): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const id of ids) out[id] = id.startsWith('sense-') ? sense : value;
  out.enps = enps;
  return out;
}

function team(sheets: Record<string, AnswerValue>[], minGroup = 5, groups?: string[]) {
  const tally = new TeamTally(instrument);
  sheets.forEach((s, i) => tally.add(s, groups?.[i]));
  return buildAggregate(instrument, matrix, tally, ctx(minGroup));
}

describe('outcome questions in instruments and answers files', () => {
  it('ex-25 carries an optional eNPS item for team use, on 0–10, outside the dimensions', () => {
    expect(instrument.outcomes).toEqual([expect.objectContaining({ id: 'enps', min: 0, max: 10, teamOnly: true })]);
    expect(ids).not.toContain('enps');
  });
  it('an outcome id that repeats a statement id, a scale over 11 points or a non-boolean teamOnly is refused, located', () => {
    const raw = structuredClone(JSON.parse(JSON.stringify(instrument))) as Record<string, unknown>;
    raw.outcomes = [{ id: 'sense-1', text: 'x', scale: { min: 0, max: 20 }, teamOnly: 'yes' }];
    const { issues } = parseInstrument(raw);
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['outcomes.0.id', 'outcomes.idUsed'],
      ['outcomes.0.scale', 'outcomes.scaleBad'],
      ['outcomes.0.teamOnly', 'outcomes.teamOnlyBad'],
    ]);
  });
  it('an answers file may give the outcome or not; off its scale is an error naming it; it never moves a score', () => {
    const base = sheet(3, 3, null);
    delete base.enps;
    const without = parseAnswers({ answers: base }, instrument).sheet!;
    expect(without.outcomes).toEqual({ enps: null });
    const withIt = parseAnswers({ answers: { ...base, enps: 9 } }, instrument).sheet!;
    expect(withIt.outcomes).toEqual({ enps: 9 });
    expect(scoreSheet(instrument, withIt)).toEqual(scoreSheet(instrument, without));
    const bad = parseAnswers({ answers: { ...base, enps: 11 } }, instrument);
    expect(bad.issues).toEqual([expect.objectContaining({ path: ['answers', 'enps'], code: 'core.answerOffScale' })]);
  });
});

describe('NPS in the team view', () => {
  it('hand-computed: 3 promoters, 1 passive, 2 detractors of 6 give NPS +16.7 with shares 50 / 16.7 / 33.3 and the adjusted-Wald interval', () => {
    const a = team([9, 10, 10, 8, 3, 6].map((e) => sheet(3, 3, e)));
    const o = a.team.outcomes![0]!;
    // adjusted: n 9, promoters 3.75/9, detractors 2.75/9, NPS .1111, variance (.7222 − .0123)/9, ±1.96 × .2808 → −43.9 to +66.2
    expect(o).toMatchObject({ id: 'enps', answered: 6, n: 6, nps: 16.7, promoters: 50, passives: 16.7, detractors: 33.3, ci: [-43.9, 66.2] });
  });
  it('fewer answers than the threshold: the count only, no NPS and no interval, and a group is protected against subtraction', () => {
    const a = team([9, 9, 9, 9, null, null].map((e) => sheet(3, 3, e)));
    expect(a.team.outcomes![0]).toMatchObject({ answered: 4, n: null, nps: null, ci: null });
    // team 10 answers, group a 6 and group b 4: b is below the threshold, so a is withheld too (team − a = b).
    const groups = ['a', 'a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b'];
    const g = team([9, 9, 9, 9, 9, 9, 0, 0, 0, 0, null].map((e) => sheet(3, 3, e)), 5, groups);
    expect(g.team.outcomes![0]).toMatchObject({ answered: 10, n: 10, nps: 20 });
    expect(g.groups.map((x) => x.outcomes?.[0]?.nps ?? null)).toEqual([null, null]);
  });
});

describe('driver impact', () => {
  it('below 20 contributors there is none, and the reason says why', () => {
    const a = team(Array.from({ length: 19 }, (_, i) => sheet(3, 1 + (i % 4), i % 11)));
    expect(a.drivers).toEqual([{ outcome: 'enps', minimum: 20, contributors: 19, reason: 'too-few', dimensions: [] }]);
  });
  it('from 20 on: a dimension that moves with the answer has a significant impact (a priority when its score is below the mean), the others none', () => {
    // sense 1..4 rises with eNPS (0, 3, 6, 9), its score 50 below the mean of the dimensions (63.3): a priority.
    const sheets = Array.from({ length: 24 }, (_, i) => sheet(3, 1 + (i % 4), 3 * (i % 4)));
    const a = team(sheets);
    const d = a.drivers![0]!;
    expect(d.reason).toBeNull();
    const sense = d.dimensions.find((x) => x.id === 'sense')!;
    expect(sense).toMatchObject({ n: 24, r: 1, significant: true, role: 'priority' });
    const other = d.dimensions.find((x) => x.id === 'image')!;
    expect(other.significant).toBe(false);
    expect(other.role).toBeNull();
  });
});

describe('the installed CLI', () => {
  it('reads an eNPS column of a form export and writes the NPS and the drivers in JSON (valid against the schema), Markdown and CSV', () => {
    const dir = tempDir();
    const rows = [['group', ...ids, 'How likely are you to recommend the organisation as a place to work to a friend or acquaintance?'].join(',')];
    for (let i = 0; i < 24; i++) rows.push([i % 2 ? 'a' : 'b', ...ids.map((id) => (id.startsWith('sense-') ? 1 + (i % 4) : 3)), 3 * (i % 4)].join(','));
    const file = join(dir, 'form.csv');
    writeFileSync(file, rows.join('\n') + '\n');
    const json = cli(['aggregate', file, '--format', 'json']);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(doc.team.outcomes[0]).toMatchObject({ id: 'enps', answered: 24, nps: -50, promoters: 25, detractors: 75 });
    expect(doc.drivers[0].dimensions[0]).toMatchObject({ id: 'sense', r: 1, role: 'priority' });
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajv.addFormat('date-time', () => true);
    ajv.addFormat('uri', () => true);
    const validate = ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'aggregate.schema.json'), 'utf8')));
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
    const md = cli(['aggregate', file, '--format', 'markdown', '--lang', 'fr']);
    expect(md.stdout).toContain('**Équipe** — NPS −50,0');
    expect(md.stdout).toMatch(/Priorités \(lien établi, score sous la moyenne\)\s:\sSens\./u);
    const csv = cli(['aggregate', file, '--format', 'csv']);
    expect(csv.stdout).toMatch(/^\*,24,yes,outcome:enps,.*,-50,/m);
    expect(csv.stdout).toMatch(/^\*,24,yes,driver:enps:sense,Purpose,1,,priority,/m);
  });
  it('a bad eNPS cell makes its row reported and skipped, naming the line', () => {
    const dir = tempDir();
    const file = join(dir, 'form.csv');
    writeFileSync(file, [['group', ...ids, 'enps'].join(','), ['a', ...ids.map(() => 3), 12].join(',')].join('\n') + '\n');
    const r = cli(['aggregate', file, '--strict']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('form.csv:2');
    expect(r.stderr).toContain('12');
  });
  it('the mirror sets employees\' eNPS beside customers\' NPS, each beside the leaders\' prediction, valid against the mirror schema', () => {
    const ex = join(import.meta.dirname, '..', 'examples', 'mirror');
    const r = cli(['mirror', '--employees', join(ex, 'employees.csv'), '--customers', join(ex, 'customers.csv'), '--leaders', join(ex, 'leaders'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout);
    const { employees, customers, leadersOnEmployees, leadersOnCustomers } = m.outcomes.sideBySide;
    expect([employees.id, customers.id, leadersOnEmployees.id, leadersOnCustomers.id]).toEqual(['enps', 'nps', 'enps', 'nps']);
    for (const o of [employees, customers, leadersOnEmployees, leadersOnCustomers]) {
      expect(o.nps).toBeCloseTo(o.promoters - o.detractors, 0);
      expect(o.ci[0]).toBeLessThanOrEqual(o.ci[1]);
    }
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajv.addFormat('date-time', () => true);
    ajv.addFormat('uri', () => true);
    const validate = ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'mirror.schema.json'), 'utf8')));
    expect(validate(m) ? [] : validate.errors).toEqual([]);
    const md = cli(['mirror', '--employees', join(ex, 'employees.csv'), '--customers', join(ex, 'customers.csv'), '--leaders', join(ex, 'leaders'), '--format', 'markdown']).stdout;
    expect(md).toContain('## Recommendation: employees (eNPS) and customers (NPS) side by side');
    expect(md).toContain(`**Employees (eNPS)** — NPS ${employees.nps < 0 ? '−' : '+'}${Math.abs(employees.nps).toFixed(1)}`);
  });
  it('an individual result shows the answer only, never an NPS, and reads back as an answers file', () => {
    const dir = tempDir();
    const file = join(dir, 'answers.yaml');
    writeFileSync(file, `answers:\n${ids.map((id) => `  ${id}: 3`).join('\n')}\n  enps: 8\n`);
    const r = cli(['assess', '--answers', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.outcomes).toEqual([expect.objectContaining({ id: 'enps', value: 8, scale: { min: 0, max: 10 } })]);
    expect(r.stdout).not.toMatch(/"nps"|promoters/);
    writeFileSync(join(dir, 'result.json'), r.stdout);
    expect(JSON.parse(cli(['assess', '--answers', join(dir, 'result.json'), '--format', 'json']).stdout).outcomes[0].value).toBe(8);
    expect(cli(['assess', '--answers', file]).stdout).toContain('Your answer: 8 (0–10).');
  });
});
