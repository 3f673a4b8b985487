import type { AppContext } from '../app/context.js';
import { deliver } from '../app/deliver.js';
import { checkMinComments, checkMinGroup, checkOptions, type RawOptions } from '../app/options.js';
import { schemaUrl, TOOL } from '../app/tool.js';
import { UserError } from '../errors.js';
import { format, msg } from '../i18n/index.js';
import { compareSide } from '../io/compare-input.js';
import { readDeclaredFile, type DeclaredFile } from '../io/parse.js';
import { readTeamInputs, isExport } from '../io/team-input.js';
import { buildAggregate } from '../team/aggregate.js';
import { TeamTally } from '../team/tally.js';
import { settleProblems } from '../app/problems.js';
import { isMirrorDocument, mirrorSnapshot } from '../io/mirror-compare-input.js';
import { compareMirrors } from '../mirror/compare.js';
import { loadModel } from '../io/load.js';
import { buildComparison } from '../team/compare.js';

/** `ex-maturity compare OLD NEW`: what changed between two results, answers files, aggregates or form exports (their team view) of the same instrument. */
export async function compare(ctx: AppContext, raw: RawOptions, [oldPath, newPath]: string[]): Promise<number> {
  const opts = checkOptions(raw, 'comparison', ctx.env);
  const model = await loadModel(opts);
  // A form export (CSV, workbook) is compared as its team view, read as aggregate reads it.
  const read = async (file: string): Promise<DeclaredFile> => {
    if (!isExport(file)) return readDeclaredFile(file);
    const tally = new TeamTally(model.instrument);
    const report = await readTeamInputs([file], model.instrument, tally, raw.sheet ? { sheet: raw.sheet } : {});
    settleProblems(report, false, opts.lang, ctx.err);
    const agg = buildAggregate(model.instrument, model.matrix, tally, { tool: TOOL, lang: opts.lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('aggregate'), minGroup: checkMinGroup(raw), minComments: checkMinComments(raw), skipped: report.skipped });
    return { file, located: { data: JSON.parse(JSON.stringify(agg)) as unknown, lineOf: () => undefined }, instrumentId: model.instrument.id };
  };
  const before = await read(oldPath!);
  const after = await read(newPath!);
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
