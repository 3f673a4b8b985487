import type { AppContext } from '../app/context.js';
import { deliver } from '../app/deliver.js';
import { checkOptions, type RawOptions } from '../app/options.js';
import { schemaUrl, TOOL } from '../app/tool.js';
import { tr } from '../core/text.js';
import { UserError } from '../errors.js';
import { format, msg, wordsFor } from '../i18n/index.js';
import { BUNDLED_IDS, loadModel } from '../io/load.js';
import { readWave, type ReadWave } from '../io/trend-input.js';
import { buildTrend, inDateOrder, type SeriesDef, type TrendContext } from '../team/trend.js';

/** `ex-maturity trend FILE…`: the series over many waves of one instrument (results, aggregates or mirrors), in date order. */
export async function trend(ctx: AppContext, raw: RawOptions, files: string[]): Promise<number> {
  const opts = checkOptions(raw, 'trend', ctx.env);
  if (files.length < 2) throw new UserError(msg('trend.tooFew', { n: files.length }));
  const model = await loadModel(opts);
  const read: ReadWave[] = [];
  for (const file of files) read.push(await readWave(file, model.instrument));
  const first = read[0]!;
  for (const r of read.slice(1)) {
    if ((r.mirror === null) !== (first.mirror === null)) throw new UserError(msg('trend.mixed', { file: r.file, firstFile: first.file }), 2, { file: r.file });
    if (r.instrumentId !== first.instrumentId) throw new UserError(msg('trend.otherInstrument', { file: r.file, id: r.instrumentId, firstFile: first.file, first: first.instrumentId }), 2, { file: r.file });
  }
  if (!first.mirror && first.instrumentId !== model.instrument.id) throw new UserError(msg('trend.needsInstrument', { file: first.file, id: first.instrumentId, current: model.instrument.id }), 2, { file: first.file });
  const sorted = inDateOrder(read.map((r) => ({ ...r, measuredAt: r.wave.measuredAt })));
  const lang = opts.lang;
  const base = { tool: TOOL, lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('trend') };
  let defs: SeriesDef[];
  let context: TrendContext;
  const latest = sorted[sorted.length - 1]!;
  if (latest.mirror) {
    // Mirrors: per side, each dimension's favourable % then the side's overall, in the output's language when the
    // instrument is known here (bundled, or the one given), else as the latest mirror labels them.
    const sides = [...new Set(sorted.flatMap((r) => r.mirror!.sides))];
    const id = latest.instrumentId;
    const known = model.instrument.id === id ? model.instrument : BUNDLED_IDS.includes(id) ? (await loadModel({ instrument: id })).instrument : null;
    const label = (dimension: string, text: string) => {
      const d = known?.dimensions.find((x) => x.id === dimension);
      return d ? tr(d.label, lang) : text;
    };
    defs = sides.flatMap((side) => [
      ...Object.entries(latest.mirror!.labels).map(([dimension, text]) => ({ key: `${side}:${dimension}`, id: dimension, side, label: label(dimension, text) })),
      { key: `${side}:overall`, id: 'overall', side, label: wordsFor(lang).w('render.overall') },
    ]);
    const title = (known && tr(known.title, lang)) || latest.mirror.title || id;
    context = { ...base, instrument: { id, version: latest.mirror.version, title }, metric: 'favourable', levels: [] };
  } else {
    const instrument = model.instrument;
    defs = [...instrument.dimensions.map((x) => ({ key: x.id, id: x.id, side: null, label: tr(x.label, lang) })), { key: 'overall', id: 'overall', side: null, label: wordsFor(lang).w('render.overall') }];
    context = {
      ...base,
      instrument: { id: instrument.id, version: instrument.version, title: tr(instrument.title, lang) || instrument.id },
      metric: 'score',
      levels: instrument.levels.map((l) => ({ level: l.level, min: l.min, label: tr(l.label, lang) })),
    };
  }
  const doc = buildTrend(defs, sorted.map((r) => r.wave), context);
  // What a reader must not miss goes to stderr too: versions that differ, changes withheld.
  for (const note of doc.notes) if (note.code === 'trend.versionsDiffer' || note.code === 'trend.subtraction') ctx.err(format(note, lang));
  return deliver(ctx, 'trend', doc, opts);
}
