import { createReadStream, statSync } from 'node:fs';
import { readAnswer } from '../core/answers.js';
import { questionIds } from '../core/score.js';
import { allForms, normalizeKey } from '../core/text.js';
import type { AnswerValue, Instrument, Localized } from '../core/types.js';
import { L, UserError } from '../errors.js';
import type { ColumnMap } from './column-map.js';
import { CsvRecords, CsvSyntaxError } from './csv-records.js';

/** Largest CSV record (one row, all its fields) accepted: far above any form export. */
export const MAX_CSV_RECORD = 1024 * 1024;

/** How a CSV export is read: the group column, a mapping for headers and labels that do not match. */
export interface CsvImportOptions {
  groupBy?: string;
  map?: ColumnMap;
}

/** What the import reports: each respondent read, and each row skipped with the reason. */
export interface CsvSink {
  /** A respondent's answers in instrument order. */
  respondent(values: AnswerValue[], group: string | undefined): void;
  problem(message: Localized): void;
}

/** Which column holds which question, and which holds the group; the other columns are dropped on reading. */
interface Layout {
  /** Each question's column, id and position in the instrument. */
  questions: { column: number; id: string; index: number }[];
  count: number;
  group?: number;
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
      for (const text of allForms(q.text)) byKey.set(normalizeKey(text), q.id);
    }
  }
  const mapped = new Map<string, string>();
  for (const [h, id] of Object.entries(opts.map?.columns ?? {})) mapped.set(normalizeKey(h), id);
  const groupKeys = opts.groupBy ? [normalizeKey(opts.groupBy)] : ['group', 'groupe'];

  const questions: Layout['questions'] = [];
  const seen = new Map<string, string>();
  let group: number | undefined;
  header.forEach((h, column) => {
    const key = normalizeKey(h);
    const target = mapped.get(key) ?? byKey.get(key);
    if (target === 'group' || (target === undefined && groupKeys.includes(key))) {
      if (group === undefined) group = column;
      return;
    }
    if (!target) return;
    const other = seen.get(target);
    if (other !== undefined) {
      throw new UserError(L(
        `${file}:1 : les colonnes « ${other} » et « ${h.trim()} » désignent toutes deux la question ${target}. Gardez-en une seule.`,
        `${file}:1: the columns "${other}" and "${h.trim()}" both stand for the question ${target}. Keep only one.`,
      ));
    }
    seen.set(target, h.trim());
    questions.push({ column, id: target, index: ids.indexOf(target) });
  });
  if (opts.groupBy && group === undefined) {
    throw new UserError(L(
      `${file}:1 : pas de colonne « ${opts.groupBy} » (--group-by). Colonnes : ${header.map((h) => h.trim()).join(', ').slice(0, 300)}.`,
      `${file}:1: no column "${opts.groupBy}" (--group-by). Columns: ${header.map((h) => h.trim()).join(', ').slice(0, 300)}.`,
    ));
  }
  const missing = ids.filter((id) => !seen.has(id));
  if (missing.length) {
    throw new UserError(L(
      `${file}:1 : il manque ${missing.length} question(s) dans les colonnes : ${missing.join(', ')}. Nommez chaque colonne par l'id de la question ou le texte de l'affirmation (ex-maturity questions --format csv), ou donnez une correspondance avec --map FICHIER.`,
      `${file}:1: ${missing.length} question(s) missing from the columns: ${missing.join(', ')}. Name each column after the question id or the statement text (ex-maturity questions --format csv), or give a mapping with --map FILE.`,
    ));
  }
  return { questions, count: ids.length, width: header.length, ...(group === undefined ? {} : { group }) };
}

/** Reads cells into answers (an empty cell is "don't know"), remembering each distinct cell text (form exports repeat a handful of labels). */
export function cellReader(instrument: Instrument, map: ColumnMap | undefined): (cell: string) => { value: AnswerValue } | { error: Localized } {
  const cache = new Map<string, { value: AnswerValue } | { error: Localized }>();
  const mappedValues = new Map<string, AnswerValue>();
  for (const [label, v] of Object.entries(map?.values ?? {})) mappedValues.set(normalizeKey(label), v);
  return (cell) => {
    const hit = cache.get(cell);
    if (hit) return hit;
    let r: { value: AnswerValue } | { error: Localized };
    const key = normalizeKey(cell);
    if (mappedValues.has(key) && cell.trim() !== '') r = { value: mappedValues.get(key)! };
    else r = readAnswer(cell.trim() === '' ? null : cell, instrument);
    if (cache.size < 10_000) cache.set(cell, r);
    return r;
  };
}

/** Decoded text of a file, chunk by chunk: refuses binary content and invalid UTF-8 with a message naming the file. */
async function* decodedText(file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const notText = () => new UserError(L(
    `${file} n'est pas un fichier CSV en texte UTF-8 (contenu binaire ?). Exportez le formulaire en CSV UTF-8.`,
    `${file} is not a UTF-8 text CSV file (binary content?). Export the form as UTF-8 CSV.`,
  ));
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
 * with line breaks. A bad row is reported (file, line, what is wrong) and skipped; a bad file throws a UserError.
 */
export async function importCsv(file: string, instrument: Instrument, opts: CsvImportOptions, sink: CsvSink): Promise<{ rows: number; skipped: number }> {
  try {
    if (statSync(file).size === 0) throw new Error('empty');
  } catch {
    throw new UserError(L(`${file} est vide ou introuvable : passez l'export CSV du formulaire.`, `${file} is empty or missing: pass the form's CSV export.`));
  }
  const chunks = decodedText(file)[Symbol.asyncIterator]();
  let head = '';
  while (!/[\r\n]/.test(head) && head.length <= MAX_CSV_RECORD) {
    const r = await chunks.next();
    if (r.done) break;
    head += r.value;
  }
  const delimiter = detectDelimiter(head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '');

  const read = cellReader(instrument, opts.map);
  let layout: Layout | undefined;
  let rows = 0;
  let skipped = 0;
  const handle = (record: string[], line: number) => {
    if (record.length === 1 && record[0]!.trim() === '') return;
    if (!layout) {
      layout = layoutOf(record, instrument, file, opts);
      return;
    }
    rows++;
    if (record.length !== layout.width) {
      skipped++;
      sink.problem(L(
        `${file}:${line} : la ligne a ${record.length} champ(s) et l'en-tête ${layout.width} (séparateur ou guillemet en trop ?) ; ligne ignorée.`,
        `${file}:${line}: the row has ${record.length} field(s) and the header ${layout.width} (a stray separator or quote?); row skipped.`,
      ));
      return;
    }
    const values = new Array<AnswerValue>(layout.count);
    let bad: Localized[] | undefined;
    for (const { column, id, index } of layout.questions) {
      const a = read(record[column]!);
      if ('error' in a) (bad ??= []).push(L(`${id} : ${a.error.fr}`, `${id}: ${a.error.en}`));
      else values[index] = a.value;
    }
    if (bad) {
      skipped++;
      const shown = bad.slice(0, 3);
      const more = bad.length > 3 ? ` (+${bad.length - 3})` : '';
      sink.problem(L(
        `${file}:${line} : ${shown.map((b) => b.fr).join(' ; ')}${more} ; ligne ignorée.`,
        `${file}:${line}: ${shown.map((b) => b.en).join('; ')}${more}; row skipped.`,
      ));
      return;
    }
    const group = layout.group === undefined ? undefined : record[layout.group]!.trim();
    if (group?.includes('@')) {
      throw new UserError(L(
        `${file}:${line} : la colonne de groupe contient une adresse e-mail ; un groupe nomme une équipe ou un service, jamais une personne. Choisissez une autre colonne avec --group-by.`,
        `${file}:${line}: the group column holds an e-mail address; a group names a team or a department, never a person. Choose another column with --group-by.`,
      ));
    }
    sink.respondent(values, group || undefined);
  };
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
  if (!layout) throw new UserError(L(`${file} n'a pas de ligne d'en-tête : passez l'export CSV du formulaire.`, `${file} has no header line: pass the form's CSV export.`));
  return { rows, skipped };
}

function csvError(file: string, e: CsvSyntaxError): UserError {
  const where = `${file}:${e.line}`;
  if (e.code === 'record-too-big') {
    return new UserError(L(
      `${where} : une ligne dépasse ${MAX_CSV_RECORD / 1024 / 1024} Mo (un champ démesuré) : ce n'est pas un export de formulaire ordinaire. Vérifiez le fichier.`,
      `${where}: a row is over ${MAX_CSV_RECORD / 1024 / 1024} MB (a huge field): this is not an ordinary form export. Check the file.`,
    ));
  }
  const what = e.code === 'quote-not-closed'
    ? L('un guillemet ouvert n\'est jamais fermé', 'a quote is opened and never closed')
    : L('du texte suit un guillemet fermant (un guillemet dans un champ doit être doublé : "")', 'text follows a closing quote (a quote inside a field must be doubled: "")');
  return new UserError(L(
    `${where} : ${what.fr} ; la suite du fichier n'est pas lue (les lignes d'avant sont comptées). Corrigez le fichier puis relancez.`,
    `${where}: ${what.en}; the rest of the file is not read (the rows before it are counted). Fix the file and run again.`,
  ));
}
