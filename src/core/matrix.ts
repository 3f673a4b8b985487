import { Checker } from './check.js';
import { HORIZONS, OWNERS, type Action, type Horizon, type Instrument, type Issue, type Matrix, type Owner, type Text } from './types.js';

/** Reads and validates an action matrix against the instrument it serves; returns it only when there is no issue. */
export function parseMatrix(raw: unknown, instrument: Instrument): { matrix?: Matrix; issues: Issue[] } {
  const c = new Checker();
  const m = c.map(raw, [], 'matrix');
  if (!m) return { issues: c.issues };
  c.onlyKeys(m, ['instrument', 'overall', 'dimensions'], [], 'la matrice', 'the matrix');
  const text = (v: unknown, path: (string | number)[], name: string) => c.text(v, path, name, instrument.languages);

  const id = c.string(m.instrument, ['instrument'], 'instrument');
  if (id && id !== instrument.id) {
    c.add(['instrument'], `Cette matrice est faite pour l'instrument « ${id} », pas pour « ${instrument.id} » : passez la matrice de cet instrument avec --matrix.`, `This matrix is for the instrument "${id}", not "${instrument.id}": pass that instrument's matrix with --matrix.`);
  }
  const levelNumbers = instrument.levels.map((l) => l.level);

  const overall: Record<number, Text> = {};
  if (m.overall !== undefined) {
    const om = c.map(m.overall, ['overall'], 'overall');
    for (const [k, v] of Object.entries(om ?? {})) {
      if (!levelNumbers.includes(Number(k))) {
        c.add(['overall', k], `« overall » a une entrée pour le niveau ${k}, que l'instrument n'a pas (niveaux : ${levelNumbers.join(', ')}).`, `"overall" has an entry for level ${k}, which the instrument does not have (levels: ${levelNumbers.join(', ')}).`);
        continue;
      }
      const t = text(v, ['overall', k], `overall.${k}`);
      if (t) overall[Number(k)] = t;
    }
  }

  const dimensions: Matrix['dimensions'] = {};
  const dm = c.map(m.dimensions, ['dimensions'], 'dimensions');
  const actionIds = new Map<string, string>();
  if (dm) {
    for (const k of Object.keys(dm)) {
      if (!instrument.dimensions.some((d) => d.id === k)) {
        c.add(['dimensions', k], `La dimension « ${k} » n'existe pas dans l'instrument « ${instrument.id} ».`, `The dimension "${k}" does not exist in the instrument "${instrument.id}".`);
      }
    }
    for (const dim of instrument.dimensions) {
      const cells = dm[dim.id] === undefined ? undefined : c.map(dm[dim.id], ['dimensions', dim.id], dim.id);
      if (!cells) {
        if (dm[dim.id] === undefined) c.add(['dimensions'], `Il manque la dimension « ${dim.id} » : chaque dimension × niveau doit avoir sa liste d'actions (une liste vide [] est permise).`, `The dimension "${dim.id}" is missing: every dimension × level needs its list of actions (an empty list [] is allowed).`);
        continue;
      }
      dimensions[dim.id] = {};
      for (const k of Object.keys(cells)) {
        if (!levelNumbers.includes(Number(k))) c.add(['dimensions', dim.id, k], `« ${dim.id} » a des actions pour le niveau ${k}, que l'instrument n'a pas.`, `"${dim.id}" has actions for level ${k}, which the instrument does not have.`);
      }
      for (const level of levelNumbers) {
        const path = ['dimensions', dim.id, level];
        const cell = cells[level];
        if (cell === undefined) {
          c.add(['dimensions', dim.id], `Il manque la case « ${dim.id} » × niveau ${level} : ajoutez ses actions, ou une liste vide ${level}: [].`, `The cell "${dim.id}" × level ${level} is missing: add its actions, or an empty list ${level}: [].`);
          continue;
        }
        if (!Array.isArray(cell)) {
          c.add(path, `La case « ${dim.id} » × niveau ${level} doit être une liste d'actions.`, `The cell "${dim.id}" × level ${level} must be a list of actions.`);
          continue;
        }
        dimensions[dim.id]![level] = cell.flatMap((a, i) => readAction(c, a, [...path, i], text, actionIds) ?? []);
      }
    }
  }
  if (c.issues.length || !id) return { issues: c.issues };
  return { matrix: { instrument: id, overall, dimensions }, issues: [] };
}

function readAction(
  c: Checker,
  raw: unknown,
  path: (string | number)[],
  text: (v: unknown, path: (string | number)[], name: string) => Text | undefined,
  ids: Map<string, string>,
): Action | undefined {
  const am = c.map(raw, path, 'action');
  if (!am) return undefined;
  c.onlyKeys(am, ['id', 'title', 'detail', 'horizon', 'owner'], path, 'une action', 'an action');
  const id = c.string(am.id, [...path, 'id'], 'id');
  if (id) {
    const before = ids.get(id);
    if (before) c.add([...path, 'id'], `L'id d'action « ${id} » est déjà utilisé (${before}).`, `The action id "${id}" is already used (${before}).`);
    else ids.set(id, path.join('.'));
  }
  const title = text(am.title, [...path, 'title'], 'title');
  const detail = am.detail === undefined ? undefined : text(am.detail, [...path, 'detail'], 'detail');
  const horizon = am.horizon as Horizon | undefined;
  if (horizon !== undefined && !HORIZONS.includes(horizon)) c.add([...path, 'horizon'], `« horizon » doit valoir ${HORIZONS.join(', ')}.`, `"horizon" must be one of ${HORIZONS.join(', ')}.`);
  const owner = am.owner as Owner | undefined;
  if (owner !== undefined && !OWNERS.includes(owner)) c.add([...path, 'owner'], `« owner » doit valoir ${OWNERS.join(', ')}.`, `"owner" must be one of ${OWNERS.join(', ')}.`);
  if (!id || !title) return undefined;
  return { id, title, ...(detail ? { detail } : {}), ...(horizon ? { horizon } : {}), ...(owner ? { owner } : {}) };
}
