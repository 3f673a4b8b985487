// Importing a form's CSV export: the streaming loop and its one error path. Every row problem (a ragged row, a bad
// cell, an e-mail address in the group column) and every file problem (no header, missing questions, bad quoting,
// not text) goes to the sink as a Problem naming the file and the line; the import goes on with the next row.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { answerMessage, cellMessage } from '../core/answers.js';
import { outcomesOf, readOutcomeAnswer } from '../core/outcomes.js';
import type { AnswerValue, Instrument } from '../core/types.js';
import { UserError } from '../errors.js';
import { msg, type Message } from '../i18n/index.js';
import { cellReader } from './csv-cells.js';
import { detectDelimiter, layoutOf, type CsvImportOptions, type Delimiter, type Layout } from './csv-layout.js';
import { fastPath, firstLine, MAX_BYTES, readPlainRows } from './csv-fast.js';
import { CsvRecords, CsvSyntaxError } from './csv-records.js';
import { decodeText, type TextEncoding } from './text-encoding.js';
import { inEveryLanguage, problem as located, problemOf, type Problem } from './problems.js';

export { detectDelimiter, layoutOf, type CsvImportOptions } from './csv-layout.js';
export { cellReader } from './csv-cells.js';

/** How much of a CSV's start its separator is detected on. */
const SNIFF = 64 * 1024;

/** Largest CSV record (one row, all its fields) accepted: far above any form export. */
const MAX_CSV_RECORD = 1024 * 1024;

/** What the import reports: each respondent read, and each row or file skipped with the reason. */
export interface CsvSink {
  /** A respondent's answers in instrument order. */
  respondent(values: AnswerValue[], group: string | undefined, unit?: string): void;
  /** A row or the rest of the file skipped. */
  problem(p: Problem): void;
  /** How the file was read, when the user may want to know (its encoding, separator or sheet). */
  note?(m: Message): void;
}

/** Decoded text of a file, chunk by chunk: refuses binary content and invalid UTF-8 with a message naming the file. */
async function* decodedText(file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const notText = () => new UserError(msg('io.csvNotText', { file }), 2, { file });
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
    const buf = chunk as Buffer;
    if (buf.includes(0)) throw notText();
    try {
      yield decoder.decode(buf, { stream: true });
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw notText();
    }
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw notText();
  }
  if (tail) yield tail;
}

/** The extensions of the workbooks read as a form's export (issue 23). */
export const WORKBOOK_EXTENSIONS: readonly string[] = ['.xlsx', '.ods'];

/** Whether a file is a workbook (by its extension). */
export const isWorkbook = (file: string): boolean => WORKBOOK_EXTENSIONS.includes(extname(file).toLowerCase());

/**
 * Streams a form's export into respondents: a CSV (UTF-8 with or without BOM, UTF-16 with BOM or Windows-1252; ",",
 * ";" or tab, detected; CRLF, quoted fields with line breaks) or a workbook (.xlsx, .ods: its first sheet, or
 * `opts.sheet`). A bad row is reported to the sink (file, line, what is wrong) and skipped; a problem that stops the
 * file (no header, bad quoting, not text) is reported the same way, after the rows read before it.
 */
export async function importCsv(file: string, instrument: Instrument, opts: CsvImportOptions, sink: CsvSink): Promise<{ rows: number; skipped: number }> {
  let rows = 0;
  let skipped = 0;
  const problem = (p: Problem) => {
    skipped++;
    sink.problem(p);
  };
  try {
    const rowSink = rowHandler(file, instrument, opts, sink, problem, () => rows++);
    if (isWorkbook(file)) await readWorkbookRows(file, opts, rowSink, sink);
    else await readRows(file, rowSink, sink);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problem(problemOf(e, file));
  }
  return { rows, skipped };
}

/** What reads a file's records hands them to: the general handler, and what the fast path needs. */
interface RowSink {
  handle(record: string[], line: number): void;
  layout(): Layout | undefined;
  read: ReturnType<typeof cellReader>;
  counted(): void;
}

/** The one rule for every record of an export, CSV or workbook: the header gives the layout, each row a respondent or a problem. */
function rowHandler(file: string, instrument: Instrument, opts: CsvImportOptions, sink: CsvSink, problem: (p: Problem) => void, counted: () => void): RowSink {
  const read = cellReader(instrument, opts.map);
  let layout: Layout | undefined;
  const handle = (record: string[], line: number) => {
    if (record.length === 1 && record[0]!.trim() === '') return;
    if (!layout) {
      try {
        layout = layoutOf(record, instrument, file, opts);
      } catch (e) {
        // A CSV header read as one column: its fields are separated by something else (or it is no form export).
        if (record.length === 1 && !isWorkbook(file)) throw new UserError(msg('exports.oneColumn', { file, header: record[0]!.trim().slice(0, 80) }), 2, { file, line: 1 });
        throw e;
      }
      return;
    }
    counted();
    if (record.length !== layout.width) {
      problem(located(msg('io.csvRowWidth', { file, line, fields: record.length, width: layout.width }), file, line));
      return;
    }
    const values = new Array<AnswerValue>(layout.count + layout.outcomes.length);
    let bad: { id: string; text: Record<string, string> }[] | undefined;
    for (const { column, id, index } of layout.questions) {
      const a = read(record[column]!);
      if ('error' in a) (bad ??= []).push({ id, text: inEveryLanguage(cellMessage(a.error, instrument)) });
      else values[index] = a.value;
    }
    for (const { column, id, index } of layout.outcomes) {
      const a = readOutcomeAnswer(record[column], outcomesOf(instrument)[index - layout.count]!, instrument);
      if ('error' in a) (bad ??= []).push({ id, text: inEveryLanguage(answerMessage(a.error)) });
      else values[index] = a.value;
    }
    if (bad) {
      problem(located(msg('io.csvBadCells', { file, line, cells: bad }), file, line));
      return;
    }
    if (!values.slice(0, layout.count).some((v) => v !== null && v !== undefined)) {
      problem(located(msg('input.noAnswerRow', { file, line }), file, line)); // an empty row is nobody: never counted
      return;
    }
    const group = layout.group === undefined ? undefined : record[layout.group]!.trim();
    if (group?.normalize('NFKC').includes('@')) {
      problem(located(msg('io.csvGroupEmail', { file, line }), file, line));
      return;
    }
    const unit = layout.unit === undefined ? undefined : record[layout.unit]!.trim();
    if (unit?.includes('@')) {
      problem(located(msg('mirror.csvUnitEmail', { file, line }), file, line));
      return;
    }
    sink.respondent(values, group || undefined, unit || undefined);
  };
  return { handle, layout: () => layout, read, counted };
}

/** The rows of a workbook's sheet, through the same handler as a CSV's records (the reader is loaded only here). */
async function readWorkbookRows(file: string, opts: CsvImportOptions, rows: RowSink, sink: CsvSink): Promise<void> {
  const { readWorkbook } = await import('./workbook.js');
  const book = readWorkbook(file, opts.sheet);
  if (book.sheet !== book.sheets[0]) sink.note?.(msg('exports.sheetRead', { file, sheet: book.sheet }));
  for (const { line, cells } of book.rows) {
    // A workbook leaves out the empty cells at the end of a row: they are empty cells, as a CSV writes them.
    const width = rows.layout()?.width;
    if (width !== undefined && cells.length < width) for (let i = cells.length; i < width; i++) cells.push('');
    rows.handle(cells, line);
  }
  if (!rows.layout()) throw new UserError(msg('io.csvNoHeader', { file }), 2, { file });
}

/** The encoding's and the separator's notes, when they are not the plain ones (UTF-8, comma). */
function noteFormat(file: string, sink: CsvSink, encoding: TextEncoding, delimiter: Delimiter): void {
  if (encoding !== 'utf-8') sink.note?.(msg('exports.encodingRead', { file, encoding }));
  if (delimiter !== ',') sink.note?.(msg('exports.separatorRead', { file, separator: delimiter === ';' ? 'semicolon' : 'tab' }));
}

async function readRows(file: string, rows: RowSink, sink: CsvSink): Promise<void> {
  let size: number;
  try {
    size = statSync(file).size;
    if (size === 0) throw new Error('empty');
  } catch {
    throw new UserError(msg('io.csvEmpty', { file }), 2, { file });
  }
  const { handle } = rows;

  // Up to MAX_BYTES the file is read at once, in whatever encoding it is; a bigger one is streamed as UTF-8.
  const decoded = size <= MAX_BYTES ? decodedFile(file) : undefined;
  if (decoded && (fastPath.enabled || decoded.encoding !== 'utf-8')) {
    const { text, encoding } = decoded;
    const delimiter = detectDelimiter(text.slice(0, SNIFF));
    noteFormat(file, sink, encoding, delimiter);
    try {
      if (fastPath.enabled && firstLine(text) !== undefined) readPlainRows(text, delimiter, MAX_CSV_RECORD, { ...rows, respondent: sink.respondent.bind(sink) });
      else {
        const records = new CsvRecords(delimiter, handle, MAX_CSV_RECORD);
        records.push(text);
        records.end();
      }
    } catch (e) {
      if (e instanceof CsvSyntaxError) throw csvError(file, e);
      throw e;
    }
    if (!rows.layout()) throw new UserError(msg('io.csvNoHeader', { file }), 2, { file });
    return;
  }

  const chunks = decodedText(file)[Symbol.asyncIterator]();
  let head = '';
  while (!/[\r\n]/.test(head) && head.length <= MAX_CSV_RECORD) {
    const r = await chunks.next();
    if (r.done) break;
    head += r.value;
  }
  const delimiter = detectDelimiter(head.replace(/^\uFEFF/, '').slice(0, SNIFF));
  noteFormat(file, sink, 'utf-8', delimiter);
  const records = new CsvRecords(delimiter, handle, MAX_CSV_RECORD);
  try {
    records.push(head);
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) records.push(r.value);
    records.end();
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw csvError(file, e);
    throw e;
  } finally {
    await chunks.return?.(undefined);
  }
  if (!rows.layout()) throw new UserError(msg('io.csvNoHeader', { file }), 2, { file });
}

/** The header of a form's export (a CSV's first record, a workbook sheet's first row): what `--map-suggest` matches. */
export async function exportHeader(file: string, sheet?: string): Promise<string[]> {
  if (isWorkbook(file)) {
    const { readWorkbook } = await import('./workbook.js');
    return readWorkbook(file, sheet).rows[0]?.cells ?? [];
  }
  const { text } = decodedFile(file, MAX_CSV_RECORD + SNIFF);
  let header: string[] = [];
  const records = new CsvRecords(detectDelimiter(text.slice(0, SNIFF)), (r) => {
    if (!(r.length === 1 && r[0]!.trim() === '')) header = r;
  }, MAX_CSV_RECORD);
  try {
    records.readUntil(text, () => header.length > 0);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw csvError(file, e);
    throw e;
  }
  return header;
}

/** A whole file's text and encoding; a file that is no text in any encoding read is refused, naming it. */
function decodedFile(file: string, first?: number): { text: string; encoding: TextEncoding } {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
    // Only the start of the file is needed (its header): a character cut at the end is dropped.
    if (first !== undefined && buf.length > first) {
      let end = first - (first % 2);
      if (buf[0] !== 0xff && buf[0] !== 0xfe) while (end > 0 && (buf[end]! & 0xc0) === 0x80) end--;
      buf = buf.subarray(0, end);
    }
  } catch {
    throw new UserError(msg('io.cannotRead', { file }), 2, { file });
  }
  const decoded = decodeText(buf);
  if (!decoded) throw new UserError(msg(isZip(buf) ? 'exports.workbookAsCsv' : 'io.csvNotText', { file }), 2, { file });
  return decoded;
}

/** Whether bytes are a zip archive or an OLE compound file (a workbook, an old .xls, an encrypted workbook). */
const isZip = (buf: Buffer) => (buf[0] === 0x50 && buf[1] === 0x4b) || buf.readUInt32BE(0) === 0xd0cf11e0;

function csvError(file: string, e: CsvSyntaxError): UserError {
  const where = { file, line: e.line };
  if (e.code === 'record-too-big') return new UserError(msg('io.csvRecordTooBig', { ...where, max: MAX_CSV_RECORD }), 2, where);
  if (e.code === 'quote-not-closed') return new UserError(msg('io.csvQuoteNotClosed', where), 2, where);
  if (e.code === 'quote-in-field') return new UserError(msg('csv.strayQuote', where), 2, where);
  return new UserError(msg('io.csvTextAfterQuote', where), 2, where);
}
