// The one table of documents and formats: document kind × format → a renderer loaded only when asked for. Help text,
// option checks and the extension map are derived from it. A new format is a folder plus a line per document here.
import type { Result } from '../core/result.js';
import type { Questionnaire } from '../core/questionnaire.js';
import type { Lang } from '../i18n/index.js';
import type { Aggregate } from '../team/aggregate.js';
import type { Comparison } from '../team/compare.js';

/** How every renderer is called, whatever the document and the format. */
export interface RenderOptions {
  lang: Lang;
  /** Columns of the terminal (or COLUMNS, else 80) for terminal text. */
  width: number;
  /** CSV for spreadsheets: a UTF-8 BOM and the language's spreadsheet conventions. */
  bom: boolean;
}

/** The documents the tool writes, by kind. */
export interface Documents {
  result: Result;
  aggregate: Aggregate;
  comparison: Comparison;
  questionnaire: Questionnaire;
}
export type DocumentKind = keyof Documents;

/** Every output format, in the order help lists them. */
export const FORMATS = ['table', 'json', 'markdown', 'html', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** File extensions and the format each one means. */
export const EXTENSIONS: Readonly<Record<string, Format>> = {
  '.txt': 'table',
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
};

type Renderer<D> = (doc: D, opts: RenderOptions) => string;
type Loader<D> = () => Promise<Renderer<D>>;

/** JSON keeps every coded message's code, with its text in the document's language beside it. */
const json: Loader<unknown> = async () => {
  const { withMessages } = await import('./json-messages.js');
  return (doc, o) => JSON.stringify(doc, withMessages(o.lang), 2) + '\n';
};

/** The registry: for each document kind, its formats (the first is the default) and how to load each renderer. */
const REGISTRY: { [K in DocumentKind]: Partial<Record<Format, Loader<Documents[K]>>> } = {
  result: {
    table: async () => { const m = await import('./table.js'); return (r, o) => m.renderTable(r, o.width) + '\n'; },
    json,
    markdown: async () => (await import('./markdown.js')).renderMarkdown,
    html: async () => (await import('./html.js')).renderHtml,
    csv: async () => { const m = await import('./csv.js'); return (r, o) => m.renderCsv(r, o); },
  },
  aggregate: {
    table: async () => { const m = await import('./aggregate-table.js'); return (a, o) => m.renderAggregateTable(a, o.width) + '\n'; },
    json,
    markdown: async () => (await import('./aggregate-markdown.js')).renderAggregateMarkdown,
    html: async () => (await import('./aggregate-html.js')).renderAggregateHtml,
    csv: async () => { const m = await import('./aggregate-csv.js'); return (a, o) => m.renderAggregateCsv(a, o); },
  },
  comparison: {
    table: async () => { const m = await import('./compare-table.js'); return (c) => m.renderCompareTable(c) + '\n'; },
    json,
    markdown: async () => (await import('./compare-markdown.js')).renderCompareMarkdown,
    html: async () => (await import('./compare-html.js')).renderCompareHtml,
    csv: async () => { const m = await import('./compare-render.js'); return (c, o) => m.renderCompareCsv(c, o); },
  },
  questionnaire: {
    table: async () => (await import('./questions-table.js')).renderQuestionsTable,
    json,
    markdown: async () => (await import('./markdown.js')).renderQuestionsMarkdown,
    csv: async () => { const m = await import('./csv.js'); return (q, o) => m.renderQuestionsCsv(q, o); },
  },
};

/** The formats a document kind can be written in; the first is the default. */
export function formatsOf(kind: DocumentKind): Format[] {
  return FORMATS.filter((f) => REGISTRY[kind][f]);
}

/** The format a file extension means for a document kind, if it can be written in it. */
export function formatOfExtension(kind: DocumentKind, ext: string): Format | undefined {
  const f = EXTENSIONS[ext.toLowerCase()];
  return f && REGISTRY[kind][f] ? f : undefined;
}

/** The extensions a document kind can be written to. */
export function extensionsOf(kind: DocumentKind): string[] {
  return Object.keys(EXTENSIONS).filter((e) => formatOfExtension(kind, e));
}

/** Renders a document in a format. */
export async function render<K extends DocumentKind>(kind: K, doc: Documents[K], format: Format, opts: RenderOptions): Promise<string> {
  const load = REGISTRY[kind][format];
  if (!load) throw new Error(`no ${format} renderer for ${kind}`);
  return (await load())(doc, opts);
}
