// Every document as JSON: the document itself, with the text of each coded note and warning beside its code.
import type { Lang } from '../../i18n/index.js';
import { withMessage } from '../view/notes.js';

/** The JSON object of a document: coded notes (`notes[]`, `warning`, `anonymity.warning`) get `message` in the language. */
export function toJson<D extends object>(doc: D, lang: Lang): D {
  const out: Record<string, unknown> = { ...(doc as Record<string, unknown>) };
  if (Array.isArray(out.notes)) out.notes = out.notes.map((n: unknown) => withMessage(n, lang));
  if ('warning' in out) out.warning = withMessage(out.warning, lang);
  if ('subtraction' in out) out.subtraction = withMessage(out.subtraction, lang);
  const anonymity = out.anonymity as { warning?: unknown } | undefined;
  if (anonymity && typeof anonymity === 'object' && 'warning' in anonymity) out.anonymity = { ...anonymity, warning: withMessage(anonymity.warning, lang) };
  return out as D;
}

/** A document as JSON text (two-space indent, a final line break). */
export function renderJson<D extends object>(doc: D, lang: Lang): string {
  return JSON.stringify(toJson(doc, lang), null, 2) + '\n';
}
