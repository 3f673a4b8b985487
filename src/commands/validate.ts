import type { AppContext } from '../app/context.js';
import { checkLang, type RawOptions } from '../app/options.js';
import { parseAnswers } from '../core/answers.js';
import { isMap } from '../core/check.js';
import { parseInstrument } from '../core/instrument.js';
import { parseMatrix } from '../core/matrix.js';
import type { Instrument, Issue } from '../core/types.js';
import { UserError } from '../errors.js';
import { format, msg, type Message } from '../i18n/index.js';
import { loadModel } from '../io/load.js';
import { issuesError, parseData, type Located } from '../io/parse.js';
import { readUserText } from '../io/read.js';

type Kind = 'instrument' | 'matrix' | 'answers';

/** What a file holds, from its top-level keys. */
function kindOf(data: unknown): Kind | undefined {
  if (!isMap(data)) return undefined;
  if ('answers' in data) return 'answers';
  if ('scale' in data || 'levels' in data) return 'instrument';
  if ('dimensions' in data || 'overall' in data) return 'matrix';
  return undefined;
}

interface Read {
  file: string;
  located?: Located;
  kind?: Kind;
  error?: UserError;
}

/** Checks one file already read: its issues, and a one-line summary when it is valid. */
function check(f: Required<Pick<Read, 'file' | 'located' | 'kind'>>, against: (id: unknown) => Instrument, instruments: Map<string, Instrument>): { issues: Issue[]; summary?: Message } {
  const data = f.located.data as Record<string, unknown>;
  if (f.kind === 'instrument') {
    const { instrument, issues } = parseInstrument(data);
    if (!instrument) return { issues };
    instruments.set(instrument.id, instrument);
    const questions = instrument.dimensions.reduce((n, d) => n + d.questions.length, 0);
    return { issues, summary: msg('app.validInstrument', { file: f.file, id: instrument.id, version: instrument.version, dimensions: instrument.dimensions.length, questions, levels: instrument.levels.length }) };
  }
  if (f.kind === 'matrix') {
    const inst = against(data.instrument);
    const { matrix, issues } = parseMatrix(data, inst);
    if (!matrix) return { issues };
    const actions = Object.values(matrix.dimensions).reduce((a, cells) => a + Object.values(cells).reduce((b, l) => b + l.length, 0), 0);
    return { issues, summary: msg('app.validMatrix', { file: f.file, id: inst.id, actions }) };
  }
  const inst = against(isMap(data.instrument) ? data.instrument.id : data.instrument);
  const { sheet, issues } = parseAnswers(data, inst);
  return sheet ? { issues, summary: msg('app.validAnswers', { file: f.file, id: inst.id }) } : { issues };
}

/**
 * `ex-maturity validate FILE…`: checks instruments, matrices and answers files, explaining every problem. Instruments
 * are checked first, so that matrices and answers given in the same call are checked against them. When every file is
 * valid, one line per file goes to stdout (exit 0); otherwise every line goes to stderr (exit 2) and stdout stays empty.
 */
export async function validate(ctx: AppContext, raw: RawOptions, files: string[]): Promise<number> {
  const { lang } = checkLang(raw, ctx.env);
  const fallback: Instrument = (await loadModel({ ...(raw.instrument ? { instrument: raw.instrument } : {}) })).instrument;
  const read: Read[] = [];
  for (const file of files) {
    try {
      const located = await parseData(readUserText(file), file);
      const kind = kindOf(located.data);
      read.push(kind ? { file, located, kind } : { file, located });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      read.push({ file, error: e });
    }
  }
  const instruments = new Map<string, Instrument>();
  const against = (id: unknown) => (typeof id === 'string' && instruments.get(id)) || fallback;
  const order: (Kind | undefined)[] = ['instrument', 'matrix', 'answers', undefined];
  const lines: string[] = [];
  let bad = 0;
  for (const f of [...read].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
    if (f.error || !f.located || !f.kind) {
      bad++;
      lines.push(f.error ? f.error.in(lang) : format(msg('app.unknownKind', { file: f.file }), lang));
      continue;
    }
    const { issues, summary } = check({ file: f.file, located: f.located, kind: f.kind }, against, instruments);
    if (issues.length || !summary) {
      bad++;
      lines.push(issuesError(f.file, f.located, issues, f.kind).in(lang));
    } else lines.push(`✓ ${format(summary, lang)}`);
  }
  if (!bad) {
    ctx.out(lines.join('\n') + '\n');
    return 0;
  }
  lines.push(format(msg('app.filesToFix', { bad, total: files.length }), lang));
  ctx.err(lines.join('\n'));
  return 2;
}
