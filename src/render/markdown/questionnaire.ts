// The questionnaire for paper: a line for the group, then each dimension a section and each statement with the scale as boxes to tick.
import type { Questionnaire } from '../../core/questionnaire.js';
import { questionnaireView } from '../view/questionnaire.js';
import { escapeMarkdown as e } from './escape.js';

/** The questionnaire as Markdown. */
export function renderQuestionnaireMarkdown(q: Questionnaire): string {
  const v = questionnaireView(q);
  const { s } = v;
  const choices = [...v.scale.map((p) => `${p.value} ${p.label}`), ...(v.dontKnow ? [v.dontKnow] : [])];
  const boxes = choices.map((c) => `☐ ${e(c)}`).join('\u2003');
  const out = [`# ${e(v.title)}`, '', `${e(s.w('render.questionnaire'))} · ${e(s.colon(s.w('render.instrument')))} ${e(v.id)} ${e(v.version)}`, ''];
  out.push(`**${e(s.colon(s.w('render.group')))}** ${'\\_'.repeat(30)}`, '');
  if (v.intro) out.push(e(v.intro), '');
  out.push(`**${e(s.w('questions.noticeTitle'))}**`, '', ...(v.notice ? v.notice.flatMap((l) => [e(l), '']) : [`*${e(s.w('questions.noticeMissing'))}*`, '']));
  out.push(`**${e(s.colon(s.w('render.scale')))}**`, '', ...v.scaleLines.map((l) => `- ${e(l)}`), '', `*${e(s.w('render.tickOne'))}*`, '');
  v.dimensions.forEach((d, i) => {
    out.push(`## ${i + 1}. ${e(d.label)}`, '');
    if (d.description) out.push(`*${e(d.description)}*`, '');
    for (const x of d.questions) out.push(`**${x.n}.** ${e(x.text)} *(${e(x.id)})*`, '', boxes, '');
  });
  if (v.outcomes) {
    out.push(`## ${e(v.outcomes.title)}`, '');
    for (const o of v.outcomes.items) out.push(`**${o.n}.** ${e(o.text)} *(${e(o.id)})*`, '', `*${e(o.ends)}*`, '', o.values.map((x) => `☐ ${x}`).join('\u2003'), '');
  }
  return out.join('\n');
}
