import { parseAnswers } from '../core/answers.js';
import { parseInstrument } from '../core/instrument.js';
import { parseMatrix } from '../core/matrix.js';
import { parseTargets } from '../core/targets.js';
import type { AnswerSheet, Instrument, Matrix } from '../core/types.js';
import { BUNDLED, type Model } from './bundled.js';
import { issuesError, parseData } from './parse.js';
import { readUserText } from './read.js';

export type { Model };

/**
 * The ids of the instruments bundled with the tool: `--instrument ID` takes one of these (a file of the same name is
 * reached with a path, e.g. ./ex-25).
 */
export const BUNDLED_IDS = Object.keys(BUNDLED);

const loaded = new Map<string, Model>();

/** A bundled model by id, loaded once. */
function bundledModel(id: string): Model {
  let model = loaded.get(id);
  if (!model) loaded.set(id, (model = BUNDLED[id]!()));
  return model;
}

/** The default instrument (ex-25) and its action matrix. */
export const builtinModel = (): Model => bundledModel('ex-25');

/** Loads the instrument and matrix a command uses: bundled (by id, ex-25 by default), or the files given with --instrument / --matrix. */
export async function loadModel(opts: { instrument?: string; matrix?: string }): Promise<Model> {
  const id = opts.instrument ?? 'ex-25';
  const bundled = Object.hasOwn(BUNDLED, id) ? bundledModel(id) : undefined;
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
