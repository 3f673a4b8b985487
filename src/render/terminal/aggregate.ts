// A team in the terminal: threshold, overall, dimensions, groups, gaps, statements to discuss, action plan.
import chalk from '../../app/chalk.js';
import type { Aggregate } from '../../team/aggregate.js';
import type { RenderOptions } from '../options.js';
import { aggregateView, type AggregateView, type TeamRow } from '../view/aggregate.js';
import type { OutcomesView } from '../view/outcomes.js';
import { commentsBlock } from '../view/comments.js';
import { fitTable, type FitColumn } from './fit.js';
import { textWidth, warningLine } from './frame.js';
import { planLines } from './plan.js';
import { bar, displayWidth, wrap } from './text.js';

/** The terminal view of a team. */
export function renderAggregateTable(a: Aggregate, opts: RenderOptions): string {
  const v = aggregateView(a);
  const width = textWidth(opts.width);
  const out: string[] = [wrap(chalk.bold(v.title), width), '', chalk.dim(wrap(v.threshold, width))];
  if (v.warning) out.push(chalk.yellow(`! ${wrap(v.warning, width, '  ')}`));
  out.push(`${v.s.colon(v.count.label)} ${v.count.n}${v.count.skipped ? chalk.dim(` (${v.count.skipped})`) : ''}`, '');
  out.push(...teamBlock(v, width, opts));
  if (v.precision) out.push(chalk.dim(wrap(v.precision, width)));
  // The team block already says when the team is hidden.
  for (const n of v.notes.filter((x) => !x.teamHidden)) out.push(warningLine(n.text, width));
  out.push('');

  if (v.groups) {
    out.push(chalk.bold(v.groups.title));
    // Hidden groups are said in a line each under the table (a row spanning the score columns breaks the borders).
    const shown = v.groups.rows.filter((g) => !g.hidden);
    if (shown.length) {
      const head = v.groups.head;
      const columns: FitColumn[] = [
        { key: 'name', head: head[0]!, cells: shown.map((g) => g.name) },
        { key: 'n', head: head[1]!, align: 'right', cells: shown.map((g) => String(g.respondents)) },
        { key: 'overall', head: head[2]!, align: 'right', cells: shown.map((g) => g.overall) },
        ...head.slice(3).map((h, i) => ({ key: `d${i}`, head: h, align: 'right' as const, cells: shown.map((g) => g.scores[i] ?? '') })),
      ];
      // Narrower: the dimension headings cut to their first letters, with the full names in a legend under the table.
      const short = head.slice(3).map((h) => h.slice(0, 4));
      const shortCols: FitColumn[] = [...columns.slice(0, 3), ...columns.slice(3).map((c, i) => ({ ...c, key: `s${i}`, head: short[i]! }))];
      const all = columns.map((c) => c.key);
      const drawn = fitTable([...columns, ...shortCols.slice(3).map((c) => ({ ...c, list: false }))], [all, [...all.slice(0, 3), ...shortCols.slice(3).map((c) => c.key)]], opts.width);
      out.push(drawn);
      if (drawn.includes(`${short[0]} `) && !drawn.includes(head[3]!)) out.push(chalk.dim(wrap(head.slice(3).map((h, i) => `${short[i]} = ${h}`).join(' · '), width)));
    }
    for (const g of v.groups.rows.filter((x) => x.hidden)) out.push(`  ${wrap(`${chalk.bold(g.name)} — ${chalk.dim(g.hidden!)}`, width - 2, '    ')}`);
    out.push('');
  }
  if (v.outcomes) out.push(...outcomeLines(v.outcomes, width, opts));
  if (v.gaps) {
    out.push(chalk.bold(v.gaps.title));
    const rows = v.gaps.rows;
    const h = v.gaps.head;
    const cols: FitColumn[] = [
      { key: 'label', head: h[0]!, cells: rows.map((g) => g.label) },
      { key: 'gap', head: h[1]!, align: 'right', cells: rows.map((g) => g.gap) },
      { key: 'high', head: h[2]!, cells: rows.map((g) => g.high) },
      { key: 'low', head: h[3]!, cells: rows.map((g) => g.low) },
    ];
    out.push(fitTable(cols, [['label', 'gap', 'high', 'low']], opts.width), '');
  }
  if (v.discuss) {
    out.push(chalk.bold(v.discuss.title));
    v.discuss.items.forEach((d, i) => {
      out.push(`  ${i + 1}. ${wrap(`${d.text} ${chalk.dim(`(${d.question})`)}`, width - 5, '     ')}`);
      if (d.spread) out.push(`     ${wrap(`${v.discuss!.mean} ${d.mean} · ${v.discuss!.stdDev} ${d.stdDev} · ${v.discuss!.agreement} ${d.agreement} · ${d.spread}`, width - 5, "     ")}`);
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
function teamBlock(v: AggregateView, width: number, opts: RenderOptions): string[] {
  const overall = chalk.bold(v.s.colon(v.overallTitle));
  if (v.hidden || !v.overall) return [`  ${overall} ${chalk.dim(wrap(v.hidden ?? '', width, '  '))}`];
  const o = v.overall;
  const line = o.level === null ? `${overall} ${chalk.dim(o.levelText)}` : `${overall} ${chalk.bold(o.levelText)}   ${chalk.bold(o.score)}${o.interval ? ` ${o.interval}` : ''} / 100`;
  const out = [`  ${displayWidth(line) <= width ? line : wrap(line.replace(/ \/ 100$/, '\u00a0/\u00a0100'), width, '  ')}`, ''];
  const rows = v.dimensions;
  const stat = (i: number) => v.head.stats[i] ?? '';
  const columns: FitColumn[] = [
    { key: 'label', head: v.head.dimension, cells: rows.map((d) => d.label) },
    { key: 'score', head: v.head.score, align: 'right', cells: rows.map((d) => (d.interval ? `${d.score}\u00a0${d.interval}` : d.score)) },
    { key: 'bar', head: '', cells: rows.map((d) => bar(d.value, 12)), list: false },
    { key: 'bar8', head: '', cells: rows.map((d) => bar(d.value, 8)), list: false },
    { key: 'level', head: v.head.level, cells: rows.map((d) => (d.level === null ? chalk.dim(d.levelCell) : d.levelCell)) },
    { key: 'levelN', head: v.head.level, align: 'right', cells: rows.map((d) => (d.level === null ? chalk.dim(d.levelCell) : d.levelShort)), list: false },
  ];
  const stats = v.perRespondent && rows.some((d) => d.stats);
  if (stats) {
    const cell = (f: (x: NonNullable<TeamRow['stats']>) => string) => rows.map((d) => (d.stats ? f(d.stats) : ''));
    columns.push(
      { key: 'median', head: stat(0), align: 'right', cells: cell((x) => x.median) },
      { key: 'range', head: stat(1), align: 'right', cells: cell((x) => x.range) },
      { key: 'sd', head: stat(2), align: 'right', cells: cell((x) => x.stdDev) },
      { key: 'scored', head: stat(3), align: 'right', cells: cell((x) => `${x.scored}${x.unscored ? chalk.dim(` (${x.unscored})`) : ''}`) },
      { key: 'shares', head: stat(4), cells: cell((x) => x.shares) },
    );
  }
  const base = ['label', 'score', 'bar', 'level'];
  const layouts = stats
    ? [
        [...base, 'median', 'range', 'sd', 'scored', 'shares'],
        [...base, 'median', 'range', 'sd', 'shares'],
        [...base, 'median', 'range', 'sd'],
        ['label', 'score', 'bar8', 'level', 'median', 'range', 'sd'],
        ['label', 'score', 'level', 'median', 'range', 'sd'],
        ['label', 'score', 'levelN', 'median', 'range', 'sd'],
        ['label', 'score', 'bar8', 'level'],
        ['label', 'score', 'level'],
        ['label', 'score', 'levelN'],
      ]
    : [base, ['label', 'score', 'bar8', 'level'], ['label', 'score', 'level'], ['label', 'score', 'levelN']];
  out.push(fitTable(columns, layouts, opts.width));
  return out;
}

/** The outcome questions: each set's figure in a line, then the team's driver impact (a table, its priorities and strengths). */
export function outcomeLines(o: OutcomesView, width: number, opts: RenderOptions): string[] {
  const out = [chalk.bold(wrap(o.title, width))];
  for (const l of o.lines) {
    out.push(`  ${wrap(l.text, width - 2, '  ')}`);
    for (const x of l.sets) out.push(`    ${wrap(`${chalk.bold(x.set)} — ${x.figure}`, width - 4, '      ')}`);
  }
  out.push(chalk.dim(wrap(o.note, width)), '');
  for (const d of o.drivers) {
    out.push(chalk.bold(wrap(d.title, width)), chalk.dim(wrap(d.note, width)));
    if (d.rows.length) {
      const cols: FitColumn[] = [
        { key: 'label', head: d.head[0]!, cells: d.rows.map((r) => r.label) },
        { key: 'score', head: d.head[1]!, align: 'right', cells: d.rows.map((r) => r.score) },
        { key: 'impact', head: d.head[2]!, align: 'right', cells: d.rows.map((r) => r.impact) },
        { key: 'reading', head: d.head[3]!, cells: d.rows.map((r) => r.reading) },
      ];
      out.push(fitTable(cols, [['label', 'score', 'impact', 'reading']], opts.width));
    }
    for (const line of [d.priorities, d.strengths]) if (line) out.push(wrap(line, width));
    out.push('');
  }
  return out;
}
