// Problems found while reading many inputs (rows and files skipped): listed once, the same way by every command.
import { UserError } from '../errors.js';
import { format, msg, type Lang, type Message } from '../i18n/index.js';

/** Most problems printed one by one; the rest are counted. */
const MAX_SHOWN = 20;

/** The problems as the indented lines of one message, at most MAX_SHOWN of them. */
function problemLines(problems: readonly Message[], lang: Lang): string {
  const lines = problems.slice(0, MAX_SHOWN).map((p) => format(p, lang).split('\n').map((l) => `  ${l}`).join('\n'));
  if (problems.length > MAX_SHOWN) lines.push(`  ${format(msg('app.moreProblems', { n: problems.length - MAX_SHOWN }), lang)}`);
  return lines.join('\n');
}

/** What reading the inputs found. */
export interface InputReport {
  respondents: number;
  skipped: number;
  problems: readonly Message[];
  /** How some files were read (encoding, separator, sheet): said on stderr before anything else. */
  notes?: readonly Message[];
}

/**
 * Decides what the problems of the inputs mean: with --strict, or with no valid respondent, they refuse the run
 * (exit 2); otherwise they are listed on stderr with the count of what was skipped, and the run goes on.
 */
export function settleProblems(report: InputReport, strict: boolean, lang: Lang, say: (text: string) => void): void {
  if (report.notes?.length) say(report.notes.map((m) => format(m, lang)).join('\n'));
  const n = report.problems.length;
  if (n && (strict || report.respondents === 0)) {
    // Machines get the place of the first problem (the JSON error line, the workflow annotation).
    const first = report.problems[0] as Message & { file?: string; line?: number };
    const where = { ...(first.file ? { file: first.file } : {}), ...(first.line ? { line: first.line } : {}) };
    throw new UserError(msg(strict ? 'app.problemsStrict' : 'app.problemsNoRespondent', { n, lines: problemLines(report.problems, lang) }), 2, where);
  }
  if (report.respondents === 0) throw new UserError(msg('app.noRespondent'));
  if (n) say(`${problemLines(report.problems, lang)}\n${format(msg('app.skipped', { n: report.skipped }), lang)}`);
}
