// The hand-written readers of issue 23 held to references: the Windows-1252 decoder to iconv-lite, the separator
// sniffing (with the CSV reader) to csv-parse told the separator; the workbook reader on the shapes real tools write.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvRecords } from '../src/io/csv-records.js';
import { detectDelimiter } from '../src/io/csv-layout.js';
import { decodeText, decodeWindows1252 } from '../src/io/text-encoding.js';
import { readWorkbook } from '../src/io/workbook.js';
import { tempDir } from './helpers/cli.js';

/** The bytes Windows-1252 defines (iconv-lite maps the five undefined ones to U+FFFD or their Latin-1 code), control characters aside. */
const TEXT_BYTE = fc.integer({ min: 0, max: 255 }).filter((b) => (b >= 0x20 || b === 9 || b === 10 || b === 13) && b !== 0x7f && ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));

describe('Windows-1252', () => {
  it('decodes every text byte as iconv-lite does', () => {
    fc.assert(fc.property(fc.array(TEXT_BYTE, { maxLength: 200 }), (bytes) => {
      const buf = Uint8Array.from(bytes);
      expect(decodeWindows1252(buf)).toBe(iconv.decode(Buffer.from(buf), 'win1252'));
    }), { numRuns: 500 });
  });

  it('refuses the bytes it leaves undefined and control characters: not text', () => {
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x01, 0x1b]) expect(decodeText(Buffer.from([0x41, b, 0xe9]))).toBeUndefined();
  });

  it('is used only when the bytes are not UTF-8; a BOM decides UTF-16 either way', () => {
    expect(decodeText(Buffer.from('Équipe;é', 'utf8'))).toEqual({ text: 'Équipe;é', encoding: 'utf-8' });
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', encoding: 'utf-8' });
    expect(decodeText(iconv.encode('Plutôt d’accord €', 'win1252'))).toEqual({ text: 'Plutôt d’accord €', encoding: 'windows-1252' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\tb', 'utf16le')]))).toEqual({ text: 'a\tb', encoding: 'utf-16le' });
    expect(decodeText(Buffer.from([0xfe, 0xff, 0, 0x61]))).toEqual({ text: 'a', encoding: 'utf-16be' });
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x61]))).toBeUndefined(); // an odd number of bytes
  });
});

describe('the separator, sniffed from the first lines', () => {
  // Fields as spreadsheets write them: quoted only when they hold the separator, a quote or a line break.
  const field = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '\t', '"', '\n', 'é'), maxLength: 8 });
  const quote = (f: string, sep: string) => (f.includes(sep) || f.includes('"') || f.includes('\n') || f.includes('\r') ? `"${f.replace(/"/g, '""')}"` : f);

  it('reads any export whose unquoted fields hold no other separator exactly as csv-parse told the separator', () => {
    fc.assert(
      fc.property(fc.constantFrom(',', ';', '\t'), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 5 }), fc.infiniteStream(field), (sep, width, rows, fields) => {
        const others = [',', ';', '\t'].filter((s) => s !== sep);
        const records = Array.from({ length: rows + 1 }, () => Array.from({ length: width }, () => {
          const f = fields.next().value as string;
          // A field with another separator is quoted (as when it holds line breaks), so that only the real one is counted.
          return others.some((o) => f.includes(o)) ? `"${f.replace(/"/g, '""')}"` : quote(f, sep);
        }));
        const text = records.map((r) => r.join(sep)).join('\r\n') + '\r\n';
        expect(detectDelimiter(text)).toBe(sep);
        const ours: string[][] = [];
        const reader = new CsvRecords(detectDelimiter(text), (r) => ours.push(r), 1 << 20);
        reader.push(text);
        reader.end();
        expect(ours).toEqual(parse(text, { delimiter: sep, relax_column_count: true, skip_empty_lines: false }));
      }),
      { numRuns: 300 },
    );
  });

  it('finds French Excel\'s semicolons when the statements hold more commas, unquoted', () => {
    const text = 'Horodatage;Groupe;Quand la direction annonce une décision, elle explique pourquoi, comment, et quand.;Nos valeurs, concrètement\r\n02/03/2026;support;Plutôt d’accord;Tout à fait d’accord\r\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(detectDelimiter('a,b;c\r\n')).toBe(','); // a header alone: the most frequent, the comma on a tie
    expect(detectDelimiter('"a;b","c;d",e\n1,2,3\n')).toBe(',');
  });
});

describe('workbooks', () => {
  const dir = tempDir();
  const write = (name: string, parts: Record<string, string>) => {
    const file = join(dir, name);
    writeFileSync(file, zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)]))));
    return file;
  };
  const book = (sheet: string, extra: Record<string, string> = {}) =>
    write(`b${Math.random().toString(36).slice(2)}.xlsx`, {
      'xl/workbook.xml': '<workbook xmlns:r="r"><sheets><sheet name="One" r:id="rId1"/><sheet name="Two" r:id="rId2"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/worksheet" Target="/xl/worksheets/other.xml"/><Relationship Id="rId3" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': sheet,
      'xl/worksheets/other.xml': '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row></sheetData></worksheet>',
      ...extra,
    });

  it('reads shared strings (rich text joined, phonetic guides left out, _x000D_ escapes), inline strings, numbers, booleans and cached formula values in place', () => {
    const file = book(
      '<worksheet><sheetData><row r="2"><c r="B2" t="s"><v>0</v></c><c r="D2"><v>3.0</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="str"><f>A1</f><v>x &amp; y</v></c><c r="G2" t="inlineStr"><is><t>in</t></is></c><c r="H2" t="s"><v>1</v></c></row><row r="5"><c r="A5"/></row></sheetData></worksheet>',
      { 'xl/sharedStrings.xml': '<sst><si><r><t>Plutôt </t></r><r><t>d’accord</t></r><rPh><t>ふりがな</t></rPh></si><si><t>a_x000D_b</t></si></sst>' },
    );
    expect(readWorkbook(file)).toEqual({ sheet: 'One', sheets: ['One', 'Two'], rows: [{ line: 2, cells: ['', 'Plutôt d’accord', '', '3', 'TRUE', 'x & y', 'in', 'a\rb'] }] });
    expect(readWorkbook(file, 'two').rows).toEqual([{ line: 1, cells: ['second'] }]);
  });

  it('reads an .ods: repeated cells and rows, spaces, paragraphs, values before text, comments left out', () => {
    const file = write('a.ods', {
      'META-INF/manifest.xml': '<manifest/>',
      'content.xml':
        '<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet><table:table table:name="S"><table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="4"><text:p>4,0</text:p></table:table-cell><table:table-cell><office:annotation><text:p>note</text:p></office:annotation><text:p>a<text:s text:c="2"/>b</text:p><text:p>c</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16000"/></table:table-row><table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>',
    });
    expect(readWorkbook(file).rows).toEqual([
      { line: 1, cells: ['4', '4', 'a  b\nc'] },
      { line: 2, cells: ['4', '4', 'a  b\nc'] },
    ]);
  });
});
