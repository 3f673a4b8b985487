// The answers template: a blank answers file in YAML, the scale and every statement in comments, one empty line per question to fill.
import type { Questionnaire } from '../../core/questionnaire.js';
import { wrap } from '../terminal/text.js';
import { questionnaireView } from '../view/questionnaire.js';

/** A sentence's first letter in lower case (a meaning read after its label). */
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
/** A text cut into lines of at most `width` characters, at word boundaries. */
const wrapLines = (s: string, width: number) => wrap(s, width).split('\n');

/** Characters a YAML reader refuses or that would move the cursor in a terminal: C0 but tab, DEL, C1. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Every line break YAML or an editor would see. */
const BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;
/** A text as comment lines: each of its lines commented, so that no line of a text can become a key or a value. */
const comments = (s: string, prefix = '') => s.replace(CONTROL, '').split(BREAK).map((l) => `${prefix}# ${l}`.trimEnd());
/** Words YAML (1.2 or 1.1) reads as something else than a string. */
const KEYWORD = /^(?:null|true|false|yes|no|on|off|y|n)$/i;
/** An id as a YAML key or value: plain when it can only read as itself, double-quoted (JSON escapes are YAML escapes) otherwise. */
export const yamlScalar = (id: string) => (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(id) && !KEYWORD.test(id) ? id : JSON.stringify(id));

/** A blank answers file for a questionnaire. */
export function renderTemplateYaml(q: Questionnaire): string {
  const v = questionnaireView(q, false);
  const { w } = v.s;
  const comment = (s: string) => comments(s);
  const out: string[] = [];
  out.push(...comment(`${v.title} (${v.id} ${v.version})`));
  if (v.intro) out.push(...v.intro.split(BREAK).flatMap((l) => wrapLines(l, 100)).flatMap(comment));
  out.push(...comment(w('render.templateAnswerWith')));
  for (const p of v.scale) out.push(...comment(`  ${p.value} = ${p.label}${p.meaning ? ` (${lower(p.meaning)})` : ''}`));
  if (v.dontKnow) out.push(...comment(`  null = ${v.dontKnow}${v.dontKnowMeaning ? ` (${lower(v.dontKnowMeaning)})` : ''} ${w('render.templateOrQuestion')}`));
  out.push(...comment(w('render.templateBlank')));
  out.push(...comment(w('render.templateThen')));
  out.push('', `instrument: ${yamlScalar(v.id)}`, '');
  out.push(...comment(w('render.templateGroup')));
  out.push(...comment('respondent:'), ...comment('  group: managers'), '', 'answers:');
  for (const d of v.dimensions) {
    out.push('', ...comments(`${d.label.toUpperCase()}${d.description ? ` — ${d.description}` : ''}`, '  '));
    for (const x of d.questions) out.push(...comments(x.text, '  '), `  ${yamlScalar(x.id)}:`);
  }
  // Outcome questions: optional (empty is no answer); a team-only one is left commented out, to uncomment for team use.
  for (const o of q.outcomes ?? []) {
    out.push('', ...comments(`${w('outcomes.questionnaireTitle').toUpperCase()}`, '  '), ...comments(o.text, '  '));
    out.push(...comments(w('outcomes.templateHint', { min: o.scale.min, max: o.scale.max, teamOnly: o.teamOnly }), '  '));
    out.push(o.teamOnly ? `  # ${yamlScalar(o.id)}:` : `  ${yamlScalar(o.id)}:`);
  }
  return out.join('\n') + '\n';
}
