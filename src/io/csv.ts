// Importing a form's CSV export: the streaming loop and its one error path. Every row problem (a ragged row, a bad
// cell, an e-mail address in the group column) and every file problem (no header, missing questions, bad quoting,
// not text) goes to the sink as a Problem naming the file and the line; the import goes on with the next row.
import { createReadStream, statSync } from 'node:fs';
import { cellMessage } from '../core/answers.js';
import type { AnswerValue, Instrument } from '../core/types.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { cellReader } from './csv-cells.js';
import { detectDelimiter, layoutOf, type CsvImportOptions, type Layout } from './csv-layout.js';
import { fastPath, firstLine, plainText, readPlainRows } from './csv-fast.js';
import { CsvRecords, CsvSyntaxError } from './csv-records.js';
import { inEveryLanguage, problem as located, problemOf, type Problem } from './problems.js';

export { detectDelimiter, layoutOf, type CsvImportOptions } from './csv-layout.js';
export { cellReader } from './csv-cells.js';

/** Largest CSV record (one row, all its fields) accepted: far above any form export. */
export const MAX_CSV_RECORD = 1024 * 1024;

/** What the import reports: each respondent read, and each row or file skipped with the reason. */
export interface CsvSink {
  /** A respondent's answers in instrument order. */
  respondent(values: AnswerValue[], group: string | undefined, unit?: string): void;
  /** A row or the rest of the file skipped. */
  problem(p: Problem): void;
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

/**
 * Streams a form's CSV export into respondents: UTF-8 with or without BOM, "," or ";" (detected), CRLF, quoted fields
 * with line breaks. A bad row is reported to the sink (file, line, what is wrong) and skipped; a problem that stops
 * the file (no header, bad quoting, not text) is reported the same way, after the rows read before it.
 */
export async function importCsv(file: string, instrument: Instrument, opts: CsvImportOptions, sink: CsvSink): Promise<{ rows: number; skipped: number }> {
  let rows = 0;
  let skipped = 0;
  const problem = (p: Problem) => {
    skipped++;
    sink.problem(p);
  };
  try {
    await readRows(file, instrument, opts, sink, problem, () => rows++);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problem(problemOf(e, file));
  }
  return { rows, skipped };
}

async function readRows(file: string, instrument: Instrument, opts: CsvImportOptions, sink: CsvSink, problem: (p: Problem) => void, counted: () => void): Promise<void> {
  let size: number;
  try {
    size = statSync(file).size;
    if (size === 0) throw new Error('empty');
  } catch {
    throw new UserError(msg('io.csvEmpty', { file }), 2, { file });
  }
  const read = cellReader(instrument, opts.map);
  let layout: Layout | undefined;
  const handle = (record: string[], line: number) => {
    if (record.length === 1 && record[0]!.trim() === '') return;
    if (!layout) {
      layout = layoutOf(record, instrument, file, opts);
      return;
    }
    counted();
    if (record.length !== layout.width) {
      problem(located(msg('io.csvRowWidth', { file, line, fields: record.length, width: layout.width }), file, line));
      return;
    }
    const values = new Array<AnswerValue>(layout.count);
    let bad: { id: string; text: Record<string, string> }[] | undefined;
    for (const { column, id, index } of layout.questions) {
      const a = read(record[column]!);
      if ('error' in a) (bad ??= []).push({ id, text: inEveryLanguage(cellMessage(a.error, instrument)) });
      else values[index] = a.value;
    }
    if (bad) {
      problem(located(msg('io.csvBadCells', { file, line, cells: bad }), file, line));
      return;
    }
    if (!values.some((v) => v !== null && v !== undefined)) {
      problem(located(msg('hostile.noAnswerRow', { file, line }), file, line)); // an empty row is nobody: never counted
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

  const text = fastPath.enabled ? plainText(file, size) : undefined;
  const first = text === undefined ? undefined : firstLine(text);
  if (text !== undefined && first !== undefined) {
    try {
      readPlainRows(text, detectDelimiter(first.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''), MAX_CSV_RECORD, { handle, layout: () => layout, read, counted, respondent: sink.respondent.bind(sink) });
    } catch (e) {
      if (e instanceof CsvSyntaxError) throw csvError(file, e);
      throw e;
    }
    if (!layout) throw new UserError(msg('io.csvNoHeader', { file }), 2, { file });
    return;
  }

  const chunks = decodedText(file)[Symbol.asyncIterator]();
  let head = '';
  while (!/[\r\n]/.test(head) && head.length <= MAX_CSV_RECORD) {
    const r = await chunks.next();
    if (r.done) break;
    head += r.value;
  }
  const delimiter = detectDelimiter(head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '');
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
  if (!layout) throw new UserError(msg('io.csvNoHeader', { file }), 2, { file });
}

function csvError(file: string, e: CsvSyntaxError): UserError {
  const where = { file, line: e.line };
  if (e.code === 'record-too-big') return new UserError(msg('io.csvRecordTooBig', { ...where, max: MAX_CSV_RECORD }), 2, where);
  if (e.code === 'quote-not-closed') return new UserError(msg('io.csvQuoteNotClosed', where), 2, where);
  if (e.code === 'quote-in-field') return new UserError(msg('hostile.csvStrayQuote', where), 2, where);
  return new UserError(msg('io.csvTextAfterQuote', where), 2, where);
}
