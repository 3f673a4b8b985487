// The terminal's tables are drawn by src/render/terminal/frame.ts without cli-table3 when no cell holds a line break.
// What it draws must be what cli-table3 draws with the same options, byte for byte: on random tables of the cells the
// tool writes (Latin and French text, bars, numbers, emoji, wide and combining characters, tabs, chalk's colours at
// every level, empty cells), both alignments, any number of rows and columns.
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cliTable3Frame, frameTable, type Align } from '../src/render/terminal/frame.js';

/** Pieces of text: what the ranges of the cell width tell apart, and beyond (no raw escape: user text is made inert). */
const units = [
  ...'aZ09 ~é’«»\u00a0\u202f…—·█░─│┌┐└┘'.split(''),
  '\t', '\u0300', '\u0301', '\u036f', '\u1100', '\u200b', '\u200d', '\u2122', '\u25b6', '\ufe0f', '\u3000', '\u4e2d', '\uff21',
  '\u{1f600}', '\u{1f44d}\u{1f3fd}', '\u{1f1eb}\u{1f1f7}', 'Épanouissement', '1 Émergent', '33,3', '5/5', 'Réponses',
];
const text = fc.array(fc.constantFrom(...units), { maxLength: 12 }).map((u) => u.join(''));

/** A cell as the tool writes it: text, possibly coloured by chalk (one or two styles, at colour level 1, 2 or 3). */
const styles = ['red', 'green', 'yellow', 'dim', 'bold', 'cyan'] as const;
const cell = fc.oneof(
  { weight: 3, arbitrary: text },
  {
    weight: 2,
    arbitrary: fc.tuple(text, fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>, fc.constantFrom(...styles), fc.option(fc.constantFrom(...styles)), text).map(([t, level, outer, inner, rest]) => {
      const chalk = new Chalk({ level });
      return inner ? chalk[outer](`${t}${chalk[inner](rest)}`) : `${chalk[outer](t)}${rest}`;
    }),
  },
);

const table = fc.integer({ min: 1, max: 6 }).chain((columns) =>
  fc.record({
    head: fc.array(cell, { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 6 }),
    aligns: fc.array(fc.constantFrom<Align>('left', 'right'), { minLength: columns, maxLength: columns }),
  }),
);

describe('the table frame', () => {
  it('is drawn as cli-table3 draws it, on any table of the cells the tool writes', () => {
    fc.assert(
      fc.property(table, ({ head, rows, aligns }) => {
        expect(frameTable(head, rows, aligns)).toBe(cliTable3Frame(head, rows, aligns));
      }),
      { seed: 1404, numRuns: 3000 },
    );
  });

  it('is the boxed table users know: header, rows, no rule between them, right-aligned numbers', () => {
    expect(frameTable(['Dimension', 'Score'], [['Sens', '33,3'], ['Image', '4,0']], ['left', 'right'])).toBe(
      ['┌───────────┬───────┐', '│ Dimension │ Score │', '│ Sens      │  33,3 │', '│ Image     │   4,0 │', '└───────────┴───────┘'].join('\n'),
    );
  });

  it('leaves cells with a line break, and tables with no column, to cli-table3', () => {
    const head = ['Group', 'n'];
    const rows = [['North\nsite', '12'], ['South', '7']];
    expect(frameTable(head, rows, ['left', 'right'])).toBe(cliTable3Frame(head, rows, ['left', 'right']));
    expect(frameTable(head, rows, ['left', 'right']).split('\n')).toHaveLength(6);
    expect(frameTable([], [], [])).toBe(cliTable3Frame([], [], []));
  });
});
