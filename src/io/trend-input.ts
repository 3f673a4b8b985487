// Reading the waves of a trend: results, aggregates and mirrors written by the tool, each checked as compare checks
// it (compare-input.ts, mirror-compare-input.ts), then put in the shape the trend builds on (team/trend.ts).
import { isMap } from '../core/check.js';
import { SIDES, type Side } from '../core/mirror-family.js';
import type { Instrument } from '../core/types.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import type { WaveFigure, WaveInput, WavePopulation } from '../team/trend.js';
import { compareSide } from './compare-input.js';
import { readDeclaredFile } from './parse.js';
import { mirrorSnapshot } from './mirror-compare-input.js';

/** A wave as read from its file: which instrument it is for, and for a mirror the labels and sides it has. */
export interface ReadWave {
  file: string;
  instrumentId: string;
  mirror: { title: string; version: string; labels: Record<string, string>; sides: Side[] } | null;
  wave: WaveInput;
}

/** Reads one file given to trend: a result, an aggregate or a mirror with its date; anything else is exit 2 naming the file. */
export async function readWave(file: string, instrument: Instrument): Promise<ReadWave> {
  const f = await readDeclaredFile(file);
  const d = f.located.data;
  const notDocument = () => new UserError(msg('trend.notDocument', { file }), 2, { file });
  if (!isMap(d) || typeof d.generatedAt !== 'string' || Number.isNaN(Date.parse(d.generatedAt))) throw notDocument();
  const measuredAt = d.generatedAt;
  if (d.kind === 'mirror') return mirrorWave(file, d, measuredAt);
  if ((d.kind !== 'result' && d.kind !== 'aggregate') || !f.instrumentId) throw notDocument();
  const version = isMap(d.instrument) && typeof d.instrument.version === 'string' ? d.instrument.version : null;
  if (f.instrumentId !== instrument.id) return { file, instrumentId: f.instrumentId, mirror: null, wave: { kind: d.kind, measuredAt, version, populations: [], figures: {}, statements: null } };
  const team = isMap(d.team) ? d.team : null;
  // A team under its threshold: its count only, every figure withheld (never a change computed from it).
  if (d.kind === 'aggregate' && team && team.shown === false && typeof team.respondents === 'number' && isMap(d.anonymity) && typeof d.anonymity.minGroup === 'number') {
    const figures = Object.fromEntries(['overall', ...instrument.dimensions.map((x) => x.id)].map((id) => [id, { exact: null, withheld: true }]));
    return { file, instrumentId: f.instrumentId, mirror: null, wave: { kind: 'aggregate', measuredAt, version, populations: [{ name: 'team', respondents: team.respondents, threshold: d.anonymity.minGroup, shown: false }], figures, statements: null } };
  }
  const side = compareSide(f, instrument);
  const figures: Record<string, WaveFigure> = Object.create(null);
  for (const x of instrument.dimensions) figures[x.id] = { exact: side.dimensions[x.id] ?? null, withheld: false, spread: side.spreads?.[x.id] ?? null };
  figures.overall = { exact: side.overall, withheld: false, spread: side.overallSpread ?? null };
  const populations: WavePopulation[] = side.kind === 'aggregate' ? [{ name: 'team', respondents: side.respondents!, threshold: side.minGroup!, shown: true }] : [];
  return { file, instrumentId: f.instrumentId, mirror: null, wave: { kind: side.kind, measuredAt, version: side.version, populations, figures, statements: team ? statementsOf(team.questions) : null } };
}

/** A mirror's wave: per side and dimension its favourable % with its interval, withheld where the mirror withholds it. */
function mirrorWave(file: string, d: Record<string, unknown>, measuredAt: string): ReadWave {
  const snap = mirrorSnapshot(d, file);
  const sides = SIDES.filter((s) => snap.respondents[s] !== undefined);
  const summary = (s: Side) => (isMap(d.sides) && isMap(d.sides[s]) ? d.sides[s] : {});
  const employees = summary('employees');
  const info = isMap(employees.instrument) ? employees.instrument : {};
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  const figures: Record<string, WaveFigure> = Object.create(null);
  const populations = sides.map((s): WavePopulation => ({ name: s, respondents: snap.respondents[s]!, threshold: snap.thresholds?.[s] ?? 0, shown: summary(s).shown === true }));
  const raw = d.dimensions as Record<string, unknown>[];
  for (const s of sides) {
    const shown = summary(s).shown === true;
    figures[`${s}:overall`] = { exact: snap.overall[s] ?? null, withheld: !shown };
    snap.dimensions.forEach((x, i) => {
      const fig = raw[i]?.[s];
      const ci = isMap(fig) && Array.isArray(fig.ci) && fig.ci.length === 2 && fig.ci.every((v) => typeof v === 'number' && Number.isFinite(v)) ? (fig.ci as [number, number]) : null;
      figures[`${s}:${x.id}`] = { exact: x.sides[s] ?? null, withheld: !shown || !isMap(fig) || fig.withheld === true, ci };
    });
  }
  return {
    file,
    instrumentId: text(info.id),
    mirror: { title: text(info.title), version: text(info.version), labels: Object.fromEntries(snap.dimensions.map((x) => [x.id, x.label])), sides },
    wave: { kind: 'mirror', measuredAt, version: text(info.version) || null, populations, figures, statements: statementsOf(d.pairs) },
  };
}

/** Statement ids per dimension, from a document's list of statements (`{id, dimension}`), or null when it has none. */
function statementsOf(list: unknown): Record<string, string[]> | null {
  if (!Array.isArray(list) || !list.length) return null;
  const out: Record<string, string[]> = Object.create(null);
  for (const q of list) if (isMap(q) && typeof q.id === 'string' && typeof q.dimension === 'string') (out[q.dimension] ??= []).push(q.id);
  return out;
}
