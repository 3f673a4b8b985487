import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvRecords, CsvSyntaxError } from '../src/io/csv-records.js';

/** Every record of a text fed in the given chunks, with its line. */
function read(chunks: string[], delimiter = ',', max = 1 << 20): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  const r = new CsvRecords(delimiter, (fields, line) => out.push({ fields, line }), max);
  for (const c of chunks) r.push(c);
  r.end();
  return out;
}

/** Cuts a text at the given places. */
function cut(text: string, at: number[]): string[] {
  const points = [...new Set(at.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  return [...points, text.length].map((p, i) => text.slice(i === 0 ? 0 : points[i - 1], p));
}

const field = fc.oneof(
  fc.stringMatching(/^[a-zé 0-9?-]{0,6}$/),
  fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '\n', '\r\n', ' ', 'é'), maxLength: 8 }).map((s) => `"${s.replace(/"/g, '""')}"`),
);
const csv = fc.tuple(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([rows, eol, lastEol]) => rows.map((r) => r.join(',')).join(eol) + (lastEol ? eol : ''));

describe('the streaming CSV reader', () => {
  it('reads any RFC 4180 text as csv-parse does, however the text is cut into chunks', () => {
    fc.assert(
      fc.property(csv, fc.array(fc.nat(), { maxLength: 4 }), (text, at) => {
        const expected = parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
        expect(read(cut(text, at)).map((r) => r.fields)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the line each record starts on, counting line breaks inside quoted fields', () => {
    const records = read(['id,text\r\n1,"two\r\nlines"\r\n2,x\r\n', '\r\n3,"a ""quoted"" word"\r\n']);
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['id', 'text']],
      [2, ['1', 'two\r\nlines']],
      [4, ['2', 'x']],
      [5, ['']],
      [6, ['3', 'a "quoted" word']],
    ]);
  });

  it('drops a leading BOM and reads semicolons', () => {
    expect(read(['\uFEFFa;b\n1;2\n'], ';').map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('refuses an unclosed quote, text after a closing quote and a record over the limit, with the line', () => {
    const error = (chunks: string[], max?: number) => {
      try {
        read(chunks, ',', max);
      } catch (e) {
        return e instanceof CsvSyntaxError ? [e.code, e.line] : e;
      }
      return 'no error';
    };
    expect(error(['a\nb\n"open,', 'still open\n'])).toEqual(['quote-not-closed', 3]);
    expect(error(['a\n"x"y,1\n'])).toEqual(['text-after-quote', 2]);
    expect(error(['a\n', 'x'.repeat(50), 'y'.repeat(60)], 100)).toEqual(['record-too-big', 2]);
    expect(error(['a\n', `"${'x'.repeat(200)}"\n`], 100)).toEqual(['record-too-big', 2]);
  });
});
