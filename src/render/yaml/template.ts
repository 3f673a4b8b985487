// The answers template: a blank answers file in YAML, the scale and every statement in comments, one empty line per question to fill.
import type { Questionnaire } from '../../core/questionnaire.js';
import { questionnaireView } from '../view/questionnaire.js';

/** A blank answers file for a questionnaire. */
export function renderTemplateYaml(q: Questionnaire): string {
  const v = questionnaireView(q, false);
  const { w } = v.s;
  const comment = (s: string) => `# ${s}`.trimEnd();
  const out: string[] = [];
  out.push(comment(`${v.title} (${v.id} ${v.version})`));
  out.push(comment(w('render.templateAnswerWith')));
  for (const p of v.scale) out.push(comment(`  ${p.value} = ${p.label}`));
  if (v.dontKnow) out.push(comment(`  null = ${v.dontKnow} ${w('render.templateOrQuestion')}`));
  out.push(comment(w('render.templateBlank')));
  out.push(comment(w('render.templateThen')));
  out.push('', `instrument: ${v.id}`, '');
  out.push(comment(w('render.templateGroup')));
  out.push(comment('respondent:'), comment('  group: managers'), '', 'answers:');
  for (const d of v.dimensions) {
    out.push('', `  ${comment(`${d.label.toUpperCase()}${d.description ? ` — ${d.description}` : ''}`)}`);
    for (const x of d.questions) out.push(`  ${comment(x.text)}`, `  ${x.id}:`);
  }
  return out.join('\n') + '\n';
}
