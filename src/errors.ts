import type { Lang, Localized } from './core/types.js';

/** A mistake of the user's (bad input or usage): shown as a clear message, exit code 2, never a stack trace. */
export class UserError extends Error {
  constructor(
    readonly text: Localized,
    readonly exitCode = 2,
  ) {
    super(text.en);
    this.name = 'UserError';
  }

  /** The message in a language. */
  in(lang: Lang): string {
    return this.text[lang];
  }
}

/** Shorthand for a message in both languages. */
export function L(fr: string, en: string): Localized {
  return { fr, en };
}
