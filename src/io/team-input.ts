import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isMap } from '../core/check.js';
import { parseAnswers } from '../core/answers.js';
import type { Instrument } from '../core/types.js';
import { L, UserError, type ErrorText } from '../errors.js';
import type { TeamTally } from '../team/tally.js';
import { importCsv, type CsvImportOptions } from './csv.js';
import { issuesError, parseData } from './parse.js';
import { readUserText } from './read.js';

/** File extensions read inside folders. */
const EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.csv']);

/** What reading the inputs found: respondents added to the tally, problems (each skipped row or file). */
export interface TeamInputReport {
  respondents: number;
  skipped: number;
  problems: ErrorText[];
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
      throw new UserError(L(`Introuvable : ${p}. Vérifiez le chemin (fichiers de réponses, résultats JSON, dossiers, exports CSV).`, `Not found: ${p}. Check the path (answers files, result JSON, folders, CSV exports).`));
    }
    if (isDir) walk(p);
    else out.push(p);
  }
  return out;
}

/** Reads one answers file or result JSON into the tally; a bad file is reported as a problem, never dropped silently. */
async function readSheetFile(file: string, instrument: Instrument, tally: TeamTally): Promise<ErrorText | undefined> {
  try {
    const located = await parseData(readUserText(file), file);
    if (isMap(located.data) && located.data.kind === 'aggregate') {
      return L(`${file} : c'est un agrégat, pas des réponses ; il ne peut pas entrer dans un autre agrégat (ex-maturity compare sait le lire). Fichier ignoré.`,
        `${file}: this is an aggregate, not answers; it cannot go into another aggregate (ex-maturity compare reads it). File skipped.`);
    }
    const { sheet, issues } = parseAnswers(located.data, instrument);
    if (!sheet) return issuesError(file, located, issues, { fr: 'fichier de réponses', en: 'answers file' }).text;
    tally.add(sheet.answers, sheet.respondent.group);
    return undefined;
  } catch (e) {
    if (e instanceof UserError) return e.text;
    throw e;
  }
}

/** Reads every input (answers files, result JSON, folders, CSV exports) into the tally, reporting each skipped row or file. */
export async function readTeamInputs(paths: readonly string[], instrument: Instrument, tally: TeamTally, csv: CsvImportOptions): Promise<TeamInputReport> {
  const report: TeamInputReport = { respondents: 0, skipped: 0, problems: [] };
  const problem = (m: ErrorText) => {
    report.skipped++;
    report.problems.push(m);
  };
  const files = expandPaths(paths);
  for (const file of files) {
    if (extname(file).toLowerCase() === '.csv') {
      try {
        await importCsv(file, instrument, csv, {
          respondent: (values, group) => {
            tally.addOrdered(values, group);
            report.respondents++;
          },
          problem,
        });
      } catch (e) {
        if (e instanceof UserError) problem(e.text);
        else throw e;
      }
    } else {
      const p = await readSheetFile(file, instrument, tally);
      if (p) problem(p);
      else report.respondents++;
    }
  }
  return report;
}
