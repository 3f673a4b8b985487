// The languages of the interface. Each is one folder, src/i18n/<lang>/: its catalog (every word, checked against the
// English reference when it compiles) and its locale (decimal mark, date form, spreadsheet CSV, typography). A new
// language is its folder and one line here (its catalog may be partial: the fallback language fills in); everything else (--lang, the environment, the room, the JSON schemas'
// language enums, checked by test/languages.test.ts) follows this list.
// In dist/, scripts/build.mjs makes each catalog a bundle of its own, loaded when a text of its language is first asked
// for: a run speaks one language, and loading both took about a tenth of what `assess --format json` costs over
// `node -e 0` (issue 14, `npm run bench`).
import type { Entry } from './en/catalog.js';
import * as en from './en/index.js';
import * as fr from './fr/index.js';
import type { Catalog, Code } from './types.js';

/** Every language, by code: its catalog and its locale. */
export const LANGUAGES = { en, fr };

/** A language of the interface. */
export type Lang = keyof typeof LANGUAGES;

/** The language used when nothing names one of ours (the environment, a browser, a text of an instrument). */
export const FALLBACK: Lang = 'en';

/**
 * A language's entry for a code, else the fallback language's: a language may start with part of a catalog (typed
 * `Partial<Catalog>`); French and English are whole (typed `Catalog`, so a missing key does not compile).
 */
export function entryOf(lang: Lang, code: Code): Entry {
  return ((LANGUAGES[lang].catalog as Partial<Catalog>)[code] ?? LANGUAGES[FALLBACK].catalog[code]) as Entry;
}
