// Reading a workbook as a form's export (issue 23): an .xlsx (Microsoft Forms, Excel, SurveyMonkey, Typeform) or an
// .ods (LibreOffice) gives the rows of one sheet as lists of cell texts, which csv.ts reads by the same rules as a
// CSV's records. Loaded only when a workbook is given (its own bundle: `import('./workbook.js')` in csv.ts).
// The zip container is fflate's; the XML is read by the small scanner below, which knows only what these files hold.
// Hostile files are refused with a message, never a hang: the file, each part once uncompressed, the rows and the
// columns are bounded; a DOCTYPE (where entities would be declared) is refused and no entity is ever expanded; an
// encrypted workbook is recognised (an OLE compound file for Excel, encryption data in an .ods's manifest).
import { extname } from 'node:path';
import { statSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';

/** Largest workbook file read. */
export const MAX_WORKBOOK_BYTES = 64 * 1024 * 1024;
/** Largest part of a workbook (a sheet, the shared strings) once uncompressed. */
export const MAX_PART_BYTES = 128 * 1024 * 1024;
/** Most rows with content in a sheet. */
export const MAX_ROWS = 500_000;
/** Most columns in a sheet's rows (a form export has one per question and a few more). */
export const MAX_COLUMNS = 1_000;

/** A row of a sheet: its number (the line messages name) and its cells' texts, from the first column. */
export interface SheetRow {
  line: number;
  cells: string[];
}

/** A workbook's sheet, read: its name, every sheet's name in order, and its rows with content. */
export interface SheetRows {
  sheet: string;
  sheets: string[];
  rows: SheetRow[];
}

/** A workbook that cannot be read: the reason, as a message code, and its parameters. */
class Refused extends Error {
  constructor(readonly code: 'damaged' | 'tooBig' | 'rows' | 'columns' | 'doctype') {
    super(code);
  }
}

/** Reads the rows of a workbook's sheet (the first, or the one named): an .xlsx or an .ods. */
export function readWorkbook(file: string, sheet?: string): SheetRows {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UserError(msg('io.fileNotFound', { file }), 2, { file });
  }
  if (size > MAX_WORKBOOK_BYTES) throw new UserError(msg('exports.workbookTooBig', { file, max: MAX_WORKBOOK_BYTES }), 2, { file });
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UserError(msg('io.cannotRead', { file }), 2, { file });
  }
  // An encrypted Office workbook (and an Excel 97–2003 one) is an OLE compound file, not a zip.
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1) throw new UserError(msg('exports.workbookEncrypted', { file }), 2, { file });
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw new UserError(msg('exports.notWorkbook', { file }), 2, { file });
  try {
    return extname(file).toLowerCase() === '.ods' ? readOds(file, bytes, sheet) : readXlsx(file, bytes, sheet);
  } catch (e) {
    if (!(e instanceof Refused)) {
      if (e instanceof UserError) throw e;
      // fflate's own errors (a damaged archive, an unknown compression): the file is not a readable workbook.
      throw new UserError(msg('exports.workbookDamaged', { file }), 2, { file });
    }
    if (e.code === 'tooBig') throw new UserError(msg('exports.workbookTooBig', { file, max: MAX_PART_BYTES }), 2, { file });
    if (e.code === 'rows') throw new UserError(msg('exports.workbookRows', { file, max: MAX_ROWS }), 2, { file });
    if (e.code === 'columns') throw new UserError(msg('exports.workbookColumns', { file, max: MAX_COLUMNS }), 2, { file });
    if (e.code === 'doctype') throw new UserError(msg('exports.workbookDoctype', { file }), 2, { file });
    throw new UserError(msg('exports.workbookDamaged', { file }), 2, { file });
  }
}

/** The parts of a zip archive whose names are asked for (case ignored), each checked against the size limit before it is inflated. */
function parts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  let total = 0;
  const files = unzipSync(bytes, {
    filter: (f) => {
      if (!wanted(f.name.toLowerCase())) return false;
      total += f.originalSize;
      if (f.originalSize > MAX_PART_BYTES || total > MAX_PART_BYTES * 2) throw new Refused('tooBig');
      return true;
    },
  });
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) out.set(name.toLowerCase(), Buffer.from(data.buffer, data.byteOffset, data.length).toString('utf8'));
  return out;
}

/** The names of a zip archive's parts, in lower case. */
function names(bytes: Uint8Array): Set<string> {
  const out = new Set<string>();
  unzipSync(bytes, { filter: (f) => (out.add(f.name.toLowerCase()), false) });
  return out;
}

// ---- XML ----

/** An element's attributes, as written in its tag (read with `attr`). */
type Attrs = string;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with its character references resolved: the five XML entities and numeric ones; any other is refused, never expanded. */
function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);|&/g, (_m, ref: string | undefined) => {
    if (ref === undefined) throw new Refused('damaged');
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff)) throw new Refused('damaged');
      return String.fromCodePoint(code);
    }
    const e = ENTITIES[ref];
    if (e === undefined) throw new Refused('doctype');
    return e;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** An attribute's value by its local name (the prefix ignored; the first of two with one local name), or undefined. */
function attr(attrs: Attrs, name: string): string | undefined {
  const n = attrs.length;
  let i = 0;
  while (i < n) {
    while (i < n && attrs.charCodeAt(i) <= 32) i++;
    const eq = attrs.indexOf('=', i);
    if (eq === -1) return undefined;
    const full = attrs.slice(i, eq).trim();
    let q = eq + 1;
    while (q < n && attrs.charCodeAt(q) <= 32) q++;
    const quote = attrs[q];
    if (quote !== '"' && quote !== "'") throw new Refused('damaged');
    const close = attrs.indexOf(quote, q + 1);
    if (close === -1) throw new Refused('damaged');
    if (full === name || (full.endsWith(name) && full.charCodeAt(full.length - name.length - 1) === 58 /* : */)) return unescapeXml(attrs.slice(q + 1, close));
    i = close + 1;
  }
  return undefined;
}

/** What the scanner hands over: an element opened (self-closing or not), closed, and the text between tags. */
interface XmlHandler {
  open(name: string, attrs: Attrs, empty: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/**
 * Scans an XML document: elements with their local names, and text with references resolved. Refuses a DOCTYPE
 * (and with it any entity declaration) and a document whose root element is not closed (a truncated part).
 */
function scanXml(xml: string, h: XmlHandler): void {
  let depth = 0;
  let closedRoot = false;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const end = lt === -1 ? n : lt;
    if (end > i && depth > 0) h.text(unescapeXml(xml.slice(i, end)));
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next !== 63 /* ? */ && next !== 33 /* ! */) {
      const gt = tagEnd(xml, lt + 1);
      if (gt === -1) throw new Refused('damaged');
      if (next === 47 /* / */) {
        if (depth === 0) throw new Refused('damaged');
        h.close(localName(xml.slice(lt + 2, gt).trim()));
        if (--depth === 0) closedRoot = true;
      } else {
        if (closedRoot) throw new Refused('damaged');
        const empty = xml.charCodeAt(gt - 1) === 47;
        const stop = empty ? gt - 1 : gt;
        let sp = lt + 1;
        while (sp < stop && xml.charCodeAt(sp) > 32) sp++;
        const name = localName(xml.slice(lt + 1, sp));
        h.open(name, sp < stop ? xml.slice(sp, stop) : '', empty);
        if (empty) {
          h.close(name);
          if (depth === 0) closedRoot = true;
        } else depth++;
      }
      i = gt + 1;
    } else if (xml.startsWith('<?', lt)) {
      const q = xml.indexOf('?>', lt + 2);
      if (q === -1) throw new Refused('damaged');
      i = q + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const q = xml.indexOf('-->', lt + 4);
      if (q === -1) throw new Refused('damaged');
      i = q + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const q = xml.indexOf(']]>', lt + 9);
      if (q === -1) throw new Refused('damaged');
      if (depth > 0) h.text(xml.slice(lt + 9, q));
      i = q + 3;
    } else {
      // <!DOCTYPE …> (where entities are declared), or any other declaration: never read.
      throw new Refused('doctype');
    }
  }
  if (!closedRoot || depth !== 0) throw new Refused('damaged');
}

/** Where a tag ends (its ">"), quotes in attribute values skipped; -1 when it never does. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let j = from; j < xml.length; j++) {
    const c = xml.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return j;
  }
  return -1;
}

// ---- rows, bounded ----

/** Collects a sheet's rows: cells placed by column, rows with no content left out, both bounded. */
class RowCollector {
  readonly rows: SheetRow[] = [];
  private cells: string[] = [];
  private filled = false;

  /** Puts a cell's text at a column (0-based), `repeat` times. */
  cell(column: number, text: string, repeat = 1): void {
    if (text === '') return;
    if (column + repeat > MAX_COLUMNS) throw new Refused('columns');
    while (this.cells.length < column) this.cells.push('');
    for (let k = 0; k < repeat; k++) this.cells[column + k] = text;
    this.filled = true;
  }

  /** Ends the row numbered `line`, `repeat` times (rows repeated in an .ods). */
  endRow(line: number, repeat = 1): void {
    if (this.filled) {
      if (this.rows.length + repeat > MAX_ROWS || line + repeat - 1 > 1_048_576) throw new Refused('rows');
      for (let k = 0; k < repeat; k++) this.rows.push({ line: line + k, cells: k === 0 ? this.cells : [...this.cells] });
    }
    this.cells = [];
    this.filled = false;
  }
}

/** A sheet missing: the sheets there are. */
function noSheet(file: string, sheet: string, sheets: string[]): UserError {
  return new UserError(msg('exports.noSheet', { file, sheet, sheets }), 2, { file });
}

// ---- .xlsx ----

/** The column of a cell reference (B7 → 1), or undefined when there is none. */
function columnOf(ref: string | undefined): number | undefined {
  if (!ref) return undefined;
  let col = 0;
  let k = 0;
  for (; k < ref.length; k++) {
    const c = ref.charCodeAt(k) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > 16_384) throw new Refused('columns');
  }
  return k === 0 ? undefined : col - 1;
}

/** An Office Open XML string with its _xHHHH_ escapes resolved. */
const unescapeOoxml = (s: string) => (s.includes('_x') ? s.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s);

/** A number as the cell shows it without formatting: 3 for "3", "3.0" or "3E0". */
function numberText(v: string): string {
  const x = Number(v);
  return v.trim() !== '' && Number.isFinite(x) ? String(x) : v;
}

function readXlsx(file: string, bytes: Uint8Array, wanted: string | undefined): SheetRows {
  const all = names(bytes);
  if (!all.has('xl/workbook.xml')) throw new UserError(msg('exports.notWorkbook', { file }), 2, { file });
  const meta = parts(bytes, (n) => n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels');
  const sheets: { name: string; rid: string }[] = [];
  scanXml(meta.get('xl/workbook.xml')!, {
    open: (name, a) => {
      if (name === 'sheet') sheets.push({ name: attr(a, 'name') ?? '', rid: attr(a, 'id') ?? '' });
    },
    close: () => {},
    text: () => {},
  });
  const targets = new Map<string, { type: string; target: string }>();
  const rels = meta.get('xl/_rels/workbook.xml.rels');
  if (rels) {
    scanXml(rels, {
      open: (name, a) => {
        if (name === 'Relationship') targets.set(attr(a, 'Id') ?? '', { type: attr(a, 'Type') ?? '', target: attr(a, 'Target') ?? '' });
      },
      close: () => {},
      text: () => {},
    });
  }
  const path = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`).toLowerCase();
  const names_ = sheets.map((s) => s.name);
  const chosen = wanted === undefined ? sheets[0] : sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!chosen) {
    if (wanted !== undefined) throw noSheet(file, wanted, names_);
    throw new Refused('damaged');
  }
  const sheetPath = path(targets.get(chosen.rid)?.target ?? `worksheets/sheet${sheets.indexOf(chosen) + 1}.xml`);
  const sharedTarget = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'))?.target;
  const sharedPath = sharedTarget ? path(sharedTarget) : 'xl/sharedstrings.xml';
  if (!all.has(sheetPath)) throw new Refused('damaged');
  const data = parts(bytes, (n) => n === sheetPath || n === sharedPath);
  const shared = data.has(sharedPath) ? sharedStrings(data.get(sharedPath)!) : [];

  const rows = new RowCollector();
  let line = 0;
  let column = -1;
  let type = '';
  let inValue = false;
  let inInline = false;
  let inInlineText = false;
  let inPhonetic = false;
  let value = '';
  let hasValue = false;
  scanXml(data.get(sheetPath)!, {
    open: (name, a) => {
      if (name === 'row') {
        const r = Number(attr(a, 'r'));
        line = Number.isInteger(r) && r > line ? r : line + 1;
        if (line > 1_048_576) throw new Refused('rows');
        column = -1;
      } else if (name === 'c') {
        column = columnOf(attr(a, 'r')) ?? column + 1;
        type = attr(a, 't') ?? 'n';
        value = '';
        hasValue = false;
      } else if (name === 'v') {
        inValue = true;
        hasValue = true;
      } else if (name === 'is') inInline = true;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && inInline && !inPhonetic) hasValue = inInlineText = true;
    },
    close: (name) => {
      if (name === 'v') inValue = false;
      else if (name === 't') inInlineText = false;
      else if (name === 'is') inInline = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c') {
        if (!hasValue) return;
        let text: string;
        if (type === 's') {
          const k = Number(value);
          if (!Number.isInteger(k) || k < 0 || k >= shared.length) throw new Refused('damaged');
          text = shared[k]!;
        } else if (type === 'inlineStr' || type === 'str') text = unescapeOoxml(value);
        else if (type === 'b') text = value.trim() === '1' ? 'TRUE' : 'FALSE';
        else if (type === 'n') text = numberText(value);
        else text = value; // d (an ISO date), e (an error such as #N/A): as written
        rows.cell(column, text);
      } else if (name === 'row') rows.endRow(line);
    },
    text: (t) => {
      if (inValue || inInlineText) value += t;
    },
  });
  return { sheet: chosen.name, sheets: names_, rows: rows.rows };
}

/** The shared strings of an .xlsx: each item's text (rich-text runs joined, phonetic guides left out). */
function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current: string | undefined;
  let inText = false;
  let inPhonetic = false;
  scanXml(xml, {
    open: (name, _a, empty) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !empty) inText = true;
      if (name === 'si' && empty) current = undefined;
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        out.push(unescapeOoxml(current ?? ''));
        current = undefined;
      }
    },
    text: (t) => {
      if (inText && !inPhonetic && current !== undefined) current += t;
    },
  });
  return out;
}

// ---- .ods ----

function readOds(file: string, bytes: Uint8Array, wanted: string | undefined): SheetRows {
  const all = names(bytes);
  if (!all.has('content.xml')) throw new UserError(msg('exports.notWorkbook', { file }), 2, { file });
  const got = parts(bytes, (n) => n === 'content.xml' || n === 'meta-inf/manifest.xml');
  if (/encryption-data/.test(got.get('meta-inf/manifest.xml') ?? '')) throw new UserError(msg('exports.workbookEncrypted', { file }), 2, { file });

  const sheets: string[] = [];
  const rows = new RowCollector();
  let chosen: string | undefined;
  let reading = false; // inside the sheet being read
  let line = 0;
  let column = 0;
  let rowRepeat = 1;
  let cellRepeat = 1;
  let cell: string | undefined; // the text of the cell being read (its value, or its paragraphs)
  let fromValue = false;
  let paragraphs = 0;
  let inParagraph = 0;
  let annotation = 0;
  scanXml(got.get('content.xml')!, {
    open: (name, a, empty) => {
      if (name === 'table') {
        const sheetName = attr(a, 'name') ?? '';
        sheets.push(sheetName);
        reading = chosen === undefined && (wanted === undefined || sheetName === wanted || sheetName.toLowerCase() === wanted.toLowerCase());
        if (reading) chosen = sheetName;
        return;
      }
      if (!reading) return;
      if (name === 'table-row') {
        rowRepeat = repeat(attr(a, 'number-rows-repeated'));
        line++;
        column = 0;
      } else if (name === 'table-cell' || name === 'covered-table-cell') {
        cellRepeat = repeat(attr(a, 'number-columns-repeated'));
        const type = attr(a, 'value-type');
        const v = type === 'float' || type === 'percentage' || type === 'currency' ? attr(a, 'value') : type === 'date' ? attr(a, 'date-value') : type === 'time' ? attr(a, 'time-value') : type === 'boolean' ? (attr(a, 'boolean-value') === 'true' ? 'TRUE' : 'FALSE') : undefined;
        fromValue = v !== undefined;
        cell = v === undefined ? '' : type === 'float' || type === 'percentage' || type === 'currency' ? numberText(v) : v;
        paragraphs = 0;
        if (empty) endCell();
      } else if (name === 'annotation') annotation++;
      else if (annotation === 0 && cell !== undefined && !fromValue) {
        if (name === 'p' || name === 'h') {
          if (paragraphs++ > 0) cell += '\n';
          if (!empty) inParagraph++;
        } else if (name === 's') cell += ' '.repeat(Math.min(repeat(attr(a, 'c')), 1000));
        else if (name === 'tab') cell += '\t';
        else if (name === 'line-break') cell += '\n';
      }
    },
    close: (name) => {
      if (name === 'table') {
        reading = false;
        return;
      }
      if (!reading) return;
      if (name === 'table-cell' || name === 'covered-table-cell') endCell();
      else if (name === 'annotation') annotation--;
      else if ((name === 'p' || name === 'h') && inParagraph > 0 && annotation === 0) inParagraph--;
      else if (name === 'table-row') {
        rows.endRow(line, rowRepeat);
        line += rowRepeat - 1;
        if (line > 1_048_576 && rows.rows.length) throw new Refused('rows');
      }
    },
    text: (t) => {
      if (reading && annotation === 0 && inParagraph > 0 && cell !== undefined && !fromValue) cell += t;
    },
  });
  function endCell(): void {
    if (cell === undefined) return;
    rows.cell(column, cell, cellRepeat);
    column += cellRepeat;
    cell = undefined;
  }
  if (chosen === undefined) {
    if (wanted !== undefined) throw noSheet(file, wanted, sheets);
    throw new Refused('damaged');
  }
  return { sheet: chosen, sheets, rows: rows.rows };
}

/** A repeat count of an .ods (rows, columns, spaces): 1 when absent. */
function repeat(v: string | undefined): number {
  if (v === undefined) return 1;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 1) throw new Refused('damaged');
  return n;
}
