// The rendering API for the commands: the registry (the only dispatcher), and a few shorthands kept while the
// commands move to `render(kind, doc, format, opts)`.
import type { Instrument } from '../core/types.js';
import { buildQuestionnaire } from '../core/questionnaire.js';
import type { Lang } from '../i18n/index.js';
import type { Aggregate } from '../team/aggregate.js';
import type { Comparison } from '../team/compare.js';
import type { Result } from '../core/result.js';
import { render, type Format } from './registry.js';
import { renderTemplateYaml } from './yaml/template.js';

export { ALL_FORMATS, EXTENSIONS, extensionsOf, FORMATS, formatOfExtension, formatsOf, render } from './registry.js';
export type { AnyFormat, DocumentKind, Documents, Format, FormatOf, RenderOptions } from './registry.js';
export { toJson } from './json/index.js';
export { noteText } from './view/notes.js';

/** Width and BOM as the commands pass them today (the language is the document's). */
export interface LegacyRenderOptions {
  width?: number;
  bom?: boolean;
}

const optionsFor = (lang: Lang, o: LegacyRenderOptions) => ({ lang, width: o.width ?? 80, bom: o.bom ?? false });

/** Renders a result (shorthand for `render('result', …)`). */
export function renderResult(result: Result, format: Format, opts: LegacyRenderOptions = {}): Promise<string> {
  return render('result', result, format, optionsFor(result.language, opts));
}

/** Renders a team view (shorthand for `render('aggregate', …)`). */
export function renderAggregate(a: Aggregate, format: Format, opts: LegacyRenderOptions = {}): Promise<string> {
  return render('aggregate', a, format, optionsFor(a.language, opts));
}

/** Renders a comparison (shorthand for `render('comparison', …)`). */
export function renderComparison(c: Comparison, format: Format, opts: LegacyRenderOptions = {}): Promise<string> {
  return render('comparison', c, format, optionsFor(c.language, opts));
}

/** The blank answers file of an instrument in a language (the `template` document in YAML, without waiting for a loader). */
export function renderTemplate(instrument: Instrument, lang: Lang): string {
  return renderTemplateYaml(buildQuestionnaire(instrument, lang, ''));
}
