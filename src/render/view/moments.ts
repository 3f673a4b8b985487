import { format, msg, type Lang } from '../../i18n/index.js';
import type { Moment } from '../../core/types.js';

/** The label of a moment of the journey ("Recruitment and pre-boarding"…) in a language: the core keeps only its id. */
export function momentLabel(id: Moment, lang: Lang): string {
  return format(msg(`journey.${id}`), lang);
}
