import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { roundDelta } from '../src/core/score.js';
import { cli, fixture, tempDir } from './helpers/cli.js';

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'compare.schema.json'), 'utf8')));
const OLD = fixture('team/compare/old.yaml');
const NEW = fixture('team/compare/new.yaml');

function compareJson(a: string, b: string) {
  const r = cli(['compare', a, b, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  return doc;
}

describe('compare two results', () => {
  it('computes deltas from the unrounded scores, not from the rounded ones', () => {
    const c = compareJson(OLD, NEW);
    const sense = c.dimensions[0];
    // 13.333… → 26.666…: shown 13.3 and 26.7, but the change is 13.3, not 26.7 − 13.3 = 13.4.
    expect(sense).toMatchObject({ id: 'sense', old: { score: 13.3 }, new: { score: 26.7 }, delta: 13.3, levelChange: 'same' });
    // overall 56.0 → 58.666…: +2.7.
    expect(c.overall).toMatchObject({ old: { score: 56, level: 2 }, new: { score: 58.7, level: 2 }, delta: 2.7, levelChange: 'same' });
  });

  it('shows level changes, what improved most and what fell', () => {
    const c = compareJson(OLD, NEW);
    expect(c.dimensions[1]).toMatchObject({ id: 'fulfilment', old: { level: 1 }, new: { level: 2 }, delta: 33.3, levelChange: 'up' });
    expect(c.dimensions[2]).toMatchObject({ id: 'connections', delta: -33.3, levelChange: 'down' });
    expect(c.improved.map((m: { dimension: string }) => m.dimension)).toEqual(['fulfilment', 'sense']);
    expect(c.fell).toEqual([{ dimension: 'connections', label: 'Connections', delta: -33.3 }]);
    const table = cli(['compare', OLD, NEW]).stdout;
    expect(table).toMatch(/Fulfilment.*33\.3 \(1 Emerging\).*66\.7 \(2 Developing\).*\+33\.3.*up 1 → 2/);
    expect(table).toMatch(/Fell \(largest first\): Connections −33\.3/);
  });

  it('renders every format', () => {
    for (const format of ['table', 'markdown', 'html', 'csv']) {
      const r = cli(['compare', OLD, NEW, '--format', format, '--lang', 'fr']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(format === 'csv' ? /^id,label,oldScore/ : /Épanouissement/);
    }
    expect(cli(['compare', OLD, NEW, '--format', 'csv']).stdout).toMatch(/\r\nsense,Purpose,13\.3,1,26\.7,1,13\.3,same\r\n/);
  });

  it('refuses two different instruments with a clear message', () => {
    const r = cli(['compare', OLD, fixture('team/compare/other-instrument.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/old\.yaml is for the instrument "ex-25" and .*other-instrument\.yaml for "ex-30": compare only works on two measures of the same instrument/);
  });
});

describe('compare two aggregates', () => {
  it('uses the unrounded team scores kept in the aggregate', () => {
    const dir = tempDir();
    const a = join(dir, 'before.json');
    const b = join(dir, 'after.json');
    writeFileSync(a, cli(['aggregate', fixture('team/folder'), '--format', 'json']).stdout);
    writeFileSync(b, cli(['aggregate', fixture('csv/form-ids.csv'), '--format', 'json']).stdout);
    const before = JSON.parse(readFileSync(a, 'utf8'));
    const after = JSON.parse(readFileSync(b, 'utf8'));
    const c = compareJson(a, b);
    expect(c.old).toEqual({ kind: 'aggregate', respondents: 6, minGroup: 5, version: expect.any(String), measuredAt: expect.any(String) });
    c.dimensions.forEach((d: { delta: number }, i: number) => {
      expect(d.delta).toBe(roundDelta(after.team.dimensions[i].scoreExact - before.team.dimensions[i].scoreExact));
    });
    expect(cli(['compare', a, NEW]).code).toBe(0);
    expect(c.warning).toBeNull();
  });

  it('carries the warning of an aggregate made with a threshold below 3', () => {
    const dir = tempDir();
    const small = join(dir, 'two.json');
    writeFileSync(small, cli(['aggregate', fixture('team/folder'), '--format', 'json', '--min-group', '2']).stdout);
    expect(compareJson(small, NEW).warning).toMatchObject({ code: 'team.note.lowThreshold', message: expect.stringMatching(/anonymity threshold of 2, below 3/) });
    for (const format of ['table', 'markdown', 'html', 'csv']) expect(cli(['compare', small, NEW, '--format', format]).stdout).toMatch(/anonymity threshold of 2, below 3/);
  });

  it('refuses an aggregate whose team is below the anonymity threshold', () => {
    const dir = tempDir();
    const small = join(dir, 'small.json');
    writeFileSync(small, cli(['aggregate', fixture('team/folder'), '--format', 'json', '--min-group', '10']).stdout);
    const r = cli(['compare', small, NEW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/small\.json: the team \(6 respondents\) is below the anonymity threshold/);
  });
});
