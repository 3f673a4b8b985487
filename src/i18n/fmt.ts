// Types only: the formatter every catalog entry gets, and the conventions of a language it is made from
// (src/i18n/<lang>/locale.ts). Apart from src/i18n/format.ts, so that catalogs and formatter import no module that imports them.

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

/** The conventions of a language, beside its catalog in its folder: what the formatter and the CSV writer need. */
export interface Locale {
  /** The BCP 47 tag Intl uses for plurals, and for the rare numbers and dates written through Intl. */
  intl: string;
  /** The decimal mark of numbers in text. */
  decimal: string;
  /** The day of the month as a date writes it (`1er` in French). A date is day, month name (the catalog's `date.months`), year. */
  day(n: number): string;
  /** What goes between a number and `%`. */
  percentSpace: string;
  /** The quotation marks around a quoted value. */
  quotes: readonly [string, string];
  /** The word before the last item of a list. */
  and: string;
  /** CSV for this language's spreadsheets (--bom): the field separator and the decimal mark. */
  spreadsheet: { separator: string; decimal: string };
  /** The typography applied to every finished text. */
  typography(text: string): string;
}
