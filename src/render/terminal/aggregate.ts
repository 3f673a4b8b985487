// A team in the terminal: threshold, overall, dimensions, groups, gaps, statements to discuss, action plan.
import chalk from '../../app/chalk.js';
import type { Aggregate } from '../../team/aggregate.js';
import type { RenderOptions } from '../registry.js';
import { aggregateView, type AggregateView } from '../view/aggregate.js';
import { commentsBlock } from '../view/comments.js';
import { frameTable, textWidth, warningLine } from './frame.js';
import { planLines } from './plan.js';
import { bar, wrap } from './text.js';

/** The terminal view of a team. */
export function renderAggregateTable(a: Aggregate, opts: RenderOptions): string {
  const v = aggregateView(a);
  const width = textWidth(opts.width);
  const out: string[] = [chalk.bold(v.title), '', chalk.dim(v.threshold)];
  if (v.warning) out.push(chalk.yellow(`! ${wrap(v.warning, width, '  ')}`));
  out.push(`${v.s.colon(v.count.label)} ${v.count.n}${v.count.skipped ? chalk.dim(` (${v.count.skipped})`) : ''}`, '');
  out.push(...teamBlock(v, width));
  // The team block already says when the team is hidden.
  for (const n of v.notes.filter((x) => !x.teamHidden)) out.push(warningLine(n.text, width));
  out.push('');

  if (v.groups) {
    out.push(chalk.bold(v.groups.title));
    const t = frameTable(v.groups.head);
    const span = v.groups.head.length - 2;
    for (const g of v.groups.rows) {
      if (g.hidden) t.push([g.name, String(g.respondents), { colSpan: span, content: chalk.dim(g.hidden) }]);
      else t.push([g.name, String(g.respondents), g.overall, ...g.scores]);
    }
    out.push(t.toString(), '');
  }
  if (v.gaps) {
    out.push(chalk.bold(v.gaps.title));
    const t = frameTable(v.gaps.head, ['left', 'right', 'left', 'left']);
    for (const g of v.gaps.rows) t.push([g.label, g.gap, g.high, g.low]);
    out.push(t.toString(), '');
  }
  if (v.discuss) {
    out.push(chalk.bold(v.discuss.title));
    v.discuss.items.forEach((d, i) => {
      out.push(`  ${i + 1}. ${wrap(d.text, width - 4, '     ')} ${chalk.dim(`(${d.question})`)}`);
      if (d.spread) out.push(`     ${v.discuss!.mean} ${d.mean} · ${v.discuss!.stdDev} ${d.stdDev} · ${d.spread}`);
    });
    out.push('');
  }
  const comments = commentsBlock(a);
  if (comments) {
    out.push(chalk.bold(comments.title));
    if (comments.hidden) out.push(chalk.dim(wrap(comments.hidden, width)));
    else out.push(chalk.dim(wrap(comments.note, width)), ...comments.items.map((c) => `  – ${wrap(c, width - 4, '    ')}`));
    out.push('');
  }
  out.push(...planLines(v.plan, width, false));
  out.push(chalk.dim(wrap(v.definitions, width)), '');
  return out.join('\n') + '\n';
}

/** The team's overall and dimension table, or its count alone below the threshold. */
function teamBlock(v: AggregateView, width: number): string[] {
  const overall = chalk.bold(v.s.colon(v.overallTitle));
  if (v.hidden || !v.overall) return [`  ${overall} ${chalk.dim(wrap(v.hidden ?? '', width, '  '))}`];
  const o = v.overall;
  const out = [o.level === null ? `  ${overall} ${chalk.dim(o.levelText)}` : `  ${overall} ${chalk.bold(o.levelText)}   ${chalk.bold(o.score)} / 100`, ''];
  const head = [v.head.dimension, v.head.score, '', v.head.level, ...v.head.stats];
  const t = frameTable(head, ['left', 'right', 'left', 'left', ...(v.perRespondent ? (['right', 'right', 'right', 'right', 'left'] as const) : [])]);
  for (const d of v.dimensions) {
    const row = [d.label, d.score, bar(d.value, 12), d.level === null ? chalk.dim(d.levelCell) : d.levelCell];
    if (d.stats) row.push(d.stats.median, d.stats.range, d.stats.stdDev, `${d.stats.scored}${d.stats.unscored ? chalk.dim(` (${d.stats.unscored})`) : ''}`, d.stats.shares);
    t.push(row);
  }
  out.push(t.toString());
  return out;
}
