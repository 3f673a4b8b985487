import { inert } from '../i18n/control.js';
import { FALLBACK } from '../i18n/languages.js';
import type { Text } from './types.js';

/** The text in the wanted language, else in the fallback language (English), else the first one there is; its control characters shown as � (no escape sequence of an instrument reaches a terminal). */
export function tr(text: Text | undefined, lang: string): string {
  if (!text) return '';
  return inert(text[lang] ?? text['*'] ?? text[FALLBACK] ?? Object.values(text)[0] ?? '');
}

/** A form of a label or header for matching: no case, no accents, no spaces or punctuation. */
export function normalizeKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Every language form of a text, for matching input written in any language. */
export function allForms(text: Text | undefined): string[] {
  return text ? Object.values(text) : [];
}

/**
 * A name as shown (a group, a unit): invisible format characters (zero-width spaces, bidirectional overrides) removed,
 * Unicode composed, spaces collapsed and trimmed, so that names that read the same are one (control characters stay,
 * for `inert` to show them as �).
 */
export function visibleName(raw: string): string {
  if (/^[\x20-\x7e]*$/.test(raw)) return raw.trim().replace(/ {2,}/g, ' ');
  return raw
    .normalize('NFC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
