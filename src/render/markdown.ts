import type { Questionnaire } from '../core/questionnaire.js';
import type { Result } from '../core/result.js';
import { colon, words } from '../i18n.js';
import { actionTags, levelText, readingNotes, reportMeta, strengthsAndPriorities } from './report.js';
import { showScore } from './text.js';

/** Text from a file as inert Markdown: one line, with the characters that would make links, emphasis, HTML or table cells escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>|#~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;');
}

const e = escapeMarkdown;
/** Escaped text that starts a line: also kept from turning into a list item or a heading underline. */
const para = (text: string) => e(text).replace(/^[-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');

/** A result as Markdown: overall level, the dimensions table, strengths and priorities, the action plan, the posture, how to read it. */
export function renderMarkdown(r: Result): string {
  const w = words(r.language);
  const sep = colon(r.language);
  const out: string[] = [`# ${e(r.instrument.title)}`, ''];
  out.push(`${w.report} · ${reportMeta(r).map((m) => `${m.label}${sep}${e(m.value)}`).join(' · ')}`, '');

  out.push(`## ${w.overall}${sep}${r.overall.level === null ? w.notScored : `${e(levelText(r.overall.level, r.overall.levelLabel, r))} — ${showScore(r.overall.score)} / 100`}`, '');
  if (r.overall.levelDescription) out.push(para(r.overall.levelDescription), '');
  for (const note of r.notes.filter((n) => n.code !== 'no-matrix')) out.push(`> **${w.note}${sep.trimEnd()}** ${e(note.message)}`, '');

  out.push(`## ${w.dimensions}`, '', `| ${w.dimension} | ${w.score} | ${w.level} | ${w.answered} |`, '| --- | ---: | --- | ---: |');
  for (const d of r.dimensions) out.push(`| ${e(d.label)} | ${showScore(d.score)} | ${e(levelText(d.level, d.levelLabel, r))} | ${d.answered}/${d.total} |`);
  const answered = r.dimensions.reduce((a, d) => a + d.answered, 0);
  const total = r.dimensions.reduce((a, d) => a + d.total, 0);
  out.push(`| **${w.overall}** | **${showScore(r.overall.score)}** | **${e(levelText(r.overall.level, r.overall.levelLabel, r))}** | ${answered}/${total} |`, '');

  const { strengths, priorities } = strengthsAndPriorities(r);
  for (const [title, list] of [[w.strengths, strengths], [w.priorities, priorities]] as const) {
    if (!list.length) continue;
    out.push(`## ${title}`, '');
    for (const d of list) out.push(`- **${e(d.label)}** — ${showScore(d.score)} (${e(levelText(d.level, d.levelLabel, r))})`);
    out.push('');
  }

  if (r.recommendations.length) {
    out.push(`## ${w.plan}`, '', `*${w.planHint}*`, '');
    for (const rec of r.recommendations) {
      out.push(`### ${rec.priority}. ${e(rec.label)} — ${showScore(rec.score)} · ${e(levelText(rec.level, rec.levelLabel, r))}`, '');
      if (!rec.actions.length) out.push(`*${w.noActions}*`, '');
      for (const a of rec.actions) {
        const tags = actionTags(a, r.language);
        out.push(`- **${e(a.title)}**${tags.length ? ` — *${e(tags.join(' · '))}*` : ''}`);
        out.push('', ...(a.detail ? [`  ${para(a.detail)}`, ''] : []));
      }
    }
  }
  const noMatrix = r.notes.find((n) => n.code === 'no-matrix');
  if (noMatrix) out.push(`*${e(noMatrix.message)}*`, '');
  if (r.posture) out.push(`## ${w.posture}`, '', para(r.posture), '');

  out.push(`## ${w.howToRead}`, '', ...readingNotes(r).flatMap((p) => [para(p), '']));
  out.push('---', '', `*${w.generatedBy} ${e(r.tool.name)} ${e(r.tool.version)}*`, '');
  return out.join('\n');
}

/** The questionnaire for paper: a line for the group, then each dimension a section and each statement with the scale as boxes to tick. */
export function renderQuestionsMarkdown(q: Questionnaire): string {
  const w = words(q.language);
  const sep = colon(q.language);
  const choices = [...q.scale.map((p) => `${p.value} ${p.label}`), ...(q.dontKnow ? [q.dontKnow.label] : [])];
  const boxes = choices.map((c) => `☐ ${e(c)}`).join('\u2003');
  const out = [`# ${e(q.instrument.title)}`, '', `${w.questionnaire} · ${w.instrument}${sep}${e(q.instrument.id)} ${e(q.instrument.version)}`, ''];
  out.push(`**${w.group}${sep.trimEnd()}** ${'\\_'.repeat(30)}`, '', `*${w.tickOne}*`, '');
  let n = 0;
  q.dimensions.forEach((d, i) => {
    out.push(`## ${i + 1}. ${e(d.label)}`, '');
    if (d.description) out.push(`*${e(d.description)}*`, '');
    for (const s of d.questions) out.push(`**${++n}.** ${e(s.text)} *(${e(s.id)})*`, '', boxes, '');
  });
  return out.join('\n');
}
