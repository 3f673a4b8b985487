// What the readers report about a row or a file they skip: a coded message and where it is. Every reader pushes
// its problems into one sink, which counts what it skipped; the command decides to go on or refuse (--strict).
import { UserError } from '../errors.js';
import { format, LANGS, type Message } from '../i18n/index.js';

/** A row or a file that could not be read: a coded message (its text names the file and the line) and where it is. */
export type Problem = Message & { file: string; line?: number };

/** Where readers report: each problem is kept and each skipped row or file counted. */
export interface ProblemSink {
  problems: Problem[];
  skipped: number;
}

/** Records a skipped row or file. */
export function report(sink: ProblemSink, p: Problem): void {
  sink.skipped++;
  sink.problems.push(p);
}

/** A problem: a message, the file and, when there is one, the line. */
export function problem(m: Message, file: string, line?: number): Problem {
  return { ...m, file, ...(line === undefined ? {} : { line }) };
}

/** A user error met while reading a file, as a problem of that file. */
export function problemOf(e: UserError, file: string): Problem {
  return problem(e.text, e.where.file ?? file, e.where.line);
}

/** A message written out in every language of the interface: for a message that quotes others (a file's issues). */
export function inEveryLanguage(m: Message): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const lang of LANGS) out[lang] = format(m, lang);
  return out;
}
