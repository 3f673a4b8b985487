// An instrument's health in the terminal: the dimensions at a glance, then each one's reasons and statements.
import chalk from '../../app/chalk.js';
import type { Health } from '../../core/health.js';
import type { RenderOptions } from '../options.js';
import { healthView } from '../view/health.js';
import { fitTable, type FitColumn } from './fit.js';
import { textWidth } from './frame.js';
import { wrap } from './text.js';

const COLOUR = { fit: chalk.green, caution: chalk.yellow, rework: chalk.red } as const;

/** The terminal view of an instrument's health. */
export function renderHealthTable(h: Health, opts: RenderOptions): string {
  const v = healthView(h);
  const width = textWidth(opts.width);
  const out: string[] = [wrap(chalk.bold(v.title), width), '', wrap(v.count, width), ''];
  if (v.hidden) out.push(chalk.dim(wrap(v.hidden, width)), '');
  if (v.dimensions.length) {
    const rows = v.dimensions;
    const keys = ['label', 'complete', 'alpha', 'dk', 'floor', 'ceiling', 'verdict'];
    const columns: FitColumn[] = keys.map((key, i) => ({
      key,
      head: v.head[i]!,
      ...(i > 0 && i < 6 ? { align: 'right' as const } : {}),
      cells: rows.map((d) => [d.label, d.complete, d.alpha, d.dontKnow, d.floor, d.ceiling, d.verdict ? COLOUR[d.verdict](d.verdictText) : chalk.dim(d.verdictText)][i]!),
    }));
    out.push(fitTable(columns, [keys, ['label', 'complete', 'alpha', 'dk', 'verdict'], ['label', 'alpha', 'verdict']], opts.width), '');
  }
  for (const d of v.dimensions) {
    out.push(chalk.bold(wrap(`${d.label} — ${d.verdictText}`, width)));
    for (const r of d.reasons) out.push(`  – ${wrap(r, width - 4, '    ')}`);
    const columns: FitColumn[] = [
      { key: 'id', head: v.itemHead[0]!, cells: d.items.map((x) => x.id) },
      { key: 'r', head: v.itemHead[1]!, align: 'right', cells: d.items.map((x) => x.itemRest) },
      { key: 'del', head: v.itemHead[2]!, align: 'right', cells: d.items.map((x) => (x.weakens ? chalk.bold(x.alphaIfDeleted) : x.alphaIfDeleted)) },
      { key: 'dk', head: v.itemHead[3]!, align: 'right', cells: d.items.map((x) => x.dontKnow) },
    ];
    out.push(fitTable(columns, [['id', 'r', 'del', 'dk']], opts.width), '');
  }
  out.push(chalk.bold(v.method.title), ...v.method.lines.map((l) => chalk.dim(wrap(l, width))), '');
  return out.join('\n') + '\n';
}
