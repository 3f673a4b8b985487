import type { AppContext } from '../app/context.js';
import { deliver } from '../app/deliver.js';
import { checkOptions, type RawOptions } from '../app/options.js';
import { schemaUrl, TOOL } from '../app/tool.js';
import { UserError } from '../errors.js';
import { format, msg } from '../i18n/index.js';
import { compareSide, readCompareFile } from '../io/compare-input.js';
import { isMirrorDocument, mirrorSnapshot } from '../io/mirror-compare-input.js';
import { compareMirrors } from '../mirror/compare.js';
import { loadModel } from '../io/load.js';
import { buildComparison } from '../team/compare.js';

/** `ex-maturity compare OLD NEW`: what changed between two results, answers files or aggregates of the same instrument. */
export async function compare(ctx: AppContext, raw: RawOptions, [oldPath, newPath]: string[]): Promise<number> {
  const opts = checkOptions(raw, 'comparison', ctx.env);
  const model = await loadModel(opts);
  const before = await readCompareFile(oldPath!);
  const after = await readCompareFile(newPath!);
  // Two mirrors: what moved per side and per gap (the customer–employee mirror).
  const mirrors = [before, after].filter((f) => isMirrorDocument(f.located.data)).length;
  if (mirrors === 1) throw new UserError(msg('mirror.compareMixed', { oldFile: oldPath!, newFile: newPath! }));
  if (mirrors === 2) {
    const doc = compareMirrors(mirrorSnapshot(before.located.data, oldPath!), mirrorSnapshot(after.located.data, newPath!), { tool: TOOL, lang: opts.lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('mirror-compare') });
    return deliver(ctx, 'mirrorComparison', doc, opts);
  }
  const a = before.instrumentId ?? model.instrument.id;
  const b = after.instrumentId ?? model.instrument.id;
  if (a !== b) throw new UserError(msg('app.compareOtherInstruments', { oldFile: oldPath!, newFile: newPath!, oldId: a, newId: b }));
  if (a !== model.instrument.id) throw new UserError(msg('app.compareNeedsInstrument', { oldFile: oldPath!, newFile: newPath!, id: a, current: model.instrument.id }));
  const comparison = buildComparison(model.instrument, compareSide(before, model.instrument), compareSide(after, model.instrument), {
    tool: TOOL, lang: opts.lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('compare'),
  });
  if (comparison.subtraction) ctx.err(format(comparison.subtraction, opts.lang));
  return deliver(ctx, 'comparison', comparison, opts);
}
