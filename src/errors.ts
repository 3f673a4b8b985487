import type { Issue } from './core/types.js';
import { format, type Lang, type Message } from './i18n/index.js';

/** Where a problem is, when it is in a file. */
export interface Where {
  file?: string;
  line?: number;
}

/** Marks a UserError, so that one thrown in a command's bundle is recognised by the command line's (scripts/build.mjs). */
const BRAND = Symbol.for('ex-maturity.UserError');

/** A mistake of the user's (bad input or usage): shown as a clear message, exit code 2, never a stack trace. */
export class UserError extends Error {
  constructor(
    readonly text: Message,
    readonly exitCode = 2,
    readonly where: Where = {},
  ) {
    super(format(text, 'en'));
    this.name = 'UserError';
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** `e instanceof UserError` holds for a UserError of any bundle of the tool. */
  static override [Symbol.hasInstance](x: unknown): boolean {
    return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[BRAND] === true;
  }

  /** The code of the message (for machines). */
  get code(): string {
    return this.text.code;
  }

  /** The message in a language. */
  in(lang: Lang): string {
    return format(this.text, lang);
  }
}

/** The text of a problem found in a file. */
export function issueText(issue: Issue, lang: Lang): string {
  return format(issue, lang);
}
