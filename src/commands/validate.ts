import type { AppContext } from '../app/context.js';
import { checkLang, type RawOptions } from '../app/options.js';
import { parseAnswers } from '../core/answers.js';
import { isMap } from '../core/check.js';
import { parseInstrument } from '../core/instrument.js';
import { parseMatrix } from '../core/matrix.js';
import { familyOf, mirrorIssues, SIDES } from '../core/mirror-family.js';
import { parseMirrorMatrix } from '../core/mirror-matrix.js';
import type { Instrument, Issue } from '../core/types.js';
import { UserError } from '../errors.js';
import { format, msg, type Message } from '../i18n/index.js';
import { loadModel } from '../io/load.js';
import { modelFor } from '../io/plan-input.js';
import type { ActionSource } from '../core/action-plan.js';
import { looksLikePlan, parsePlanFile } from '../core/action-plan.js';
import { issuesError, parseData, type Located } from '../io/parse.js';
import { readUserText } from '../io/read.js';
import { parseColumnMap } from '../io/column-map.js';
import { isExport, readTeamInputs } from '../io/team-input.js';

type Kind = 'instrument' | 'matrix' | 'mirrorMatrix' | 'answers' | 'plan' | 'map';

/** The mirror families among the instruments (two members or more), the employees' one first. */
function mirrorFamilies(instruments: Map<string, Instrument>): { name: string; members: Instrument[] }[] {
  const families = new Map<string, Instrument[]>();
  for (const inst of instruments.values()) {
    const f = familyOf(inst.id);
    if (f) families.set(f.family, [...(families.get(f.family) ?? []), inst]);
  }
  const rank = (i: Instrument) => SIDES.indexOf(familyOf(i.id)!.side);
  return [...families].filter(([, m]) => m.length > 1).map(([name, m]) => ({ name, members: [...m].sort((a, b) => rank(a) - rank(b)) }));
}

/** What a file holds, from its top-level keys. */
function kindOf(data: unknown): Kind | undefined {
  if (!isMap(data)) return undefined;
  if (looksLikePlan(data)) return 'plan';
  if ('answers' in data) return 'answers';
  if ('scale' in data || 'levels' in data) return 'instrument';
  if ('readings' in data) return 'mirrorMatrix';
  if ('dimensions' in data || 'overall' in data) return 'matrix';
  if ('columns' in data || 'values' in data) return 'map';
  return undefined;
}

interface Read {
  file: string;
  /** Its place among the files given: results are listed in that order. */
  place: number;
  /** A CSV export: checked as `aggregate` reads it, once the instruments given are known. */
  csv?: boolean;
  located?: Located;
  kind?: Kind;
  error?: UserError;
}

/** Checks one file already read: its issues, and a one-line summary when it is valid. */
function check(f: Required<Pick<Read, 'file' | 'located' | 'kind'>>, against: (id: unknown, bundled?: string) => Instrument, instruments: Map<string, Instrument>, planModel: (id: unknown) => { instrument: Instrument; source: ActionSource } | undefined): { issues: Issue[]; summary?: Message } {
  const data = f.located.data as Record<string, unknown>;
  if (f.kind === 'plan') {
    // A plan is checked against the instrument and the matrix it names (bundled, or --instrument / --matrix).
    const model = planModel(data.instrument);
    const { plan, issues } = parsePlanFile(data, model?.instrument ?? against(data.instrument), model?.source);
    if (!plan) return { issues };
    return { issues, summary: msg('plan.validPlan', { file: f.file, id: plan.instrument.id, actions: plan.actions.length }) };
  }
  if (f.kind === 'instrument') {
    const { instrument, issues } = parseInstrument(data);
    if (!instrument) return { issues };
    instruments.set(instrument.id, instrument);
    const questions = instrument.dimensions.reduce((n, d) => n + d.questions.length, 0);
    return { issues, summary: msg('app.validInstrument', { file: f.file, id: instrument.id, version: instrument.version, dimensions: instrument.dimensions.length, questions, levels: instrument.levels.length }) };
  }
  if (f.kind === 'mirrorMatrix') {
    // A mirror matrix names its family (`mirror`): checked against that family's employees instrument.
    const inst = against(typeof data.instrument === 'string' ? `${data.instrument}-employees` : undefined, 'mirror-employees');
    const { matrix, issues } = parseMirrorMatrix(data, inst);
    if (!matrix) return { issues };
    const actions = Object.values(matrix.dimensions).reduce((a, cells) => a + Object.values(cells).reduce((b, l) => b + l.length, 0), 0);
    return { issues, summary: msg('mirror.validMatrix', { file: f.file, id: matrix.instrument, actions }) };
  }
  if (f.kind === 'matrix') {
    const inst = against(data.instrument);
    const { matrix, issues } = parseMatrix(data, inst);
    if (!matrix) return { issues };
    const actions = Object.values(matrix.dimensions).reduce((a, cells) => a + Object.values(cells).reduce((b, l) => b + l.length, 0), 0);
    return { issues, summary: msg('app.validMatrix', { file: f.file, id: inst.id, actions }) };
  }
  if (f.kind === 'map') {
    // A --map file names no instrument: checked against --instrument (ex-25 by default).
    const inst = against(undefined);
    const { map, issues } = parseColumnMap(data, inst);
    return map ? { issues, summary: msg('exports.validMap', { file: f.file, instrument: inst.id, columns: Object.keys(map.columns).length, values: Object.keys(map.values).length }) } : { issues };
  }
  const inst = against(isMap(data.instrument) ? data.instrument.id : data.instrument);
  const { sheet, issues } = parseAnswers(data, inst);
  return sheet ? { issues, summary: msg('app.validAnswers', { file: f.file, id: inst.id }) } : { issues };
}

/**
 * `ex-maturity validate FILE…`: checks instruments, matrices, answers files, --map files and form exports (CSV,
 * workbooks), explaining every problem. Instruments
 * are checked first, so that matrices and answers given in the same call are checked against them. When every file is
 * valid, one line per file goes to stdout (exit 0); otherwise every line goes to stderr (exit 2) and stdout stays empty.
 */
export async function validate(ctx: AppContext, raw: RawOptions, files: string[]): Promise<number> {
  const { lang } = checkLang(raw, ctx.env);
  const fallback: Instrument = (await loadModel({ ...(raw.instrument ? { instrument: raw.instrument } : {}) })).instrument;
  const read: Read[] = [];
  for (const [place, file] of files.entries()) {
    if (isExport(file)) {
      read.push({ file, place, csv: true });
      continue;
    }
    try {
      const located = await parseData(readUserText(file), file);
      const kind = kindOf(located.data);
      read.push(kind ? { file, place, located, kind } : { file, place, located });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      read.push({ file, place, error: e });
    }
  }
  const instruments = new Map<string, Instrument>();
  /** Where each valid instrument was read, by id (for the mirror family check). */
  const located = new Map<string, { file: string; located: Located }>();
  const mirrorEmployees = read.some((f) => f.kind === 'mirrorMatrix') ? (await loadModel({ instrument: 'mirror-employees' })).instrument : fallback;
  const against = (id: unknown, bundled?: string) => (typeof id === 'string' && instruments.get(id)) || (bundled ? mirrorEmployees : fallback);
  const order: (Kind | undefined)[] = ['instrument', 'mirrorMatrix', 'matrix', 'answers', 'plan', 'map', undefined];
  // The models plans name: loaded before checking (a plan's actions are checked against its matrix).
  const planModels = new Map<string, { instrument: Instrument; source: ActionSource }>();
  for (const f of read.filter((x) => x.kind === 'plan')) {
    const named = (f.located!.data as Record<string, unknown>).instrument;
    try {
      if (!planModels.has(String(named))) planModels.set(String(named), await modelFor(raw, { file: f.file, located: f.located!, instrumentId: typeof named === 'string' ? named : undefined }));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      f.error = e; // an instrument that is not bundled, and no --instrument: said for this file
    }
  }
  const planModel = (id: unknown) => planModels.get(String(id));
  // Checked instruments first (the others are checked against them), listed in the order the files were given.
  const results: string[] = [];
  let bad = 0;
  for (const f of [...read].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
    if (f.csv) {
      // A form's export (CSV, workbook), read as `aggregate` reads it (its reader, its columns, cells and rows): every problem listed.
      const inst = instruments.size === 1 ? [...instruments.values()][0]! : fallback;
      const report = await readTeamInputs([f.file], inst, { add: () => {}, addOrdered: () => {} }, raw.sheet ? { sheet: raw.sheet } : {});
      if (report.problems.length) bad++;
      const said = report.problems.length ? report.problems.map((p) => format(p, lang)) : [`✓ ${format(msg('exports.validExport', { file: f.file, instrument: inst.id, respondents: report.respondents }), lang)}`];
      results[f.place] = [...report.notes.map((m) => format(m, lang)), ...said].join('\n');
      continue;
    }
    if (f.error || !f.located || !f.kind) {
      bad++;
      results[f.place] = f.error ? f.error.in(lang) : format(msg('app.unknownKind', { file: f.file }), lang);
      continue;
    }
    const { issues, summary } = check({ file: f.file, located: f.located, kind: f.kind }, against, instruments, planModel);
    if (issues.length || !summary) {
      bad++;
      results[f.place] = issuesError(f.file, f.located, issues, f.kind === 'mirrorMatrix' ? 'matrix' : f.kind).in(lang);
    } else {
      if (f.kind === 'instrument') located.set(String((f.located.data as { id: unknown }).id), { file: f.file, located: f.located });
      results[f.place] = `✓ ${format(summary, lang)}`;
    }
  }
  const lines = results.filter((l) => l !== undefined);
  // Instruments given together that name one mirror family (x-employees, x-customers, x-leaders) must mirror each other.
  for (const family of mirrorFamilies(instruments)) {
    const [reference, ...others] = family.members;
    let ok = true;
    for (const other of others) {
      const issues = mirrorIssues(reference!, other);
      const where = located.get(other.id)!;
      if (issues.length) {
        ok = false;
        bad++;
        lines.push(issuesError(where.file, where.located, issues, 'instrument').in(lang));
      }
    }
    if (ok) lines.push(`✓ ${format(msg('mirror.validFamily', { family: family.name, sides: family.members.map((i) => i.id), dimensions: reference!.dimensions.length, statements: reference!.dimensions.reduce((n, d) => n + d.questions.length, 0) }), lang)}`);
  }
  if (!bad) {
    ctx.out(lines.join('\n') + '\n');
    return 0;
  }
  lines.push(format(msg('app.filesToFix', { bad, total: files.length }), lang));
  ctx.err(lines.join('\n'));
  return 2;
}
