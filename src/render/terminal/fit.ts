// Tables that fit the terminal: each table says what it can show at each width, from the richest layout to the leanest;
// the first layout that fits is drawn; when none fits, the rows become short paragraphs. The terminal never wraps a table.
import chalk from '../../app/chalk.js';
import { frameTable } from './frame.js';
import { displayWidth, wrap } from './text.js';

/** One column: its heading, alignment and cells (one per row). `list: false` keeps it out of the paragraph form (a bar). */
export interface FitColumn {
  key: string;
  head: string;
  align?: 'left' | 'right';
  cells: string[];
  list?: boolean;
}

/** The widest line of a text, in terminal columns. */
export function widest(text: string): number {
  return Math.max(0, ...text.split('\n').map(displayWidth));
}

/** Draws the first layout (a list of column keys) whose table fits `width`; else each row as a short wrapped paragraph. */
export function fitTable(columns: FitColumn[], layouts: string[][], width: number): string {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const rows = columns[0]?.cells.length ?? 0;
  for (const keys of layouts) {
    const cols = keys.map((k) => byKey.get(k)).filter((c): c is FitColumn => c !== undefined);
    const cells = Array.from({ length: rows }, (_, r) => cols.map((c) => c.cells[r] ?? ''));
    const drawn = frameTable(
      cols.map((c) => c.head),
      cells,
      cols.map((c) => c.align ?? 'left'),
    );
    if (widest(drawn) <= width) return drawn;
  }
  return listForm(columns, width);
}

/** The rows as paragraphs: the first cell in bold, then "heading value · heading value…" wrapped under it. */
export function listForm(columns: FitColumn[], width: number): string {
  const [first, ...rest] = columns;
  if (!first) return '';
  const out: string[] = [];
  first.cells.forEach((cell, r) => {
    const parts = rest.filter((c) => c.list !== false && (c.cells[r] ?? '') !== '').map((c) => (c.head ? `${c.head} ${c.cells[r]}` : c.cells[r]!));
    out.push(`  ${chalk.bold(wrap(cell, width - 2, '  '))}`); // a long first cell (an action's title) wraps too
    if (parts.length) out.push(`    ${wrap(parts.join(' · '), width - 4, '    ')}`);
  });
  return out.join('\n');
}
