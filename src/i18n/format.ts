// The one place that turns numbers, counts, dates and punctuation into text, per language (SPEC.md "Human formats"),
// from each language's locale (src/i18n/<lang>/locale.ts).
import { fixedDecimal } from './fixed.js';
import type { Fmt, Locale } from './fmt.js';
import { entryOf, LANGUAGES, type Lang } from './languages.js';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })));
  return f;
}

function make(lang: Lang, locale: Locale): Fmt {
  // Made on first use: each Intl object costs about a millisecond to build, and most runs need none of them.
  let plurals: Intl.PluralRules | undefined;
  let dates: Intl.DateTimeFormat | undefined;
  let months: readonly string[] | undefined;
  const { intl, typography: typo, quotes: quote } = locale;
  const fmt: Fmt = {
    lang,
    num: (x, digits = 1) => {
      const text = fixedDecimal(x, digits);
      if (text === undefined) return numberFormat(intl, digits).format(x);
      return text.replace('.', locale.decimal);
    },
    score: (x) => (x === null ? '—' : fmt.num(x, 1)),
    pct: (x, digits = 0) => `${fmt.num(x, digits)}${locale.percentSpace}%`,
    plural: (n, one, other) => ((plurals ??= new Intl.PluralRules(intl)).select(n) === 'one' ? one : other),
    count: (n, one, other) => `${n} ${fmt.plural(n, one, other)}`,
    date: (iso) => {
      const d = new Date(iso);
      const year = d.getUTCFullYear();
      // What Intl.DateTimeFormat writes for en-GB and fr-FR ("1 December 2026"), without building one (several ms);
      // test/fast-paths.test.ts holds the two to the same text. Odd dates still go through Intl.
      if (year >= 1000 && year <= 9999) return `${locale.day(d.getUTCDate())} ${(months ??= (entryOf(lang, 'date.months') as string).split('|'))[d.getUTCMonth()]} ${year}`;
      const text = (dates ??= new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(d);
      return text.replace(/^\d+/, (day) => locale.day(Number(day)));
    },
    q: (value) => typo(`${quote[0]}${value}${quote[1]}`),
    list: (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${locale.and} ${items[items.length - 1]}`),
    typo,
  };
  return fmt;
}

/** The formatter of each language. */
export const FMT = Object.fromEntries(Object.entries(LANGUAGES).map(([lang, { locale }]) => [lang, make(lang as Lang, locale)])) as Record<Lang, Fmt>;
