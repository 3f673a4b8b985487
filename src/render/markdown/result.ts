// A result as Markdown: overall level, the dimensions table, strengths and priorities, the action plan, the posture, how to read it.
import type { Result } from '../../core/result.js';
import { resultView } from '../view/result.js';
import { escapeMarkdown as e, paragraph, tableRow } from './escape.js';
import { focusMarkdown, planMarkdown, postureMarkdown, roadmapMarkdown } from './plan.js';

/** A result as Markdown. */
export function renderResultMarkdown(r: Result): string {
  const v = resultView(r);
  const { s } = v;
  const o = v.overall;
  const out: string[] = [`# ${e(v.title)}`, ''];
  out.push(`${e(v.kind)} · ${v.meta.map((m) => `${e(s.colon(m.label))} ${e(m.value)}`).join(' · ')}`, '');
  out.push(`## ${e(s.colon(o.title))} ${o.level === null ? e(o.levelText) : `${e(o.levelText)} — ${o.score} / 100`}`, '');
  if (o.description) out.push(paragraph(o.description), '');
  for (const note of v.notes) out.push(`> **${e(s.colon(s.w('render.note')))}** ${e(note)}`, '');
  for (const line of v.outcomes) out.push(paragraph(line), '');
  out.push(...focusMarkdown(v.plan));

  out.push(`## ${e(v.head.dimensions)}`, '', tableRow([v.head.dimension, v.head.score, v.head.level, v.head.answered].map(e)), '| --- | ---: | --- | ---: |');
  for (const d of v.dimensions) out.push(tableRow([e(d.label), d.score, e(d.levelText), d.answered]));
  out.push(tableRow([`**${e(o.label)}**`, `**${o.score}**`, `**${e(o.levelText)}**`, o.answered]), '');
  if (v.journey) {
    out.push(`## ${e(v.journey.title)}`, '', tableRow([v.journey.head, v.head.score, v.head.level, v.head.answered].map(e)), '| --- | ---: | --- | ---: |');
    for (const m of v.journey.rows) out.push(tableRow([e(m.label), m.score, e(m.levelText), m.answered]));
    out.push('');
  }
  if (v.targets) {
    out.push(`## ${e(v.targets.title)}`, '', tableRow([v.head.dimension, v.targets.head.target, v.targets.head.gap].map(e)), '| --- | ---: | ---: |');
    for (const t of v.targets.rows) out.push(tableRow([e(t.label), t.target, t.gap]));
    out.push('', `**${e(v.targets.percent)}**`, '');
  }

  for (const h of v.highlights) {
    out.push(`## ${e(h.title)}`, '');
    for (const d of h.items) out.push(`- **${e(d.label)}** — ${d.score} (${e(d.levelText)})`);
    out.push('', ...(h.tie ? [`*${e(h.tie)}*`, ''] : []));
  }
  out.push(...planMarkdown(v.plan));
  if (v.noMatrix) out.push(`*${e(v.noMatrix)}*`, '');
  out.push(...postureMarkdown(v.plan), ...roadmapMarkdown(v.plan));
  out.push(`## ${e(v.reading.title)}`, '', ...v.reading.paragraphs.flatMap((p) => [paragraph(p), '']));
  out.push('---', '', `*${e(v.footer)}*`, '');
  return out.join('\n');
}
