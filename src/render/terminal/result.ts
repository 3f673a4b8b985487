// A result in the terminal: overall level first, the dimensions with bars, then the action plan.
import chalk from '../../app/chalk.js';
import type { Result } from '../../core/result.js';
import type { RenderOptions } from '../registry.js';
import { resultView } from '../view/result.js';
import { frameTable, levelColor, textWidth, warningLine } from './frame.js';
import { focusLines, planLines } from './plan.js';
import { bar, wrap } from './text.js';

/** The terminal view of a result. */
export function renderResultTable(r: Result, opts: RenderOptions): string {
  const v = resultView(r);
  const width = textWidth(opts.width);
  const n = v.levelCount;
  const o = v.overall;
  const out: string[] = [chalk.bold(v.title), ''];
  const overall = chalk.bold(v.s.colon(o.title));
  if (o.level === null) out.push(`  ${overall} ${chalk.dim(o.levelText)}`);
  else {
    out.push(`  ${overall} ${levelColor(o.level, n)(chalk.bold(o.levelText))}   ${chalk.bold(o.score)} / 100`);
    if (o.description) out.push(`  ${wrap(o.description, width, '  ')}`);
  }
  for (const note of v.notes) out.push('', warningLine(note, width));
  out.push('', ...focusLines(v.plan, width));
  const table = frameTable([v.head.dimension, v.head.score, '', v.head.level, v.head.answered], ['left', 'right', 'left', 'left', 'right']);
  const addRow = (d: (typeof v.dimensions)[number]) => {
    const c = levelColor(d.level, n);
    table.push([d.label, d.score, c(bar(d.value)), d.level === null ? chalk.dim(d.levelCell) : c(d.levelCell), d.answered]);
  };
  v.dimensions.forEach(addRow);
  out.push(table.toString(), '');
  if (v.journey) {
    const journey = frameTable([v.journey.head, v.head.score, '', v.head.level, v.head.answered], ['left', 'right', 'left', 'left', 'right']);
    for (const m of v.journey.rows) journey.push([m.label, m.score, levelColor(m.level, n)(bar(m.value)), m.level === null ? chalk.dim(m.levelCell) : levelColor(m.level, n)(m.levelCell), m.answered]);
    out.push(chalk.bold(v.journey.title), journey.toString(), '');
  }
  if (v.targets) {
    const targets = frameTable([v.head.dimension, v.targets.head.target, v.targets.head.gap], ['left', 'right', 'right']);
    for (const t of v.targets.rows) targets.push([t.label, t.target, t.gap]);
    out.push(targets.toString(), `  ${chalk.bold(v.targets.percent)}`, '');
  }
  out.push(...planLines(v.plan, width, true));
  if (v.noMatrix) out.push(chalk.dim(v.noMatrix), '');
  return out.join('\n') + '\n';
}
