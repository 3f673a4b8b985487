// Types only: what every renderer is given, apart from the registry that loads the renderers (no import cycle).
import type { Lang } from '../i18n/languages.js';

/** How every renderer is called, whatever the document and the format. */
export interface RenderOptions {
  lang: Lang;
  /** Columns of the terminal (or COLUMNS, else 80) for terminal text. */
  width: number;
  /** CSV for spreadsheets: a UTF-8 BOM and the language's spreadsheet conventions. */
  bom: boolean;
}
