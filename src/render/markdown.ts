import type { Questionnaire } from '../core/questionnaire.js';
import type { Result } from '../core/result.js';

/** A result as Markdown (placeholder until the report issue). */
export function renderMarkdown(r: Result): string {
  return `# ${r.instrument.title}\n`;
}

/** The questionnaire as Markdown (placeholder). */
export function renderQuestionsMarkdown(q: Questionnaire): string {
  return `# ${q.instrument.title}\n`;
}
