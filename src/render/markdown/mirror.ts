// The mirror as Markdown: sides, dimensions by gap, statement pairs, units, how to read, the joint plan.
import type { Mirror } from '../../mirror/document.js';
import { mirrorView, pairTexts, type MirrorPlanItem, type MirrorRow } from '../view/mirror.js';
import { code, escapeMarkdown as e, methodMarkdown, paragraph, tableRow as row } from './escape.js';
import { mirrorOutcomesView } from '../view/outcomes.js';
import { outcomesMarkdown } from './aggregate.js';

/** The mirror as Markdown. */
export function renderMirrorMarkdown(m: Mirror): string {
  const v = mirrorView(m);
  const { s } = v;
  const out: string[] = [`# ${e(v.title)}`, ''];
  const actions = (list: MirrorPlanItem['actions']) => {
    for (const a of list) {
      out.push(`- **${e(a.title)}**${a.tagLine ? ` _(${e(a.tagLine)})_` : ''}`);
      if (a.detail) out.push(`  ${e(a.detail)}`);
      if (a.done) out.push(`  _${e(s.colon(s.w('mirror.done')))}_ ${e(a.done)}`);
      if (a.indicator) out.push(`  _${e(s.colon(s.w('mirror.indicator')))}_ ${e(a.indicator)}`);
    }
    out.push('');
  };
  if (v.warning) out.push(`> **${e(v.warning)}**`, '');
  for (const x of v.sides) out.push(`- **${e(s.colon(x.label))}** ${e(x.text)}`);
  if (v.overall) out.push(`- **${e(s.colon(v.overall.label))}** ${e(v.overall.text)}`);
  out.push('');
  if (v.notes.length) out.push(`## ${e(s.w('render.notes'))}`, '', ...v.notes.map((n) => `- ${e(n)}`), '');
  out.push(`> ${e(v.thresholdsText)}`, '');

  const sideHeads = [v.sideLabel.employees, v.sideLabel.customers];
  const blind = v.blindSpots ?? [];
  const gapHeads = [v.head.gap, ...blind.map((b) => b.head)];
  const gaps = (r: MirrorRow) => [e(r.gap), ...blind.map((b) => e(r.blind?.[b.side].gap ?? '—'))];
  out.push(`## ${e(v.head.dimension)}`, '', row([v.head.dimension, ...sideHeads, v.head.gap, v.head.reading].map(e)), row(['---', ...sideHeads.map(() => '---:'), '---:', '---']));
  for (const r of v.rows) out.push(row([e(r.label), e(r.employees?.text ?? '—'), e(r.customers?.text ?? '—'), e(r.gap), e(r.readingText)]));
  out.push('', `_${e(s.colon(v.head.gap))} ${e(s.w('mirror.gapMeaning'))}_`, '');
  // Leadership's view of each side: its belief beside what the side answers, the gap and its reading.
  for (const b of blind) {
    out.push(`## ${e(b.title)}`, '', row([v.head.dimension, b.belief, v.sideLabel[b.side], b.head, v.head.reading].map(e)), row(['---', '---:', '---:', '---:', '---']));
    for (const r of v.ordered) out.push(row([e(r.label), e(r.blind?.[b.side].leaders?.text ?? '—'), e(r[b.side]?.text ?? '—'), e(r.blind?.[b.side].gap ?? '—'), e(r.blind?.[b.side].readingText ?? '—')]));
    out.push('', `_${e(s.colon(b.head))} ${e(b.meaning)}_`, '');
  }
  if (v.blindGuide) out.push(`_${e(v.blindGuide)}_`, '');

  out.push(`## ${e(s.w('mirror.pairs'))}`, '', row([v.head.statement, ...sideHeads, ...gapHeads, v.head.reading].map(e)), row(['---', ...sideHeads.map(() => '---:'), ...gapHeads.map(() => '---:'), '---']));
  for (const p of v.pairs) {
    out.push(row([`${code(p.id)} ${pairTexts(v, p).map(([who, text]) => `${e(s.colon(who))} ${e(text)}`).join('<br>')}`, e(p.employees?.text ?? '—'), e(p.customers?.text ?? '—'), ...gaps(p), e(p.readingText)]));
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

  out.push(`## ${e(s.w('mirror.howToRead'))}`, '', ...v.readingsGuide.map((g) => `- **${e(g.label)}**${s.colon('')} ${e(g.text)}`), '');

  const outcomes = mirrorOutcomesView(s, m);
  if (outcomes) out.push(...outcomesMarkdown(outcomes));
  if (v.plan) {
    out.push(`## ${e(v.plan.title)}`, '', `_${e(v.plan.hint)}_`, '');
    for (const item of v.plan.items) {
      out.push(`### ${item.priority}. ${e(item.label)} — ${e(item.readingText)} (${e(s.colon(v.head.gap))} ${e(item.gap)})`, '');
      actions(item.actions);
    }
    if (v.plan.postures.length) {
      out.push(`### ${e(s.w('mirror.postures'))}`, '');
      for (const p of v.plan.postures) out.push(`**${e(p.label)}** — ${e(p.text)}`, '');
    }
  }
  if (v.blindPlan) {
    out.push(`## ${e(v.blindPlan.title)}`, '');
    for (const item of v.blindPlan.items) {
      out.push(`### ${e(item.title)}`, '', `_${e(item.dimensions)}_`, '', e(item.posture), '');
      actions(item.actions);
    }
  }
  out.push(...methodMarkdown(v.method));
  out.push('---', '', `_${paragraph(v.definitions)}_`, '', `_${e(v.footer)}_`, '');
  return out.join('\n');
}
