// The questionnaire for reading in a terminal: each dimension, its statements numbered, the scale once.
import chalk from '../../app/chalk.js';
import type { Questionnaire } from '../../core/questionnaire.js';
import type { RenderOptions } from '../registry.js';
import { questionnaireView } from '../view/questionnaire.js';
import { wrap } from './text.js';

/** The terminal view of a questionnaire. */
export function renderQuestionnaireTable(q: Questionnaire, opts: RenderOptions): string {
  const v = questionnaireView(q);
  const out = [chalk.bold(v.title), ''];
  const scale = v.scale.map((p) => `${p.value} = ${p.label}`).concat(v.dontKnow ? [`? = ${v.dontKnow}`] : []);
  out.push(`${v.s.colon(v.s.w('render.scale'))} ${scale.join(' · ')}`, '');
  for (const d of v.dimensions) {
    out.push(chalk.bold(d.label) + (d.description ? chalk.dim(` — ${d.description}`) : ''));
    for (const s of d.questions) out.push(`  ${String(s.n).padStart(2)}. ${wrap(s.text, Math.min(opts.width, 100) - 6, '      ')} ${chalk.dim(`(${s.id})`)}`);
    out.push('');
  }
  return out.join('\n') + '\n';
}
