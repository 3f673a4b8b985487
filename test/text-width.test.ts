// Text widths in the terminal, each fast path held to what it shortcuts:
// - the width cli-table3 measures cells with in dist/ (src/render/terminal/string-width.ts) is string-width's, always;
// - displayWidth, which wraps and fits text, gives plain text its length and counts anything else character by character.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import width from '../src/render/terminal/string-width.js';
import { displayWidth } from '../src/render/terminal/text.js';

/** Every UTF-16 unit and pair worth telling apart: the ranges measured without string-width, their edges, and beyond. */
const units = [
  ...'aZ09 ~é’«»\u00a0\u202f…—·█░─│┌┐└┘├┤┬┴┼'.split(''),
  '\u00a9', '\u00ae', '\u00ab', '\u00b7', '\u0300', '\u0301', '\u036f', '\u0370', '\u10ff', '\u1100', '\u1fff',
  '\u2000', '\u200b', '\u200d', '\u2028', '\u203b', '\u203c', '\u2049', '\u20e3', '\u2122', '\u24c2', '\u2500', '\u2588', '\u259f', '\u25aa', '\u25b6',
  '\ufe0f', '\u3000', '\u4e2d', '\uff21', '\x1b', '[', 'm', '3', '1', ';', '\x07', '\x1f', '\x7f', '\x9b', '\x9f',
  '\u{1f600}', '\u{1f44d}\u{1f3fd}', '\u{1f1eb}\u{1f1f7}', '#\ufe0f\u20e3', '\ud83d', '\ude00',
];

describe('the width of a cell', () => {
  it('is string-width’s for every single character of the ranges it measures itself, and their edges', () => {
    const ranges: [number, number][] = [[0x0, 0x7f], [0x80, 0x10ff], [0x1100, 0x1101], [0x1fff, 0x2040], [0x2490, 0x25ff]];
    for (const [from, to] of ranges) {
      for (let c = from; c <= to; c++) {
        const s = String.fromCharCode(c);
        expect([c.toString(16), width(s)]).toEqual([c.toString(16), stringWidth(s)]);
      }
    }
  });

  it('is string-width’s for any text mixing them (plain, coloured, emoji, wide, combining)', () => {
    const text = fc.array(fc.constantFrom(...units), { maxLength: 24 }).map((u) => u.join(''));
    fc.assert(
      fc.property(text, (s) => width(s) === stringWidth(s)),
      { seed: 1402, numRuns: 20_000 },
    );
  });

  it('is string-width’s for what the tool draws: the cells of a real result table, in both languages', () => {
    const cells = ['Dimension', 'Score', 'Niveau', 'Réponses', '33,3', '1 Émergent', 'Épanouissement', '███████░░░░░░░░░░░░░', '·····', '5/5', 'Sens', 'Image'];
    for (const c of cells) expect(width(c)).toBe(stringWidth(c));
  });
});

describe('displayWidth', () => {
  /** The general rule: colour codes take no column, combining marks none, every other character one. */
  const general = (s: string) => [...s.replace(/\u001b\[[0-9;]*m/g, '')].filter((ch) => !/\p{M}/u.test(ch)).length;

  it('counts as the general rule does, plain text or not', () => {
    const text = fc.array(fc.constantFrom(...units, '\x1b[1m', '\x1b[0m', '\u02ff', '\u0300', '\u206f', '\u2070', '\u20d0', 'e\u0301'), { maxLength: 24 }).map((u) => u.join(''));
    fc.assert(
      fc.property(text, (s) => displayWidth(s) === general(s)),
      { seed: 1403, numRuns: 20_000 },
    );
    for (let c = 0x20; c <= 0x2700; c++) expect([c.toString(16), displayWidth(String.fromCharCode(c))]).toEqual([c.toString(16), general(String.fromCharCode(c))]);
  });
});
