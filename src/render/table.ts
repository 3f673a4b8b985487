import chalk from 'chalk';
import Table from 'cli-table3';
import type { Result } from '../core/result.js';
import { actionTagLine, colon, words } from '../i18n.js';
import { bar, showScore, wrap } from './text.js';

const LEVEL_COLORS = [chalk.red, chalk.yellow, chalk.green];

/** Colour of a level: the lowest red, the highest green, the ones between yellow. */
function levelColor(level: number | null, count: number): (s: string) => string {
  if (level === null) return chalk.dim;
  if (level === count) return LEVEL_COLORS[2]!;
  return level === 1 ? LEVEL_COLORS[0]! : LEVEL_COLORS[1]!;
}

/** The terminal view of a result: overall level first, the dimensions with bars, then the action plan. */
export function renderTable(r: Result, width = 80): string {
  const w = words(r.language);
  const n = r.levels.length;
  const out: string[] = [];
  const textWidth = Math.max(40, Math.min(width, 100) - 6);
  out.push(chalk.bold(r.instrument.title), '');

  const color = levelColor(r.overall.level, n);
  const sep = colon(r.language);
  if (r.overall.level === null) {
    out.push(`  ${chalk.bold(w.overall)}${sep}${chalk.dim(w.notScored)}`);
  } else {
    out.push(`  ${chalk.bold(w.overall)}${sep}${color(chalk.bold(`${w.level} ${r.overall.level}/${n} · ${r.overall.levelLabel}`))}   ${chalk.bold(showScore(r.overall.score))} / 100`);
    if (r.overall.levelDescription) out.push(`  ${wrap(r.overall.levelDescription, textWidth, '  ')}`);
  }
  for (const note of r.notes.filter((x) => x.code !== 'no-matrix')) out.push('', `  ${chalk.yellow('!')} ${wrap(note.message, textWidth, '    ')}`);
  out.push('');

  const table = new Table({
    head: [w.dimension, w.score, '', w.level, w.answered],
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colAligns: ['left', 'right', 'left', 'left', 'right'],
  });
  for (const d of r.dimensions) {
    const c = levelColor(d.level, n);
    table.push([d.label, showScore(d.score), c(bar(d.score)), d.level === null ? chalk.dim(w.notScored) : c(`${d.level} ${d.levelLabel}`), `${d.answered}/${d.total}`]);
  }
  out.push(table.toString(), '');

  if (r.recommendations.length) {
    out.push(chalk.bold(`${w.plan}`) + chalk.dim(` (${w.planHint})`), '');
    for (const rec of r.recommendations) {
      out.push(`${chalk.bold(`${rec.priority}. ${rec.label}`)} — ${showScore(rec.score)} · ${w.level.toLowerCase()} ${rec.level} ${rec.levelLabel}`);
      if (!rec.actions.length) out.push(`   ${chalk.dim(w.noActions)}`);
      for (const a of rec.actions) {
        const tags = actionTagLine(a, r.language);
        out.push(`   • ${chalk.bold(a.title)}${tags ? chalk.dim(`  [${tags}]`) : ''}`);
        if (a.detail) out.push(`     ${wrap(a.detail, textWidth - 3, '     ')}`);
      }
      out.push('');
    }
  }
  if (r.posture) out.push(chalk.bold(w.posture), `  ${wrap(r.posture, textWidth, '  ')}`, '');
  const noMatrix = r.notes.find((x) => x.code === 'no-matrix');
  if (noMatrix) out.push(chalk.dim(noMatrix.message), '');
  return out.join('\n');
}
