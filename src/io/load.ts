import instrumentData from '../../questions/ex-25.yaml';
import matrixData from '../../action-matrix/ex-25.yaml';
import { parseAnswers } from '../core/answers.js';
import { parseInstrument } from '../core/instrument.js';
import { parseMatrix } from '../core/matrix.js';
import { parseTargets } from '../core/targets.js';
import type { AnswerSheet, Instrument, Issue, Matrix } from '../core/types.js';
import { issueText } from '../errors.js';
import { issuesError, parseData } from './parse.js';
import { readUserText } from './read.js';

/** The instrument and its matrix used for a command. */
export interface Model {
  instrument: Instrument;
  matrix?: Matrix;
}

function orThrow<T>(value: T | undefined, issues: Issue[], what: string): T {
  if (!value) throw new Error(`bundled ${what} is invalid: ${issues.map((i) => `${i.path.join('.')}: ${issueText(i, 'en')}`).join('; ')}`);
  return value;
}

let builtin: Model | undefined;

/** The default instrument (ex-25) and its action matrix, bundled with the tool. */
export function builtinModel(): Model {
  if (!builtin) builtin = modelOf(instrumentData, matrixData);
  return builtin;
}

/** A bundled instrument (and its matrix when it has one) from its data, checked. */
function modelOf(instrumentRaw: unknown, matrixRaw?: unknown): Model {
  const { instrument, issues } = parseInstrument(instrumentRaw);
  const inst = orThrow(instrument, issues, 'instrument');
  if (matrixRaw === undefined) return { instrument: inst };
  const m = parseMatrix(matrixRaw, inst);
  return { instrument: inst, matrix: orThrow(m.matrix, m.issues, 'matrix') };
}

/**
 * The instruments bundled with the tool, by id: `--instrument ID` takes one of these (a file of the same name is
 * reached with a path, e.g. ./ex-25). Each is loaded only when asked for.
 */
const BUNDLED: Record<string, () => Promise<Model>> = {
  'ex-25': async () => builtinModel(),
  // The customer–employee mirror: one instrument per side, the same dimensions and statement ids (see src/mirror/).
  'mirror-employees': async () => modelOf((await import('../../questions/mirror-employees.yaml')).default),
  'mirror-customers': async () => modelOf((await import('../../questions/mirror-customers.yaml')).default),
  'mirror-leaders': async () => modelOf((await import('../../questions/mirror-leaders.yaml')).default),
};

/** The ids of the bundled instruments. */
export const BUNDLED_IDS = Object.keys(BUNDLED);

/** Loads the instrument and matrix a command uses: bundled (by id, ex-25 by default), or the files given with --instrument / --matrix. */
export async function loadModel(opts: { instrument?: string; matrix?: string }): Promise<Model> {
  const bundled = Object.hasOwn(BUNDLED, opts.instrument ?? 'ex-25') ? await BUNDLED[opts.instrument ?? 'ex-25']!() : undefined;
  const instrument = bundled?.instrument ?? (await loadInstrumentFile(opts.instrument!));
  const matrix = opts.matrix ? await loadMatrixFile(opts.matrix, instrument) : bundled?.matrix;
  return matrix ? { instrument, matrix } : { instrument };
}

/** Reads and validates an instrument file; a bad file is a user error naming each line. */
export async function loadInstrumentFile(file: string): Promise<Instrument> {
  const located = await parseData(readUserText(file), file);
  const { instrument, issues } = parseInstrument(located.data);
  if (!instrument) throw issuesError(file, located, issues, 'instrument');
  return instrument;
}

/** Reads and validates a matrix file against an instrument. */
async function loadMatrixFile(file: string, instrument: Instrument): Promise<Matrix> {
  const located = await parseData(readUserText(file), file);
  const { matrix, issues } = parseMatrix(located.data, instrument);
  if (!matrix) throw issuesError(file, located, issues, 'matrix');
  return matrix;
}

/** Reads and validates a targets file (dimension id → score) against an instrument. */
export async function loadTargetsFile(file: string, instrument: Instrument): Promise<Record<string, number>> {
  const located = await parseData(readUserText(file), file);
  const { targets, issues } = parseTargets(located.data, instrument);
  if (!targets) throw issuesError(file, located, issues, 'targets');
  return targets;
}

/** Reads and validates an answers file (or a result JSON) against an instrument. */
export async function loadAnswersFile(file: string, instrument: Instrument): Promise<AnswerSheet> {
  const name = file === '-' ? 'stdin' : file;
  const located = await parseData(readUserText(file), name);
  const { sheet, issues } = parseAnswers(located.data, instrument);
  if (!sheet) throw issuesError(name, located, issues, 'answers');
  return sheet;
}
