import type { Format } from '../options.js';
import type { Aggregate } from '../team/aggregate.js';
import type { RenderOptions } from './index.js';
import { withMessages } from './json-messages.js';

/** Renders a team view in a format (each format in its own module, loaded when asked for). */
export async function renderAggregate(a: Aggregate, format: Format, opts: RenderOptions = {}): Promise<string> {
  switch (format) {
    case 'table':
      return (await import('./aggregate-table.js')).renderAggregateTable(a, opts.width) + '\n';
    case 'json':
      return JSON.stringify(a, withMessages(a.language), 2) + '\n';
    case 'markdown':
      return (await import('./aggregate-markdown.js')).renderAggregateMarkdown(a);
    case 'html':
      return (await import('./aggregate-html.js')).renderAggregateHtml(a);
    case 'csv':
      return (await import('./aggregate-csv.js')).renderAggregateCsv(a, opts);
  }
}
