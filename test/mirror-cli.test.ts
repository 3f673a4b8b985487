// The mirror through the installed binary, as a consultant uses it: the README's command on the example data in every
// format, the JSON against its schema, a side below its threshold in every format, a customers' form export imported
// with no mapping, units, gates, compare of two mirrors, the bundled instruments by id, validate on a mirror family.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { dirname } from 'node:path';
import { inject } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const EX = join(ROOT, 'examples', 'mirror');
const EXAMPLE = ['mirror', '--employees', join(EX, 'employees.csv'), '--customers', join(EX, 'customers.csv'), '--leaders', join(EX, 'leaders')];
const FORMATS = ['table', 'json', 'markdown', 'html', 'csv'];
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
ajv.addFormat('uri', (s: string) => URL.canParse(s));
const schema = (name: string) => ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')));
const validMirror = schema('mirror');
const validCompare = schema('mirror-compare');
const IDS = ['facilitation', 'trust', 'courtesy', 'cooperation', 'consideration', 'responsibility', 'listening', 'autonomy', 'competence', 'human-digital', 'values'].flatMap((d) => [`${d}-1`, `${d}-2`]);

function json(args: string[]) {
  const r = cli([...args, '--format', 'json'], { env: { SOURCE_DATE_EPOCH: '1764547200' } });
  expect(r.code, r.stderr).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(validMirror(doc), JSON.stringify(validMirror.errors)).toBe(true);
  return doc;
}
const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));
/** A CSV of `n` respondents with ids as headers, every answer `value`, and a unit column when given. */
function csv(dir: string, name: string, n: number, value: string, unit?: (i: number) => string) {
  const file = join(dir, name);
  const rows = [[...(unit ? ['unit'] : []), ...IDS].join(',')];
  for (let i = 0; i < n; i++) rows.push([...(unit ? [unit(i)] : []), ...IDS.map(() => value)].join(','));
  writeFileSync(file, rows.join('\n') + '\n');
  return file;
}

describe('the published schemas', () => {
  it.each(['mirror', 'mirror-compare'])('%s.schema.json ships in the installed package, unchanged, and documents point to it', (name) => {
    const installed = join(dirname(inject('installedBin')), '..', 'schemas', `${name}.schema.json`);
    expect(readFileSync(installed, 'utf8')).toBe(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8'));
    if (name === 'mirror') expect(String(json(EXAMPLE).$schema).replace(/@[^/]+/, '')).toBe(JSON.parse(readFileSync(installed, 'utf8')).$id);
  });
});

describe('the README command on the example data', () => {
  it('reads both sides (a French form export for customers, with no mapping) and leaders, with units', () => {
    const m = json(EXAMPLE);
    expect(m.sides).toMatchObject({ employees: { respondents: 60, shown: true, skipped: 0 }, customers: { respondents: 150, shown: true, skipped: 0, indicative: false }, leaders: { respondents: 6, shown: true } });
    expect(m.dimensions.map((d: { id: string }) => d.id)).toHaveLength(11);
    expect(m.units.map((u: { name: string; shown: boolean }) => [u.name, u.shown])).toEqual([['Lille', true], ['Lyon', true], ['Nantes', true]]);
    expect(new Set(m.dimensions.map((d: { reading: string }) => d.reading))).toEqual(new Set(['positive-symmetry', 'negative-symmetry', 'employees-ahead', 'customers-ahead', 'balanced']));
    expect(m.recommendations[0].reading).toBe('negative-symmetry');
    expect(m.recommendations[0].actions[0]).toMatchObject({ owner: expect.any(String), done: expect.any(String), indicator: expect.any(String) });
  });

  it('shows leadership’s two blind spots, leaders − employees and leaders − customers, in JSON and every format (issue 22)', () => {
    const m = json(EXAMPLE);
    expect(m.sides.leaders.instrument).toMatchObject({ id: 'mirror-leaders', version: '2.1.0' });
    const trust = m.dimensions.find((d: { id: string }) => d.id === 'trust');
    // Leaders believe 81.8 % of customers find them trustworthy; customers say 34.6 %: the interval excludes 0.
    expect(trust.blindSpots.customers).toMatchObject({ gap: 47.2, reading: 'overestimated', leaders: { favourable: 81.8 } });
    expect(trust.blindSpots.customers.gapCi[0]).toBeGreaterThan(0);
    expect(trust.deliveryGap).toBe(47.2);
    expect(trust.blindSpots.employees).toMatchObject({ gap: 31.7, reading: 'undetermined', settle: expect.any(Number) });
    const responsibility = m.dimensions.find((d: { id: string }) => d.id === 'responsibility');
    expect(responsibility.blindSpots.employees).toMatchObject({ reading: 'overestimated', gap: 48.2 });
    expect(m.pairs.find((p: { id: string }) => p.id === 'listening-2').texts.leadersOnEmployees).toMatch(/suggestion/);
    expect(m.blindSpotPlan.map((b: { side: string; reading: string }) => `${b.side}/${b.reading}`)).toEqual(['employees/overestimated', 'customers/overestimated']);
    expect(m.blindSpotPlan[1].actions[0]).toMatchObject({ id: 'blind-customers-over-a', owner: 'leadership' });
    const words = { fr: ['Regard de la direction sur ses équipes', 'Regard de la direction sur ses clients', 'la direction surestime'], en: ['Leadership\'s view of its staff', 'Leadership\'s view of its customers', 'leadership overestimates'] };
    for (const lang of ['fr', 'en'] as const) {
      for (const format of ['markdown', 'html']) {
        const r = cli([...EXAMPLE, '--lang', lang, '--format', format]);
        expect(r.code, r.stderr).toBe(0);
        const text = format === 'html' ? r.stdout.replace(/&#39;|&#x27;/g, "'") : r.stdout.replace(/\\/g, '');
        for (const w of words[lang]) expect(text, `${lang} ${format}`).toContain(w);
      }
      const t = cli([...EXAMPLE, '--lang', lang], { env: { COLUMNS: '80' } });
      expect(t.stdout).toContain(lang === 'fr' ? 'Direction − collaborateurs' : 'Leaders − employees');
      expect(t.stdout).toContain(words[lang][2]);
    }
    const csv = cli([...EXAMPLE, '--format', 'csv']).stdout.split(/\r?\n/);
    const head = csv[0]!.split(',');
    const trustRow = csv.find((l) => l.startsWith('dimension,,trust,'))!.split(',');
    expect(trustRow[head.indexOf('blindCustomersGap')]).toBe('47.2');
    expect(trustRow[head.indexOf('blindCustomersReading')]).toBe('overestimated');
    expect(trustRow[head.indexOf('blindEmployeesReading')]).toBe('undetermined');
  });

  it('writes every format; the terminal fits 60 and 80 columns in both languages', () => {
    for (const format of FORMATS) {
      const r = cli([...EXAMPLE, '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(500);
    }
    for (const lang of ['en', 'fr']) {
      for (const columns of ['60', '80']) {
        const r = cli([...EXAMPLE, '--lang', lang], { env: { COLUMNS: columns } });
        expect(r.code).toBe(0);
        expect(widest(r.stdout), `${lang} ${columns}`).toBeLessThanOrEqual(Number(columns));
        expect(r.stdout).toMatch(lang === 'fr' ? /Collaborateurs ◀│▶ Clients/ : /Employees ◀│▶ Customers/);
        expect(r.stdout).toMatch(/█+│█+/);
      }
    }
  });

  it('French speaks French: decimal comma, no-break space before %', () => {
    const r = cli([...EXAMPLE, '--lang', 'fr', '--format', 'markdown']);
    expect(r.stdout).toMatch(/\d+,\d\u00a0%/);
    expect(r.stdout).toContain('symétrie négative');
  });
});

describe('a side below its threshold', () => {
  const dir = tempDir();
  const employees = csv(dir, 'e.csv', 6, '1');
  const customers = csv(dir, 'c.csv', 9, '4');
  const args = ['mirror', '--employees', employees, '--customers', customers];

  it('shows only its count, and no gap that needs it, in every format', () => {
    const m = json(args);
    expect(m.sides.customers).toMatchObject({ respondents: 9, shown: false, favourable: null });
    expect(m.dimensions.every((d: { customers: unknown; gap: unknown; reading: unknown }) => d.customers === null && d.gap === null && d.reading === null)).toBe(true);
    for (const format of FORMATS) {
      const r = cli([...args, '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      // Customers answered 4 everywhere (100 %) and employees 1 (0 %): neither the 100 nor the −100 gap may appear.
      expect(r.stdout, format).not.toMatch(/100\.0%|"favourable": 100|[−-]100(\.0)?\b|,100(\.0)?,/);
      expect(r.stdout, format).toMatch(/\b9\b/);
    }
    const table = cli(args).stdout;
    expect(table).toContain('Customers: 9 respondents: below the threshold of 10, nothing else is shown');
    const rows = cli([...args, '--format', 'csv']).stdout.split('\r\n');
    expect(rows[1]).toMatch(/^overall,,overall,,,6,yes,,0,,9,no,,,,/);
  });

  it('the gates fail and say why', () => {
    const r = cli([...args, '--fail-under', '10']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Gate not met: the employees or the customers are not shown/);
  });
});

describe('inputs as for aggregate', () => {
  it('imports a customers’ form built from `questions --format csv`, matched by statement text, with no mapping', () => {
    const dir = tempDir();
    const q = cli(['questions', '--instrument', 'mirror-customers', '--format', 'csv']);
    expect(q.code, q.stderr).toBe(0);
    const rows = q.stdout.trim().split('\r\n').slice(1);
    // The last row is the recommendation question, outside the dimensions (no dimension, choices 0–10).
    expect(rows[rows.length - 1]).toMatch(/^nps,,.*,0 \| 1 \| .* \| 10$/);
    const texts = rows.slice(0, -1).map((l) => (/^[^,]+,[^,]+,("(?:[^"]|"")*"|[^,]*)/.exec(l)![1]!));
    expect(texts).toHaveLength(22);
    const lines = [['Timestamp', 'Email', ...texts].join(',')];
    const labels = ['Strongly agree', 'Somewhat agree', 'Somewhat disagree', 'Don’t know'];
    for (let i = 0; i < 12; i++) lines.push([`2026-01-0${1 + (i % 9)}`, `c${i}@example.com`, ...texts.map((_, j) => labels[(i + j) % 4])].join(','));
    const file = join(dir, 'form-export.csv');
    writeFileSync(file, lines.join('\r\n') + '\r\n');
    const m = json(['mirror', '--employees', join(EX, 'employees.csv'), '--customers', file, '--min-customers', '9']);
    expect(m.sides.customers).toMatchObject({ respondents: 12, shown: true, indicative: true, skipped: 0 });
    // Per statement: 3 of 12 "don't know", 6 of the 9 answers favourable (9 contributors: shown from --min-customers 9).
    expect(m.pairs.every((p: { customers: { answered: number; favourable: number } }) => p.customers.answered === 9 && p.customers.favourable === 66.7)).toBe(true);
    expect(JSON.stringify(m)).not.toMatch(/example\.com|2026-01/);
  });

  it('reads answers files with respondent.unit, and reports a bad row (refused with --strict)', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'staff'));
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, 'staff', `e${i}.yaml`), `instrument: mirror-employees\nrespondent:\n  unit: Lyon\nanswers:\n${IDS.map((id) => `  ${id}: 3`).join('\n')}\n`);
    const customers = csv(dir, 'c.csv', 10, '2', () => 'Lyon');
    writeFileSync(customers, readFileSync(customers, 'utf8') + `Lyon,${IDS.map(() => '9').join(',')}\n`);
    const m = json(['mirror', '--employees', join(dir, 'staff'), '--customers', customers]);
    expect(m.units).toMatchObject([{ name: 'Lyon', shown: true, favourable: { employees: 100, customers: 0 } }]);
    expect(m.sides.customers.skipped).toBe(1);
    const strict = cli(['mirror', '--employees', join(dir, 'staff'), '--customers', customers, '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/c\.csv:12/);
  });
});

describe('options, gates, compare', () => {
  it('checks its options before reading anything', () => {
    expect(cli(['mirror', '--employees', 'x']).stderr).toMatch(/--customers/);
    expect(cli(['mirror', '--employees', 'x', '--customers', 'y', '--asymmetry', '0']).code).toBe(2);
    expect(cli(['mirror', '--employees', 'x', '--customers', 'y', '--low', '70']).stderr).toMatch(/--low 70 is above --high 60/);
    expect(cli(['mirror', '--employees', 'x', '--customers', 'y', '--output', 'm.pdf']).code).toBe(2);
  });

  it('--fail-under on the mean of the sides and --min-side on the lower side', () => {
    const m = json(EXAMPLE);
    expect(cli([...EXAMPLE, '--fail-under', String(Math.floor(m.overall.favourableExact))]).code).toBe(0);
    const r = cli([...EXAMPLE, '--min-side', String(Math.ceil(m.overall.lowestExact))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--min-side/);
  });

  it('compare accepts two mirrors: what moved per side and per gap', () => {
    const dir = tempDir();
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expect(cli(['mirror', '--employees', join(EX, 'employees.csv'), '--customers', join(EX, 'customers.csv'), '--output', a]).code).toBe(0);
    expect(cli([...EXAMPLE, '--asymmetry', '5', '--output', b]).code).toBe(0);
    const r = cli(['compare', a, b, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(validCompare(c), JSON.stringify(validCompare.errors)).toBe(true);
    expect(c.kind).toBe('mirror-compare');
    expect(c.sides.map((s: { side: string; delta: number }) => [s.side, s.delta])).toEqual([['employees', 0], ['customers', 0]]);
    // the gap of 6.4 reaches --asymmetry 5, but its interval (−4.7 to +17.5) contains 0: too close to call
    expect(c.dimensions.find((d: { id: string }) => d.id === 'trust').reading).toEqual({ old: 'negative-symmetry', new: 'undetermined', changed: true });
    for (const format of FORMATS) expect(cli(['compare', a, b, '--format', format]).code).toBe(0);
    expect(cli(['compare', a, join(ROOT, 'examples', 'answers.yaml')]).stderr).toMatch(/one is a mirror and the other is not/);
  });
});

describe('compare of two mirrors judges each change on its interval (issue 21 point 5)', () => {
  it('a change is improved or declined only when its Newcombe interval excludes 0, else within the noise', () => {
    const dir = tempDir();
    const wave = (name: string, employees: [number, string][], customers: [number, string][]) => {
      const files = (side: string, parts: [number, string][]) => parts.flatMap(([n, v], i) => ['--' + side, csv(dir, `${name}-${side}-${i}.csv`, n, v)]);
      const out = join(dir, `${name}.json`);
      const r = cli(['mirror', ...files('employees', employees), ...files('customers', customers), '--output', out]);
      expect(r.code, r.stderr).toBe(0);
      return out;
    };
    // Employees: 0 % then 50 % favourable (a real rise); customers: 66.7 % then 60 % (within the noise).
    const a = wave('a', [[30, '2']], [[20, '3'], [10, '2']]);
    const b = wave('b', [[15, '3'], [15, '2']], [[18, '3'], [12, '2']]);
    const c = JSON.parse(cli(['compare', a, b, '--format', 'json']).stdout);
    expect(validCompare(c), JSON.stringify(validCompare.errors)).toBe(true);
    const d = c.dimensions[0];
    expect(d.employees).toMatchObject({ delta: 50, verdict: 'improved' });
    expect(d.employees.ci[0]).toBeGreaterThan(0);
    expect(d.customers).toMatchObject({ delta: -6.7, verdict: 'within-noise' });
    expect(d.customers.ci[0]).toBeLessThan(0);
    expect(d.customers.ci[1]).toBeGreaterThan(0);
    expect(d.gap).toMatchObject({ delta: 56.7, verdict: 'improved' });
    for (const [lang, noise] of [['en', 'within the noise'], ['fr', 'dans le bruit']] as const) {
      for (const format of ['table', 'markdown', 'html']) expect(cli(['compare', a, b, '--lang', lang, '--format', format]).stdout, `${lang} ${format}`).toContain(noise);
    }
    const rows = cli(['compare', a, b, '--format', 'csv']).stdout.split(/\r?\n/);
    expect(rows[0]).toContain('deltaLow,deltaHigh,verdict');
    expect(rows.find((l) => l.startsWith('facilitation,') && l.includes(',customers,'))).toMatch(/,within-noise,/);
  });
});

describe('the mirror instruments by id', () => {
  it('work with questions, template, assess and aggregate (no ex-25 matrix: the output says so)', () => {
    expect(cli(['questions', '--instrument', 'mirror-customers']).stdout).toMatch(/repeat my request/);
    const t = cli(['template', '--instrument', 'mirror-leaders']);
    expect(t.stdout).toMatch(/facilitation-1:/);
    const dir = tempDir();
    const answers = join(dir, 'a.yaml');
    writeFileSync(answers, `instrument: mirror-customers\nanswers:\n${IDS.map((id) => `  ${id}: 3`).join('\n')}\n`);
    const a = cli(['assess', '--instrument', 'mirror-customers', '--answers', answers, '--format', 'json']);
    expect(a.code, a.stderr).toBe(0);
    expect(JSON.parse(a.stdout).notes.map((n: { code: string }) => n.code)).toContain('note.noMatrix');
    const g = cli(['aggregate', '--instrument', 'mirror-customers', join(EX, 'customers.csv'), '--format', 'json']);
    expect(g.code, g.stderr).toBe(0);
    expect(JSON.parse(g.stdout).respondents).toBe(150);
  });

  it('validate checks a family given together, naming the file and line to fix', () => {
    const ok = cli(['validate', join(ROOT, 'questions', 'mirror-employees.yaml'), join(ROOT, 'questions', 'mirror-customers.yaml'), join(ROOT, 'action-matrix', 'mirror.yaml')]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/mirror family mirror: mirror-employees and mirror-customers mirror each other/);
    const dir = tempDir();
    const broken = join(dir, 'mirror-customers.yaml');
    writeFileSync(broken, readFileSync(join(ROOT, 'questions', 'mirror-customers.yaml'), 'utf8').replace('id: listening-2', 'id: listening-3'));
    const bad = cli(['validate', join(ROOT, 'questions', 'mirror-employees.yaml'), broken]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/mirror-customers\.yaml:\d+: The statements of "listening" must have the ids of their mirrors/);
    const m = cli(['mirror', '--employees', join(EX, 'employees.csv'), '--customers', join(EX, 'customers.csv'), '--customers-instrument', broken]);
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/listening/);
  });
});
