// The published JSON Schemas: shipped in the package, matching what the installed CLI really writes, and strict enough to refuse a malformed document.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import { cli, fixture } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const EXAMPLE = join(ROOT, 'examples', 'answers.yaml');
const HOSTILE = ['--instrument', fixture('hostile-instrument.yaml'), '--matrix', fixture('hostile-matrix.yaml')];
const KINDS = ['result', 'questions'] as const;

const schemaFile = (kind: string, root = ROOT) => join(root, 'schemas', `${kind}.schema.json`);
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

function validator(kind: (typeof KINDS)[number]): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date-time', (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s)));
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  return ajv.compile(readJson(schemaFile(kind)));
}
const validate = { result: validator('result'), questions: validator('questions') };

function output(args: string[], input?: string): Record<string, unknown> {
  const r = cli([...args, '--format', 'json'], input === undefined ? {} : { input });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}
function expectValid(kind: (typeof KINDS)[number], doc: unknown) {
  const ok = validate[kind](doc);
  expect(validate[kind].errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('the schemas as published', () => {
  it.each(KINDS)('%s.schema.json ships in the installed package, unchanged', (kind) => {
    const installed = join(dirname(inject('installedBin')), '..');
    expect(readFileSync(schemaFile(kind, installed), 'utf8')).toBe(readFileSync(schemaFile(kind), 'utf8'));
  });

  it.each(KINDS)('%s.schema.json is a draft 2020-12 schema whose $id is where documents point, without the version', (kind) => {
    const schema = readJson(schemaFile(kind));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://unpkg.com/ex-maturity/schemas/${kind}.schema.json`);
    const doc = kind === 'result' ? output(['assess', '--answers', EXAMPLE]) : output(['questions']);
    expect(String(doc.$schema).replace(/@[^/]+/, '')).toBe(schema.$id);
    expect(doc.$schema).toMatch(/^https:\/\/unpkg\.com\/ex-maturity@\d+\.\d+\.\d+[^/]*\/schemas\//);
  });
});

describe('real outputs of the installed CLI are valid', () => {
  it.each(['en', 'fr'])('assess --format json (--lang %s)', (lang) => {
    expectValid('result', output(['assess', '--answers', EXAMPLE, '--lang', lang]));
  });

  it('a result with unscored dimensions, no overall score and no recommendations for them', () => {
    const base = output(['assess', '--answers', EXAMPLE]);
    const answers = { ...(base.answers as object), 'sense-1': null, 'sense-2': null, 'sense-3': null };
    const doc = output(['assess', '--answers', '-'], JSON.stringify({ answers }));
    expect((doc.overall as { score: unknown }).score).toBeNull();
    expectValid('result', doc);
  });

  it('a result given back as input (a result JSON is accepted as answers)', () => {
    const first = output(['assess', '--answers', EXAMPLE]);
    expectValid('result', output(['assess', '--answers', '-'], JSON.stringify(first)));
  });

  it('a result from a custom instrument, with and without its matrix', () => {
    expectValid('result', output(['assess', ...HOSTILE, '--answers', fixture('hostile-answers.yaml')]));
    const noMatrix = output(['assess', '--instrument', fixture('hostile-instrument.yaml'), '--answers', fixture('hostile-answers.yaml')]);
    expect(noMatrix.recommendations).toEqual([]);
    expect(noMatrix.posture).toBeNull();
    expectValid('result', noMatrix);
  });

  it.each(['en', 'fr'])('questions --format json (--lang %s), and for a custom instrument', (lang) => {
    expectValid('questions', output(['questions', '--lang', lang]));
    expectValid('questions', output(['questions', ...HOSTILE, '--lang', lang]));
  });
});

describe('the schemas refuse malformed documents', () => {
  const result = output(['assess', '--answers', EXAMPLE]);
  const questions = output(['questions']);
  /** A deep copy of a document with one change. */
  const broken = <T,>(doc: T, change: (d: any) => void): T => {
    const copy = structuredClone(doc);
    change(copy);
    return copy;
  };

  it.each([
    ['a missing overall', (d: any) => delete d.overall, 'required'],
    ['an unknown top-level field', (d: any) => (d.user = 'alice'), 'additionalProperties'],
    ['an unknown field in a dimension', (d: any) => (d.dimensions[0].hostname = 'pc-42'), 'additionalProperties'],
    ['a score above 100', (d: any) => (d.dimensions[0].score = 133.3), 'maximum'],
    ['a score given as text', (d: any) => (d.overall.score = '53.0'), 'type'],
    ['an answer off the scale type', (d: any) => (d.answers['sense-1'] = 'yes'), 'type'],
    ['an unknown horizon', (d: any) => (d.recommendations[0].actions[0].horizon = 'someday'), 'enum'],
    ['another schema version', (d: any) => (d.schemaVersion = 2), 'const'],
    ['a date that is not ISO 8601', (d: any) => (d.generatedAt = 'yesterday'), 'format'],
    ['an unknown language', (d: any) => (d.language = 'de'), 'enum'],
  ])('result: %s', (_, change, keyword) => {
    const doc = broken(result, change);
    expect(validate.result(doc)).toBe(false);
    expect(validate.result.errors!.map((e) => e.keyword)).toContain(keyword);
  });

  it.each([
    ['a question without its text', (d: any) => delete d.dimensions[0].questions[0].text, 'required'],
    ['a scale value that is not an integer', (d: any) => (d.scale[0].value = 1.5), 'type'],
    ['an unknown moment', (d: any) => (d.dimensions[0].questions[0].moment = 'never'), 'enum'],
    ['an extra field', (d: any) => (d.answers = {}), 'additionalProperties'],
  ])('questions: %s', (_, change, keyword) => {
    const doc = broken(questions, change);
    expect(validate.questions(doc)).toBe(false);
    expect(validate.questions.errors!.map((e) => e.keyword)).toContain(keyword);
  });
});
