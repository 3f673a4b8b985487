// Anonymous comments (the room's "one thing to change first", an answers file's `comment:`): cleaned when they arrive,
// shown only above their own threshold, for the whole team only, in an order that does not follow arrival, with
// e-mail addresses and phone numbers masked, never attributed.

/** Comments needed before any is shown (stricter than the groups' threshold: a sentence identifies more than a number). */
export const DEFAULT_MIN_COMMENTS = 8;
/** Below this --min-comments every output carries a warning (as for --min-group). */
export const SAFE_MIN_COMMENTS = 3;
/** Longest comment kept, in characters. */
export const MAX_COMMENT = 1000;

/** The comments of a team view: how many were given, whether they are shown, and the items (empty when not shown). */
export interface CommentsView {
  minComments: number;
  count: number;
  shown: boolean;
  items: string[];
}

const MASK_EMAIL = '[…@…]';
const MASK_PHONE = '[…]';

/** A comment as kept: control characters removed (line breaks become spaces), spaces collapsed, trimmed, cut to MAX_COMMENT. */
export function cleanComment(text: string): string {
  const flat = text
    .normalize('NFC')
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...flat];
  return chars.length > MAX_COMMENT ? chars.slice(0, MAX_COMMENT).join('').trim() : flat;
}

/** A comment with e-mail addresses and phone numbers (8 digits or more, with spaces, dots, dashes, brackets) masked. */
export function maskComment(text: string): string {
  return text
    .replace(/[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+/g, MASK_EMAIL)
    .replace(/(?<![\w@])(?:\+|\()?\d[\d\s()./-]{5,}\d(?!\w)/g, (m) => (m.replace(/\D/g, '').length >= 8 ? MASK_PHONE : m));
}

/**
 * The comments as a team view shows them: none below `minComments`, nor when the team itself is hidden (`teamShown`
 * false); else masked, blanks left out, sorted (so the order says nothing about who wrote first).
 */
export function commentsView(comments: readonly string[], minComments: number, teamShown = true): CommentsView {
  const kept = comments.map((c) => maskComment(cleanComment(c))).filter((c) => c !== '');
  const shown = teamShown && kept.length >= minComments;
  const items = shown ? [...kept].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : a < b ? -1 : a > b ? 1 : 0)) : [];
  return { minComments, count: kept.length, shown, items };
}
