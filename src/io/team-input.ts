import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import { isMap } from '../core/check.js';
import { parseAnswers } from '../core/answers.js';
import type { AnswerValue, Instrument } from '../core/types.js';
import { UserError } from '../errors.js';
import { msg, type Message } from '../i18n/index.js';
import { importCsv, isWorkbook, WORKBOOK_EXTENSIONS, type CsvImportOptions } from './csv.js';
import { issuesMessage, parseData } from './parse.js';
import { problem, problemOf, report, type Problem, type ProblemSink } from './problems.js';
import { readUserText } from './read.js';

export type { Problem } from './problems.js';

/** Where respondents go as they are read: a team's tally (aggregate), or one side of the mirror (which also takes the unit). */
export interface RespondentSink {
  add(answers: Record<string, AnswerValue>, group?: string | null, unit?: string | null): void;
  addOrdered(values: readonly AnswerValue[], group?: string | null, unit?: string | null): void;
  /** An answers file's anonymous comment, for sinks that keep them. */
  comment?(text: string): void;
}

/** File extensions read inside folders. */
const EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.csv', '.tsv', ...WORKBOOK_EXTENSIONS]);
/** Extensions read as a form's export: CSV and tab-separated text (Excel's "Unicode text" is a .txt, read when named), workbooks. */
export const isExport = (file: string): boolean => ['.csv', '.tsv', '.txt'].includes(extname(file).toLowerCase()) || isWorkbook(file);

/** What reading the inputs found: respondents added to the tally, and each skipped row or file with its problem. */
export interface TeamInputReport extends ProblemSink {
  respondents: number;
  /** How some files were read (an encoding, a separator, a sheet other than the plain ones), for the user to check. */
  notes: Message[];
}

/**
 * The files named by the arguments: files as given, folders walked recursively (sorted; hidden entries left out).
 * Symbolic links inside folders are followed (a folder reached twice, e.g. through a link loop, is walked once); each
 * file is counted once, by device and inode, however many times it is named (twice on the command line, a hard
 * link, a folder given with a file inside it). What is left out (a second name of a file, a broken link, a folder
 * that cannot be read) is reported as a problem, never silently.
 */
export function expandPaths(paths: readonly string[], problems?: Problem[]): string[] {
  const out: string[] = [];
  const seenFiles = new Map<string, string>();
  const seenDirs = new Set<string>();
  const say = (p: Problem) => problems?.push(p);
  const addFile = (p: string, st: Stats) => {
    const key = `${st.dev}:${st.ino}`;
    const first = seenFiles.get(key);
    if (first !== undefined) return say(problem(msg('input.sameFile', { file: p, first }), p));
    seenFiles.set(key, p);
    out.push(p);
  };
  const walk = (dir: string, st: Stats) => {
    const key = `${st.dev}:${st.ino}`;
    if (seenDirs.has(key)) return;
    seenDirs.add(key);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      return say(problem(msg('input.folderUnreadable', { folder: dir, code: (e as NodeJS.ErrnoException).code ?? '' }), dir));
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (!e.isDirectory() && !e.isFile() && !e.isSymbolicLink()) continue; // FIFOs, sockets, devices: never opened
      let target: Stats;
      try {
        target = statSync(p);
      } catch {
        say(problem(msg('input.brokenLink', { file: p }), p));
        continue;
      }
      if (target.isDirectory()) walk(p, target);
      else if (target.isFile() && EXTENSIONS.has(extname(e.name).toLowerCase())) addFile(p, target);
    }
  };
  for (const p of paths) {
    let st: Stats;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') throw new UserError(msg('io.cannotRead', { file: p }), 2, { file: p });
      throw new UserError(msg('io.notFound', { path: p }), 2, { file: p });
    }
    if (st.isDirectory()) walk(p, st);
    else if (st.isFile()) addFile(p, st);
    else out.push(p); // a FIFO or a device named on purpose: its reader decides (read as a stream, or refused)
  }
  return out;
}

/** The form exports (CSV, workbooks) among the files the arguments name (folders walked as for reading them). */
export function exportFiles(paths: readonly string[]): string[] {
  return expandPaths(paths).filter(isExport);
}

/** Reads one answers file or result JSON into the tally; a bad file is a problem, never dropped silently. */
async function readSheetFile(file: string, instrument: Instrument, tally: RespondentSink): Promise<Problem | undefined> {
  try {
    const located = await parseData(readUserText(file), file);
    if (isMap(located.data) && located.data.kind === 'aggregate') return problem(msg('io.aggregateAsAnswers', { file }), file);
    const { sheet, issues } = parseAnswers(located.data, instrument);
    if (!sheet) return problem(issuesMessage(file, located, issues, 'answers'), file, located.lineOf(issues[0]?.path ?? []));
    // No answer at all (every one "don't know"): nobody's view, never counted toward the anonymity threshold.
    if (!Object.values(sheet.answers).some((v) => v !== null)) return problem(msg('input.noAnswerFile', { file }), file);
    tally.add(sheet.outcomes ? { ...sheet.answers, ...sheet.outcomes } : sheet.answers, sheet.respondent.group, sheet.respondent.unit);
    if (sheet.comment !== undefined) tally.comment?.(sheet.comment);
    return undefined;
  } catch (e) {
    if (e instanceof UserError) return problemOf(e, file);
    throw e;
  }
}

/**
 * Reads every input (answers files, result JSON, folders, CSV exports, workbooks) into the tally. One path for every problem:
 * each bad row or file is reported (a coded message naming the file and the line), counted as skipped, and reading
 * goes on; the command then goes on with the rest, or refuses all with --strict.
 */
export async function readTeamInputs(paths: readonly string[], instrument: Instrument, tally: RespondentSink, csv: CsvImportOptions): Promise<TeamInputReport> {
  const out: TeamInputReport = { respondents: 0, skipped: 0, problems: [], notes: [] };
  const left: Problem[] = [];
  const files = expandPaths(paths, left);
  for (const p of left) report(out, p);
  for (const file of files) {
    if (isExport(file)) {
      await importCsv(file, instrument, csv, {
        respondent: (values, group, unit) => {
          tally.addOrdered(values, group, unit);
          out.respondents++;
        },
        problem: (p) => report(out, p),
        note: (m) => out.notes.push(m),
      });
    } else {
      const p = await readSheetFile(file, instrument, tally);
      if (p) report(out, p);
      else out.respondents++;
    }
  }
  return out;
}
