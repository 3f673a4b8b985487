// The French language: its catalog of words and its conventions. Listed in src/i18n/languages.ts.
export { fr as catalog } from './catalog.js';
export { locale } from './locale.js';
