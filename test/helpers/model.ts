import { issueText } from '../../src/errors.js';
import instrumentData from '../../questions/ex-25.yaml';
import matrixData from '../../action-matrix/ex-25.yaml';
import { parseInstrument } from '../../src/core/instrument.js';
import { parseMatrix } from '../../src/core/matrix.js';
import type { AnswerSheet, AnswerValue, Instrument, Matrix } from '../../src/core/types.js';

/** An instrument from plain data; throws with the issues when it is invalid. */
export function instrumentOf(data: unknown): Instrument {
  const { instrument, issues } = parseInstrument(data);
  if (!instrument) throw new Error(issues.map((i) => `${i.path.join('.')}: ${issueText(i, 'en')}`).join('\n'));
  return instrument;
}

export const ex25: Instrument = instrumentOf(instrumentData);
export const ex25Matrix: Matrix = (() => {
  const { matrix, issues } = parseMatrix(matrixData, ex25);
  if (!matrix) throw new Error(issues.map((i) => issueText(i, 'en')).join('\n'));
  return matrix;
})();

/** A sheet for ex-25 from five lists of five answers, in instrument order. */
export function sheet(values: AnswerValue[][], instrument: Instrument = ex25): AnswerSheet {
  const answers: Record<string, AnswerValue> = {};
  instrument.dimensions.forEach((d, i) => d.questions.forEach((q, j) => (answers[q.id] = values[i]![j]!)));
  return { respondent: {}, answers };
}

/** The statement ids of ex-25, in questionnaire order (read from the instrument: retired ids never come back). */
export const EX25_IDS: string[] = ex25.dimensions.flatMap((d) => d.questions.map((q) => q.id));
