import type { Result } from '../core/result.js';
import type { Questionnaire } from '../core/questionnaire.js';
import { words } from '../i18n.js';
import type { RenderOptions } from './index.js';

/**
 * One CSV field, quoted as RFC 4180 says when it holds a comma, a quote or a line break.
 * A text that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe.
 */
export function csvField(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text from rows (CRLF line ends, as RFC 4180), with a UTF-8 BOM for spreadsheets when asked. */
export function csvText(rows: (string | number | null)[][], bom = false): string {
  return (bom ? '\uFEFF' : '') + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A result as CSV: one row per dimension, then the overall row. */
export function renderCsv(r: Result, opts: RenderOptions = {}): string {
  const rows: (string | number | null)[][] = [['id', 'label', 'score', 'level', 'levelLabel', 'answered', 'total']];
  for (const d of r.dimensions) rows.push([d.id, d.label, d.score, d.level, d.levelLabel, d.answered, d.total]);
  const answered = r.dimensions.reduce((a, d) => a + d.answered, 0);
  const total = r.dimensions.reduce((a, d) => a + d.total, 0);
  rows.push(['overall', words(r.language).overall, r.overall.score, r.overall.level, r.overall.levelLabel, answered, total]);
  return csvText(rows, opts.bom);
}

/** The questionnaire as CSV, one row per statement: for building a form whose export comes back with these texts. */
export function renderQuestionsCsv(q: Questionnaire, opts: RenderOptions = {}): string {
  const choices = [...q.scale.map((p) => p.label), ...(q.dontKnow ? [q.dontKnow.label] : [])].join(' | ');
  const rows: (string | number | null)[][] = [['id', 'dimension', 'statement', 'choices']];
  for (const d of q.dimensions) for (const s of d.questions) rows.push([s.id, d.label, s.text, choices]);
  return csvText(rows, opts.bom);
}
