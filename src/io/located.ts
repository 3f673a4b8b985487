// Data read from a file, with a way back to its lines; and the one error that lists a file's issues line by line.
import type { Issue } from '../core/types.js';
import { UserError } from '../errors.js';
import { msg, type Message } from '../i18n/index.js';
import { inEveryLanguage } from './problems.js';

/** Data read from a YAML or JSON file, and a way to find the line of any part of it (computed when asked). */
export interface Located {
  data: unknown;
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** What a file was read as, for messages. */
export type FileKind = 'answers' | 'answersOrResult' | 'instrument' | 'matrix' | 'map' | 'targets' | 'plan';

const KIND_CODES = {
  answers: 'io.kindAnswers',
  answersOrResult: 'io.kindAnswersOrResult',
  instrument: 'io.kindInstrument',
  matrix: 'io.kindMatrix',
  map: 'io.kindMap',
  targets: 'io.kindTargets',
  plan: 'plan.kindPlan',
} as const;

/** The error for a key written twice in one mapping: names the key and the line of its second appearance. */
export function duplicateKeyError(file: string, line: number, key: string): UserError {
  return new UserError(msg('io.duplicateKey', { file, line, key }), 2, { file, line });
}

/** At most this many issues are listed one by one; the rest are counted. */
const MAX_LISTED = 20;

/** Turns the issues found in a file into one message naming the file and each line (the first issue's line for machines). */
export function issuesError(file: string, located: Located, issues: readonly Issue[], kind: FileKind): UserError {
  return new UserError(issuesMessage(file, located, issues, kind), 2, { file, ...lineField(located.lineOf(issues[0]?.path ?? [])) });
}

/** The message listing a file's issues, each with its line. */
export function issuesMessage(file: string, located: Located, issues: readonly Issue[], kind: FileKind): Message {
  const lines = issues.slice(0, MAX_LISTED).map((i) => {
    const line = located.lineOf(i.path);
    const text = inEveryLanguage(i);
    return { where: line ? `${file}:${line}` : file, text };
  });
  const kindText = inEveryLanguage(msg(KIND_CODES[kind]));
  return msg('io.invalidFile', { file, kind: kindText, n: issues.length, lines });
}

function lineField(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}
