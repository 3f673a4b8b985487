import { format } from '../i18n/index.js';
import chalk from 'chalk';
import Table from 'cli-table3';
import { colon } from '../i18n.js';
import type { Comparison } from '../team/compare.js';
import { compareTitle, compareWords, levelChangeText, pointText, sideText, signed } from './compare-words.js';

/** The terminal view of a comparison: each dimension before and after, the change, then what rose and fell. */
export function renderCompareTable(c: Comparison): string {
  const w = compareWords(c.language);
  const sep = colon(c.language);
  const out = [chalk.bold(compareTitle(c)), '', `${w.old}${sep}${sideText(c.old, c.language)}`, `${w.new}${sep}${sideText(c.new, c.language)}`, ''];
  if (c.warning) out.push(chalk.yellow(`! ${format(c.warning, c.language)}`), '');
  const t = new Table({ head: [w.dimension, w.old, w.new, w.delta, w.level], style: { head: [], border: [] }, chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' }, colAligns: ['left', 'left', 'left', 'right', 'left'] });
  const color = (x: number | null) => (x === null || x === 0 ? (s: string) => s : x > 0 ? chalk.green : chalk.red);
  for (const d of c.dimensions) t.push([d.label, pointText(d.old), pointText(d.new), color(d.delta)(signed(d.delta)), levelChangeText(d, c.language)]);
  t.push([chalk.bold(w.overall), pointText(c.overall.old), pointText(c.overall.new), color(c.overall.delta)(chalk.bold(signed(c.overall.delta))), levelChangeText(c.overall, c.language)]);
  out.push(t.toString(), '');
  out.push(`${chalk.bold(w.improved)}${sep}${c.improved.length ? c.improved.map((m) => `${m.label} ${signed(m.delta)}`).join(', ') : w.none}`);
  out.push(`${chalk.bold(w.fell)}${sep}${c.fell.length ? c.fell.map((m) => `${m.label} ${signed(m.delta)}`).join(', ') : w.none}`, '');
  out.push(chalk.dim(w.definition), '');
  return out.join('\n');
}
