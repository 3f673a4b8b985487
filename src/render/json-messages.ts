// JSON carries codes, and the translated text only beside them: every coded message ({code, params}) of a document
// gets its `message` in the document's language when written. (Stand-in until the JSON renderer does it for all.)
import { en } from '../i18n/en.js';
import { format, type Lang, type Message } from '../i18n/index.js';

const isMessage = (v: unknown): v is Message =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { code?: unknown }).code === 'string' && Object.hasOwn(en, (v as { code: string }).code) && !('message' in v);

/** A JSON.stringify replacer that writes each coded message with its text beside its code. */
export function withMessages(lang: Lang): (key: string, value: unknown) => unknown {
  return (_key, value) => (isMessage(value) ? { ...value, message: format(value, lang) } : value);
}
