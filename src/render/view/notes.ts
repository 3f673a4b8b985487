// Notes and warnings as text: documents carry them as coded messages ({code, params}); this is the one place that
// turns them into the words of a language, and the one place that writes their text beside their code for JSON.
import { format, type Code, type Lang, type Message } from '../../i18n/index.js';

/** A note or a warning, as a document carries it. */
export type Note = Message & { dimension?: string };

/** The text of a note or a warning in a language. */
export function noteText(note: Note, lang: Lang): string {
  return format(note, lang);
}

/** Whether a note has a code. */
export function hasCode(note: Note, code: Code): boolean {
  return note.code === code;
}

/** A note for JSON: its text beside its code (anything that is not a coded message is left as it is). */
export function withMessage<T>(note: T, lang: Lang): T {
  if (note === null || typeof note !== 'object' || !('code' in note)) return note;
  return { ...note, message: format(note as unknown as Message, lang) };
}
