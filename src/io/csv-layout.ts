// The header of a form's CSV export: which column holds which question (by id, by statement text in any language,
// or through --map), and which holds the group. Every other column is dropped on reading.
import { questionIds } from '../core/score.js';
import { allForms, normalizeKey } from '../core/text.js';
import type { Instrument } from '../core/types.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import type { ColumnMap } from './column-map.js';

/** How a CSV export is read: the group column, a mapping for headers and labels that do not match. */
export interface CsvImportOptions {
  groupBy?: string;
  map?: ColumnMap;
  /** The column naming the respondent's unit, for the mirror (default: unit or unité). */
  unitColumn?: string;
}

/** Which column holds which question, and which holds the group. */
export interface Layout {
  /** Each question's column, id and position in the instrument. */
  questions: { column: number; id: string; index: number }[];
  count: number;
  group?: number;
  /** The unit column, when there is one (the mirror). */
  unit?: number;
  width: number;
}

/** The separator of a CSV from its header line: ";" when it has more of them than "," (outside quotes). */
export function detectDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semis = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semis++;
  }
  return semis > commas ? ';' : ',';
}

/** Matches a CSV header to the instrument: question ids or statement texts in any language, then the group column. */
export function layoutOf(header: readonly string[], instrument: Instrument, file: string, opts: CsvImportOptions): Layout {
  const ids = questionIds(instrument);
  const byKey = new Map<string, string>();
  for (const d of instrument.dimensions) {
    for (const q of d.questions) {
      byKey.set(normalizeKey(q.id), q.id);
      // Former texts first, so that a current text always wins over an alias that happens to read the same.
      for (const alias of q.aliases ?? []) for (const text of allForms(alias)) byKey.set(normalizeKey(text), q.id);
      for (const text of allForms(q.text)) byKey.set(normalizeKey(text), q.id);
    }
  }
  const mapped = new Map<string, string>();
  for (const [h, id] of Object.entries(opts.map?.columns ?? {})) mapped.set(normalizeKey(h), id);
  const groupKeys = opts.groupBy ? [normalizeKey(opts.groupBy)] : ['group', 'groupe'];
  const unitKeys = opts.unitColumn ? [normalizeKey(opts.unitColumn)] : ['unit', 'unite'];

  const questions: Layout['questions'] = [];
  const seen = new Map<string, string>();
  let group: number | undefined;
  let unit: number | undefined;
  header.forEach((h, column) => {
    const key = normalizeKey(h);
    const target = mapped.get(key) ?? byKey.get(key);
    if (target === 'group' || (target === undefined && groupKeys.includes(key))) {
      if (group === undefined) group = column;
      return;
    }
    if (target === undefined && unitKeys.includes(key)) {
      if (unit === undefined) unit = column;
      return;
    }
    if (!target) return;
    const other = seen.get(target);
    if (other !== undefined) throw new UserError(msg('io.csvTwoColumns', { file, first: other, second: h.trim(), id: target }), 2, { file, line: 1 });
    seen.set(target, h.trim());
    questions.push({ column, id: target, index: ids.indexOf(target) });
  });
  if (opts.groupBy && group === undefined) {
    const key = normalizeKey(opts.groupBy);
    if (mapped.has(key) || byKey.has(key)) throw new UserError(msg('csv.groupByQuestion', { file, column: opts.groupBy }), 2, { file, line: 1 });
    const columns = header.map((h) => h.trim()).join(', ').slice(0, 300);
    throw new UserError(msg('io.csvNoGroupColumn', { file, column: opts.groupBy, columns }), 2, { file, line: 1 });
  }
  if (opts.unitColumn && unit === undefined) {
    const columns = header.map((h) => h.trim()).join(', ').slice(0, 300);
    throw new UserError(msg('mirror.csvNoUnitColumn', { file, column: opts.unitColumn, columns }), 2, { file, line: 1 });
  }
  const missing = ids.filter((id) => !seen.has(id));
  if (missing.length) throw new UserError(msg('io.csvMissingQuestions', { file, ids: missing }), 2, { file, line: 1 });
  return { questions, count: ids.length, width: header.length, ...(group === undefined ? {} : { group }), ...(unit === undefined ? {} : { unit }) };
}
