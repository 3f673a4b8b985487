// The CSV exports as a spreadsheet user gets them: a result (one row per dimension plus the overall) and the questionnaire for building a form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cli, fixture, tempDir } from './helpers/cli.js';

const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'answers.yaml');
const HOSTILE = ['--instrument', fixture('hostile-instrument.yaml'), '--matrix', fixture('hostile-matrix.yaml')];

function run(args: string[]): string {
  const r = cli(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}
const rows = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: false });

describe('assess --format csv', () => {
  const result = JSON.parse(run(['assess', '--answers', EXAMPLE, '--format', 'json', '--lang', 'en']));
  const csv = run(['assess', '--answers', EXAMPLE, '--format', 'csv', '--lang', 'en']);

  const HEAD = ['kind', 'id', 'label', 'dimension', 'score', 'level', 'levelLabel', 'answered', 'total', 'target', 'gap', 'status', 'horizon', 'owner'];
  const of = (kind: string) => rows(csv).filter((r) => r[0] === kind);
  const shown = (v: number | null) => (v === null ? '' : String(v));
  const actionCount = result.recommendations.reduce((n: number, r: { actions: unknown[] }) => n + r.actions.length, 0);

  it('opens with the "start here" actions, then one row per dimension in instrument order and the overall, with the JSON numbers', () => {
    const table = rows(csv);
    expect(table[0]).toEqual(HEAD);
    expect(table.slice(1, 4).map((r) => [r[0], r[1]])).toEqual(result.focus.map((id: string) => ['focus', id]));
    expect(of('dimension').map((r) => r.slice(1, 9))).toEqual(
      result.dimensions.map((d: { id: string; label: string; score: number; level: number; levelLabel: string; answered: number; total: number }) =>
        [d.id, d.label, d.id, shown(d.score), String(d.level), d.levelLabel, String(d.answered), String(d.total)]),
    );
    expect(of('overall')[0]!.slice(1, 9)).toEqual(['overall', 'Overall result', '', shown(result.overall.score), String(result.overall.level), result.overall.levelLabel, '24', '25']);
  });

  it('has the journey and every action of the plan with its status, horizon and owner', () => {
    expect(of('moment').map((r) => [r[1], r[4]])).toEqual(result.moments.map((m: { id: string; score: number | null }) => [m.id, shown(m.score)]));
    expect(of('action')).toHaveLength(actionCount);
    const first = result.recommendations[0].actions[0];
    expect(of('action')[0]!.slice(1, 4).concat(of('action')[0]!.slice(11))).toEqual([first.id, first.title, result.recommendations[0].dimension, first.status, first.horizon, first.owner]);
  });

  it('ends every record with CRLF (RFC 4180) and has no BOM unless asked', () => {
    expect(csv.split('\r\n')).toHaveLength(1 + result.focus.length + result.dimensions.length + 1 + result.moments.length + actionCount + 1);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('starts with a UTF-8 BOM with --bom, for spreadsheets, also when written to a .csv file, in the language’s spreadsheet conventions', () => {
    const file = join(tempDir(), 'result.csv');
    const r = cli(['assess', '--answers', EXAMPLE, '--lang', 'fr', '--bom', '--output', file]);
    expect(r.code).toBe(0);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // A French spreadsheet: semicolons between fields, a decimal comma.
    const fr: string[][] = parse(bytes.toString('utf8'), { bom: true, delimiter: ';' });
    expect(fr.find((x) => x[0] === 'dimension')!.slice(1, 9)).toEqual(['sense', 'Sens', 'sense', '33,3', '1', 'Émergent', '5', '5']);
    expect(fr.find((x) => x[0] === 'overall')![2]).toBe('Résultat global');
  });

  it('leaves an unscored dimension’s score and level empty', () => {
    const answers = JSON.stringify({ answers: { ...result.answers, 'sense-1': null, 'sense-2': null, 'sense-3': null } });
    const r = cli(['assess', '--answers', '-', '--format', 'csv', '--lang', 'en'], { input: answers });
    expect(r.code).toBe(0);
    const table = rows(r.stdout);
    expect(table.find((x) => x[0] === 'dimension')!.slice(1, 9)).toEqual(['sense', 'Purpose', 'sense', '', '', '', '2', '5']);
    expect(table.find((x) => x[0] === 'overall')!.slice(4, 7)).toEqual(['', '', '']);
  });

  it('quotes fields with quotes, commas or line breaks, and keeps texts from running as spreadsheet formulas', () => {
    const hostile = run(['assess', ...HOSTILE, '--answers', fixture('hostile-answers.yaml'), '--format', 'csv', '--lang', 'en']);
    expect(hostile).toContain('"Beta "" onmouseover=""x"');
    expect(rows(hostile).filter((x) => x[0] === 'dimension')[1]![2]).toBe('Beta " onmouseover="x');
  });
});

describe('questions --format csv', () => {
  const q = JSON.parse(run(['questions', '--format', 'json', '--lang', 'en']));
  const csv = run(['questions', '--format', 'csv', '--lang', 'en']);

  it('has one row per statement whose text is exactly the statement (what a form export brings back as a header)', () => {
    const table = rows(csv);
    expect(table[0]).toEqual(['id', 'dimension', 'statement', 'choices']);
    const expected = q.dimensions.flatMap((d: { label: string; questions: { id: string; text: string }[] }) => d.questions.map((s) => [s.id, d.label, s.text]));
    // Then the optional eNPS item: no dimension, its own 0–10 scale as choices.
    expect(table.slice(1).map((r) => r.slice(0, 3))).toEqual([...expected, ['enps', '', q.outcomes[0].text]]);
    expect(table[1]![3]).toBe('Strongly disagree | Somewhat disagree | Somewhat agree | Strongly agree | Don’t know');
    expect(table[table.length - 1]![3]).toBe('0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10');
  });

  it('is in French with --lang fr', () => {
    const table = rows(run(['questions', '--format', 'csv', '--lang', 'fr']));
    expect(table[1]!.slice(1, 3)).toEqual(['Sens', 'Notre mission est présentée aux candidats au cours du recrutement.']);
  });

  it('defuses a statement that a spreadsheet would run as a formula', () => {
    const table = rows(run(['questions', ...HOSTILE, '--format', 'csv', '--lang', 'en']));
    expect(table.find((r) => r[0] === 'beta-1')![2]).toBe(`'=HYPERLINK("http://example.invalid")`);
  });
});
