import { Checker } from '../core/check.js';
import type { AnswerValue, Instrument, Issue } from '../core/types.js';
import { issuesError, parseData } from './parse.js';
import { readUserText } from './read.js';

/** A `--map` file: CSV headers → question ids (or `group`), and cell labels → scale values (null = don't know). */
export interface ColumnMap {
  columns: Record<string, string>;
  values: Record<string, AnswerValue>;
}

/** Checks a `--map` document against an instrument; every problem is reported. */
export function parseColumnMap(raw: unknown, instrument: Instrument): { map?: ColumnMap; issues: Issue[] } {
  const c = new Checker();
  const m = c.map(raw, [], 'map');
  if (!m) return { issues: c.issues };
  c.onlyKeys(m, ['columns', 'values'], [], 'le fichier de correspondance', 'the mapping file');
  const ids = new Set(instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
  const values = instrument.scale.map((p) => p.value);
  const map: ColumnMap = { columns: {}, values: {} };
  if (m.columns !== undefined && m.columns !== null) {
    const cols = c.map(m.columns, ['columns'], 'columns');
    for (const [header, id] of Object.entries(cols ?? {})) {
      if (typeof id === 'string' && (ids.has(id) || id === 'group')) map.columns[header] = id;
      else c.add(['columns', header], `« ${header} » : ${String(id)} n'est ni une question de ${instrument.id} ni « group ».`, `"${header}": ${String(id)} is neither a question of ${instrument.id} nor "group".`);
    }
  }
  if (m.values !== undefined && m.values !== null) {
    const vals = c.map(m.values, ['values'], 'values');
    for (const [label, v] of Object.entries(vals ?? {})) {
      if (v === null || (typeof v === 'number' && values.includes(v))) map.values[label] = v;
      else c.add(['values', label], `« ${label} » : ${String(v)} n'est pas sur l'échelle (${values.join(', ')}) ni null.`, `"${label}": ${String(v)} is not on the scale (${values.join(', ')}) nor null.`);
    }
  }
  return c.issues.length ? { issues: c.issues } : { map, issues: [] };
}

/** Reads and checks a `--map` file; a bad one is a user error naming each line. */
export async function loadColumnMap(file: string, instrument: Instrument): Promise<ColumnMap> {
  const located = await parseData(readUserText(file), file);
  const { map, issues } = parseColumnMap(located.data, instrument);
  if (!map) throw issuesError(file, located, issues, { fr: 'fichier de correspondance (--map)', en: 'mapping file (--map)' });
  return map;
}
