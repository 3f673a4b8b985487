// The one table of documents and formats: document kind × format → a renderer loaded only when asked for. Help text,
// option checks and the extension map are derived from it. A new format is a folder plus a line per document here.
import type { Result } from '../core/result.js';
import type { Questionnaire } from '../core/questionnaire.js';
import type { Code, ParamsOf } from '../i18n/index.js';
import type { RenderOptions } from './options.js';
import type { Aggregate } from '../team/aggregate.js';
import type { Comparison } from '../team/compare.js';
import type { Mirror } from '../mirror/document.js';
import type { MirrorComparison } from '../mirror/compare.js';
import type { PlanFileDoc } from '../core/action-plan.js';
import type { PlanReviewDoc, PlanStatusDoc } from '../core/plan-documents.js';
import type { Health } from '../core/health.js';
import type { Trend } from '../team/trend.js';

/** The documents the tool writes, by kind. */
export interface Documents {
  result: Result;
  aggregate: Aggregate;
  comparison: Comparison;
  questionnaire: Questionnaire;
  /** The blank answers file, built from the questionnaire. */
  template: Questionnaire;
  /** The customer–employee mirror. */
  mirror: Mirror;
  /** What moved between two mirrors. */
  mirrorComparison: MirrorComparison;
  /** The plan file (plan.yaml), written by `plan init`. */
  planFile: PlanFileDoc;
  /** Where each action of a plan stands (`plan status`). */
  planStatus: PlanStatusDoc;
  /** A plan joined with the next wave (`plan review`). */
  planReview: PlanReviewDoc;
  /** The series over many waves (`trend`). */
  trend: Trend;
  /** An instrument's health from respondents' answers (`health`). */
  health: Health;
}
export type DocumentKind = keyof Documents;

/** The report formats, in the order help lists them (what `--format` offers for a report). */
export const FORMATS = ['table', 'json', 'markdown', 'html', 'csv', 'pdf'] as const;
/** A report format. */
export type Format = (typeof FORMATS)[number];
/** Every format a document can be written in: the report formats, and YAML for the answers template. */
export const ALL_FORMATS = [...FORMATS, 'yaml'] as const;
export type AnyFormat = (typeof ALL_FORMATS)[number];

/** What a format is to a user: the extensions that mean it (the first is the one a proposed file name gets) and the code of its label (the interview's save menu). */
export interface FormatInfo {
  extensions: readonly [string, ...string[]];
  label: { [K in Code]: ParamsOf<K> extends undefined ? K : never }[Code];
}

/** Every format once: its extensions and its label. */
export const FORMAT_INFO: Readonly<Record<AnyFormat, FormatInfo>> = {
  table: { extensions: ['.txt'], label: 'format.table' },
  json: { extensions: ['.json'], label: 'format.json' },
  markdown: { extensions: ['.md', '.markdown'], label: 'format.markdown' },
  html: { extensions: ['.html', '.htm'], label: 'format.html' },
  csv: { extensions: ['.csv'], label: 'format.csv' },
  yaml: { extensions: ['.yaml', '.yml'], label: 'format.yaml' },
  pdf: { extensions: ['.pdf'], label: 'format.pdf' },
};

/** File extensions and the format each one means (from FORMAT_INFO). */
export const EXTENSIONS: Readonly<Record<string, AnyFormat>> = Object.fromEntries(ALL_FORMATS.flatMap((f) => FORMAT_INFO[f].extensions.map((e) => [e, f])));

type Renderer<D> = (doc: D, opts: RenderOptions) => string;
type Loader<D> = () => Promise<Renderer<D>>;

const json: Loader<object> = async () => {
  const m = await import('./json/index.js');
  return (doc, o) => m.renderJson(doc, o.lang);
};

/**
 * The registry: for each document kind, its formats (the first is the default) and how to load each renderer.
 * Each format is a folder (terminal/, json/, markdown/, html/, csv/, yaml/) holding one file per document kind.
 */
const REGISTRY = {
  result: {
    table: async () => (await import('./terminal/result.js')).renderResultTable,
    json,
    markdown: async () => (await import('./markdown/result.js')).renderResultMarkdown,
    html: async () => (await import('./html/result.js')).renderResultHtml,
    csv: async () => (await import('./csv/result.js')).renderResultCsv,
  },
  aggregate: {
    table: async () => (await import('./terminal/aggregate.js')).renderAggregateTable,
    json,
    markdown: async () => (await import('./markdown/aggregate.js')).renderAggregateMarkdown,
    html: async () => (await import('./html/aggregate.js')).renderAggregateHtml,
    csv: async () => (await import('./csv/aggregate.js')).renderAggregateCsv,
  },
  comparison: {
    table: async () => (await import('./terminal/comparison.js')).renderComparisonTable,
    json,
    markdown: async () => (await import('./markdown/comparison.js')).renderComparisonMarkdown,
    html: async () => (await import('./html/comparison.js')).renderComparisonHtml,
    csv: async () => (await import('./csv/comparison.js')).renderComparisonCsv,
  },
  questionnaire: {
    table: async () => (await import('./terminal/questionnaire.js')).renderQuestionnaireTable,
    json,
    markdown: async () => (await import('./markdown/questionnaire.js')).renderQuestionnaireMarkdown,
    csv: async () => (await import('./csv/questionnaire.js')).renderQuestionnaireCsv,
  },
  template: {
    yaml: async () => (await import('./yaml/template.js')).renderTemplateYaml,
  },
  mirror: {
    table: async () => (await import('./terminal/mirror.js')).renderMirrorTable,
    json,
    markdown: async () => (await import('./markdown/mirror.js')).renderMirrorMarkdown,
    html: async () => (await import('./html/mirror.js')).renderMirrorHtml,
    csv: async () => (await import('./csv/mirror.js')).renderMirrorCsv,
  },
  mirrorComparison: {
    table: async () => (await import('./terminal/mirror-comparison.js')).renderMirrorComparisonTable,
    json,
    markdown: async () => (await import('./markdown/mirror-comparison.js')).renderMirrorComparisonMarkdown,
    html: async () => (await import('./html/mirror-comparison.js')).renderMirrorComparisonHtml,
    csv: async () => (await import('./csv/mirror-comparison.js')).renderMirrorComparisonCsv,
  },
  planFile: {
    yaml: async () => (await import('./yaml/plan.js')).renderPlanYaml,
  },
  planStatus: {
    table: async () => (await import('./terminal/plan-loop.js')).renderPlanStatusTable,
    json,
    markdown: async () => (await import('./markdown/plan-loop.js')).renderPlanStatusMarkdown,
    html: async () => (await import('./html/plan-loop.js')).renderPlanStatusHtml,
  },
  planReview: {
    table: async () => (await import('./terminal/plan-loop.js')).renderPlanReviewTable,
    json,
    markdown: async () => (await import('./markdown/plan-loop.js')).renderPlanReviewMarkdown,
    html: async () => (await import('./html/plan-loop.js')).renderPlanReviewHtml,
  },
  trend: {
    table: async () => (await import('./terminal/trend.js')).renderTrendTable,
    json,
    markdown: async () => (await import('./markdown/trend.js')).renderTrendMarkdown,
    html: async () => (await import('./html/trend.js')).renderTrendHtml,
    csv: async () => (await import('./csv/trend.js')).renderTrendCsv,
  },
  health: {
    table: async () => (await import('./terminal/health.js')).renderHealthTable,
    json,
    markdown: async () => (await import('./markdown/health.js')).renderHealthMarkdown,
    csv: async () => (await import('./csv/health.js')).renderHealthCsv,
  },
} satisfies { [K in DocumentKind]: Partial<Record<AnyFormat, Loader<Documents[K]>>> };

/** The formats a document kind has a renderer for. */
export type FormatOf<K extends DocumentKind> = (keyof (typeof REGISTRY)[K] | ('html' extends keyof (typeof REGISTRY)[K] ? 'pdf' : never)) & AnyFormat;

/** The loader of a document kind in a format, if there is one. A PDF is the HTML document printed (app/deliver.ts prints it). */
function loaderOf<K extends DocumentKind>(kind: K, format: AnyFormat): Loader<Documents[K]> | undefined {
  return (REGISTRY[kind] as Partial<Record<AnyFormat, Loader<Documents[K]>>>)[format === 'pdf' ? 'html' : format];
}

/** The formats a document kind can be written in; the first is the default. */
export function formatsOf<K extends DocumentKind>(kind: K): FormatOf<K>[] {
  return ALL_FORMATS.filter((f) => loaderOf(kind, f)) as FormatOf<K>[];
}

/** The format a file extension means for a document kind, if it can be written in it. */
export function formatOfExtension(kind: DocumentKind, ext: string): AnyFormat | undefined {
  const f = EXTENSIONS[ext.toLowerCase()];
  return f && loaderOf(kind, f) ? f : undefined;
}

/** The extensions a document kind can be written to. */
export function extensionsOf(kind: DocumentKind): string[] {
  return Object.keys(EXTENSIONS).filter((e) => formatOfExtension(kind, e));
}

/** Renders a document in a format (for `pdf`, the HTML to print). */
export async function render<K extends DocumentKind>(kind: K, doc: Documents[K], format: AnyFormat, opts: RenderOptions): Promise<string> {
  const load = loaderOf(kind, format);
  if (!load) throw new Error(`no ${format} renderer for ${kind}`);
  return (await load())(doc, opts);
}
