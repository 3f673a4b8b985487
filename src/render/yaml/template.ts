// The answers template: a blank answers file in YAML, the scale and every statement in comments, one empty line per question to fill.
import type { Questionnaire } from '../../core/questionnaire.js';
import { wrap } from '../terminal/text.js';
import { questionnaireView } from '../view/questionnaire.js';

/** A sentence's first letter in lower case (a meaning read after its label). */
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** A text cut into lines of at most `width` characters, at word boundaries. */
const wrapLines = (s: string, width: number) => wrap(s, width).split('\n');

/** A blank answers file for a questionnaire. */
export function renderTemplateYaml(q: Questionnaire): string {
  const v = questionnaireView(q, false);
  const { w } = v.s;
  const comment = (s: string) => `# ${s}`.trimEnd();
  const out: string[] = [];
  out.push(comment(`${v.title} (${v.id} ${v.version})`));
  if (v.intro) out.push(...wrapLines(v.intro, 100).map(comment));
  out.push(comment(w('render.templateAnswerWith')));
  for (const p of v.scale) out.push(comment(`  ${p.value} = ${p.label}${p.meaning ? ` (${lower(p.meaning)})` : ''}`));
  if (v.dontKnow) out.push(comment(`  null = ${v.dontKnow}${v.dontKnowMeaning ? ` (${lower(v.dontKnowMeaning)})` : ''} ${w('render.templateOrQuestion')}`));
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
