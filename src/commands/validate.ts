import { isMap } from '../core/check.js';
import { parseAnswers } from '../core/answers.js';
import { parseInstrument } from '../core/instrument.js';
import { parseMatrix } from '../core/matrix.js';
import type { Instrument, Issue } from '../core/types.js';
import { L, UserError } from '../errors.js';
import { builtinModel, loadInstrumentFile } from '../io/load.js';
import { issuesError, parseData, type Located } from '../io/parse.js';
import { readUserText } from '../io/read.js';
import { checkOptions, type RawOptions } from '../options.js';
import { say } from '../output.js';

type Kind = 'instrument' | 'matrix' | 'answers';
const KIND_NAMES: Record<Kind, { fr: string; en: string }> = {
  instrument: { fr: 'instrument', en: 'instrument' },
  matrix: { fr: "matrice d'actions", en: 'action matrix' },
  answers: { fr: 'fichier de réponses', en: 'answers file' },
};

/** What a file holds, from its top-level keys. */
function kindOf(data: unknown): Kind | undefined {
  if (!isMap(data)) return undefined;
  if ('answers' in data) return 'answers';
  if ('scale' in data || 'levels' in data) return 'instrument';
  if ('dimensions' in data || 'overall' in data) return 'matrix';
  return undefined;
}

/** `ex-maturity validate FILE…`: checks instruments, matrices and answers files, explaining every problem. */
export async function validate(files: string[], raw: RawOptions): Promise<number> {
  const opts = checkOptions(raw, ['table']);
  const fr = opts.lang === 'fr';
  const fallback: Instrument = opts.instrument ? await loadInstrumentFile(opts.instrument) : builtinModel().instrument;

  // Instruments first, so that matrices and answers given in the same call are checked against them.
  const read: { file: string; located?: Located; kind?: Kind; error?: UserError }[] = [];
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
  const order: Kind[] = ['instrument', 'matrix', 'answers'];
  let bad = 0;
  for (const f of [...read].sort((a, b) => order.indexOf(a.kind!) - order.indexOf(b.kind!))) {
    if (f.error || !f.located || !f.kind) {
      bad++;
      say(f.error ? f.error.in(opts.lang) : L(
        `${f.file} : ni un instrument (scale, levels, dimensions), ni une matrice (instrument, dimensions), ni un fichier de réponses (answers).`,
        `${f.file}: neither an instrument (scale, levels, dimensions), nor a matrix (instrument, dimensions), nor an answers file (answers).`,
      )[opts.lang]);
      continue;
    }
    const data = f.located.data as Record<string, unknown>;
    const against = (id: unknown) => (typeof id === 'string' && instruments.get(id)) || fallback;
    let issues: Issue[];
    let summary = '';
    if (f.kind === 'instrument') {
      const r = parseInstrument(data);
      issues = r.issues;
      if (r.instrument) {
        instruments.set(r.instrument.id, r.instrument);
        const q = r.instrument.dimensions.reduce((n, d) => n + d.questions.length, 0);
        summary = fr
          ? `instrument ${r.instrument.id} ${r.instrument.version} (${r.instrument.dimensions.length} dimensions, ${q} questions, ${r.instrument.levels.length} niveaux)`
          : `instrument ${r.instrument.id} ${r.instrument.version} (${r.instrument.dimensions.length} dimensions, ${q} questions, ${r.instrument.levels.length} levels)`;
      }
    } else if (f.kind === 'matrix') {
      const inst = against(data.instrument);
      const r = parseMatrix(data, inst);
      issues = r.issues;
      if (r.matrix) {
        const n = Object.values(r.matrix.dimensions).reduce((a, cells) => a + Object.values(cells).reduce((b, l) => b + l.length, 0), 0);
        summary = fr ? `matrice d'actions pour ${inst.id} (${n} actions)` : `action matrix for ${inst.id} (${n} actions)`;
      }
    } else {
      const id = isMap(data.instrument) ? data.instrument.id : data.instrument;
      const inst = against(id);
      const r = parseAnswers(data, inst);
      issues = r.issues;
      if (r.sheet) summary = fr ? `réponses complètes pour ${inst.id}` : `complete answers for ${inst.id}`;
    }
    if (issues.length) {
      bad++;
      say(issuesError(f.file, f.located, issues, KIND_NAMES[f.kind]).in(opts.lang));
    } else {
      process.stdout.write(`✓ ${f.file}: ${summary}\n`);
    }
  }
  if (bad) say(fr ? `${bad} fichier(s) sur ${files.length} à corriger.` : `${bad} of ${files.length} file(s) to fix.`);
  return bad ? 2 : 0;
}
