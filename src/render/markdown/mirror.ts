// The mirror as Markdown: sides, dimensions by gap, statement pairs, units, how to read, the joint plan.
import type { Mirror } from '../../mirror/document.js';
import { mirrorView } from '../view/mirror.js';
import { code, escapeMarkdown as e, methodMarkdown, paragraph, tableRow as row } from './escape.js';
import { mirrorOutcomesView } from '../view/outcomes.js';
import { outcomesMarkdown } from './aggregate.js';

/** The mirror as Markdown. */
export function renderMirrorMarkdown(m: Mirror): string {
  const v = mirrorView(m);
  const { s } = v;
  const L = v.leaders;
  const out: string[] = [`# ${e(v.title)}`, ''];
  if (v.warning) out.push(`> **${e(v.warning)}**`, '');
  for (const x of v.sides) out.push(`- **${e(s.colon(x.label))}** ${e(x.text)}`);
  if (v.overall) out.push(`- **${e(s.colon(v.overall.label))}** ${e(v.overall.text)}`);
  out.push('');
  if (v.notes.length) out.push(`## ${e(s.w('render.notes'))}`, '', ...v.notes.map((n) => `- ${e(n)}`), '');
  out.push(`> ${e(v.thresholdsText)}`, '');

  const sideHeads = [v.sideLabel.employees, v.sideLabel.customers, ...(L ? [v.sideLabel.leaders] : [])];
  const gapHeads = [v.head.gap, ...(L ? [v.head.deliveryGap] : [])];
  out.push(`## ${e(v.head.dimension)}`, '', row([v.head.dimension, ...sideHeads, ...gapHeads, v.head.reading].map(e)), row(['---', ...sideHeads.map(() => '---:'), ...gapHeads.map(() => '---:'), '---']));
  for (const r of v.rows) {
    out.push(row([e(r.label), e(r.employees?.text ?? '—'), e(r.customers?.text ?? '—'), ...(L ? [e(r.leaders?.text ?? '—')] : []), e(r.gap), ...(L ? [e(r.deliveryGap)] : []), e(r.readingText)]));
  }
  out.push('', `_${e(s.colon(v.head.gap))} ${e(s.w('mirror.gapMeaning'))}_`, '');

  out.push(`## ${e(s.w('mirror.pairs'))}`, '', row([v.head.statement, ...sideHeads, ...gapHeads, v.head.reading].map(e)), row(['---', ...sideHeads.map(() => '---:'), ...gapHeads.map(() => '---:'), '---']));
  for (const p of v.pairs) {
    const texts = [`${e(v.sideLabel.employees)}: ${e(p.texts.employees)}`, `${e(v.sideLabel.customers)}: ${e(p.texts.customers)}`, ...(L && p.texts.leaders ? [`${e(v.sideLabel.leaders)}: ${e(p.texts.leaders)}`] : [])];
    out.push(row([`${code(p.id)} ${texts.join('<br>')}`, e(p.employees?.text ?? '—'), e(p.customers?.text ?? '—'), ...(L ? [e(p.leaders?.text ?? '—')] : []), e(p.gap), ...(L ? [e(p.deliveryGap)] : []), e(p.readingText)]));
  }
  out.push('');

  if (v.units) {
    out.push(`## ${e(v.units.title)}`, '', row([v.head.unit, v.sideLabel.employees, v.sideLabel.customers, s.w('mirror.largestGapHead')].map(e)), row(['---', '---:', '---:', '---']));
    for (const u of v.units.rows) {
      if (!u.shown) out.push(row([e(u.name), '', '', e(u.text)]));
      else out.push(row([e(u.name), e(u.employees), e(u.customers), u.largest ? e(`${u.largest.label} ${u.largest.gap} (${u.largest.readingText})`) : '']));
    }
    out.push('');
  }

  out.push(`## ${e(s.w('mirror.howToRead'))}`, '', ...v.readingsGuide.map((g) => `- **${e(g.label)}**: ${e(g.text)}`), '');

  const outcomes = mirrorOutcomesView(s, m);
  if (outcomes) out.push(...outcomesMarkdown(outcomes));
  if (v.plan) {
    out.push(`## ${e(v.plan.title)}`, '', `_${e(v.plan.hint)}_`, '');
    for (const item of v.plan.items) {
      out.push(`### ${item.priority}. ${e(item.label)} — ${e(item.readingText)} (${e(s.colon(v.head.gap))} ${e(item.gap)})`, '');
      for (const a of item.actions) {
        out.push(`- **${e(a.title)}**${a.tagLine ? ` _(${e(a.tagLine)})_` : ''}`);
        if (a.detail) out.push(`  ${e(a.detail)}`);
        if (a.done) out.push(`  _${e(s.colon(s.w('mirror.done')))}_ ${e(a.done)}`);
        if (a.indicator) out.push(`  _${e(s.colon(s.w('mirror.indicator')))}_ ${e(a.indicator)}`);
      }
      out.push('');
    }
    if (v.plan.postures.length) {
      out.push(`### ${e(s.w('mirror.postures'))}`, '');
      for (const p of v.plan.postures) out.push(`**${e(p.label)}** — ${e(p.text)}`, '');
    }
  }
  out.push(...methodMarkdown(v.method));
  out.push('---', '', `_${paragraph(v.definitions)}_`, '', `_${e(v.footer)}_`, '');
  return out.join('\n');
}
