// Words of the interface: the core and the readers return coded messages, and this module turns them into text at the
// edge. One folder per language (src/i18n/languages.ts lists them; en is the reference, every other catalog is checked
// against it when it compiles).
import { inertParams } from './control.js';
import { FMT } from './format.js';
import type { Fmt } from './fmt.js';
import { entryOf, FALLBACK, LANGUAGES, type Lang } from './languages.js';
import type { Code, Message, ParamsOf } from './types.js';

/** The languages of the interface, reference first. */
export const LANGS = Object.keys(LANGUAGES) as Lang[];

type Args<K extends Code> = ParamsOf<K> extends undefined ? [] : [params: ParamsOf<K>];

/** Builds a coded message. */
export function msg<K extends Code>(code: K, ...args: Args<K>): Message {
  return (args.length ? { code, params: args[0] } : { code }) as Message;
}

/** The text of a message in a language, with the language's typography; control characters in its parameters (which quote user files) removed. */
export function format(m: Message, lang: Lang): string {
  const entry = entryOf(lang, m.code);
  const f = FMT[lang];
  return f.typo(typeof entry === 'string' ? entry : entry(inertParams(m.params) as never, f));
}

/** The words of one language: `w('level')`, `w('respondents', {n: 3})`. */
export type Words = <K extends Code>(code: K, ...args: Args<K>) => string;

/** The words function and the formatter of a language, for renderers. */
export function wordsFor(lang: Lang): { w: Words; f: Fmt } {
  const w: Words = (code, ...args) => format((args.length ? { code, params: args[0] } : { code }) as Message, lang);
  return { w, f: FMT[lang] };
}

/** The interface language from the environment: LC_ALL, then LC_MESSAGES, then LANG, by their first two letters ("fr…" is French); anything else the fallback, English. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): { lang: Lang; detected: boolean } {
  const value = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  const code = /^[a-z]{2}/.exec(value)?.[0];
  const found = LANGS.find((l) => l === code);
  return found ? { lang: found, detected: true } : { lang: FALLBACK, detected: false };
}

/** Whether a string names a language of the interface. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as string[]).includes(value);
}

export { FALLBACK, FMT, type Code, type Fmt, type Lang, type Message, type ParamsOf };
