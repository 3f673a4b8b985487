// Every document as JSON: the document itself, with the text of each coded note and warning beside its code.
import type { Lang } from '../../i18n/index.js';
import { withMessage } from '../view/notes.js';
import { momentLabel } from '../view/moments.js';
import type { Moment } from '../../core/types.js';

/** The JSON object of a document: coded notes (`notes[]`, `warning`, `anonymity.warning`) get `message` in the language. */
export function toJson<D extends object>(doc: D, lang: Lang): D {
  const out: Record<string, unknown> = { ...(doc as Record<string, unknown>) };
  if (Array.isArray(out.notes)) out.notes = out.notes.map((n: unknown) => withMessage(n, lang));
  // A result's moments carry their id from the core; the label (which the schema requires) is worded here.
  if (out.kind === 'result' && Array.isArray(out.moments)) out.moments = out.moments.map(({ id, ...rest }: { id: Moment }) => ({ id, label: momentLabel(id, lang), ...rest }));
  if ('warning' in out) out.warning = withMessage(out.warning, lang);
  if ('subtraction' in out) out.subtraction = withMessage(out.subtraction, lang);
  const anonymity = out.anonymity as { warning?: unknown } | undefined;
  if (anonymity && typeof anonymity === 'object' && 'warning' in anonymity) out.anonymity = { ...anonymity, warning: withMessage(anonymity.warning, lang) };
  return out as D;
}

/** DEL and the C1 controls (CSI among them), which JSON.stringify leaves as they are, unlike C0. */
const RAW_CONTROL = /[\u007f-\u009f]/g;

/**
 * A document as JSON text (two-space indent, a final line break). Every control character is a \u escape, so that
 * `cat result.json` in a terminal runs nothing a user file held; JSON.parse gives back the same text.
 */
export function renderJson<D extends object>(doc: D, lang: Lang): string {
  return JSON.stringify(toJson(doc, lang), null, 2).replace(RAW_CONTROL, (c) => `\\u00${c.charCodeAt(0).toString(16)}`) + '\n';
}
