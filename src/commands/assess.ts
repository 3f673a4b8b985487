import { gateFailure } from '../core/gate.js';
import { buildResult, type Result } from '../core/result.js';
import { scoreSheet } from '../core/score.js';
import type { AnswerSheet, Lang, Scores } from '../core/types.js';
import { TOOL, generatedAt, schemaUrl } from '../env.js';
import { L, UserError } from '../errors.js';
import { loadAnswersFile, loadModel, type Model } from '../io/load.js';
import { checkOptions, FORMATS, type CommonOptions, type RawOptions } from '../options.js';
import { emit, say } from '../output.js';
import { renderResult } from '../render/index.js';

/** Scores an answer sheet into the result document. */
export function assessSheet(model: Model, sheet: AnswerSheet, lang: Lang): { result: Result; scores: Scores } {
  const scores = scoreSheet(model.instrument, sheet);
  const result = buildResult(model.instrument, model.matrix, sheet, scores, { tool: TOOL, lang, generatedAt: generatedAt(), schemaUrl: schemaUrl('result') });
  return { result, scores };
}

/** Checks --min-level against the instrument's levels (before any work). */
export function checkMinLevel(opts: CommonOptions, model: Model): void {
  const n = model.instrument.levels.length;
  if (opts.minLevel !== undefined && opts.minLevel > n) {
    throw new UserError(L(`--min-level ${opts.minLevel} : l'instrument n'a que ${n} niveaux.`, `--min-level ${opts.minLevel}: the instrument has only ${n} levels.`));
  }
}

/** Sends a rendered document where the user asked, then applies the gates to its overall result: returns the exit code. */
export function emitGated(content: string, overall: Scores['overall'], opts: CommonOptions): number {
  emit(content, opts.output, opts.lang);
  const failure = gateFailure(overall, opts);
  if (!failure) return 0;
  say(failure[opts.lang]);
  return 1;
}

/** Writes the result in the chosen format, then applies the gates: returns the exit code. */
export async function deliver(result: Result, scores: Scores, opts: CommonOptions): Promise<number> {
  return emitGated(await renderResult(result, opts.format, { width: process.stdout.columns ?? 80, bom: opts.bom }), scores.overall, opts);
}

/** `ex-maturity assess --answers FILE`: scores an answers file, never prompts. */
export async function assess(raw: RawOptions): Promise<number> {
  const opts = checkOptions(raw, FORMATS);
  if (!raw.answers) {
    throw new UserError(L(
      'Il manque --answers FICHIER (un fichier de réponses YAML ou JSON, ou - pour l\'entrée standard). ex-maturity template en écrit un vierge.',
      'Missing --answers FILE (a YAML or JSON answers file, or - for standard input). ex-maturity template writes a blank one.',
    ));
  }
  const model = await loadModel(opts);
  checkMinLevel(opts, model);
  const sheet = await loadAnswersFile(raw.answers, model.instrument);
  const { result, scores } = assessSheet(model, sheet, opts.lang);
  return deliver(result, scores, opts);
}
