// The width a table gives each cell: frame.ts measures with it, and so does cli-table3 (scripts/build.mjs hands it this
// module in place of string-width).
// string-width compiles its emoji regular expression, 10 KB of source, the first time it measures anything: 33 million
// instructions of the result table, a quarter of its cost over `node -e 0` (issue 14, `npm run bench`). The cells the
// tool draws are nearly always Latin text, French punctuation, bars and box lines, none of which is an emoji or a wide
// character: for those this counts one column a character (none for a combining accent), as string-width does, without
// the regular expression. Any other character (colour codes, emoji, CJK…) goes to string-width itself.
// test/text-width.test.ts holds it to string-width.
import stringWidth from 'string-width';

/** Whether a UTF-16 unit is in the ranges measured here: one column each, or none (combining accents). */
function plain(c: number): boolean {
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c < 0x1100) || (c >= 0x2000 && c <= 0x203b) || (c >= 0x2500 && c <= 0x259f);
}

/** The columns a text takes, exactly as string-width counts them. */
export default function width(text: string): number {
  if (typeof text !== 'string') return stringWidth(text);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!plain(c)) return stringWidth(text);
    if (c < 0x300 || c > 0x36f) n++;
  }
  return n;
}
