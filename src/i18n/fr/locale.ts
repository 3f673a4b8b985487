import type { Locale } from '../fmt.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** French conventions: the decimal comma, « » quotes, `1er` for the first day, `;` between spreadsheet fields. */
export const locale: Locale = {
  intl: 'fr-FR',
  decimal: ',',
  day: (n) => (n === 1 ? '1er' : String(n)),
  percentSpace: NBSP,
  quotes: ['« ', ' »'],
  and: 'et',
  spreadsheet: { separator: ';', decimal: ',' },
  // A no-break space before `:` and `%`, a narrow one before `;` `!` `?` and inside « ».
  typography: (text) =>
    text
      .replace(/ ([:%])/g, `${NBSP}$1`)
      .replace(/ ([;!?])/g, `${NNBSP}$1`)
      .replace(/\u00ab /g, `«${NNBSP}`)
      .replace(/ \u00bb/g, `${NNBSP}»`),
};
