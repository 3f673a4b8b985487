// The questionnaire for reading in a terminal: each dimension, its statements numbered, the scale once.
import chalk from '../../app/chalk.js';
import type { Questionnaire } from '../../core/questionnaire.js';
import type { RenderOptions } from '../options.js';
import { questionnaireView } from '../view/questionnaire.js';
import { wrap } from './text.js';

/** The terminal view of a questionnaire. */
export function renderQuestionnaireTable(q: Questionnaire, opts: RenderOptions): string {
  const v = questionnaireView(q);
  const out = [chalk.bold(v.title), ''];
  const width = Math.min(opts.width, 100);
  if (v.intro) out.push(wrap(v.intro, width), '');
  out.push(chalk.bold(v.s.colon(v.s.w('render.scale'))), ...v.scaleLines.map((l) => `  ${wrap(l, width - 2, '      ')}`), '');
  for (const d of v.dimensions) {
    out.push(wrap(chalk.bold(d.label) + (d.description ? chalk.dim(` — ${d.description}`) : ''), width));
    for (const s of d.questions) out.push(`  ${String(s.n).padStart(2)}. ${wrap(`${s.text} ${chalk.dim(`(${s.id})`)}`, width - 6, '      ')}`);
    out.push('');
  }
  if (v.outcomes) {
    out.push(chalk.bold(v.outcomes.title));
    for (const o of v.outcomes.items) out.push(`  ${String(o.n).padStart(2)}. ${wrap(`${o.text} ${chalk.dim(`(${o.id})`)}`, width - 6, '      ')}`, `      ${wrap(o.ends, width - 6, '      ')}`);
    out.push('');
  }
  return out.join('\n') + '\n';
}
