// The fast paths of issue 14 change nothing a user sees. Each is run against the general path it shortcuts, on the
// same input, and every output is compared byte for byte:
// - the CSV import (src/io/csv-fast.ts): fixtures plus generated exports (quotes, CRLF, BOM, `;`, multi-line cells,
//   bad cells, ragged rows, e-mail groups, blank and lone-CR lines, non-ASCII or a quote late in the file, NUL, bad
//   UTF-8, rows crossing the general reader's 256 KiB chunks, very long rows) through `aggregate`, in-process, with the
//   fast path on and off: stdout, stderr and exit code;
// - `--version` answered by bin/ (before the bundle loads) against commander's answer through the bundle;
// - numbers and dates written without Intl (src/i18n/fixed.ts, format.ts) against Intl itself;
// - team statistics from score counts (team/stats.ts) against the same statistics from the list of scores.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { afterEach, describe, expect, it, inject, vi } from 'vitest';
import { isoTime, timestamp } from '../src/app/context.js';
import { main } from '../src/cli.js';
import { UserError } from '../src/errors.js';
import { fixedDecimal } from '../src/i18n/fixed.js';
import { FMT } from '../src/i18n/format.js';
import { fastPath } from '../src/io/csv-fast.js';
import { countsMedian, countsStdDev, median, stdDevPopulation } from '../src/team/stats.js';
import { cli, fixture, tempDir } from './helpers/cli.js';
import { testContext } from './helpers/context.js';
import { EX25_IDS } from './helpers/model.js';
import type { Result } from '../src/core/result.js';

const IDS = EX25_IDS;
const GROUPS = ['Direction', 'Managers', 'Support', 'Sales', 'Tech', 'Ops'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** A generated export: `rows` rows, each cell made by `cell(row, column, rnd)`, lines joined by `eol`. */
function csv(rows: number, opts: { eol?: string; delimiter?: string; bom?: boolean; header?: string[]; seed?: number; row?: (i: number, cells: string[], rnd: () => number) => string } = {}): string {
  const rnd = random(opts.seed ?? 1);
  const d = opts.delimiter ?? ',';
  const lines = [(opts.header ?? ['group', ...IDS]).join(d)];
  for (let i = 0; i < rows; i++) {
    const cells = [GROUPS[i % GROUPS.length]!, ...IDS.map(() => String(1 + Math.floor(rnd() * 4)))];
    lines.push(opts.row ? opts.row(i, cells, rnd) : cells.join(d));
  }
  return (opts.bom ? '\uFEFF' : '') + lines.join(opts.eol ?? '\n') + (opts.eol ?? '\n');
}

/** The corpus: name → file content (strings as UTF-8, buffers as they are). */
function corpus(): Record<string, string | Buffer> {
  const c: Record<string, string | Buffer> = {
    'plain.csv': csv(300),
    'crlf.csv': csv(300, { eol: '\r\n' }),
    'bom-semicolon.csv': csv(200, { bom: true, delimiter: ';' }),
    'lone-cr.csv': csv(100, { eol: '\r' }),
    'mixed-eol.csv': csv(100, { row: (i, cells) => cells.join(',') + (i % 3 === 0 ? '\r' : i % 3 === 1 ? '\r\n' : '') }),
    'blanks-and-spaces.csv': csv(200, { row: (i, cells, rnd) => (i % 17 === 0 ? '   ' : i % 19 === 0 ? '' : cells.map((x, k) => (k && rnd() < 0.1 ? '' : k && rnd() < 0.05 ? ` ${x} ` : x)).join(',')) }),
    'bad-cells.csv': csv(200, { row: (i, cells) => cells.map((x, k) => (k && i % 13 === 0 ? (k === 3 ? '7' : k === 4 ? 'maybe' : x) : x)).join(',') }),
    'ragged.csv': csv(200, { row: (i, cells) => (i % 11 === 0 ? cells.slice(0, 10).join(',') : i % 23 === 0 ? [...cells, 'extra'].join(',') : cells.join(',')) }),
    'email-group.csv': csv(100, { row: (i, cells) => (i % 9 === 0 ? [`p${i}@example.com`, ...cells.slice(1)] : cells).join(',') }),
    'labels-and-dont-know.csv': csv(200, { row: (i, cells) => cells.map((x, k) => (k && i % 5 === 0 ? (k % 2 ? 'Strongly agree' : '?') : k && i % 7 === 0 ? 'null' : x)).join(',') }),
    'quote-late.csv': csv(500, { row: (i, cells) => (i === 400 ? [`"Sales, North"`, ...cells.slice(1)] : cells).join(',') }),
    'multiline-late.csv': csv(500, { eol: '\r\n', row: (i, cells) => (i === 250 ? [`"Two\r\nlines"`, ...cells.slice(1)] : cells).join(',') }),
    'non-ascii-late.csv': csv(500, { row: (i, cells) => (i === 300 ? ['Équipe', ...cells.slice(1)] : cells).join(',') }),
    'quote-not-closed.csv': csv(300, { row: (i, cells) => (i === 200 ? [`"open`, ...cells.slice(1)] : cells).join(',') }),
    'text-after-quote.csv': csv(300, { row: (i, cells) => (i === 100 ? [`"a"b`, ...cells.slice(1)] : cells).join(',') }),
    'across-chunks.csv': csv(12_000, { eol: '\r\n', row: (i, cells) => (i % 997 === 0 ? [`"Group ""${i}"", with comma"`, ...cells.slice(1)] : cells).join(',') }),
    'big-plain.csv': csv(12_000),
    'long-row.csv': csv(50, { row: (i, cells) => (i === 20 ? [...cells, 'x'.repeat(70_000)].join(',') : cells.join(',')) }),
    'header-only.csv': csv(0),
    'blank-first-line.csv': '\n' + csv(50),
    'form-export.csv': csv(300, {
      eol: '\r\n',
      header: ['Timestamp', 'Email', 'Group', ...IDS],
      row: (i, cells, rnd) => [`2026/03/01 10:00:${i % 60}`, `p${i}@x.com`, ...cells.map((x, k) => (k && rnd() < 0.05 ? '' : x))].join(','),
    }),
    'missing-question.csv': csv(20, { header: ['group', ...IDS.slice(1)] }),
    'empty.csv': '',
  };
  const plain = Buffer.from(csv(300));
  c['nul-late.csv'] = Buffer.concat([plain, Buffer.from([0]), plain]);
  c['bad-utf8-late.csv'] = Buffer.concat([plain, Buffer.from([0xc3, 0x28]), plain]);
  return c;
}

/** Runs the command line in-process: stdout, stderr, exit code. */
async function run(args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const ctx = { ...testContext({ env: { SOURCE_DATE_EPOCH: '1', NO_COLOR: '1' }, interactive: false, width: 100 }), out: (t: string) => void (out += t), err: (t: string) => void (err += t.endsWith('\n') ? t : `${t}\n`) };
  process.exitCode = 0;
  await main(['node', 'ex-maturity', ...args], ctx);
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out, err, code };
}

afterEach(() => {
  fastPath.enabled = true;
  vi.restoreAllMocks();
});

describe('the CSV fast path', () => {
  const dir = tempDir();
  const files = Object.entries(corpus()).map(([name, content]) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  });
  const fixtures = readdirSync(fixture('csv')).filter((f) => f.endsWith('.csv')).map((f) => fixture(`csv/${f}`));

  it.each([...fixtures, ...files].map((f) => [f.slice(dir.length + 1) || f, f]))('%s: same stdout, stderr and exit code as the general reader', async (_name, file) => {
    for (const format of ['json', 'table']) {
      for (const extra of [[], ['--min-group', '3']]) {
        const args = ['aggregate', file, '--format', format, ...extra];
        fastPath.enabled = true;
        const fast = await run(args);
        fastPath.enabled = false;
        const general = await run(args);
        expect(fast).toEqual(general);
      }
    }
  });

  it('reads the plain rows of an export itself (the comparison above compares two different paths)', async () => {
    const spy = vi.spyOn(await import('../src/io/csv-records.js').then((m) => m.CsvRecords.prototype), 'push');
    fastPath.enabled = true;
    await run(['aggregate', files[0]!, '--format', 'json']);
    expect(spy).not.toHaveBeenCalled();
    fastPath.enabled = false;
    await run(['aggregate', files[0]!, '--format', 'json']);
    expect(spy).toHaveBeenCalled();
  });

  it('--strict refuses the same files either way', async () => {
    for (const file of files) {
      fastPath.enabled = true;
      const fast = await run(['aggregate', file, '--strict', '--format', 'json']);
      fastPath.enabled = false;
      expect(fast).toEqual(await run(['aggregate', file, '--strict', '--format', 'json']));
    }
  });
});

describe('--version answered before the bundle loads', () => {
  it('prints what commander prints, with the same exit code, for --version and -V', () => {
    const bin = inject('installedBin');
    const cliBundle = join(dirname(bin), '..', 'dist', 'cli.cjs');
    for (const flag of ['--version', '-V']) {
      const fast = cli([flag]);
      const viaCommander = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(cliBundle)}).main([process.execPath, 'ex-maturity', ${JSON.stringify(flag)}])`], { encoding: 'utf8' });
      expect(fast).toEqual({ code: viaCommander.status, stdout: viaCommander.stdout, stderr: viaCommander.stderr });
      expect(fast.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });

  it('leaves anything else to commander: --version with another option, a mistyped flag', () => {
    expect(cli(['--version', '--lang', 'fr'])).toEqual(cli(['-V']));
    const typo = cli(['--versio']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--versio');
  });
});

describe('what `assess` loads', () => {
  it('never loads the modules only other paths need (child processes, the network, the full YAML reader)', () => {
    // Node's own list of the built-in modules this process loaded, written once the command is done (with writeSync:
    // process.stderr on a pipe would load `net` itself). Loading child_process alone once cost `assess` about 10 ms.
    const dir = tempDir();
    const probe = join(dir, 'probe.cjs');
    const answers = join(dir, 'answers.json');
    writeFileSync(answers, JSON.stringify(parse(readFileSync('examples/answers.yaml', 'utf8'))));
    writeFileSync(probe, "process.on('exit', () => require('node:fs').writeSync(2, '\\nLOADED ' + JSON.stringify(process.moduleLoadList)))");
    const r = spawnSync(process.execPath, ['-r', probe, inject('installedBin'), 'assess', '--answers', answers, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '' } });
    expect(r.status).toBe(0);
    const loaded = JSON.parse(r.stderr.slice(r.stderr.indexOf('LOADED ') + 7)) as string[];
    expect(loaded.length).toBeGreaterThan(10);
    for (const name of ['child_process', 'net', 'http', 'dgram']) expect(loaded).not.toContain(`NativeModule ${name}`);
  });

  it('loads only its own files of dist/: no other command, no terminal renderer (chalk, tables), no full YAML reader', () => {
    // Node's table of the files it required, written once the command is done: each bundle of dist/ is one entry.
    const dir = tempDir();
    const probe = join(dir, 'probe.cjs');
    writeFileSync(probe, "process.on('exit', () => require('node:fs').writeSync(2, '\\nREQUIRED ' + JSON.stringify(Object.keys(require.cache))))");
    const required = (args: string[]) => {
      const r = spawnSync(process.execPath, ['-r', probe, inject('installedBin'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '', LANG: 'en_US.UTF-8', LC_ALL: '' } });
      expect(r.status).toBe(0);
      const files = JSON.parse(r.stderr.slice(r.stderr.indexOf('REQUIRED ') + 9)) as string[];
      return files.filter((f) => f.includes(`${join('ex-maturity', 'dist')}`)).map((f) => f.slice(f.lastIndexOf('dist') + 5)).sort();
    };
    const json = ['cli.cjs', 'commands-assess.cjs', 'data-ex-25.json', 'i18n-en.cjs', 'render-json-index.cjs', 'shared.cjs'];
    expect(required(['assess', '--answers', 'examples/answers.yaml', '--format', 'json'])).toEqual(json);
    // The table: its renderer instead of the JSON one, nothing else.
    expect(required(['assess', '--answers', 'examples/answers.yaml'])).toEqual(json.map((f) => (f === 'render-json-index.cjs' ? 'render-terminal-result.cjs' : f)).sort());
  });
});

describe('cli-table3, evaluated only when a cell holds a line break', () => {
  it('draws such a table from the built bundle as the sources draw it', async () => {
    // frame.ts draws tables itself unless a cell holds a line break; the build hands it cli-table3 loaded on first use.
    const result = JSON.parse(cli(['assess', '--answers', 'examples/answers.yaml', '--format', 'json']).stdout) as Result;
    const doc = { ...result, dimensions: result.dimensions.map((d, i) => (i === 0 ? { ...d, label: `${d.label}\n(two lines)` } : d)) };
    const opts = { lang: 'en' as const, width: 100, bom: false };
    const bundle = join(dirname(inject('installedBin')), '..', 'dist', 'render-terminal-result.cjs');
    const script = `const [doc, opts] = JSON.parse(require('node:fs').readFileSync(0, 'utf8')); process.stdout.write(require(${JSON.stringify(bundle)}).renderResultTable(doc, opts));`;
    const built = spawnSync(process.execPath, ['-e', script], { input: JSON.stringify([doc, opts]), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(built.status).toBe(0);
    const { renderResultTable } = await import('../src/render/terminal/result.js');
    expect(built.stdout).toContain('(two lines)');
    expect(built.stdout).toBe(renderResultTable(doc, opts));
  });
});

describe('numbers and dates without Intl', () => {
  it('write every number as Intl.NumberFormat does, in both languages', () => {
    const intl = (locale: string, digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
    const formats = [0, 1, 2].flatMap((d) => [
      { d, lang: 'en' as const, intl: intl('en-GB', d) },
      { d, lang: 'fr' as const, intl: intl('fr-FR', d) },
    ]);
    const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1000), fc.constantFrom(0, -0, 1.005, 2.675, 0.05, -0.05, 99.95, 9.995, 1e-7, NaN, Infinity));
    fc.assert(
      fc.property(value, (x) => {
        for (const f of formats) expect(FMT[f.lang].num(x, f.d)).toBe(f.intl.format(x));
      }),
      { seed: 14, numRuns: 20_000 },
    );
    expect(fixedDecimal(1e21, 1)).toBeUndefined();
  });

  it('write every date as Intl.DateTimeFormat does (1er for the first of the month in French)', () => {
    const intl = (locale: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const en = intl('en-GB');
    const fr = intl('fr-FR');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), (t) => {
        const d = new Date(t);
        expect(FMT.en.date(d.toISOString())).toBe(en.format(d));
        expect(FMT.fr.date(d.toISOString())).toBe(fr.format(d).replace(/^1 /, '1er '));
      }),
      { seed: 14, numRuns: 5000 },
    );
  });

  it('write every timestamp as Date#toISOString does, and refuse a SOURCE_DATE_EPOCH that is not a time', () => {
    const last = 253_402_300_799_999;
    const edges = [0, 1, 999, 86_399_999, 86_400_000, Date.UTC(1972, 1, 29), Date.UTC(2000, 1, 29, 23, 59, 59, 999), Date.UTC(2100, 2, 1), Date.UTC(2400, 1, 29), last, last + 1, -1, 1.5];
    for (const ms of edges) expect([ms, isoTime(ms)]).toEqual([ms, new Date(ms).toISOString()]);
    fc.assert(fc.property(fc.integer({ min: 0, max: last }), (ms) => isoTime(ms) === new Date(ms).toISOString()), { seed: 1405, numRuns: 50_000 });
    expect(timestamp({ SOURCE_DATE_EPOCH: '0' })).toBe('1970-01-01T00:00:00.000Z');
    expect(timestamp({ SOURCE_DATE_EPOCH: '253402300799' })).toBe('9999-12-31T23:59:59.000Z');
    for (const bad of ['abc', '-1', '1e9', ' 12', '253402300800', '99999999999999999']) expect(() => timestamp({ SOURCE_DATE_EPOCH: bad }), bad).toThrow(UserError);
  });
});

describe('team statistics from score counts', () => {
  it('give the median and spread of the list of scores', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 15 }).map((n) => (100 * n) / 15), { minLength: 1, maxLength: 300 }), (scores) => {
        const counts = new Map<number, number>();
        for (const s of scores) counts.set(s, (counts.get(s) ?? 0) + 1);
        const sorted = [...counts].sort((a, b) => a[0] - b[0]);
        expect(countsMedian(sorted, scores.length)).toBe(median(scores));
        const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
        expect(countsStdDev(sorted, mean, scores.length)).toBeCloseTo(stdDevPopulation(scores)!, 9);
      }),
      { seed: 14, numRuns: 2000 },
    );
    expect(countsMedian([], 0)).toBeNull();
  });
});
