// The header of a form's CSV export: which column holds which question (by id, by statement text in any language,
// or through --map), and which holds the group. Every other column is dropped on reading.
import { outcomesOf } from '../core/outcomes.js';
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
  /** The sheet of a workbook to read (default: the first). */
  sheet?: string;
}

/** Which column holds which question, and which holds the group. */
export interface Layout {
  /** Each question's column, id and position in the instrument. */
  questions: { column: number; id: string; index: number }[];
  count: number;
  /** Each outcome question's column, when the export has one: its value goes at `index` (after the questions) in a row's values. */
  outcomes: { column: number; id: string; index: number }[];
  group?: number;
  /** The unit column, when there is one (the mirror). */
  unit?: number;
  width: number;
}

/** The separators a CSV is read with: the comma, and the semicolon and tab that spreadsheets write. */
export type Delimiter = ',' | ';' | '\t';

/** The fields of a CSV's first records (at most `max`) for a separator, quotes respected: each record's number of separators. */
function separatorCounts(sample: string, sep: string, max: number): number[] {
  const counts: number[] = [];
  let n = 0;
  let quoted = false;
  let i = 0;
  for (; i < sample.length && counts.length < max; i++) {
    const ch = sample[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === sep) n++;
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && sample[i + 1] === '\n') i++;
      counts.push(n);
      n = 0;
    }
  }
  // The last record counts only when the sample ends with it.
  if (counts.length < max && i >= sample.length && n > 0) counts.push(n);
  return counts;
}

/**
 * The separator of a CSV from its first lines: of ",", ";" and tab, the one that splits the header into more than
 * one column and every following line of the sample into as many (French Excel writes statements holding commas
 * unquoted when it separates with ";"; a quoted cell may hold any of them); when none or several do, the one found
 * most often in the header line, a tie going to the comma, then the semicolon.
 */
export function detectDelimiter(sample: string): Delimiter {
  const seps: Delimiter[] = [',', ';', '\t'];
  const counts = seps.map((sep) => separatorCounts(sample, sep, 20));
  // Blank lines (no separator at all) say nothing; a line with another number of separators says it is not this one.
  const consistent = seps.filter((_, k) => {
    const [header = 0, ...rest] = counts[k]!;
    const rows = rest.filter((c) => c > 0);
    return header > 0 && rows.length > 0 && rows.length === rest.length && rows.every((c) => c === header);
  });
  if (consistent.length === 1) return consistent[0]!;
  const among = consistent.length ? consistent : seps;
  let best = among[0]!;
  for (const sep of among) if (counts[seps.indexOf(sep)]![0]! > counts[seps.indexOf(best)]![0]!) best = sep;
  return best;
}

/** What a header cell is matched against: question ids and texts, the --map columns, the group and unit columns (normalised). */
export function headerKeys(instrument: Instrument, opts: CsvImportOptions): { byKey: Map<string, string>; mapped: Map<string, string>; groupKeys: string[]; unitKeys: string[] } {
  const byKey = new Map<string, string>();
  for (const d of instrument.dimensions) {
    for (const q of d.questions) {
      byKey.set(normalizeKey(q.id), q.id);
      // Former texts first, so that a current text always wins over an alias that happens to read the same.
      for (const alias of q.aliases ?? []) for (const text of allForms(alias)) byKey.set(normalizeKey(text), q.id);
      for (const text of allForms(q.text)) byKey.set(normalizeKey(text), q.id);
    }
  }
  for (const o of outcomesOf(instrument)) {
    byKey.set(normalizeKey(o.id), o.id);
    for (const text of allForms(o.text)) byKey.set(normalizeKey(text), o.id);
  }
  const mapped = new Map<string, string>();
  for (const [h, id] of Object.entries(opts.map?.columns ?? {})) mapped.set(normalizeKey(h), id);
  const groupKeys = opts.groupBy ? [normalizeKey(opts.groupBy)] : ['group', 'groupe'];
  const unitKeys = opts.unitColumn ? [normalizeKey(opts.unitColumn)] : ['unit', 'unite'];
  return { byKey, mapped, groupKeys, unitKeys };
}

/** Matches a CSV header to the instrument: question ids or statement texts in any language, then the group column. */
export function layoutOf(header: readonly string[], instrument: Instrument, file: string, opts: CsvImportOptions): Layout {
  const ids = questionIds(instrument);
  const { byKey, mapped, groupKeys, unitKeys } = headerKeys(instrument, opts);

  const questions: Layout['questions'] = [];
  const outcomeIds = outcomesOf(instrument).map((o) => o.id);
  const outcomes: Layout['outcomes'] = [];
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
    const k = outcomeIds.indexOf(target);
    if (k >= 0) outcomes.push({ column, id: target, index: ids.length + k });
    else questions.push({ column, id: target, index: ids.indexOf(target) });
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
  return { questions, count: ids.length, outcomes, width: header.length, ...(group === undefined ? {} : { group }), ...(unit === undefined ? {} : { unit }) };
}
