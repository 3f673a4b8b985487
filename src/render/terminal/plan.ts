// The action plan in a terminal, for a result and a team alike.
import chalk from '../../app/chalk.js';
import type { PlanView } from '../view/plan.js';
import { wrap } from './text.js';

/** The plan's lines: a heading, each dimension with its actions (and their details when asked), then the posture. */
export function planLines(plan: PlanView | null, width: number, details: boolean): string[] {
  if (!plan) return [];
  const out: string[] = [];
  if (plan.items.length) {
    out.push(chalk.bold(plan.title) + chalk.dim(` (${plan.hint})`), '');
    for (const item of plan.items) {
      out.push(`${chalk.bold(`${item.priority}. ${item.label}`)} — ${item.score} · ${item.levelInline}`);
      if (!item.actions.length) out.push(`   ${chalk.dim(plan.noActions)}`);
      for (const a of item.actions) {
        out.push(`   • ${chalk.bold(a.title)}${a.tagLine ? chalk.dim(`  [${a.tagLine}]`) : ''}`);
        if (details && a.detail) out.push(`     ${wrap(a.detail, width - 3, '     ')}`);
      }
      out.push('');
    }
  }
  if (plan.posture) out.push(chalk.bold(plan.posture.title), `  ${wrap(plan.posture.text, width, '  ')}`, '');
  return out;
}
