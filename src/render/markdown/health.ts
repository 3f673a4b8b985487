// An instrument's health as Markdown: the dimensions at a glance, then each one's reasons and statements.
import type { Health } from '../../core/health.js';
import { healthView } from '../view/health.js';
import { code, escapeMarkdown as e, methodMarkdown, tableRow as row } from './escape.js';

/** An instrument's health as Markdown. */
export function renderHealthMarkdown(h: Health): string {
  const v = healthView(h);
  const out: string[] = [`# ${e(v.title)}`, '', e(v.count), ''];
  if (v.hidden) out.push(`_${e(v.hidden)}_`, '');
  if (v.dimensions.length) {
    out.push(row(v.head.map(e)), row(['---', '---:', '---:', '---:', '---:', '---:', '---']));
    for (const d of v.dimensions) out.push(row([e(d.label), d.complete, e(d.alpha), e(d.dontKnow), e(d.floor), e(d.ceiling), `**${e(d.verdictText)}**`]));
    out.push('');
  }
  for (const d of v.dimensions) {
    out.push(`## ${e(d.label)} — ${e(d.verdictText)}`, '', ...d.reasons.map((r) => `- ${e(r)}`), ...(d.reasons.length ? [''] : []));
    out.push(row(v.itemHead.map(e)), row(['---', '---:', '---:', '---:']));
    for (const x of d.items) out.push(row([`${e(x.text)} (${code(x.id)})`, x.itemRest, x.weakens ? `**${x.alphaIfDeleted}**` : x.alphaIfDeleted, e(x.dontKnow)]));
    out.push('');
  }
  out.push(...methodMarkdown(v.method), '---', '', `_${e(v.footer)}_`, '');
  return out.join('\n');
}
