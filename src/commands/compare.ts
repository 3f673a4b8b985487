import { TOOL, generatedAt, schemaUrl } from '../env.js';
import { L, UserError } from '../errors.js';
import { compareSide, readCompareFile } from '../io/compare-input.js';
import { loadModel } from '../io/load.js';
import { checkOptions, FORMATS, type RawOptions } from '../options.js';
import { emit } from '../output.js';
import { renderComparison } from '../render/index.js';
import { buildComparison } from '../team/compare.js';

/** `ex-maturity compare OLD NEW`: what changed between two results, answers files or aggregates of the same instrument. */
export async function compare(oldPath: string, newPath: string, raw: RawOptions): Promise<number> {
  const opts = checkOptions(raw, FORMATS);
  const model = await loadModel(opts);
  const before = await readCompareFile(oldPath);
  const after = await readCompareFile(newPath);
  const a = before.instrumentId ?? model.instrument.id;
  const b = after.instrumentId ?? model.instrument.id;
  if (a !== b) {
    throw new UserError(L(
      `${oldPath} est pour l'instrument « ${a} » et ${newPath} pour « ${b} » : on ne compare que deux mesures du même instrument.`,
      `${oldPath} is for the instrument "${a}" and ${newPath} for "${b}": compare only works on two measures of the same instrument.`,
    ));
  }
  if (a !== model.instrument.id) {
    throw new UserError(L(
      `${oldPath} et ${newPath} sont pour l'instrument « ${a} », pas « ${model.instrument.id} » : passez-le avec --instrument FICHIER.`,
      `${oldPath} and ${newPath} are for the instrument "${a}", not "${model.instrument.id}": pass it with --instrument FILE.`,
    ));
  }
  const comparison = buildComparison(model.instrument, compareSide(before, model.instrument), compareSide(after, model.instrument), {
    tool: TOOL, lang: opts.lang, generatedAt: generatedAt(), schemaUrl: schemaUrl('compare'),
  });
  emit(await renderComparison(comparison, opts.format, { width: process.stdout.columns ?? 80, bom: opts.bom }), opts.output, opts.lang);
  return 0;
}
