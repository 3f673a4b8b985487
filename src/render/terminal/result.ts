// A result in the terminal: overall level first, the dimensions with bars, then the action plan.
import chalk from '../../app/chalk.js';
import type { Result } from '../../core/result.js';
import type { RenderOptions } from '../options.js';
import { resultView } from '../view/result.js';
import { fitTable, type FitColumn } from './fit.js';
import { levelColor, textWidth, warningLine } from './frame.js';
import { focusLines, planLines } from './plan.js';
import { bar, displayWidth, wrap } from './text.js';

/** The terminal view of a result. */
export function renderResultTable(r: Result, opts: RenderOptions): string {
  const v = resultView(r);
  const width = textWidth(opts.width);
  const n = v.levelCount;
  const o = v.overall;
  const out: string[] = [chalk.bold(v.title)];
  const overall = chalk.bold(v.s.colon(o.title));
  if (o.level === null) out.push(`  ${overall} ${chalk.dim(o.levelText)}`);
  else {
    const line = `${overall} ${levelColor(o.level, n)(chalk.bold(o.levelText))}   ${chalk.bold(o.score)} / 100`;
    out.push(`  ${displayWidth(line) <= width ? line : wrap(line.replace(/ \/ 100$/, '\u00a0/\u00a0100'), width, '  ')}`);
  }
  // The top fits one 80×24 screen: the overall, the notes, the table and where to start; the level's description after.
  for (const note of v.notes) out.push(warningLine(note, width));
  for (const line of v.outcomes) out.push(`  ${wrap(line, width - 2, '  ')}`);
  out.push(scoreTable(v.head.dimension, v.dimensions, v, opts.width), '');
  out.push(...focusLines(v.plan, width));
  if (o.level !== null && o.description) out.push(`  ${wrap(o.description, width, '  ')}`, '');
  if (v.journey) out.push(chalk.bold(v.journey.title), scoreTable(v.journey.head, v.journey.rows, v, opts.width), '');
  if (v.targets) {
    const rows = v.targets.rows;
    const targets = fitTable(
      [
        { key: 'label', head: v.head.dimension, cells: rows.map((t) => t.label) },
        { key: 'target', head: v.targets.head.target, align: 'right', cells: rows.map((t) => t.target) },
        { key: 'gap', head: v.targets.head.gap, align: 'right', cells: rows.map((t) => t.gap) },
      ],
      [['label', 'target', 'gap']],
      opts.width,
    );
    out.push(targets, `  ${chalk.bold(v.targets.percent)}`, '');
  }
  out.push(...planLines(v.plan, width, true));
  if (v.noMatrix) out.push(chalk.dim(v.noMatrix), '');
  return out.join('\n') + '\n';
}

type ScoreRows = ReturnType<typeof resultView>['dimensions'];

/** Dimensions or moments with score, bar, level and answers, as much as the width allows (narrower bar, level number alone). */
function scoreTable(head: string, rows: ScoreRows, v: ReturnType<typeof resultView>, width: number): string {
  const n = v.levelCount;
  const colour = (d: ScoreRows[number], text: string) => (d.level === null ? chalk.dim(text) : levelColor(d.level, n)(text));
  const columns: FitColumn[] = [
    { key: 'label', head, cells: rows.map((d) => d.label) },
    { key: 'score', head: v.head.score, align: 'right', cells: rows.map((d) => d.score) },
    { key: 'bar20', head: '', cells: rows.map((d) => levelColor(d.level, n)(bar(d.value))), list: false },
    { key: 'bar10', head: '', cells: rows.map((d) => levelColor(d.level, n)(bar(d.value, 10))), list: false },
    { key: 'level', head: v.head.level, cells: rows.map((d) => colour(d, d.levelCell)) },
    { key: 'levelN', head: v.head.level, align: 'right', cells: rows.map((d) => colour(d, d.level === null ? d.levelCell : String(d.level))), list: false },
    { key: 'answered', head: v.head.answered, align: 'right', cells: rows.map((d) => d.answered) },
  ];
  return fitTable(
    columns,
    [
      ['label', 'score', 'bar20', 'level', 'answered'],
      ['label', 'score', 'bar10', 'level', 'answered'],
      ['label', 'score', 'level', 'answered'],
      ['label', 'score', 'bar10', 'levelN', 'answered'],
      ['label', 'score', 'levelN', 'answered'],
    ],
    width,
  );
}
