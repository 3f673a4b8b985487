// Words of the interface: the core and the readers return coded messages, and this module turns them into text at the
// edge. One catalog per language (en is the reference; every other catalog is checked against it when it compiles).
import { CATALOGS } from './catalogs.js';
import { inertParams } from './control.js';
import type { en, Entry } from './en.js';
import { FMT, type Fmt } from './format.js';

/** A language of the interface. */
export type Lang = keyof typeof CATALOGS;
/** The languages of the interface, reference first. */
export const LANGS = Object.keys(CATALOGS) as Lang[];

type Reference = typeof en;
/** A message code. */
export type Code = keyof Reference;
/** The parameters a code takes (undefined for a fixed text). */
export type ParamsOf<K extends Code> = Reference[K] extends (p: infer P, ...rest: never[]) => string ? P : undefined;
/** The shape every catalog has: the keys of the reference, each a text or a function of the same parameters. */
export type Catalog = { [K in Code]: Reference[K] extends string ? string : (p: ParamsOf<K>, f: Fmt) => string };

/** A message as the core and the readers return it: a stable code and its parameters, no prose. */
export type Message = { [K in Code]: ParamsOf<K> extends undefined ? { code: K; params?: undefined } : { code: K; params: ParamsOf<K> } }[Code];

type Args<K extends Code> = ParamsOf<K> extends undefined ? [] : [params: ParamsOf<K>];

/** Builds a coded message. */
export function msg<K extends Code>(code: K, ...args: Args<K>): Message {
  return (args.length ? { code, params: args[0] } : { code }) as Message;
}

/** The text of a message in a language, with the language's typography; control characters in its parameters (which quote user files) removed. */
export function format(m: Message, lang: Lang): string {
  const entry = CATALOGS[lang][m.code] as Entry;
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

/** The interface language from the environment: LC_ALL, then LC_MESSAGES, then LANG; "fr…" is French, anything else English. */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): { lang: Lang; detected: boolean } {
  const value = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  const code = /^[a-z]{2}/.exec(value)?.[0];
  const found = LANGS.find((l) => l === code);
  return found ? { lang: found, detected: true } : { lang: 'en', detected: false };
}

/** Whether a string names a language of the interface. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as string[]).includes(value);
}

export { FMT, type Fmt };
