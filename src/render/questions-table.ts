import chalk from 'chalk';
import type { Questionnaire } from '../core/questionnaire.js';
import { colon, words } from '../i18n.js';
import type { RenderOptions } from './registry.js';
import { wrap } from './text.js';

/** The questionnaire for reading in a terminal: each dimension, its statements numbered, the scale once. */
export function renderQuestionsTable(q: Questionnaire, opts: RenderOptions): string {
  const width = opts.width;
  const w = words(q.language);
  const out = [chalk.bold(`${q.instrument.title}`), ''];
  const scale = q.scale.map((p) => `${p.value} = ${p.label}`).concat(q.dontKnow ? [`? = ${q.dontKnow.label}`] : []);
  out.push(`${w.scale}${colon(q.language)}${scale.join(' · ')}`, '');
  let n = 0;
  for (const d of q.dimensions) {
    out.push(chalk.bold(d.label) + (d.description ? chalk.dim(` — ${d.description}`) : ''));
    for (const s of d.questions) out.push(`  ${String(++n).padStart(2)}. ${wrap(s.text, Math.min(width, 100) - 6, '      ')} ${chalk.dim(`(${s.id})`)}`);
    out.push('');
  }
  return out.join('\n') + '\n';
}
