import type { Result } from '../core/result.js';
import type { Format } from '../options.js';

/** How a document is rendered, beside its format. */
export interface RenderOptions {
  width?: number;
  bom?: boolean;
}

/** Renders a result in a format (the heavier formats are loaded only when asked for). */
export async function renderResult(result: Result, format: Format, opts: RenderOptions = {}): Promise<string> {
  switch (format) {
    case 'table':
      return (await import('./table.js')).renderTable(result, opts.width) + '\n';
    case 'json':
      return JSON.stringify(result, null, 2) + '\n';
    case 'markdown':
      return (await import('./markdown.js')).renderMarkdown(result);
    case 'html':
      return (await import('./html.js')).renderHtml(result);
    case 'csv':
      return (await import('./csv.js')).renderCsv(result, opts);
  }
}
