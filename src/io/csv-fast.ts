// The fast path of a CSV import (issue 14). Form exports are mostly plain rows: ASCII, no quotes, a digit or nothing in
// each answer cell. For those, this walks each row's characters of the whole file's text (read at once and decoded by
// csv.ts) without building an array of fields or a string per cell: an answer cell of one character is looked up in
// a table, the group cell in a cache. Anything else is not decided here:
// a row that is ragged, has a bad cell or an e-mail address as group goes to the general row handler (same messages),
// and from the first quote or non-ASCII character the rest of the file goes to the general reader (CsvRecords).
// A file that is too big is left to the streaming reader entirely.
// Measured (`npm run bench`, 100,000 rows × 25 answers, ratio to a bare read-split-sum of the same file): plain rows
// 2.9× → 1.7×, a form export 2.9× → 1.6× (with the score counts of team/tally.ts), peak 129 → 63 MiB.
// test/fast-paths.test.ts runs a corpus through this path and through the general one and compares every output.
import type { AnswerValue } from '../core/types.js';
import type { Cell } from './csv-cells.js';
import type { Layout } from './csv-layout.js';
import { CsvRecords } from './csv-records.js';

/** Largest CSV read at once (by the fast path, or to find its encoding); bigger ones are streamed as UTF-8. */
export const MAX_BYTES = 64 * 1024 * 1024;
/** A row longer than this goes, with the rest of the file, to the general reader (which knows the record limit). */
const LONG_ROW = 64 * 1024;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Whether imports take the fast path (tests turn it off to compare it with the general path). */
export const fastPath = { enabled: true };

/** The first line of a text when it ends with LF or CRLF within LONG_ROW characters (what the delimiter is detected on). */
export function firstLine(text: string): string | undefined {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (lf === -1 || lf > LONG_ROW || (cr !== -1 && cr < lf - 1)) return undefined;
  return text.slice(0, lf + 1);
}

/** What the fast path needs from the import: the general row handler and what a plain row becomes. */
export interface PlainRowsSink {
  /** The general handler of a record (header, blank, ragged, bad cells…). */
  handle(fields: string[], line: number): void;
  /** The layout, once the header is read. */
  layout(): Layout | undefined;
  /** A cell's answer, as the general reader reads it. */
  read(cell: string): Cell;
  /** A data row counted (as the general handler counts it). */
  counted(): void;
  /** A respondent of a plain row. */
  respondent(values: AnswerValue[], group: string | undefined): void;
}

/** Reads the whole text: the header with the general reader, then plain rows here, the rest with the general reader. */
export function readPlainRows(text: string, delimiter: string, maxRecord: number, sink: PlainRowsSink): void {
  const header = new CsvRecords(delimiter, sink.handle, maxRecord);
  let i = header.readUntil(text, () => sink.layout() !== undefined);
  let line = header.nextLine;
  const layout = sink.layout();
  if (!layout) return;
  // A unit column (the mirror's per-unit view) or an outcome column (on its own scale) is read by the general handler.
  if (layout.unit !== undefined || layout.outcomes.length) {
    header.push(text.slice(i));
    header.end();
    return;
  }

  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  const width = layout.width;
  // What each column is: an answer (its position in the instrument), the group (-2) or nothing (-1).
  const role = new Int32Array(width).fill(-1);
  for (const q of layout.questions) role[q.column] = q.index;
  if (layout.group !== undefined) role[layout.group] = -2;
  // The answer of each one-character cell (index 128: the empty cell), looked up once: 0 not yet, 1 a value, 2 don't
  // know, 3 not an answer (the row then goes to the general handler, which says why).
  const kind = new Uint8Array(129);
  const value = new Int32Array(129); // scale values are integers
  const lookUp = (k: number, cell: string) => {
    const a = sink.read(cell);
    if ('error' in a) kind[k] = 3;
    else if (a.value === null) kind[k] = 2;
    else {
      kind[k] = 1;
      value[k] = a.value;
    }
  };
  const groups = new Map<string, string>();
  // Each row's values start as a copy of this (an array of plain elements: storing small integers and nulls into it
  // changes no element kind, where a fresh `new Array(n)` changed kind twice per row).
  const blank = new Array<AnswerValue>(layout.count).fill(null);

  while (i < n) {
    const start = i;
    const values = blank.slice();
    let plain = true;
    let group: string | undefined;
    let col = 0;
    let cell = i;
    let j = i;
    for (;; j++) {
      const c = j < n ? text.charCodeAt(j) : LF;
      if (c === QUOTE || c >= 0x80) {
        // Not plain: the general reader takes this row and every one after it.
        const rest = new CsvRecords(delimiter, sink.handle, maxRecord, { line });
        rest.push(text.slice(start));
        rest.end();
        return;
      }
      if (c !== delim && c !== LF && c !== CR) continue;
      if (plain && col < width) {
        const r = role[col]!;
        if (r >= 0) {
          const len = j - cell;
          if (len < 2) {
            const k = len === 0 ? 128 : text.charCodeAt(cell);
            if (kind[k] === 0) lookUp(k, len === 0 ? '' : text[cell]!);
            const t = kind[k];
            if (t === 1) values[r] = value[k]!;
            else if (t === 2) values[r] = null;
            else plain = false;
          } else {
            const a = sink.read(text.slice(cell, j));
            if ('error' in a) plain = false;
            else values[r] = a.value;
          }
        } else if (r === -2) {
          const raw = text.slice(cell, j);
          let g = groups.get(raw);
          if (g === undefined) groups.set(raw, (g = raw.trim()));
          group = g;
        }
      }
      col++;
      cell = j + 1;
      if (c !== delim) break;
    }
    const next = j >= n ? n : text.charCodeAt(j) === CR && text.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
    if (next - start > LONG_ROW) {
      const rest = new CsvRecords(delimiter, sink.handle, maxRecord, { line });
      rest.push(text.slice(start));
      rest.end();
      return;
    }
    if (plain && col === width && col > 1 && !group?.includes('@')) {
      sink.counted();
      sink.respondent(values, group || undefined);
    } else {
      sink.handle(text.slice(start, j).split(delimiter), line);
    }
    line++;
    i = next;
  }
}
