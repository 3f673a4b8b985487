// `ex-maturity health`, from the installed package: every format, the schema, a consultant's own instrument, bad input.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { cli, fixture, tempDir } from './helpers/cli.js';
import { EX25_IDS } from './helpers/model.js';

const ROOT = join(import.meta.dirname, '..');
const TEAM = join(ROOT, 'examples', 'team');
const IDS = EX25_IDS;

/** A CSV of n respondents whose answers follow one trait each (a coherent instrument), from a small fixed generator. */
function coherentCsv(ids: string[], n: number, value: (trait: number, noise: number) => number): string {
  let s = 11;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const lines = [ids.join(',')];
  for (let i = 0; i < n; i++) {
    const trait = rnd();
    lines.push(ids.map(() => value(trait, rnd() - 0.5)).join(','));
  }
  return lines.join('\n') + '\n';
}

const schema = () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date-time', (x: string) => !Number.isNaN(Date.parse(x)));
  ajv.addFormat('uri', (x: string) => URL.canParse(x));
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'health.schema.json'), 'utf8')));
};

describe('ex-maturity health', () => {
  it('with the 25 example respondents: α and its interval per dimension, no verdict, and why (30 needed)', () => {
    const r = cli(['health', TEAM, '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const validate = schema();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc).toMatchObject({ kind: 'health', respondents: 25, shown: true, minRespondents: 30 });
    for (const d of doc.dimensions) {
      expect(d.verdict).toBeNull();
      expect(d.reasons).toEqual([{ code: 'too-few' }]);
      expect(d.needed).toBe(30);
      expect(d.ci[0]).toBeLessThan(d.alpha);
    }
    const table = cli(['health', TEAM], { env: { COLUMNS: '80' } });
    expect(table.code).toBe(0);
    expect(table.stdout.replace(/\s+/g, ' ')).toMatch(/α needs at least 30 \(below that its interval is too wide/);
    expect(Math.max(...table.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('gives a coherent ex-25 survey of 40 a verdict, in Markdown and in French, with the method and why no ordinal α', () => {
    const dir = tempDir();
    const csv = join(dir, 'survey.csv');
    writeFileSync(csv, coherentCsv(IDS, 40, (t, e) => Math.min(4, Math.max(1, Math.round(1.6 + 1.8 * t + 1.2 * e)))));
    const md = cli(['health', csv, '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/\| Purpose \| 40 \| 0\.\d\d\u00a0\(0\.\d\d–0\.\d\d\) \|/);
    expect(md.stdout).toMatch(/\*\*fit to present\*\*/);
    expect(md.stdout).toMatch(/Ordinal α \(on polychoric correlations\) is not computed/);
    const rows = cli(['health', csv, '--format', 'csv']).stdout.split('\r\n');
    expect(rows[0]).toBe('kind,dimension,id,label,complete,alpha,ciLow,ciHigh,dontKnow,floor,ceiling,verdict,reasons,needed,itemRest,alphaIfDeleted');
    expect(rows[1]).toMatch(/^dimension,sense,sense,Purpose,40,0\.\d+,0\.\d+,0\.\d+,0,[\d.]+,[\d.]+,fit,,,,$/);
    expect(rows[2]).toMatch(/^statement,sense,sense-1,.*,0,,,,,,0\.\d+,0\.\d+$/);
    const fr = cli(['health', csv, '--lang', 'fr', '--output', join(dir, 'sante.md')]);
    expect(fr.code).toBe(0);
    const text = readFileSync(join(dir, 'sante.md'), 'utf8');
    expect(text).toMatch(/Santé de l’instrument/);
    expect(text).toMatch(/\*\*présentable\*\*/);
    expect(text).toMatch(/0,\d\d\u00a0\(0,\d\d–0,\d\d\)/);
  });

  it("reads a consultant's own instrument (0–10, no don't know) and flags a statement that measures something else", () => {
    const dir = tempDir();
    const csv = join(dir, 'pulse.csv');
    const ids = ['clarity-1', 'clarity-2', 'clarity-3', 'care-1', 'care-2', 'care-3'];
    let s = 5;
    const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const body = coherentCsv(ids, 36, (t, e) => Math.min(10, Math.max(0, Math.round(2 + 6 * t + 3 * e))))
      .split('\n')
      .map((l, i) => (i === 0 || !l ? l : l.replace(/,\d+$/, `,${Math.floor(rnd() * 11)}`)))
      .join('\n');
    writeFileSync(csv, body);
    const r = cli(['health', csv, '--instrument', fixture('custom-instrument.yaml'), '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const care = doc.dimensions.find((d: { id: string }) => d.id === 'care');
    expect(care.reasons).toContainEqual({ code: 'weak-items', items: ['care-3'] });
    expect(care.items[2].alphaIfDeleted).toBeGreaterThan(care.alpha);
    expect(care.verdict).not.toBe('fit');
  });

  it('refuses a missing file with exit 2 and a located message, and shows only the count below --min-group', () => {
    const missing = cli(['health', join(tempDir(), 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const few = cli(['health', join(TEAM, 'frontline'), '--min-group', '50', '--format', 'json']);
    expect(few.code).toBe(0);
    expect(JSON.parse(few.stdout)).toMatchObject({ shown: false, dimensions: [] });
  });
});
