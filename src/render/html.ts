import type { Result } from '../core/result.js';

/** A result as HTML (placeholder until the report issue). */
export function renderHtml(r: Result): string {
  return `<!doctype html><title>${r.instrument.id}</title>\n`;
}
