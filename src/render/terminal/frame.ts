// What every terminal view shares: the one table style, level colours, the width text wraps to.
import chalk from '../../app/chalk.js';
import Table from 'cli-table3';
import cellWidth from './string-width.js';
import { wrap } from './text.js';

export type Align = 'left' | 'right';

/**
 * A boxed table with no separators between rows, uncoloured borders and header (colour is decided per cell), as
 * cli-table3 draws it with these options (`cliTable3Frame`).
 * When no cell holds a line break, it is drawn here instead: cli-table3 merges its options into every cell, splits each
 * cell into lines and replays its colour codes on them, 21 million instructions of the result table (605 → 584 million;
 * `node -e 0` is 500), the row of `npm run bench` that was over its target (issue 14). test/frame.test.ts holds this
 * drawing to cli-table3's, byte for byte, on random cells of every kind the tool writes.
 */
export function frameTable(head: string[], rows: string[][], aligns: Align[]): string {
  if (!head.length || head.some(hasBreak) || rows.some((row) => row.length !== head.length || row.some(hasBreak))) return cliTable3Frame(head, rows, aligns);
  const lines = [head, ...rows];
  const widths = head.map((_, x) => Math.max(...lines.map((row) => visible(row[x]!))));
  const rule = (left: string, middle: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w + 2)).join(middle)}${right}`;
  const line = (row: string[]) => `│${row.map((cell, x) => ` ${pad(cell, widths[x]!, aligns[x])} `).join('│')}│`;
  return [rule('┌', '┬', '┐'), ...lines.map(line), rule('└', '┴', '┘')].join('\n');
}

/** The same table drawn by cli-table3: any cell with a line break, and the reference of frameTable's tests. */
export function cliTable3Frame(head: string[], rows: string[][], aligns: Align[]): string {
  const t = new Table({ head, style: { head: [], border: [] }, chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' }, colAligns: aligns });
  t.push(...rows);
  return t.toString();
}

const hasBreak = (cell: string) => cell.includes('\n');
/** Colour codes as cli-table3 recognises them: removed before measuring, so that string-width (which would remove them too) is not needed. */
const COLOUR = /\u001b\[(?:\d*;){0,5}\d*m/g;
/** The columns a cell takes, as cli-table3 measures it. */
const visible = (cell: string) => cellWidth(cell.includes('\u001b') ? cell.replace(COLOUR, '') : cell);
const pad = (cell: string, width: number, align: Align | undefined) => {
  const room = ' '.repeat(Math.max(0, width - visible(cell)));
  return align === 'right' ? room + cell : cell + room;
};

/** Colour of a level: the lowest red, the highest green, the ones between yellow; dim when not scored. */
export function levelColor(level: number | null, count: number): (s: string) => string {
  if (level === null) return chalk.dim;
  if (level >= count) return chalk.green;
  return level <= 1 ? chalk.red : chalk.yellow;
}

/** The width paragraphs wrap to in a terminal of `width` columns. */
export function textWidth(width: number): number {
  return Math.max(40, Math.min(width, 100) - 6);
}

/** A warning line: "! text", wrapped to `width`, the following lines under the text. */
export function warningLine(text: string, width: number, indent = '  '): string {
  return `${indent}${chalk.yellow('!')} ${wrap(text, width, `${indent}  `)}`;
}
