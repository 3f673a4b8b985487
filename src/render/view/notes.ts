// Notes and warnings as text. Documents carry them as written text ({code, message}) or as coded messages
// ({code, params}); this is the one place that turns either into the words of a language.
import { format, FMT, type Lang, type Message } from '../../i18n/index.js';

/** A note, a warning, as a document carries it. */
export type NoteLike = string | { code: string; message: string } | (Message & { dimension?: string });

/** Whether a note is already written out (the text is in `message`). */
function isWritten(note: Exclude<NoteLike, string>): note is { code: string; message: string } {
  return typeof (note as { message?: unknown }).message === 'string';
}

/** The text of a note or a warning in a language, with the language's typography. */
export function noteText(note: NoteLike, lang: Lang): string {
  if (typeof note === 'string') return FMT[lang].typo(note);
  if (isWritten(note)) return FMT[lang].typo(note.message);
  return format(note, lang);
}

/** Whether a note has a code (`no-matrix` matches `no-matrix` and a namespaced `result.no-matrix`). */
export function hasCode(note: NoteLike, name: string): boolean {
  if (typeof note === 'string') return false;
  return note.code === name || note.code.endsWith(`.${name}`);
}

/** A note for JSON: a coded message gets its text beside its code; a written one is left as it is. */
export function withMessage<T>(note: T, lang: Lang): T {
  if (note === null || typeof note !== 'object' || isWritten(note as never) || !('code' in note)) return note;
  return { ...note, message: format(note as unknown as Message, lang) };
}
