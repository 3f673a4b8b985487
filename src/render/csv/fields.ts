// What every CSV export shares: fields quoted as RFC 4180 says, texts defused for spreadsheets, and with --bom the
// spreadsheet conventions of the language (its locale: the separator between fields, the decimal mark in numbers).
import { LANGUAGES, type Lang } from '../../i18n/languages.js';
import { wordsFor } from '../../i18n/index.js';

/** A CSV cell: a text, a number or nothing. */
export type Cell = string | number | null;

/** The spreadsheet conventions of a language (field separator, decimal mark), from its locale: the one place they are read from. */
export function spreadsheetConventions(lang: Lang): { separator: string; decimal: string } {
  return LANGUAGES[lang].locale.spreadsheet;
}

/** Plain CSV, as machines read it: commas and decimal points whatever the language. */
const PLAIN = { separator: ',', decimal: '.' };

/**
 * One CSV field, quoted when it holds the separator, a quote or a line break.
 * A text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe.
 */
export function csvField(v: Cell, conv: { separator: string; decimal: string } = PLAIN): string {
  let s = v === null ? '' : typeof v === 'number' ? String(v).replace('.', conv.decimal) : v;
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return s.includes(conv.separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV text from rows, the first one the column ids (CRLF line ends, as RFC 4180); for spreadsheets (`bom`), a UTF-8
 * BOM, the language's conventions and the headers in the language (the ids stay in their own columns).
 */
export function csvText(rows: Cell[][], opts: { bom: boolean; lang: Lang }): string {
  const conv = opts.bom ? spreadsheetConventions(opts.lang) : PLAIN;
  const { w } = wordsFor(opts.lang);
  const out = opts.bom && rows.length ? [rows[0]!.map((c) => (typeof c === 'string' ? w('deliverable.csvHead', { column: c }) : c)), ...rows.slice(1)] : rows;
  return (opts.bom ? '\uFEFF' : '') + out.map((r) => r.map((c) => csvField(c, conv)).join(conv.separator)).join('\r\n') + '\r\n';
}
