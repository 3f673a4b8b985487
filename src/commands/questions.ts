import chalk from 'chalk';
import { buildQuestionnaire, type Questionnaire } from '../core/questionnaire.js';
import { schemaUrl } from '../env.js';
import { colon, words } from '../i18n.js';
import { loadModel } from '../io/load.js';
import { checkOptions, type RawOptions } from '../options.js';
import { emit } from '../output.js';
import { renderQuestionsCsv } from '../render/csv.js';
import { wrap } from '../render/text.js';

/** The questionnaire for reading in a terminal: each dimension, its statements numbered, the scale once. */
function renderQuestionsTable(q: Questionnaire, width: number): string {
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

/** `ex-maturity questions`: prints the questionnaire for paper or for building a form. */
export async function questions(raw: RawOptions): Promise<number> {
  const opts = checkOptions(raw, ['table', 'markdown', 'csv', 'json']);
  const { instrument } = await loadModel(opts);
  const q = buildQuestionnaire(instrument, opts.lang, schemaUrl('questions'));
  let content: string;
  if (opts.format === 'json') content = JSON.stringify(q, null, 2) + '\n';
  else if (opts.format === 'csv') content = renderQuestionsCsv(q, { bom: opts.bom });
  else if (opts.format === 'markdown') content = (await import('../render/markdown.js')).renderQuestionsMarkdown(q);
  else content = renderQuestionsTable(q, process.stdout.columns ?? 80);
  emit(content, opts.output, opts.lang);
  return 0;
}
