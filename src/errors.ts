import { format, type Lang, type Message } from './i18n/index.js';
import type { Localized } from './core/types.js';

/** Where a problem is, when it is in a file. */
export interface Where {
  file?: string;
  line?: number;
}

/** What a user error says: a coded message (the target), or — while parts are moved to the catalogs — a pair of texts. */
export type ErrorText = Message | Localized;

const isLocalized = (t: ErrorText): t is Localized => 'fr' in t && 'en' in t && !('code' in t);

/** The text of an error message in a language. */
export function errorText(t: ErrorText, lang: Lang): string {
  return isLocalized(t) ? t[lang] : format(t, lang);
}

/** A mistake of the user's (bad input or usage): shown as a clear message, exit code 2, never a stack trace. */
export class UserError extends Error {
  constructor(
    readonly text: ErrorText,
    readonly exitCode = 2,
    readonly where: Where = {},
  ) {
    super(errorText(text, 'en'));
    this.name = 'UserError';
  }

  /** The code of the message (for machines), when it has one. */
  get code(): string | undefined {
    return isLocalized(this.text) ? undefined : this.text.code;
  }

  /** The message in a language. */
  in(lang: Lang): string {
    return errorText(this.text, lang);
  }
}

/** Shorthand for a message in both languages (being replaced by coded messages: see src/i18n). */
export function L(fr: string, en: string): Localized {
  return { fr, en };
}

/** The text of a problem found in a file (a coded issue, or — while parts are moved — a pair of texts). */
export function issueText(issue: import('./core/types.js').Issue, lang: Lang): string {
  return 'message' in issue ? issue.message[lang] : format(issue, lang);
}
