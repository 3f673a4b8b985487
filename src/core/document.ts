import { tr } from './text.js';
import type { Instrument, Lang } from './types.js';

/** The version of the JSON documents the tool writes. */
export const SCHEMA_VERSION = 1;

/** What every document the tool writes begins with. */
export interface DocumentHeader<K extends string> {
  $schema: string;
  schemaVersion: typeof SCHEMA_VERSION;
  kind: K;
  tool: { name: string; version: string };
  instrument: { id: string; version: string; title: string };
  language: Lang;
  generatedAt: string;
}

/** The header of a document of a kind about an instrument. */
export function documentHeader<K extends string>(kind: K, instrument: Instrument, ctx: { schemaUrl: string; tool: { name: string; version: string }; lang: Lang; generatedAt: string }): DocumentHeader<K> {
  return {
    $schema: ctx.schemaUrl,
    schemaVersion: SCHEMA_VERSION,
    kind,
    tool: ctx.tool,
    instrument: instrumentRef(instrument, ctx.lang),
    language: ctx.lang,
    generatedAt: ctx.generatedAt,
  };
}

/** How every document names its instrument: id, version and title in the document's language (the id when untitled). */
export function instrumentRef(instrument: Instrument, lang: Lang): DocumentHeader<string>['instrument'] {
  return { id: instrument.id, version: instrument.version, title: tr(instrument.title, lang) || instrument.id };
}
