// What every terminal view shares: the one table style, level colours, the width text wraps to.
import chalk from '../../app/chalk.js';
import Table from 'cli-table3';
import { wrap } from './text.js';

/** A boxed table with no separators between rows, uncoloured borders and header (colour is decided per cell). */
export function frameTable(head: string[], colAligns?: ('left' | 'right')[]): InstanceType<typeof Table> {
  return new Table({ head, style: { head: [], border: [] }, chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' }, ...(colAligns ? { colAligns } : {}) });
}

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
