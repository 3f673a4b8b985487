// The catalog of each language. A new language is one catalog file, imported and listed here.
// In dist/, scripts/build.mjs makes each catalog a bundle of its own (dist/i18n-en.cjs…) and replaces
// this module by one that loads a catalog when a text of its language is first asked for: a run speaks one language,
// and loading both took about a tenth of what `assess --format json` costs over `node -e 0` (issue 14, `npm run bench`).
import { en } from './en.js';
import { fr } from './fr.js';

/** Every catalog, by language. */
export const CATALOGS = { en, fr } as const;
