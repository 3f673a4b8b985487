// Loading the mirror's instruments (bundled by id, or files) and its action matrix (bundled, or --matrix FILE), and
// checking that the instruments given for the sides form a mirror family.
import { mirrorIssues, type Side } from '../core/mirror-family.js';
import { parseMirrorMatrix, type MirrorMatrix } from '../core/mirror-matrix.js';
import { parseInstrument } from '../core/instrument.js';
import type { Instrument } from '../core/types.js';
import { issueText, UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { BUNDLED_IDS, loadModel } from './load.js';
import { issuesError, parseData, type Located } from './parse.js';
import { readUserText } from './read.js';

/** The bundled instrument of each side. */
export const MIRROR_INSTRUMENTS: Record<Side, string> = { employees: 'mirror-employees', customers: 'mirror-customers', leaders: 'mirror-leaders' };

/** An instrument for a side: bundled (by id) or read from a file, with what is needed to point at its lines. */
export interface SideInstrument {
  instrument: Instrument;
  file?: string;
  located?: Located;
}

/** Loads a side's instrument: a bundled id, or a file (validated, a bad one is a user error naming each line). */
export async function loadSideInstrument(spec: string): Promise<SideInstrument> {
  if (BUNDLED_IDS.includes(spec)) return { instrument: (await loadModel({ instrument: spec })).instrument };
  const located = await parseData(readUserText(spec), spec);
  const { instrument, issues } = parseInstrument(located.data);
  if (!instrument) throw issuesError(spec, located, issues, 'instrument');
  return { instrument, file: spec, located };
}

/** Refuses instruments that do not mirror the employees' one (same dimensions, statement ids, scale), naming the file and lines to fix. */
export function checkFamily(reference: SideInstrument, others: readonly SideInstrument[]): void {
  for (const other of others) {
    const issues = mirrorIssues(reference.instrument, other.instrument);
    if (!issues.length) continue;
    // Point at a file the user can fix: the other side's, else the reference's (a bundled instrument is not theirs to edit).
    const at = other.file && other.located ? other : reference.file && reference.located ? reference : undefined;
    if (at) throw issuesError(at.file!, at.located!, issues, 'instrument');
    throw new Error(`bundled mirror instruments differ: ${issues.map((i) => issueText(i, 'en')).join('; ')}`);
  }
}

/** Reads and validates a mirror matrix file against the employees' instrument. */
export async function loadMirrorMatrixFile(file: string, instrument: Instrument): Promise<MirrorMatrix> {
  const located = await parseData(readUserText(file), file);
  const { matrix, issues } = parseMirrorMatrix(located.data, instrument);
  if (!matrix) throw issuesError(file, located, issues, 'matrix');
  return matrix;
}

/** Refuses a matrix written for another family than the instruments' (`mirror` for mirror-employees…). */
export function checkMatrixFamily(matrix: MirrorMatrix, family: string | undefined, file: string): void {
  if (family !== undefined && matrix.instrument !== family) throw new UserError(msg('mirror.matrixOtherFamily', { file, id: matrix.instrument, family }), 2, { file });
}
