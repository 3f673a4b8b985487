import { lstatSync } from 'node:fs';
import { Checker, has } from '../core/check.js';
import { outcomesOf } from '../core/outcomes.js';
import type { AnswerValue, Instrument, Issue } from '../core/types.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
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
  const m = c.root(raw, 'map');
  if (!m) return { issues: c.issues };
  c.onlyKeys(m, ['columns', 'values'], [], 'map');
  const ids = new Set([...instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id)), ...outcomesOf(instrument).map((o) => o.id)]);
  const values = instrument.scale.map((p) => p.value);
  const map: ColumnMap = { columns: Object.create(null), values: Object.create(null) };
  if (has(m, 'columns') && m.columns !== undefined && m.columns !== null) {
    const cols = c.map(m.columns, ['columns'], 'columns');
    for (const [header, id] of Object.entries(cols ?? {})) {
      if (typeof id === 'string' && (ids.has(id) || id === 'group')) map.columns[header] = id;
      else c.add(['columns', header], msg('io.mapNotQuestion', { header, target: String(id), instrument: instrument.id }));
    }
  }
  if (has(m, 'values') && m.values !== undefined && m.values !== null) {
    const vals = c.map(m.values, ['values'], 'values');
    for (const [label, v] of Object.entries(vals ?? {})) {
      if (v === null || (typeof v === 'number' && values.includes(v))) map.values[label] = v;
      else c.add(['values', label], msg('io.mapNotOnScale', { label, value: String(v), values }));
    }
  }
  return c.issues.length ? { issues: c.issues } : { map, issues: [] };
}

/** Reads and checks a `--map` file; a bad one is a user error naming each line. */
export async function loadColumnMap(file: string, instrument: Instrument): Promise<ColumnMap> {
  // A map file is not an answers file: its own message, without the hint about `template`.
  if (file !== '-' && missing(file)) throw new UserError(msg('io.mapNotFound', { file }), 2, { file });
  const located = await parseData(readUserText(file), file);
  const { map, issues } = parseColumnMap(located.data, instrument);
  if (!map) throw issuesError(file, located, issues, 'map');
  return map;
}

/** Whether nothing at all is at a path (other failures are left to the reader, which names them). */
function missing(file: string): boolean {
  try {
    lstatSync(file);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
}
