// The action plan in a terminal, for a result and a team alike.
import chalk from '../../app/chalk.js';
import type { PlanView } from '../view/plan.js';
import { wrap } from './text.js';

/** An action's tags, kept together on one line when the text wraps (no-break spaces inside the brackets). */
const tag = (line: string) => `[${line.replace(/ /g, '\u00a0')}]`;

/** "Start here": the few actions to begin with, each with its dimension and tags. */
export function focusLines(plan: PlanView | null, width: number): string[] {
  if (!plan?.focus) return [];
  const out = [wrap(chalk.bold(plan.focus.title) + chalk.dim(` (${plan.focus.hint})`), width)];
  plan.focus.items.forEach((a, i) => {
    out.push(`  ${i + 1}. ${wrap(`${chalk.bold(a.title)} — ${a.dimension}${a.tagLine ? chalk.dim(` ${tag(a.tagLine)}`) : ''}`, width - 5, '     ')}`);
  });
  return [...out, ''];
}

/** The plan's lines: a heading, each dimension with its actions (and their details when asked), then the posture. */
export function planLines(plan: PlanView | null, width: number, details: boolean): string[] {
  if (!plan) return [];
  const out: string[] = [];
  if (plan.items.length) {
    out.push(wrap(chalk.bold(plan.title) + chalk.dim(` (${plan.hint})`), width), '');
    for (const item of plan.items) {
      out.push(wrap(`${chalk.bold(`${item.priority}. ${item.label}`)} — ${item.score} · ${item.levelInline}`, width, '   '));
      if (!item.actions.length && !item.inPlace.length) out.push(`   ${chalk.dim(plan.noActions)}`);
      for (const a of item.actions) {
        out.push(`   ${a.focus ? '▸' : '•'} ${wrap(`${chalk.bold(a.title)}${a.tagLine ? chalk.dim(`  ${tag(a.tagLine)}`) : ''}`, width - 5, '     ')}`);
        if (details && a.why) out.push(`     ${chalk.dim(wrap(a.why, width - 5, '     '))}`);
        if (details && a.detail) out.push(`     ${wrap(a.detail, width - 5, '     ')}`);
        if (details && a.done) out.push(`     ${chalk.dim(wrap(a.done, width - 5, '     '))}`);
      }
      if (item.inPlace.length) out.push(`   ${chalk.green('✓')} ${wrap(`${plan.inPlaceTitle} — ${item.inPlace.map((a) => a.title).join(' · ')}`, width - 5, '     ')}`);
      out.push('');
    }
  }
  if (plan.posture) out.push(chalk.bold(plan.posture.title), `  ${wrap(plan.posture.text, width - 2, '  ')}`, '');
  return out;
}
