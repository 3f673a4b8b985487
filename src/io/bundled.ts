// The instruments and matrices bundled with the tool, validated.
// In dist/, scripts/build.mjs replaces this module by one with the same exports and the data already validated (it
// runs the functions below once, at build time, and writes their results into dist/data-<id>.json, each read when first
// asked for): validating them on every run took about 15 million instructions of `assess`, a tenth of its cost over
// `node -e 0` (issue 14, `npm run bench`).
// Here, where the source runs as it is (the tests), each is validated on first use. A problem in one is our bug,
// never the user's: it throws a plain Error, and the build fails with it.
import ex25 from '../../questions/ex-25.yaml';
import ex25Matrix from '../../action-matrix/ex-25.yaml';
import mirrorEmployees from '../../questions/mirror-employees.yaml';
import mirrorCustomers from '../../questions/mirror-customers.yaml';
import mirrorLeaders from '../../questions/mirror-leaders.yaml';
import mirrorMatrixData from '../../action-matrix/mirror.yaml';
import { parseInstrument } from '../core/instrument.js';
import { parseMatrix } from '../core/matrix.js';
import { parseMirrorMatrix, type MirrorMatrix } from '../core/mirror-matrix.js';
import type { Instrument, Issue, Matrix } from '../core/types.js';
import { issueText } from '../errors.js';

/** The instrument and its matrix used for a command. */
export interface Model {
  instrument: Instrument;
  matrix?: Matrix;
}

function orThrow<T>(value: T | undefined, issues: Issue[], what: string): T {
  if (!value) throw new Error(`bundled ${what} is invalid: ${issues.map((i) => `${i.path.join('.')}: ${issueText(i, 'en')}`).join('; ')}`);
  return value;
}

function modelOf(instrumentRaw: unknown, matrixRaw?: unknown): Model {
  const { instrument, issues } = parseInstrument(instrumentRaw);
  const inst = orThrow(instrument, issues, 'instrument');
  if (matrixRaw === undefined) return { instrument: inst };
  const m = parseMatrix(matrixRaw, inst);
  return { instrument: inst, matrix: orThrow(m.matrix, m.issues, 'matrix') };
}

/** The bundled models by id, each validated when first asked for. */
export const BUNDLED: Record<string, () => Model> = {
  'ex-25': () => modelOf(ex25, ex25Matrix),
  // The customer–employee mirror: one instrument per side, the same dimensions and statement ids (see src/mirror/).
  'mirror-employees': () => modelOf(mirrorEmployees),
  'mirror-customers': () => modelOf(mirrorCustomers),
  'mirror-leaders': () => modelOf(mirrorLeaders),
};

/** The bundled mirror matrix, validated against the bundled employees' instrument. */
export function mirrorMatrix(): MirrorMatrix {
  const { matrix, issues } = parseMirrorMatrix(mirrorMatrixData, BUNDLED['mirror-employees']!().instrument);
  return orThrow(matrix, issues, 'mirror matrix');
}
