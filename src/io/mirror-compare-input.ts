// Reading a mirror JSON back for compare: the unrounded figures it keeps (favourableExact, gapExact), checked.
import { isMap } from '../core/check.js';
import { READINGS, type MirrorReading } from '../core/mirror-matrix.js';
import { SIDES, type Side } from '../core/mirror-family.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import type { MirrorSnapshot } from '../mirror/compare.js';

/** Whether a document read from a file is a mirror. */
export function isMirrorDocument(data: unknown): boolean {
  return isMap(data) && data.kind === 'mirror';
}

/** A 95 % interval as a document writes it ([low, high]), or null. */
function interval(v: unknown): [number, number] | null {
  if (!Array.isArray(v) || v.length !== 2) return null;
  const [low, high]: unknown[] = v;
  return typeof low === 'number' && typeof high === 'number' && Number.isFinite(low) && Number.isFinite(high) ? [low, high] : null;
}

/** The unrounded figures of a mirror JSON; an unreadable one is a user error naming the file. */
export function mirrorSnapshot(data: unknown, file: string): MirrorSnapshot {
  const bad = () => new UserError(msg('mirror.compareUnreadable', { file }), 2, { file });
  if (!isMap(data) || data.schemaVersion !== 1 || !isMap(data.sides) || !Array.isArray(data.dimensions)) throw bad();
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const respondents: Partial<Record<Side, number>> = {};
  const overall: Partial<Record<Side, number | null>> = {};
  const thresholds: Partial<Record<Side, number>> = {};
  for (const s of SIDES) {
    const x = data.sides[s];
    if (x === undefined) continue;
    if (!isMap(x) || typeof x.respondents !== 'number') throw bad();
    respondents[s] = x.respondents;
    if (typeof x.threshold === 'number') thresholds[s] = x.threshold;
    overall[s] = x.shown === true ? num(x.favourableExact) : null;
  }
  if (respondents.employees === undefined || respondents.customers === undefined) throw bad();
  const dimensions = (data.dimensions as unknown[]).map((d) => {
    if (!isMap(d) || typeof d.id !== 'string') throw bad();
    const sides: Partial<Record<Side, number | null>> = {};
    const cis: Partial<Record<Side, [number, number] | null>> = {};
    for (const s of SIDES) {
      if (overall[s] === undefined) continue;
      const x = d[s];
      sides[s] = isMap(x) ? num(x.favourableExact) : null;
      cis[s] = isMap(x) ? interval(x.ci) : null;
    }
    const reading = typeof d.reading === 'string' && ([...READINGS, 'undetermined'] as readonly string[]).includes(d.reading) ? (d.reading as MirrorReading) : null;
    // Mirrors written since intervals carry them (`ci` per side, `gapCi`): compare then judges each change on them.
    const judged = 'gapCi' in d;
    return { id: d.id, label: typeof d.label === 'string' ? d.label : d.id, sides, ...(judged ? { cis, gapCi: interval(d.gapCi) } : {}), gap: num(d.gapExact), reading };
  });
  return { generatedAt: typeof data.generatedAt === 'string' ? data.generatedAt : '', respondents, thresholds, overall, dimensions };
}
