// Screens that fit: every line the packed binary prints (stdout and stderr) is at most COLUMNS wide, at 60 and 80
// columns, in French and English, for each table view; no table falls back to the terminal's own wrapping.
import { describe, expect, it } from 'vitest';
import { cli, fixture } from './helpers/cli.js';

const width = (line: string) => [...line].filter((ch) => !/\p{M}/u.test(ch)).length;
const examples = (p: string) => new URL(`../examples/${p}`, import.meta.url).pathname;

const commands: [string, string[]][] = [
  ['assess', ['assess', '--answers', examples('answers.yaml')]],
  ['aggregate (folder)', ['aggregate', fixture('team')]],
  ['aggregate (csv)', ['aggregate', fixture('csv/form-fr.csv'), fixture('csv/form-ids.csv')]],
  ['compare', ['compare', fixture('team/result-dev.json'), fixture('team/result-dev.json')]],
  ['trend', ['trend', examples('results/2025.json'), examples('results/2026.json'), fixture('team/result-dev.json')]],
  ['mirror', ['mirror', '--employees', examples('mirror/employees.csv'), '--customers', examples('mirror/customers.csv'), '--leaders', examples('mirror/leaders')]],
  ['questions', ['questions']],
];

describe('every line fits the width', () => {
  for (const lang of ['en', 'fr'])
    for (const columns of [60, 80])
      for (const [name, args] of commands)
        it(`${name} at ${columns} columns in ${lang}`, () => {
          const r = cli([...args, '--lang', lang], { env: { COLUMNS: String(columns) } });
          expect(r.stdout.length).toBeGreaterThan(0);
          const wide = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => width(l) > columns);
          expect(wide).toEqual([]);
          // A table, when drawn, is whole: every bordered line of a table has the same width as its top border.
          const lines = r.stdout.split('\n');
          for (let i = 0; i < lines.length; i++)
            if (lines[i]!.startsWith('┌')) for (let j = i; j < lines.length && !lines[j - 1]?.startsWith('└'); j++) expect(width(lines[j]!)).toBe(width(lines[i]!));
        });
});

describe('the result table in French at 80 columns', () => {
  it('keeps the level names and a bar', () => {
    const r = cli(['assess', '--answers', examples('answers.yaml'), '--lang', 'fr'], { env: { COLUMNS: '80' } });
    expect(r.stdout).toMatch(/│ Épanouissement │ +66,7 │ █+[▏▎▍▌▋▊▉]?░+ │ 2 En structuration │ +5\/5 │/);
  });
});

describe('the groups table', () => {
  it('draws no broken borders around hidden groups and says them under the table', () => {
    const r = cli(['aggregate', fixture('team')], { env: { COLUMNS: '80' } });
    expect(r.stdout).not.toMatch(/┴┴|┬┬/);
    expect(r.stdout).toMatch(/dev — 2 respondents: below the threshold of 5/);
  });
});

describe('honest format messages', () => {
  it('questions --output q.html says the questionnaire has no HTML format and lists the extensions', () => {
    const r = cli(['questions', '--output', 'q.html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the questionnaire has no HTML format');
    expect(r.stderr.replace(/\s+/g, ' ')).toContain('.json, .md');
  });
  it('run --format json without --output is refused, saying how to get JSON', () => {
    const r = cli(['run', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/\s+/g, ' ')).toContain('add --output FILE');
  });
  it('an error message wraps to COLUMNS, the JSON error line stays whole', () => {
    const r = cli(['run', '--format', 'json'], { env: { COLUMNS: '60' } });
    const lines = r.stderr.trim().split('\n');
    expect(JSON.parse(lines.at(-1)!).error.code).toBe('app.runFormat');
    for (const l of lines.slice(0, -1)) expect(width(l)).toBeLessThanOrEqual(60);
  });
});
