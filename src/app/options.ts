// Options are checked before any work starts: a bad one is a usage error (exit 2), in the user's language.
import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { sourceDateEpoch } from './context.js';
import { checkTarget } from '../io/write.js';
import { requireBrowser } from '../io/pdf.js';
import { isLang, langFromEnv, msg, type Lang } from '../i18n/index.js';
import { EXTENSIONS, extensionsOf, formatOfExtension, formatsOf, type DocumentKind, type Format } from '../render/registry.js';
import { DEFAULT_MIN_GROUP } from '../team/anonymity.js';
import { DEFAULT_MIN_COMMENTS } from '../team/comments.js';

/** Options as commander hands them over, before checking. */
export interface RawOptions {
  lang?: string;
  instrument?: string;
  matrix?: string;
  format?: string;
  output?: string;
  color?: boolean;
  failUnder?: string;
  minLevel?: string;
  minGroup?: string;
  answers?: string;
  bom?: boolean;
  resume?: boolean;
  restart?: boolean;
  strict?: boolean;
  map?: string;
  groupBy?: string;
  /** The sheet of the workbooks to read (issue 23). */
  sheet?: string;
  /** Where `aggregate --map-suggest` writes its proposed --map file (issue 23). */
  mapSuggest?: string;
  force?: boolean;
  target?: string;
  targets?: string;
  failUnderTarget?: string;
  host?: string;
  port?: string;
  minComments?: string;
  /** A plan file (plan.yaml) whose actions reports show with their status. */
  plan?: string;
  seats?: string;
  strictGates?: boolean;
  population?: string;
  margin?: string;
  groups?: string;
  allowOverlap?: boolean;
  browser?: string;
}

/** Options once checked, shared by the commands. */
export interface CommonOptions {
  lang: Lang;
  /** Whether the language came from --lang or the environment (else the interview asks). */
  langKnown: boolean;
  instrument?: string;
  matrix?: string;
  format: Format;
  output?: string;
  failUnder?: number;
  minLevel?: number;
  failUnderTarget?: number;
  /** --strict-gates: a borderline pass (the interval reaches below the threshold) fails. */
  strictGates?: boolean;
  bom: boolean;
  /** The browser that prints a PDF (found or given with --browser), only with --format pdf. */
  browser?: string;
}

/** The language: --lang when given (checked), else the environment. */
export function checkLang(raw: RawOptions, env: NodeJS.ProcessEnv): { lang: Lang; known: boolean } {
  if (raw.lang === undefined) {
    const { lang, detected } = langFromEnv(env);
    return { lang, known: detected };
  }
  if (!isLang(raw.lang)) throw new UserError(msg('app.badLang', { value: raw.lang }));
  return { lang: raw.lang, known: true };
}

/** The format: --format when given (checked against what the document can be written in), else from --output's extension, else the default. */
function checkFormat(raw: RawOptions, kind: DocumentKind): Format {
  const allowed = formatsOf(kind);
  if (raw.format !== undefined) {
    if (!(allowed as string[]).includes(raw.format)) throw new UserError(msg('app.badFormat', { value: raw.format, allowed }));
    return raw.format as Format;
  }
  if (raw.output !== undefined) {
    const ext = extname(raw.output);
    const inferred = formatOfExtension(kind, ext);
    // A known extension of a format this document does not have: say so, not that the extension means nothing.
    const other = EXTENSIONS[ext.toLowerCase()];
    if (!inferred && other) throw new UserError(msg('app.noSuchFormat', { file: raw.output, kind, format: other, allowed: extensionsOf(kind) }));
    if (!inferred) throw new UserError(msg('app.badExtension', { file: raw.output, ext, allowed: extensionsOf(kind) }));
    return inferred as Format; // (every kind but the template, which has its own command, is written in report formats)
  }
  return allowed[0]!;
}

/** Checks the options every document-writing command shares. */
export function checkOptions(raw: RawOptions, kind: DocumentKind, env: NodeJS.ProcessEnv): CommonOptions {
  const { lang, known } = checkLang(raw, env);
  const opts: CommonOptions = { lang, langKnown: known, format: checkFormat(raw, kind), bom: raw.bom === true };
  sourceDateEpoch(env); // a malformed SOURCE_DATE_EPOCH is refused now, not after the interview
  if (raw.instrument) opts.instrument = raw.instrument;
  if (raw.matrix) opts.matrix = raw.matrix;
  if (raw.output) {
    checkTarget(raw.output); // an --output that cannot be written fails now, not after the interview
    opts.output = raw.output;
  }
  if (opts.format === 'pdf') {
    if (!opts.output) throw new UserError(msg('deliverable.pdfNeedsOutput'));
    opts.browser = requireBrowser(env, raw.browser); // no browser: said now, before any work
  }
  if (raw.failUnder !== undefined) {
    opts.failUnder = percentOption('--fail-under', raw.failUnder);
  }
  if (raw.failUnderTarget !== undefined) opts.failUnderTarget = percentOption('--fail-under-target', raw.failUnderTarget);
  if (raw.minLevel !== undefined) {
    if (!/^\d+$/.test(raw.minLevel) || Number(raw.minLevel) < 1) throw new UserError(msg('app.badMinLevel', { value: raw.minLevel }));
    opts.minLevel = Number(raw.minLevel);
  }
  if (raw.strictGates) opts.strictGates = true;
  return opts;
}

/** Whether --population names a file of groups (`group,N` lines) rather than a number: anything that does not look like one. */
export function populationIsFile(raw: RawOptions): boolean {
  return raw.population !== undefined && !/^[\s\d.,+-]*$/.test(raw.population);
}

/** Checks --population: the number of people invited, a whole number of at least 1 (undefined when not given). */
export function checkPopulation(raw: RawOptions): number | undefined {
  const v = raw.population;
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1) throw new UserError(msg('uncertainty.badPopulation', { value: v }));
  return Number(v);
}

/** A score or percentage option: a number from 0 to 100. */
function percentOption(option: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UserError(msg('app.badScoreOption', { option, value }));
  return n;
}

/** The targets: --target SCORE for every dimension, or --targets FILE (read by `readFile`); never both. */
export async function checkTargets(raw: RawOptions, dimensionIds: readonly string[], readFile: (file: string) => Promise<Record<string, number>>): Promise<Record<string, number> | undefined> {
  if (raw.target !== undefined && raw.targets !== undefined) throw new UserError(msg('app.targetAndTargets'));
  if (raw.target !== undefined) {
    const n = percentOption('--target', raw.target);
    return Object.fromEntries(dimensionIds.map((id) => [id, n]));
  }
  return raw.targets === undefined ? undefined : readFile(raw.targets);
}

/** Checks --min-level against the instrument's number of levels. */
export function checkMinLevel(opts: CommonOptions, levels: number): void {
  if (opts.minLevel !== undefined && opts.minLevel > levels) throw new UserError(msg('app.minLevelTooHigh', { value: opts.minLevel, levels }));
}

/** Checks --min-group: a whole number of at least 1 (below 3 is accepted, and then every output warns). */
export function checkMinGroup(raw: RawOptions): number {
  const v = raw.minGroup;
  if (v === undefined) return DEFAULT_MIN_GROUP;
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1) throw new UserError(msg('app.badMinGroup', { value: v }));
  return Number(v);
}

/** Checks --min-comments: a whole number of at least 1 (comments are shown only from that many on). */
export function checkMinComments(raw: RawOptions): number {
  const v = raw.minComments;
  if (v === undefined) return DEFAULT_MIN_COMMENTS;
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1) throw new UserError(msg('room.badMinComments', { value: v }));
  return Number(v);
}

/** How to treat a saved session found at start: ask, or decided up front by --resume / --restart. */
export type StartChoice = 'ask' | 'resume' | 'restart';

/** --resume / --restart, which contradict each other. */
export function checkStartChoice(raw: RawOptions): StartChoice {
  if (raw.resume && raw.restart) throw new UserError(msg('app.resumeAndRestart'));
  return raw.resume ? 'resume' : raw.restart ? 'restart' : 'ask';
}
