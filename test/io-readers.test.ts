import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../src/core/answers.js';
import { UserError } from '../src/errors.js';
import { format } from '../src/i18n/index.js';
import { importCsv } from '../src/io/csv.js';
import { loadAnswersFile, loadInstrumentFile } from '../src/io/load.js';
import { parseData } from '../src/io/parse.js';
import type { Problem } from '../src/io/problems.js';
import { expandPaths } from '../src/io/team-input.js';
import { ex25, instrumentOf } from './helpers/model.js';

const dir = mkdtempSync(join(tmpdir(), 'ex-io-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
/** The user error a promise rejects with, in English. */
async function refusal(p: Promise<unknown>): Promise<{ text: string; code?: string; line?: number }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return { text: e.in('en'), code: e.code, ...(e.where.line === undefined ? {} : { line: e.where.line }) };
    throw e;
  }
  throw new Error('not refused');
}

const mini = instrumentOf({
  id: 'mini',
  version: '1',
  scale: [{ value: 1, label: 'no' }, { value: 2, label: 'yes' }],
  dontKnow: { label: "don't know" },
  levels: [{ level: 1, min: 0, label: 'low' }, { level: 2, min: 50, label: 'high' }],
  dimensions: [{ id: 'd', label: 'D', questions: [{ id: 'q1', text: 'One' }, { id: 'q2', text: 'Two' }] }],
});

describe('CSV import: one path for every row problem', () => {
  it('reports an e-mail address in the group column as a row problem and goes on with the rows after it', async () => {
    const rows = ['q1,q2,group', '1,2,north', '2,2,jane@example.com', ...Array.from({ length: 100 }, (_, i) => `${(i % 2) + 1},1,south`)];
    const csv = file('mail.csv', rows.join('\n') + '\n');
    const respondents: (string | undefined)[] = [];
    const problems: Problem[] = [];
    const r = await importCsv(csv, mini, {}, { respondent: (_v, g) => respondents.push(g), problem: (p) => problems.push(p) });
    expect(respondents).toHaveLength(101);
    expect(r).toEqual({ rows: 102, skipped: 1 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'io.csvGroupEmail', file: csv, line: 3 });
    expect(format(problems[0]!, 'en')).toMatch(/mail\.csv:3: the group column holds an e-mail address.*Choose another column with --group-by/);
  });

  it('reports a file problem (no question columns) through the same sink, without throwing', async () => {
    const csv = file('cols.csv', 'a,b\n1,2\n');
    const problems: Problem[] = [];
    const r = await importCsv(csv, mini, {}, { respondent: () => {}, problem: (p) => problems.push(p) });
    expect(r.skipped).toBe(1);
    expect(problems[0]).toMatchObject({ code: 'io.csvMissingQuestions', line: 1 });
    expect(format(problems[0]!, 'fr')).toMatch(/cols\.csv:1\u00a0: 2 questions manquent/);
  });
});

describe('"?" as don\'t know, and nothing else rewritten', () => {
  it('reads an instrument whose block scalar ends in "?" exactly as written', async () => {
    const text = [
      'id: q-mark',
      'version: "1"',
      'scale: [{value: 1, label: no}, {value: 2, label: yes}]',
      'levels: [{level: 1, min: 0, label: low}, {level: 2, min: 50, label: high}]',
      'dimensions:',
      '  - id: d',
      '    label: D',
      '    questions:',
      '      - id: q1',
      '        text: |',
      '          Would you say: ?',
      '      - id: q2',
      '        text: >-',
      '          Ready: ?',
    ].join('\n') + '\n';
    const inst = await loadInstrumentFile(file('q-mark.yaml', text));
    expect(inst.dimensions[0]!.questions.map((q) => q.text['*'])).toEqual(['Would you say: ?\n', 'Ready: ?']);
  });

  it('takes "?" as don\'t know in an answers file, by the fast reader and by the full one', async () => {
    const plain = file('plain.yaml', 'answers:\n  q1: ?\n  q2: 2 # sure\n');
    expect((await loadAnswersFile(plain, mini)).answers).toEqual({ q1: null, q2: 2 });
    // a flow mapping sends the file to the full YAML library
    const full = file('full.yaml', 'respondent: {group: north}\nanswers:\n  q1: ?   # not sure\n  q2: 1\ncomment: |\n  Fine: ?\n');
    const located = await parseData(readText(full), full);
    expect(located.data).toMatchObject({ answers: { q1: '?', q2: 1 }, comment: 'Fine: ?\n' });
    expect(parseAnswers({ answers: (located.data as { answers: unknown }).answers }, mini).sheet!.answers).toEqual({ q1: null, q2: 1 });
  });

  it('refuses "?" outside the answers block, with the line', async () => {
    const e = await refusal(parseData('respondent: {group: x}\nlabel: ?\n', 'bad.yaml'));
    expect(e).toMatchObject({ code: 'io.yamlSyntax', line: 2 });
  });
});

function readText(p: string): string {
  return readFileSync(p, 'utf8');
}

describe('JSON', () => {
  it('words a comment in JSON as a JSON problem, with its line', async () => {
    const e = await refusal(parseData('{\n  "answers": {\n    "q1": 1, // sure\n    "q2": 2\n  }\n}\n', 'a.json'));
    expect(e.code).toBe('io.jsonSyntax');
    expect(e.line).toBe(3);
    expect(e.text).toMatch(/^a\.json:3: invalid syntax: not valid JSON \(column 14: JSON allows no comments/);
  });

  it('locates the issues of a valid JSON file by line, only when asked', async () => {
    const located = await parseData('{\n  "answers": {\n    "q1": 1,\n    "q2": 7\n  }\n}\n', 'a.json');
    expect(located.lineOf(['answers', 'q2'])).toBe(4);
    expect(located.lineOf(['answers', 'nope'])).toBe(2);
  });

  it('keeps __proto__ an ordinary key', async () => {
    const { data } = await parseData('{"answers": {"__proto__": 1}}', 'p.json');
    expect(Object.keys((data as { answers: object }).answers)).toEqual(['__proto__']);
  });
});

describe('duplicate keys are named, with the line of the second one', () => {
  it.each([
    ['the fast YAML reader', 'd.yaml', 'answers:\n  q1: 1\n  q2: 2\n  q1: 2\n', 4],
    ['the full YAML reader', 'd.yaml', 'respondent: {group: x}\nanswers:\n  q1: 1\n  q1: [2]\n', 4],
    ['the JSON reader', 'd.json', '{\n  "answers": {\n    "q1": 1,\n    "q1": 2\n  }\n}\n', 4],
  ])('%s', async (_name, name, text, line) => {
    const e = await refusal(parseData(text, name));
    expect(e).toMatchObject({ code: 'io.duplicateKey', line });
    expect(e.text).toBe(`${name}:${line}: a key appears twice: "q1". Keep one of them and run again.`);
  });
});

describe('folders', () => {
  it('skips hidden files and folders', () => {
    const root = mkdtempSync(join(tmpdir(), 'ex-walk-'));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'team'));
    for (const p of ['.git/config.yaml', '.draft.yaml', 'team/a.yaml', 'team/.b.json', 'c.csv', 'notes.txt']) writeFileSync(join(root, p), 'x: 1\n');
    expect(expandPaths([root]).map((p) => p.slice(root.length + 1))).toEqual(['c.csv', 'team/a.yaml']);
  });
});

describe('ex-25 answers files still read by the fast path', () => {
  it('scores a template-shaped file with "?" and "~"', async () => {
    const ids = ex25.dimensions.flatMap((d) => d.questions.map((q) => q.id));
    const text = `# x\ninstrument: ex-25\n\nanswers:\n${ids.map((id, i) => `  # statement?\n  ${id}: ${i === 0 ? '?' : i === 1 ? '~' : 3}`).join('\n')}\n`;
    const sheet = await loadAnswersFile(file('ex25.yaml', text), ex25);
    expect(sheet.answers[ids[0]!]).toBeNull();
    expect(sheet.answers[ids[2]!]).toBe(3);
  });
});
