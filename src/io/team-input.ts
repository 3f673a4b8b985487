import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isMap } from '../core/check.js';
import { parseAnswers } from '../core/answers.js';
import type { Instrument } from '../core/types.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import type { TeamTally } from '../team/tally.js';
import { importCsv, type CsvImportOptions } from './csv.js';
import { issuesMessage, parseData } from './parse.js';
import { problem, problemOf, report, type Problem, type ProblemSink } from './problems.js';
import { readUserText } from './read.js';

export type { Problem } from './problems.js';

/** File extensions read inside folders. */
const EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.csv']);

/** What reading the inputs found: respondents added to the tally, and each skipped row or file with its problem. */
export interface TeamInputReport extends ProblemSink {
  respondents: number;
}

/** The files named by the arguments: files as given, folders walked recursively (sorted; hidden entries left out). */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
    }
  };
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new UserError(msg('io.notFound', { path: p }), 2, { file: p });
    }
    if (isDir) walk(p);
    else out.push(p);
  }
  return out;
}

/** Reads one answers file or result JSON into the tally; a bad file is a problem, never dropped silently. */
async function readSheetFile(file: string, instrument: Instrument, tally: TeamTally): Promise<Problem | undefined> {
  try {
    const located = await parseData(readUserText(file), file);
    if (isMap(located.data) && located.data.kind === 'aggregate') return problem(msg('io.aggregateAsAnswers', { file }), file);
    const { sheet, issues } = parseAnswers(located.data, instrument);
    if (!sheet) return problem(issuesMessage(file, located, issues, 'answers'), file, located.lineOf(issues[0]?.path ?? []));
    tally.add(sheet.answers, sheet.respondent.group);
    if (sheet.comment !== undefined) tally.comments.push(sheet.comment);
    return undefined;
  } catch (e) {
    if (e instanceof UserError) return problemOf(e, file);
    throw e;
  }
}

/**
 * Reads every input (answers files, result JSON, folders, CSV exports) into the tally. One path for every problem:
 * each bad row or file is reported (a coded message naming the file and the line), counted as skipped, and reading
 * goes on; the command then goes on with the rest, or refuses all with --strict.
 */
export async function readTeamInputs(paths: readonly string[], instrument: Instrument, tally: TeamTally, csv: CsvImportOptions): Promise<TeamInputReport> {
  const out: TeamInputReport = { respondents: 0, skipped: 0, problems: [] };
  for (const file of expandPaths(paths)) {
    if (extname(file).toLowerCase() === '.csv') {
      await importCsv(file, instrument, csv, {
        respondent: (values, group) => {
          tally.addOrdered(values, group);
          out.respondents++;
        },
        problem: (p) => report(out, p),
      });
    } else {
      const p = await readSheetFile(file, instrument, tally);
      if (p) report(out, p);
      else out.respondents++;
    }
  }
  return out;
}
