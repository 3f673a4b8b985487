// The last words of the interview before the save offer: the level, the score, the weakest dimension and where to
// start, so that a person who scrolled past the long result still reads it at a glance.
import chalk from '../../app/chalk.js';
import type { Result } from '../../core/result.js';
import { byPriority } from '../../render/view/highlights.js';
import { resultView } from '../../render/view/result.js';
import { wrap } from '../../render/terminal/text.js';

/** A short recap of a result, wrapped to `width`. */
export function recap(r: Result, width: number): string {
  const v = resultView(r);
  const { w, f, t } = v.s;
  const o = v.overall;
  const lines = [chalk.bold(w('interview.recapTitle'))];
  lines.push(`  ${wrap(o.level === null ? `${v.s.colon(o.title)} ${o.levelText}` : `${v.s.colon(o.title)} ${o.levelText} · ${o.score} / 100`, width - 2, '  ')}`);
  const weakest = byPriority(r)[0];
  if (weakest) lines.push(`  ${wrap(w('interview.recapWeakest', { label: t(weakest.label), score: f.score(weakest.score) }), width - 2, '  ')}`);
  const focus = v.plan?.focus;
  if (focus?.items.length) {
    lines.push(`  ${v.s.colon(focus.title)}`);
    focus.items.slice(0, 3).forEach((a, i) => lines.push(`    ${i + 1}. ${wrap(`${a.title} — ${a.dimension}`, width - 7, '       ')}`));
  }
  return `\n${lines.join('\n')}\n`;
}
