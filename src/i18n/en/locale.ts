import type { Locale } from '../fmt.js';

/** English conventions (British dates: 1 December 2026). */
export const locale: Locale = {
  intl: 'en-GB',
  decimal: '.',
  day: (n) => String(n),
  percentSpace: '',
  quotes: ['"', '"'],
  and: 'and',
  spreadsheet: { separator: ',', decimal: '.' },
  typography: (text) => text,
};
