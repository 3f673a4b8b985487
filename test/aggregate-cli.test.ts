import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { cli, fixture, tempDir } from './helpers/cli.js';
import { EX25_IDS } from './helpers/model.js';

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validateAggregate = ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'aggregate.schema.json'), 'utf8')));
const FORMATS = ['table', 'json', 'markdown', 'html', 'csv'];
const ids = EX25_IDS;

function json(args: string[]) {
  const r = cli([...args, '--format', 'json']);
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.code, r.stderr).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(validateAggregate(doc), JSON.stringify(validateAggregate.errors)).toBe(true);
  return doc;
}

describe('aggregate a form export (French headers, semicolons, BOM, CRLF, labels as cells)', () => {
  const csv = fixture('csv/form-fr.csv');

  it('matches the statements in French and computes the hand-checked figures', () => {
    const a = json(['aggregate', csv, '--min-group', '2']);
    expect(a).toMatchObject({ kind: 'aggregate', schemaVersion: 1, respondents: 7, skipped: 0, anonymity: { minGroup: 2 } });
    expect(a.$schema).toMatch(/schemas\/aggregate\.schema\.json$/);
    // sense: 100, 66.7, 33.3, 0, 100 (managers) and 66.7; the seventh answered "don't know" everywhere in sense.
    expect(a.team.dimensions[0]).toMatchObject({ id: 'sense', score: 61.1, scored: 6, unscored: 1 });
    expect(a.groups.map((g: { name: string; respondents: number }) => [g.name, g.respondents])).toEqual([['Managers', 5], ['Équipe', 2]]);
    expect(a.gaps[0]).toMatchObject({ dimension: 'image', gap: 26.7, high: { group: 'Équipe' }, low: { group: 'Managers' } });
    // empty, "?" and "Je ne sais pas" are all "don't know".
    expect(a.team.questions[0]).toMatchObject({ id: 'sense-1', dontKnow: 1, answered: 6 });
    expect(a.team.questions[1]).toMatchObject({ id: 'sense-2', dontKnow: 1 });
  });

  it('never copies e-mails, timestamps or other columns into any format, and states the threshold in each', () => {
    for (const format of FORMATS) {
      const r = cli(['aggregate', csv, '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/example\.com|personne\d|2026-03|Ligne un|Horodateur/);
      expect(r.stdout).toMatch(format === 'json' ? /"minGroup": 5/ : format === 'csv' ? /minGroup/ : /Anonymity threshold: 5/);
    }
  });

  it('hides a group below the threshold in every format: its count and nothing else', () => {
    const a = json(['aggregate', csv]);
    const team = a.groups.find((g: { name: string }) => g.name === 'Équipe');
    expect(team).toEqual({ name: 'Équipe', respondents: 2, shown: false, hiddenBy: 'threshold', overall: null, dimensions: null, questions: null });
    expect(a.gaps).toEqual([]);
    const table = cli(['aggregate', csv]).stdout;
    expect(table).toMatch(/Équipe — 2 respondents: below the threshold of 5/);
    const csvOut = cli(['aggregate', csv, '--format', 'csv']).stdout.split('\r\n').filter((l) => l.startsWith('Équipe'));
    expect(csvOut).toEqual(['Équipe,2,no,,,,,,,,,,,,5,,,,,,,,']);
    for (const format of ['markdown', 'html']) expect(cli(['aggregate', csv, '--format', format]).stdout).toMatch(/2 respondents: below the threshold of 5/);
  });

  it('warns in every output when --min-group is below 3', () => {
    for (const format of FORMATS) {
      const r = cli(['aggregate', csv, '--min-group', '2', '--format', format]);
      expect(r.stdout).toMatch(/anonymity threshold of 2, below 3/);
      expect(r.stderr).toMatch(/anonymity threshold of 2, below 3/);
    }
  });

  it('escapes what comes from the inputs in HTML and Markdown', () => {
    const dir = tempDir();
    const file = join(dir, 'xss.csv');
    const rows = [`group,${ids.join(',')}`, ...Array.from({ length: 5 }, () => `<script>alert(1)</script>|*x*,${ids.map(() => '3').join(',')}`)];
    writeFileSync(file, rows.join('\n') + '\n');
    const html = cli(['aggregate', file, '--format', 'html']).stdout;
    expect(html).not.toMatch(/<script>/);
    expect(html).toMatch(/&#60;script&#62;alert\(1\)&#60;\/script&#62;/);
    const md = cli(['aggregate', file, '--format', 'markdown']).stdout;
    expect(md).toMatch(/\\<script\\>alert\(1\)\\<\/script\\>\\\|\\\*x\\\*/);
  });

  it('speaks French with --lang fr', () => {
    const r = cli(['aggregate', csv, '--lang', 'fr']);
    expect(r.stdout).toMatch(/Seuil d’anonymat\u00a0: 5/);
    expect(r.stdout).toMatch(/Vue d’équipe/);
  });
});

describe('aggregate files, folders and CSV together', () => {
  it('reads folders recursively, result JSON (recomputed from its answers) and CSV rows; no labels or paths in the output', () => {
    const a = json(['aggregate', fixture('team/folder'), fixture('team/result-dev.json'), fixture('csv/form-ids.csv'), '--min-group', '2']);
    expect(a.respondents).toBe(5 + 1 + 1 + 6);
    expect(a.groups.map((g: { name: string; respondents: number }) => [g.name, g.respondents])).toEqual([['dev', 2], ['north', 3], ['ops', 5], ['south', 3]]);
    const text = JSON.stringify(a);
    expect(text).not.toMatch(/Someone Private|fixtures|ops-1|Person \d/);
  });

  it('groups files by respondent.group, with the CSV GROUP column in any case', () => {
    const a = json(['aggregate', fixture('csv/form-ids.csv'), '--min-group', '3']);
    expect(a.groups.map((g: { name: string; shown: boolean }) => [g.name, g.shown])).toEqual([['north', true], ['south', true]]);
  });

  it('takes the group from --group-by, and names a --group-by column that is not there', () => {
    const a = json(['aggregate', fixture('csv/form-ids.csv'), '--group-by', 'timestamp', '--min-group', '1']);
    expect(a.groups).toHaveLength(6);
    const mail = cli(['aggregate', fixture('csv/form-fr.csv'), '--group-by', 'adresse e-mail', '--min-group', '1']);
    expect([mail.code, mail.stdout]).toEqual([2, '']);
    expect(mail.stderr).toMatch(/form-fr\.csv:2: the group column holds an e-mail address/);
    const r = cli(['aggregate', fixture('csv/form-ids.csv'), '--group-by', 'Service']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/form-ids\.csv:1: no column "Service" \(--group-by\)/);
  });

  it('reports a bad file precisely and skips it, or refuses it with --strict', () => {
    const r = cli(['aggregate', fixture('team/folder'), fixture('team/bad.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/bad\.yaml: invalid answers file/);
    expect(r.stderr).toMatch(/image-3/);
    expect(r.stderr).toMatch(/1 row or file skipped/);
    expect(r.stdout).toMatch(/Respondents: 6 \(1 skipped\)/);
    const strict = cli(['aggregate', fixture('team/folder'), fixture('team/bad.yaml'), '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toMatch(/bad\.yaml.*image-3/s);
  });

  it('refuses an aggregate given as answers, naming it', () => {
    const dir = tempDir();
    const agg = join(dir, 'team.json');
    writeFileSync(agg, cli(['aggregate', fixture('team/folder'), '--format', 'json']).stdout);
    const r = cli(['aggregate', agg]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/team\.json: this is an aggregate/);
  });

  it('gates on the team overall', () => {
    expect(cli(['aggregate', fixture('team/folder'), '--fail-under', '90']).code).toBe(1);
    expect(cli(['aggregate', fixture('team/folder'), '--fail-under', '10']).code).toBe(0);
  });

  it('checks --min-group before any work', () => {
    const r = cli(['aggregate', 'does-not-exist', '--min-group', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--min-group x/);
    expect(cli(['aggregate', 'does-not-exist']).stderr).toMatch(/Not found: does-not-exist/);
  });
});

describe('CSV problems', () => {
  it('reports each bad cell with its line and skips the row; --strict refuses', () => {
    const r = cli(['aggregate', fixture('csv/bad-cells.csv'), '--min-group', '3']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/bad-cells\.csv:3: sense-3: 5 is not on the scale/);
    expect(r.stderr).toMatch(/bad-cells\.csv:4: fulfilment-3: .*maybe/);
    expect(r.stdout).toMatch(/Respondents: 4 \(2 skipped\)/);
    const strict = cli(['aggregate', fixture('csv/bad-cells.csv'), '--strict']);
    expect([strict.code, strict.stdout]).toEqual([2, '']);
    expect(strict.stderr).toMatch(/bad-cells\.csv:3/);
  });

  it('counts lines right after a quoted field that spans lines (CRLF)', () => {
    const dir = tempDir();
    const file = join(dir, 'multi.csv');
    const good = ids.map(() => '3').join(',');
    writeFileSync(file, [`comment,${ids.join(',')}`, `"one\r\ntwo\r\nthree",${good}`, `ok,${good}`, `bad,${ids.map((_, i) => (i === 0 ? 'x' : '3')).join(',')}`].join('\r\n') + '\r\n');
    expect(cli(['aggregate', file]).stderr).toMatch(/multi\.csv:6: sense-1: .*x.* is not on the scale/);
  });

  it('reports ragged rows', () => {
    const r = cli(['aggregate', fixture('csv/ragged.csv')]);
    expect(r.stderr).toMatch(/ragged\.csv:5: the row has 26 fields and the header 25/);
    expect(r.stdout).toMatch(/Respondents: 5 \(1 skipped\)/);
  });

  it('names the question columns that are missing', () => {
    const r = cli(['aggregate', fixture('csv/missing-columns.csv')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/missing-columns\.csv:1: 2 questions missing from the columns: sense-6, image-3/);
  });

  it('maps other headers and labels with --map', () => {
    const a = json(['aggregate', fixture('csv/custom-headers.csv'), '--map', fixture('csv/custom-map.yaml'), '--min-group', '4']);
    expect(a.groups.map((g: { name: string }) => g.name)).toEqual(['Support']);
    // The row of "NSP" (don't know) only is nobody's view: reported and not counted toward the threshold.
    expect(a.respondents).toBe(4);
    expect(a.skipped).toBe(1);
    expect(a.team.dimensions[0]).toMatchObject({ score: 50, scored: 4, unscored: 0 });
  });

  it('refuses a --map file with a bad target, naming its line', () => {
    const dir = tempDir();
    const map = join(dir, 'map.yaml');
    writeFileSync(map, 'columns:\n  Q1: sense-1\n  Q2: nope-9\nvalues:\n  Oui: 7\n');
    const r = cli(['aggregate', fixture('csv/custom-headers.csv'), '--map', map]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/map\.yaml:3: "Q2": nope-9/);
    expect(r.stderr).toMatch(/map\.yaml:5: "Oui": 7/);
  });

  it('refuses a 10 MB field with a clear message, without hanging', () => {
    const dir = tempDir();
    const file = join(dir, 'huge.csv');
    writeFileSync(file, `${ids.join(',')}\n${ids.map(() => '3').join(',')}\n"${'x'.repeat(10 * 1024 * 1024)}",${ids.slice(1).map(() => '3').join(',')}\n`);
    const r = cli(['aggregate', file, '--strict']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/huge\.csv:\d+: a row is over 1 MB/);
    expect(r.stderr).not.toMatch(/at .*\.js/);
  });

  it('refuses binary data; reads bytes that are not UTF-8 as Windows-1252 and says so (issue 23)', () => {
    const dir = tempDir();
    const bin = join(dir, 'photo.csv');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const r = cli(['aggregate', bin]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/photo\.csv is not a UTF-8 text CSV file/);
    const latin1 = join(dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.concat([Buffer.from(`${ids.join(';')}\n`), Buffer.from([0x50, 0x6c, 0x75, 0x74, 0xf4, 0x74]), Buffer.from('\n')]));
    expect(cli(['aggregate', latin1]).stderr).toMatch(/latin1\.csv: read as Windows-1252 \(Excel's default in Western Europe\)\./);
  });

  it('reports an unclosed quote with its line', () => {
    const dir = tempDir();
    const file = join(dir, 'quote.csv');
    writeFileSync(file, `${ids.join(',')}\n${ids.map(() => '3').join(',')}\n"3,${ids.slice(1).map(() => '3').join(',')}\n`);
    const r = cli(['aggregate', file, '--min-group', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/quote\.csv:\d+: a quote is opened and never closed; the rest of the file is not read/);
    expect(r.stdout).toMatch(/Respondents: 1 \(1 skipped\)/);
    expect(cli(['aggregate', file, '--strict']).code).toBe(2);
  });
});

describe('messages of skipped rows', () => {
  it('quote a cell without its padding, and leave it to the summary to say skipped (or refused with --strict)', () => {
    const file = join(tempDir(), 'padded.csv');
    const ids = EX25_IDS;
    const row = (first: string) => [first, ...ids.slice(1).map(() => '3')].join(',');
    writeFileSync(file, [ids.join(','), row(' Maybe '), ...Array.from({ length: 5 }, () => row('4'))].join('\n') + '\n');
    const r = cli(['aggregate', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/padded\.csv:2: sense-1: "Maybe" is not/);
    expect(r.stderr).not.toMatch(/" Maybe "|row skipped/);
    expect(r.stderr).toMatch(/1 row or file skipped/);
    const strict = cli(['aggregate', file, '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).not.toMatch(/skipped\./);
  });
});
