// The words and numbers of one language as every view uses them: the catalog, the formatter, and the few
// combinations that recur (a label and its colon, a level beside a score).
import { inert } from '../../i18n/control.js';
import { wordsFor, type Fmt, type Lang, type Words } from '../../i18n/index.js';

/** What a view needs to speak one language. */
export interface Speech {
  lang: Lang;
  w: Words;
  f: Fmt;
  /** The language's typography on a text from the instrument, the matrix or the inputs, its control characters removed (no escape sequence reaches a terminal or a report). */
  t: (text: string) => string;
  /** A label followed by the language's colon ("Score:", "Score :"). */
  colon: (label: string) => string;
  /** A label, its colon and a value ("Group: managers"). */
  labelled: (label: string, value: string) => string;
  /** A number with two decimals (means, standard deviations), or a dash. */
  num2: (x: number | null | undefined) => string;
}

/** The speech of a language. */
export function speech(lang: Lang): Speech {
  const { w, f } = wordsFor(lang);
  const colon = (label: string) => w('render.colon', { label });
  return {
    lang,
    w,
    f,
    t: (text) => f.typo(inert(text)),
    colon,
    labelled: (label, value) => `${colon(label)} ${f.typo(inert(value))}`,
    num2: (x) => (x === null || x === undefined ? '—' : f.num(x, 2)),
  };
}
