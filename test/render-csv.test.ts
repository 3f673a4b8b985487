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

  it('has one row per dimension in instrument order, then the overall row, with the JSON numbers', () => {
    const shown = (v: number | null) => (v === null ? '' : String(v));
    expect(rows(csv)).toEqual([
      ['id', 'label', 'score', 'level', 'levelLabel', 'answered', 'total'],
      ...result.dimensions.map((d: { id: string; label: string; score: number; level: number; levelLabel: string; answered: number; total: number }) =>
        [d.id, d.label, shown(d.score), String(d.level), d.levelLabel, String(d.answered), String(d.total)]),
      ['overall', 'Overall result', shown(result.overall.score), String(result.overall.level), result.overall.levelLabel, '24', '25'],
    ]);
  });

  it('ends every record with CRLF (RFC 4180) and has no BOM unless asked', () => {
    expect(csv.split('\r\n')).toHaveLength(result.dimensions.length + 3);
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
    expect(fr[1]).toEqual(['sense', 'Sens', '33,3', '1', 'Émergent', '5', '5']);
    expect(fr.at(-1)![1]).toBe('Résultat global');
  });

  it('leaves an unscored dimension’s score and level empty', () => {
    const answers = JSON.stringify({ answers: { ...result.answers, 'sense-1': null, 'sense-2': null, 'sense-3': null } });
    const r = cli(['assess', '--answers', '-', '--format', 'csv', '--lang', 'en'], { input: answers });
    expect(r.code).toBe(0);
    const table = rows(r.stdout);
    expect(table[1]).toEqual(['sense', 'Sense', '', '', '', '2', '5']);
    expect(table.at(-1)!.slice(2, 5)).toEqual(['', '', '']);
  });

  it('quotes fields with quotes, commas or line breaks, and keeps texts from running as spreadsheet formulas', () => {
    const hostile = run(['assess', ...HOSTILE, '--answers', fixture('hostile-answers.yaml'), '--format', 'csv', '--lang', 'en']);
    expect(hostile).toContain('"Beta "" onmouseover=""x"');
    expect(rows(hostile)[2]![1]).toBe('Beta " onmouseover="x');
  });
});

describe('questions --format csv', () => {
  const q = JSON.parse(run(['questions', '--format', 'json', '--lang', 'en']));
  const csv = run(['questions', '--format', 'csv', '--lang', 'en']);

  it('has one row per statement whose text is exactly the statement (what a form export brings back as a header)', () => {
    const table = rows(csv);
    expect(table[0]).toEqual(['id', 'dimension', 'statement', 'choices']);
    const expected = q.dimensions.flatMap((d: { label: string; questions: { id: string; text: string }[] }) => d.questions.map((s) => [s.id, d.label, s.text]));
    expect(table.slice(1).map((r) => r.slice(0, 3))).toEqual(expected);
    expect(table[1]![3]).toBe("Strongly disagree | Somewhat disagree | Somewhat agree | Strongly agree | Don't know");
  });

  it('is in French with --lang fr', () => {
    const table = rows(run(['questions', '--format', 'csv', '--lang', 'fr']));
    expect(table[1]!.slice(1, 3)).toEqual(['Sens', 'Notre mission est présentée à chaque candidat au cours du processus de recrutement.']);
  });

  it('defuses a statement that a spreadsheet would run as a formula', () => {
    const table = rows(run(['questions', ...HOSTILE, '--format', 'csv', '--lang', 'en']));
    expect(table.find((r) => r[0] === 'beta-1')![2]).toBe(`'=HYPERLINK("http://example.invalid")`);
  });
});
