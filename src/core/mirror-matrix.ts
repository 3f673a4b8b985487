// The mirror's action matrix (action-matrix/mirror.yaml): a posture per reading, and per dimension × reading 1–3
// joint actions. A public format like the ex-25 matrix: validated with coded messages located by their path.
import { msg } from '../i18n/index.js';
import { Checker, has } from './check.js';
import { readAction } from './matrix.js';
import type { Action, Instrument, Issue, Text } from './types.js';

/** The readings of a dimension of the mirror, in the order the matrix and the documents list them. */
export const READINGS = ['positive-symmetry', 'negative-symmetry', 'employees-ahead', 'customers-ahead', 'balanced'] as const;
export type Reading = (typeof READINGS)[number];
/** A reading as the documents state it: one of the readings, or `undetermined` when the intervals do not support the one the point figures call for. */
export type MirrorReading = Reading | 'undetermined';

/** The readings of a leadership blind spot that call for work (aligned and undetermined get none). */
export const BLIND_SPOT_READINGS = ['overestimated', 'underestimated'] as const;
export type BlindSpotAction = (typeof BLIND_SPOT_READINGS)[number];

/** The sides leadership may misread. */
export const BLIND_SPOT_SIDES = ['employees', 'customers'] as const;

/** Most actions in one dimension × reading cell. */
export const MAX_MIRROR_ACTIONS = 3;

/** The mirror's matrix: a posture per reading, and per dimension the actions of each reading. */
export interface MirrorMatrix {
  /** The family the matrix serves (`mirror` for the bundled instruments). */
  instrument: string;
  readings: Record<Reading, Text> & { undetermined?: Text };
  dimensions: Record<string, Record<Reading, Action[]>>;
  /** Optional: per side leadership may misread and per blind-spot reading, a posture and 1–3 actions (for every dimension). */
  blindSpots?: Record<(typeof BLIND_SPOT_SIDES)[number], Record<BlindSpotAction, { posture: Text; actions: Action[] }>>;
}

/**
 * Reads and validates a mirror matrix against the instrument of one side of the family (they share dimension and
 * statement ids); returns it only when there is no issue. Every dimension × reading cell holds 1–3 actions.
 */
export function parseMirrorMatrix(raw: unknown, instrument: Instrument): { matrix?: MirrorMatrix; issues: Issue[] } {
  const c = new Checker();
  const m = c.root(raw, 'matrix');
  if (!m) return { issues: c.issues };
  c.onlyKeys(m, ['instrument', 'readings', 'dimensions', 'blindSpots'], [], 'matrix');
  const text = (v: unknown, path: (string | number)[], name: string) => c.text(v, path, name, instrument.languages);
  const id = c.string(m.instrument, ['instrument'], 'instrument');

  const readings = Object.create(null) as MirrorMatrix['readings'];
  const rm = c.map(m.readings, ['readings'], 'readings');
  if (rm) {
    for (const k of Object.keys(rm)) if (!(READINGS as readonly string[]).includes(k) && k !== 'undetermined') c.add(['readings', k], msg('mirror.unknownReading', { reading: k, readings: [...READINGS, 'undetermined'] }));
    // The posture for a reading too close to call (measure again, a larger sample): optional, never with actions.
    if (has(rm, 'undetermined')) {
      const t = text(rm.undetermined, ['readings', 'undetermined'], 'readings.undetermined');
      if (t) readings.undetermined = t;
    }
    for (const r of READINGS) {
      if (!has(rm, r)) c.add(['readings'], msg('mirror.missingReading', { reading: r }));
      else {
        const t = text(rm[r], ['readings', r], `readings.${r}`);
        if (t) readings[r] = t;
      }
    }
  }

  const dimensions: MirrorMatrix['dimensions'] = Object.create(null);
  const dm = c.map(m.dimensions, ['dimensions'], 'dimensions');
  const actionIds = new Map<string, string>();
  if (dm) {
    for (const k of Object.keys(dm)) {
      if (!instrument.dimensions.some((d) => d.id === k)) c.add(['dimensions', k], msg('core.matrixUnknownDimension', { id: k, instrument: instrument.id }));
    }
    for (const dim of instrument.dimensions) {
      const present = has(dm, dim.id) && dm[dim.id] !== undefined;
      const cells = present ? c.map(dm[dim.id], ['dimensions', dim.id], dim.id) : undefined;
      if (!cells) {
        if (!present) c.add(['dimensions'], msg('core.matrixMissingDimension', { id: dim.id }));
        continue;
      }
      const row = Object.create(null) as Record<Reading, Action[]>;
      for (const k of Object.keys(cells)) {
        if (!(READINGS as readonly string[]).includes(k)) c.add(['dimensions', dim.id, k], msg('mirror.unknownReading', { reading: k, readings: [...READINGS] }));
      }
      for (const r of READINGS) {
        const path = ['dimensions', dim.id, r];
        const cell = has(cells, r) ? cells[r] : undefined;
        if (cell === undefined) {
          c.add(['dimensions', dim.id], msg('mirror.missingCell', { dimension: dim.id, reading: r }));
          continue;
        }
        if (!Array.isArray(cell) || cell.length < 1 || cell.length > MAX_MIRROR_ACTIONS) {
          c.add(path, msg('mirror.cellSize', { dimension: dim.id, reading: r, max: MAX_MIRROR_ACTIONS }));
          continue;
        }
        row[r] = cell.flatMap((a, i) => readAction(c, a, [...path, i], text, actionIds, dim.questions.map((q) => q.id)) ?? []);
      }
      dimensions[dim.id] = row;
    }
  }
  const blindSpots = has(m, 'blindSpots') ? readBlindSpots(c, m.blindSpots, text, actionIds, instrument) : undefined;
  if (c.issues.length || !id) return { issues: c.issues };
  return { matrix: { instrument: id, readings, dimensions, ...(blindSpots ? { blindSpots } : {}) }, issues: [] };
}

/** Reads the blind-spot block: for each side and reading, `posture` and 1–3 `actions` (action ids unique across the matrix). */
function readBlindSpots(
  c: Checker,
  raw: unknown,
  text: (v: unknown, path: (string | number)[], name: string) => Text | undefined,
  actionIds: Map<string, string>,
  instrument: Instrument,
): MirrorMatrix['blindSpots'] {
  const bm = c.map(raw, ['blindSpots'], 'blindSpots');
  if (!bm) return undefined;
  c.onlyKeys(bm, BLIND_SPOT_SIDES, ['blindSpots'], 'matrix');
  const ids = instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id));
  const out = Object.create(null) as NonNullable<MirrorMatrix['blindSpots']>;
  for (const side of BLIND_SPOT_SIDES) {
    const sm = has(bm, side) ? c.map(bm[side], ['blindSpots', side], `blindSpots.${side}`) : undefined;
    if (!sm) continue;
    c.onlyKeys(sm, BLIND_SPOT_READINGS, ['blindSpots', side], 'matrix');
    const row = Object.create(null) as Record<BlindSpotAction, { posture: Text; actions: Action[] }>;
    for (const r of BLIND_SPOT_READINGS) {
      const path = ['blindSpots', side, r];
      const cm = has(sm, r) ? c.map(sm[r], path, `blindSpots.${side}.${r}`) : undefined;
      if (!cm) continue;
      c.onlyKeys(cm, ['posture', 'actions'], path, 'matrix');
      const posture = text(cm.posture, [...path, 'posture'], `blindSpots.${side}.${r}.posture`);
      const list = cm.actions;
      if (!Array.isArray(list) || list.length < 1 || list.length > MAX_MIRROR_ACTIONS) {
        c.add([...path, 'actions'], msg('mirror.cellSize', { dimension: side, reading: r, max: MAX_MIRROR_ACTIONS }));
        continue;
      }
      const actions = list.flatMap((a, i) => readAction(c, a, [...path, 'actions', i], text, actionIds, ids) ?? []);
      if (posture) row[r] = { posture, actions };
    }
    out[side] = row;
  }
  return out;
}
