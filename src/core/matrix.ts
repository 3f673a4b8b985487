import { msg } from '../i18n/index.js';
import { Checker, has } from './check.js';
import { HORIZONS, OWNERS, type Action, type Horizon, type Instrument, type Issue, type Matrix, type Owner, type Text } from './types.js';

/** Reads and validates an action matrix against the instrument it serves; returns it only when there is no issue. */
export function parseMatrix(raw: unknown, instrument: Instrument): { matrix?: Matrix; issues: Issue[] } {
  const c = new Checker();
  const m = c.root(raw, 'matrix');
  if (!m) return { issues: c.issues };
  c.onlyKeys(m, ['instrument', 'overall', 'dimensions'], [], 'matrix');
  const text = (v: unknown, path: (string | number)[], name: string) => c.text(v, path, name, instrument.languages);

  const id = c.string(m.instrument, ['instrument'], 'instrument');
  if (id && id !== instrument.id) {
    c.add(['instrument'], msg('core.matrixOtherInstrument', { id, expected: instrument.id }));
  }
  const levelNumbers = instrument.levels.map((l) => l.level);

  const overall: Record<number, Text> = {};
  if (m.overall !== undefined) {
    const om = c.map(m.overall, ['overall'], 'overall');
    for (const [k, v] of Object.entries(om ?? {})) {
      if (!levelNumbers.some((l) => String(l) === k)) {
        c.add(['overall', k], msg('core.overallUnknownLevel', { level: k, levels: levelNumbers }));
        continue;
      }
      const t = text(v, ['overall', k], `overall.${k}`);
      if (t) overall[Number(k)] = t;
    }
  }

  const dimensions: Matrix['dimensions'] = Object.create(null);
  const dm = c.map(m.dimensions, ['dimensions'], 'dimensions');
  const actionIds = new Map<string, string>();
  if (dm) {
    for (const k of Object.keys(dm)) {
      if (!instrument.dimensions.some((d) => d.id === k)) {
        c.add(['dimensions', k], msg('core.matrixUnknownDimension', { id: k, instrument: instrument.id }));
      }
    }
    for (const dim of instrument.dimensions) {
      const present = has(dm, dim.id) && dm[dim.id] !== undefined;
      const cells = present ? c.map(dm[dim.id], ['dimensions', dim.id], dim.id) : undefined;
      if (!cells) {
        if (!present) c.add(['dimensions'], msg('core.matrixMissingDimension', { id: dim.id }));
        continue;
      }
      dimensions[dim.id] = {};
      for (const k of Object.keys(cells)) {
        if (!levelNumbers.some((l) => String(l) === k)) c.add(['dimensions', dim.id, k], msg('core.matrixUnknownLevel', { dimension: dim.id, level: k }));
      }
      for (const level of levelNumbers) {
        const path = ['dimensions', dim.id, level];
        const cell = has(cells, String(level)) ? cells[level] : undefined;
        if (cell === undefined) {
          c.add(['dimensions', dim.id], msg('core.matrixMissingCell', { dimension: dim.id, level }));
          continue;
        }
        if (!Array.isArray(cell)) {
          c.add(path, msg('core.matrixCellNotList', { dimension: dim.id, level }));
          continue;
        }
        dimensions[dim.id]![level] = cell.flatMap((a, i) => readAction(c, a, [...path, i], text, actionIds, dim.questions.map((q) => q.id)) ?? []);
      }
    }
  }
  if (c.issues.length || !id) return { issues: c.issues };
  return { matrix: { instrument: id, overall, dimensions }, issues: [] };
}

/** Reads one action of a matrix cell (shared with the mirror's matrix). */
export function readAction(
  c: Checker,
  raw: unknown,
  path: (string | number)[],
  text: (v: unknown, path: (string | number)[], name: string) => Text | undefined,
  ids: Map<string, string>,
  questionIds: readonly string[],
): Action | undefined {
  const am = c.map(raw, path, 'action');
  if (!am) return undefined;
  c.onlyKeys(am, ['id', 'title', 'detail', 'horizon', 'owner', 'contributors', 'addresses', 'done', 'indicator'], path, 'action');
  const id = c.string(am.id, [...path, 'id'], 'id');
  if (id) {
    const before = ids.get(id);
    if (before) c.add([...path, 'id'], msg('core.actionIdUsed', { id, at: before }));
    else ids.set(id, path.join('.'));
  }
  const title = text(am.title, [...path, 'title'], 'title');
  const detail = am.detail === undefined ? undefined : text(am.detail, [...path, 'detail'], 'detail');
  const horizon = am.horizon as Horizon | undefined;
  if (horizon !== undefined && !HORIZONS.includes(horizon)) c.add([...path, 'horizon'], msg('core.oneOf', { name: 'horizon', allowed: HORIZONS }));
  const owner = am.owner as Owner | undefined;
  if (owner !== undefined && !OWNERS.includes(owner)) c.add([...path, 'owner'], msg('core.oneOf', { name: 'owner', allowed: OWNERS }));
  else if (owner === 'cse') c.add([...path, 'owner'], msg('core.cseNotOwner'));
  const contributors = readList(c, am.contributors, [...path, 'contributors'], 'contributors', OWNERS);
  const addresses = readList(c, am.addresses, [...path, 'addresses'], 'addresses', questionIds);
  const done = am.done === undefined ? undefined : text(am.done, [...path, 'done'], 'done');
  const indicator = am.indicator === undefined ? undefined : text(am.indicator, [...path, 'indicator'], 'indicator');
  if (!id || !title) return undefined;
  return {
    id,
    title,
    ...(detail ? { detail } : {}),
    ...(horizon ? { horizon } : {}),
    ...(owner ? { owner } : {}),
    ...(contributors?.length ? { contributors: contributors as Owner[] } : {}),
    ...(addresses?.length ? { addresses } : {}),
    ...(done ? { done } : {}),
    ...(indicator ? { indicator } : {}),
  };
}

/** An optional list of names, each one of `allowed` (an owner; a question id of the action's dimension). */
function readList(c: Checker, raw: unknown, path: (string | number)[], name: string, allowed: readonly string[]): string[] | undefined {
  if (raw === undefined) return undefined;
  const list = c.list(raw, path, name);
  if (!list) return undefined;
  const out: string[] = [];
  list.forEach((v, i) => {
    if (typeof v === 'string' && allowed.includes(v)) out.push(v);
    else c.add([...path, i], msg('core.oneOf', { name, allowed }));
  });
  return out;
}
