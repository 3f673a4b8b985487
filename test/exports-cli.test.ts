// What clients' tools export (issue 23), read by the installed binary: the example form as each tool saves it gives
// exactly the figures of the UTF-8 comma CSV; LibreOffice opens each kind of fixture and what it writes back reads
// the same; hostile workbooks end with a clear exit 2, never a hang or an internal error.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cli, fixture, tempDir } from './helpers/cli.js';

const EXPORTS = fixture('exports');
const at = (name: string) => join(EXPORTS, name);
const SOURCE_DATE_EPOCH = '1772438400';
const aggregate = (args: string[]) => cli(['aggregate', ...args, '--format', 'json'], { env: { SOURCE_DATE_EPOCH } });

describe('the example team, as each tool exports it', () => {
  it('the fixtures are what scripts/make-export-fixtures.mjs writes (never edited by hand)', () => {
    const dir = tempDir();
    const r = spawnSync(process.execPath, ['scripts/make-export-fixtures.mjs', dir], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    for (const file of readdirSync(EXPORTS)) expect(readFileSync(join(dir, file)).equals(readFileSync(at(file))), file).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(readdirSync(EXPORTS).sort());
  });

  const reference = aggregate(['examples/team', 'examples/team-form.csv']);

  it('aggregates to exactly the figures of the UTF-8 comma CSV, whatever the tool', () => {
    expect(reference.code, reference.stderr).toBe(0);
    expect(JSON.parse(reference.stdout).respondents).toBe(39);
    for (const file of readdirSync(EXPORTS).sort()) {
      const r = aggregate(['examples/team', at(file)]);
      expect(r.stderr, file).not.toMatch(/internal error|problem/);
      expect(r.code, `${file}: ${r.stderr}`).toBe(0);
      expect(r.stdout, file).toBe(reference.stdout);
    }
  });

  it('says how a file was read when it is not UTF-8 with commas, naming the file, in both languages', () => {
    const fr = aggregate(['examples/team', at('excel-fr.csv')]);
    expect(fr.stderr).toContain(`${at('excel-fr.csv')}: read as Windows-1252 (Excel's default in Western Europe).`);
    expect(fr.stderr).toContain(`${at('excel-fr.csv')}: fields separated by semicolons.`);
    const utf16 = cli(['aggregate', at('excel-unicode.txt'), '--lang', 'fr']);
    expect(utf16.code, utf16.stderr).toBe(0);
    expect(utf16.stderr.replace(/[\u00a0\u202f]/g, ' ')).toContain(`${at('excel-unicode.txt')} : lu en UTF-16LE (le « Texte Unicode » d’Excel).`);
    expect(utf16.stderr).toContain('champs séparés par des tabulations');
    const plain = aggregate([at('google-forms.csv')]);
    expect(plain.stderr).toBe('');
  });

  it('reads a workbook as a CSV: never copies the e-mail, name, ID or time columns of a Microsoft Forms export', () => {
    for (const format of ['json', 'csv', 'markdown', 'html', 'table']) {
      const r = cli(['aggregate', at('microsoft-forms.xlsx'), '--min-group', '2', '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/example\.com|Person \d|Start time|Completion time/);
    }
  });

  it('reads the sheet named by --sheet, says which, and names the sheets when there is no such one', () => {
    const notes = cli(['aggregate', at('libreoffice-fr.ods'), '--sheet', 'Notes']);
    expect(notes.code).toBe(2);
    expect(notes.stderr).toContain('25 questions missing');
    const first = cli(['aggregate', at('libreoffice-fr.ods'), '--sheet', 'réponses']);
    expect(first.code, first.stderr).toBe(0);
    const none = cli(['aggregate', at('libreoffice-fr.ods'), '--sheet', 'Feuille1']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`${at('libreoffice-fr.ods')} has no sheet "Feuille1" (--sheet). Its sheets: "Réponses" and "Notes".`);
  });

  it('the mirror reads the same exports on every side (French Excel CSV for employees and customers)', () => {
    const dir = tempDir();
    const frenchExcel = (file: string) => {
      const out = join(dir, file.split('/').pop()!);
      const records: string[][] = parse(readFileSync(file, 'utf8'));
      writeFileSync(out, iconv.encode(records.map((r) => r.join(';')).join('\r\n') + '\r\n', 'win1252'));
      return out;
    };
    const args = (e: string, c: string) => ['mirror', '--employees', e, '--customers', c, '--format', 'json'];
    const r = cli(args('examples/mirror/employees.csv', 'examples/mirror/customers.csv'), { env: { SOURCE_DATE_EPOCH } });
    expect(r.code, r.stderr).toBe(0);
    const again = cli(args(frenchExcel('examples/mirror/employees.csv'), frenchExcel('examples/mirror/customers.csv')), { env: { SOURCE_DATE_EPOCH } });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('read as Windows-1252');
    expect(again.stdout).toBe(r.stdout);
  });
});

describe('LibreOffice opens each kind of fixture, and what it writes back reads the same', () => {
  it('xlsx and ods written by LibreOffice, and the Windows-1252 semicolon CSV opened by it, give the reference figures', () => {
    const dir = tempDir();
    const soffice = (args: string[]) => {
      const r = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', ...args, '--outdir', dir], { encoding: 'utf8', timeout: 170_000 });
      expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    };
    soffice(['--convert-to', 'xlsx', at('libreoffice-fr.ods')]);
    // microsoft-forms.xlsx saved again as .ods; the French Excel CSV read as Windows-1252 with ";" (59), then saved as .ods.
    soffice(['--convert-to', 'ods', at('microsoft-forms.xlsx')]);
    copyFileSync(at('excel-fr.csv'), join(dir, 'excel-fr-opened.csv'));
    soffice(['--infilter=Text - txt - csv (StarCalc):59,34,1', '--convert-to', 'ods', join(dir, 'excel-fr-opened.csv')]);
    const reference = aggregate(['examples/team', 'examples/team-form.csv']).stdout;
    for (const file of ['libreoffice-fr.xlsx', 'microsoft-forms.ods', 'excel-fr-opened.ods']) {
      const r = aggregate(['examples/team', join(dir, file)]);
      expect(r.code, `${file}: ${r.stderr}`).toBe(0);
      expect(r.stdout, file).toBe(reference);
    }
  }, 600_000);
});

/** An .xlsx of the given parts over a minimal workbook whose first sheet is sheet1.xml. */
function xlsx(parts: Record<string, string | Uint8Array>): Uint8Array {
  const base: Record<string, string | Uint8Array> = {
    'xl/workbook.xml': '<workbook xmlns:r="r"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ...parts,
  };
  return zipSync(Object.fromEntries(Object.entries(base).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));
}

describe('hostile workbooks: a clear exit 2 naming the file, never a hang or an internal error', () => {
  const dir = tempDir();
  const cases: [string, string, Uint8Array | Buffer, RegExp][] = [
    ['zip bomb (a sheet of 129 MiB once uncompressed)', 'bomb.xlsx', xlsx({ 'xl/worksheets/sheet1.xml': new Uint8Array(129 * 1024 * 1024).fill(32) }), /too big to be a form's export \(over 128 MiB, or as much once uncompressed: a compressed bomb\?\)/],
    [
      'XML entity bomb',
      'entities.xlsx',
      xlsx({ 'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row></sheetData></worksheet>` }),
      /declares its own XML entities/,
    ],
    ['1,048,576 rows', 'rows.xlsx', xlsx({ 'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${Array.from({ length: 1_048_576 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('')}</sheetData></worksheet>` }), /has more than 500,000 rows/],
    ['16,384 columns', 'columns.xlsx', xlsx({ 'xl/worksheets/sheet1.xml': `<worksheet><sheetData><row r="1">${Array.from({ length: 16_384 }, (_, i) => `<c t="inlineStr"><is><t>q${i}</t></is></c>`).join('')}</row></sheetData></worksheet>` }), /has a row of more than 1,000 columns/],
    ['password-protected (an OLE compound file)', 'locked.xlsx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]), /is password-protected \(or an Excel 97–2003 workbook\)/],
    ['password-protected .ods', 'locked.ods', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'META-INF/manifest.xml': strToU8('<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>'), 'content.xml': new Uint8Array([1, 2, 3]) }), /is password-protected/],
    ['a text file under .xlsx', 'text.xlsx', Buffer.from('Group,sense-1\n'), /is not an \.xlsx or \.ods workbook/],
    ['a truncated workbook', 'cut.xlsx', xlsx({ 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1">' }), /damaged or truncated/],
    ['a cell pointing past the shared strings', 'shared.xlsx', xlsx({ 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>' }), /damaged or truncated/],
    ['a workbook saved as .csv', 'book.csv', xlsx({ 'xl/worksheets/sheet1.xml': '<worksheet/>' }), /is a workbook or a compressed file, not a CSV text/],
  ];
  for (const [what, name, bytes, message] of cases) {
    it(what, () => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const r = cli(['aggregate', file, '--format', 'json']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).not.toMatch(/internal error|at .*\.cjs/);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(file);
      expect(r.stdout).toBe('');
    });
  }
});

describe('a mapping that remembers: --map-suggest, then --map, and validate', () => {
  it('proposes the rewritten statements, leaves the timestamp out, and the map it writes gives the reference figures', () => {
    const dir = tempDir();
    // A client rewrote two statements in the form.
    const lines = readFileSync(at('google-forms.csv'), 'utf8').split('\r\n');
    lines[0] = lines[0]!.replace('Our mission is explained to candidates during recruitment.', 'Our mission is told to candidates when we recruit').replace('Our job advertisements describe the career prospects attached to the role.', 'Job ads describe career prospects for the role');
    const csv = join(dir, 'rewritten.csv');
    writeFileSync(csv, lines.join('\r\n'));
    const refused = cli(['aggregate', csv]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('2 questions missing from the columns: sense-1, fulfilment-1');

    const map = join(dir, 'map.yaml');
    const r = cli(['aggregate', csv, '--map-suggest', map]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${map}: 2 statements proposed for 4 unmatched headers. Check it, then run again with --map ${map}.`);
    const text = readFileSync(map, 'utf8');
    expect(text).toContain('"Our mission is told to candidates when we recruit": sense-1  # 67% like "Our mission is explained to candidates during recruitment."');
    expect(text).toContain('"Job ads describe career prospects for the role": fulfilment-1');
    expect(text).toContain('# "Timestamp": ?  # left out');

    const valid = cli(['validate', map, csv]);
    expect(valid.code).toBe(2); // the export alone still misses two questions
    expect(cli(['validate', map]).stdout).toBe(`✓ ${map}: a --map file for ex-25, 2 columns and 0 labels\n`);

    const mapped = aggregate(['examples/team', csv, '--map', map]);
    expect(mapped.code, mapped.stderr).toBe(0);
    expect(mapped.stdout).toBe(aggregate(['examples/team', 'examples/team-form.csv']).stdout);
  });

  it('validate names each problem of a bad map file with its line, and checks exports as aggregate reads them', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad-map.yaml');
    writeFileSync(bad, 'columns:\n  "Foo": sense-9\nvalues:\n  "Bof": 7\n');
    const r = cli(['validate', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:2: "Foo": sense-9 is neither a question of ex-25 nor "group".`);
    expect(r.stderr).toContain(`${bad}:4: "Bof": 7 is not on the scale (1, 2, 3, 4) nor null.`);
    const ok = cli(['validate', at('excel-fr.csv'), at('microsoft-forms.xlsx'), at('libreoffice-fr.ods')]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`✓ ${at('microsoft-forms.xlsx')}: a form export for ex-25, 14 respondents`);
    expect(ok.stdout).toContain(`${at('excel-fr.csv')}: read as Windows-1252`);
  });
});

describe('compare reads the same inputs', () => {
  it('compares an aggregate with a workbook and a French Excel CSV (their team views): nothing moved', () => {
    const dir = tempDir();
    const agg = join(dir, 'team.json');
    expect(cli(['aggregate', 'examples/team-form.csv', '--output', agg]).code).toBe(0);
    for (const other of ['microsoft-forms.xlsx', 'excel-fr.csv', 'libreoffice-fr.ods']) {
      const r = cli(['compare', agg, at(other), '--format', 'json']);
      expect(r.code, r.stderr).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.dimensions.map((d: { deltaExact: number }) => d.deltaExact)).toEqual([0, 0, 0, 0, 0]);
      expect(doc.overall.deltaExact).toBe(0);
    }
  });
});
