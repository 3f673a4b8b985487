// The one place that turns numbers, counts, dates and punctuation into text, per language (SPEC.md "Human formats").
import { CATALOGS } from './catalogs.js';
import { fixedDecimal } from './fixed.js';
import type { Lang } from './index.js';

/** Formatting helpers of one language, handed to every catalog entry. */
export interface Fmt {
  /** The language (a plain string here: the catalogs' types depend on this interface). */
  lang: string;
  /** A number with a fixed number of decimals: `53,0` in French, `53.0` in English. */
  num(x: number, digits?: number): string;
  /** A 0–100 score as shown (one decimal), or a dash when there is none. */
  score(x: number | null): string;
  /** A percentage: `60 %` in French (no-break space), `60%` in English. */
  pct(x: number, digits?: number): string;
  /** A count and its noun with the right plural: `1 répondant`, `3 répondants`. */
  count(n: number, one: string, other: string): string;
  /** The singular or the plural form for a count. */
  plural(n: number, one: string, other: string): string;
  /** A date written out: `1er décembre 2026`, `1 December 2026`. */
  date(iso: string): string;
  /** A value quoted as the language quotes: « x » or "x". */
  q(value: string): string;
  /** Items joined as a sentence lists them: `a, b et c`. */
  list(items: readonly string[]): string;
  /** The language's typography applied to a text (French: no-break spaces before : ; ! ? % and inside « »). */
  typo(text: string): string;
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** French typography: a no-break space before `:` and `%`, a narrow one before `;` `!` `?` and inside « ». */
function frenchTypography(text: string): string {
  return text
    .replace(/ ([:%])/g, `${NBSP}$1`)
    .replace(/ ([;!?])/g, `${NNBSP}$1`)
    .replace(/\u00ab /g, `«${NNBSP}`)
    .replace(/ \u00bb/g, `${NNBSP}»`);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })));
  return f;
}

function make(lang: Lang, locale: string, typo: (s: string) => string, pctSep: string, quote: [string, string], and: string): Fmt {
  // Made on first use: each Intl object costs about a millisecond to build, and most runs need none of them.
  let plurals: Intl.PluralRules | undefined;
  let dates: Intl.DateTimeFormat | undefined;
  let months: readonly string[] | undefined;
  const fmt: Fmt = {
    lang,
    num: (x, digits = 1) => {
      const text = fixedDecimal(x, digits);
      if (text === undefined) return numberFormat(locale, digits).format(x);
      return lang === 'fr' ? text.replace('.', ',') : text;
    },
    score: (x) => (x === null ? '—' : fmt.num(x, 1)),
    pct: (x, digits = 0) => `${fmt.num(x, digits)}${pctSep}%`,
    plural: (n, one, other) => ((plurals ??= new Intl.PluralRules(locale)).select(n) === 'one' ? one : other),
    count: (n, one, other) => `${n} ${fmt.plural(n, one, other)}`,
    date: (iso) => {
      const d = new Date(iso);
      const year = d.getUTCFullYear();
      // What Intl.DateTimeFormat writes for en-GB and fr-FR ("1 December 2026"), without building one (several ms);
      // test/fast-paths.test.ts holds the two to the same text. Odd dates still go through Intl.
      if (year >= 1000 && year <= 9999) return `${lang === 'fr' && d.getUTCDate() === 1 ? '1er' : d.getUTCDate()} ${(months ??= CATALOGS[lang]['perf.months'].split('|'))[d.getUTCMonth()]} ${year}`;
      const text = (dates ??= new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(d);
      return lang === 'fr' && d.getUTCDate() === 1 ? text.replace(/^1 /, '1er ') : text;
    },
    q: (value) => typo(`${quote[0]}${value}${quote[1]}`),
    list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`),
    typo,
  };
  return fmt;
}

/** The formatter of each language. */
export const FMT: Record<Lang, Fmt> = {
  fr: make('fr', 'fr-FR', frenchTypography, NBSP, ['« ', ' »'], 'et'),
  en: make('en', 'en-GB', (s) => s, '', ['"', '"'], 'and'),
};
