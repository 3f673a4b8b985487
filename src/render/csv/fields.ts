// What every CSV export shares: fields quoted as RFC 4180 says, texts defused for spreadsheets, and with --bom the
// spreadsheet conventions of the language (its locale: the separator between fields, the decimal mark in numbers).
import { LANGUAGES, type Lang } from '../../i18n/languages.js';

/** A CSV cell: a text, a number or nothing. */
export type Cell = string | number | null;

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

/** CSV text from rows (CRLF line ends, as RFC 4180); for spreadsheets (`bom`), a UTF-8 BOM and the language's conventions. */
export function csvText(rows: Cell[][], opts: { bom: boolean; lang: Lang }): string {
  const conv = opts.bom ? LANGUAGES[opts.lang].locale.spreadsheet : PLAIN;
  return (opts.bom ? '\uFEFF' : '') + rows.map((r) => r.map((c) => csvField(c, conv)).join(conv.separator)).join('\r\n') + '\r\n';
}
