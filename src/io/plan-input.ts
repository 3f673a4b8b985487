// Reading the files of the action loop: a plan file (validated with located messages), and a wave (a result, an
// answers file or an aggregate JSON) as the figures of each statement and its recommendations.
import { MIRROR_SIDES, parsePlanFile, type ActionSource, type MirrorSide, type PlanFile, type Proportion, type StatementFigure, type Wave } from '../core/action-plan.js';
import { parseAnswers } from '../core/answers.js';
import { isMap } from '../core/check.js';
import { recommend } from '../core/plan.js';
import { scoreSheet } from '../core/score.js';
import type { Instrument, Matrix } from '../core/types.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { issuesError, readDeclaredFile, type DeclaredFile } from './parse.js';
import { mirrorMatrix } from './bundled.js';
import { BUNDLED_IDS, loadModel, type Model } from './load.js';
import { loadMirrorMatrixFile, MIRROR_INSTRUMENTS } from './mirror-load.js';

/** What a report needs for --plan, loaded with this module only when --plan is given. */
export { markPlanned, withPlan } from '../core/action-plan.js';

/** Reads a plan file or a wave, and finds which instrument it declares (a plan's `instrument`, a document's `instrument.id`, a mirror's employees instrument). */
export function peekFile(file: string): Promise<DeclaredFile> {
  return readDeclaredFile(file, (d) => mirrorInstrument(d)?.id);
}

/** A mirror document's reference instrument (its employees side's), which the plan of its joint actions is made for. */
function mirrorInstrument(d: Record<string, unknown>): Record<string, unknown> | undefined {
  return d.kind === 'mirror' && isMap(d.sides) && isMap(d.sides.employees) && isMap(d.sides.employees.instrument) ? d.sides.employees.instrument : undefined;
}

/**
 * The model a file is read with: --instrument / --matrix when given, else the bundled instrument the file names
 * (ex-25 when it names none). A plan needs a matrix: its action ids are checked against it.
 */
export async function modelFor(raw: { instrument?: string; matrix?: string }, f: DeclaredFile): Promise<Model & { source: ActionSource }> {
  const id = f.instrumentId;
  if (!raw.instrument && id !== undefined && !BUNDLED_IDS.includes(id)) throw new UserError(msg('plan.needsInstrument', { file: f.file, id }), 2, { file: f.file });
  const instrument = raw.instrument ?? id ?? 'ex-25';
  // The mirror's joint actions: its employees instrument (the statement ids both sides share) and the mirror matrix.
  if (instrument === MIRROR_INSTRUMENTS.employees) {
    const { instrument: reference } = await loadModel({ instrument });
    return { instrument: reference, source: raw.matrix ? await loadMirrorMatrixFile(raw.matrix, reference) : mirrorMatrix() };
  }
  const model = await loadModel({ instrument, ...(raw.matrix ? { matrix: raw.matrix } : {}) });
  if (!model.matrix) throw new UserError(msg('plan.needsMatrix', { id: model.instrument.id }));
  return { instrument: model.instrument, matrix: model.matrix, source: model.matrix };
}

/** The plan in a file already read, validated against the instrument and matrix; a bad plan is a user error naming each line. */
export function planOf(f: DeclaredFile, instrument: Instrument, matrix: ActionSource | undefined): PlanFile {
  const { plan, issues } = parsePlanFile(f.located.data, instrument, matrix);
  if (!plan) throw issuesError(f.file, f.located, issues, 'plan');
  return plan;
}

/** The plan given with --plan to a report, checked against the model in use (which needs a matrix to know the action ids). */
export async function loadPlanFor(file: string, model: { instrument: Instrument; matrix?: Matrix }): Promise<PlanFile> {
  if (!model.matrix) throw new UserError(msg('plan.needsMatrix', { id: model.instrument.id }));
  return planOf(await peekFile(file), model.instrument, model.matrix);
}

/** The version of the instrument a document was made with, when it says. */
function versionOf(d: Record<string, unknown>): string | null {
  const instrument = isMap(d.instrument) ? d.instrument : mirrorInstrument(d);
  return instrument && typeof instrument.version === 'string' ? instrument.version : null;
}

/** A wave from a file already read: an aggregate's team counts per statement, or a result / answers file's answers. */
export function waveOf(f: DeclaredFile, instrument: Instrument, matrix: Matrix | undefined): Wave {
  const d = f.located.data;
  const file = f.file;
  const version = isMap(d) ? versionOf(d) : null;
  if (version !== null && version !== instrument.version) throw new UserError(msg('plan.waveOtherVersion', { file, version, current: instrument.version }), 2, { file });
  const measuredAt = isMap(d) && typeof d.generatedAt === 'string' ? d.generatedAt : null;
  if (isMap(d) && d.kind === 'mirror') return mirrorWave(d, file, instrument, measuredAt);
  if (isMap(d) && d.kind === 'aggregate') {
    const team = d.team;
    if (!isMap(team) || team.shown !== true || !Array.isArray(team.questions)) throw new UserError(msg('plan.waveHidden', { file }), 2, { file });
    const statements: Record<string, StatementFigure> = Object.create(null);
    for (const q of team.questions as unknown[]) {
      if (!isMap(q) || typeof q.id !== 'string' || !Array.isArray(q.answers)) throw new UserError(msg('io.aggregateUnreadable', { file }), 2, { file });
      const counts: Record<string, number> = Object.create(null);
      for (const a of q.answers as unknown[]) {
        if (!isMap(a) || typeof a.value !== 'number' || typeof a.count !== 'number' || !Number.isSafeInteger(a.count) || a.count < 0) throw new UserError(msg('io.aggregateUnreadable', { file }), 2, { file });
        counts[String(a.value)] = a.count;
      }
      statements[q.id] = { counts };
    }
    const recs = Array.isArray(d.recommendations) ? (d.recommendations as unknown[]) : [];
    const recommendations = recs.filter(isMap).map((r) => ({
      dimension: String(r.dimension),
      actions: (Array.isArray(r.actions) ? r.actions : []).filter(isMap).map((a) => ({ id: String(a.id), status: a.status === 'in-place' ? ('in-place' as const) : ('to-do' as const) })),
    }));
    const focus = Array.isArray(d.focus) ? d.focus.filter((x): x is string => typeof x === 'string') : [];
    return { kind: 'aggregate', instrument: { id: instrument.id, version: instrument.version }, measuredAt, respondents: typeof team.respondents === 'number' ? team.respondents : null, statements, recommendations, focus };
  }
  const { sheet, issues } = parseAnswers(d, instrument);
  if (!sheet) throw issuesError(file, f.located, issues, 'answersOrResult');
  const plan = matrix ? recommend(instrument, matrix, scoreSheet(instrument, sheet), (id) => sheet.answers[id], 'en') : { recommendations: [], focus: [] };
  const statements: Record<string, StatementFigure> = Object.create(null);
  for (const [id, v] of Object.entries(sheet.answers)) statements[id] = { answer: v };
  return { kind: 'result', instrument: { id: instrument.id, version: instrument.version }, measuredAt, respondents: null, statements, recommendations: plan.recommendations, focus: plan.focus };
}

/**
 * A mirror as a wave: per statement pair, each side's favourable answers out of those answered (from the unrounded
 * favourable %, so exact), a side not shown left out; the joint actions of its plan, "start here" being the first
 * action of each of the first three dimensions.
 */
function mirrorWave(d: Record<string, unknown>, file: string, instrument: Instrument, measuredAt: string | null): Wave {
  const bad = () => new UserError(msg('io.aggregateUnreadable', { file }), 2, { file });
  if (!Array.isArray(d.pairs)) throw bad();
  const statements: Record<string, StatementFigure> = Object.create(null);
  for (const pair of d.pairs as unknown[]) {
    if (!isMap(pair) || typeof pair.id !== 'string') throw bad();
    const sides: Partial<Record<MirrorSide, Proportion>> = Object.create(null);
    for (const s of MIRROR_SIDES) {
      const x = pair[s];
      if (x === null || x === undefined) continue;
      if (!isMap(x) || typeof x.answered !== 'number' || !Number.isSafeInteger(x.answered) || x.answered < 0) throw bad();
      if (typeof x.favourableExact === 'number' && x.answered > 0) sides[s] = { k: Math.round((x.favourableExact * x.answered) / 100), n: x.answered };
    }
    statements[pair.id] = { sides };
  }
  const recs = (Array.isArray(d.recommendations) ? d.recommendations : []).filter(isMap).map((r) => ({
    dimension: String(r.dimension),
    actions: (Array.isArray(r.actions) ? r.actions : []).filter(isMap).map((a) => ({ id: String(a.id), status: 'to-do' as const })),
  }));
  const focus = recs.flatMap((r) => r.actions[0]?.id ?? []).slice(0, 3);
  const sides = isMap(d.sides) ? d.sides : {};
  const respondents = isMap(sides.employees) && typeof sides.employees.respondents === 'number' ? sides.employees.respondents : null;
  return { kind: 'mirror', instrument: { id: instrument.id, version: instrument.version }, measuredAt, respondents, statements, recommendations: recs, focus };
}
