// A team view as Markdown: threshold, overall, dimensions, groups, gaps, statements to discuss, action plan.
import type { Aggregate } from '../../team/aggregate.js';
import { aggregateView, type AggregateView } from '../view/aggregate.js';
import type { OutcomesView } from '../view/outcomes.js';
import { commentsBlock } from '../view/comments.js';
import { code, escapeMarkdown as e, methodMarkdown, paragraph, tableRow as row } from './escape.js';
import { focusMarkdown, planMarkdown, postureMarkdown, roadmapMarkdown } from './plan.js';

/** A team view as Markdown. */
export function renderAggregateMarkdown(a: Aggregate): string {
  const v = aggregateView(a);
  const { s } = v;
  const out: string[] = [`# ${e(v.title)}`, '', `> ${e(v.threshold)}`];
  if (v.warning) out.push('>', `> **${e(v.warning)}**`);
  out.push('', `**${e(s.colon(v.count.label))}** ${v.count.n}${v.count.skipped ? ` (${e(v.count.skipped)})` : ''}`, '');
  out.push(...teamBlock(v));
  if (v.precision) out.push(`_${e(v.precision)}_`, '');
  if (v.notes.length) out.push(`## ${e(s.w('render.notes'))}`, '', ...v.notes.map((n) => `- ${e(n.text)}`), '');
  if (v.groups) {
    const head = v.groups.head.map(e);
    out.push(`## ${e(v.groups.title)}`, '', row(head), row(['---', ...head.slice(1).map(() => '---:')]));
    for (const g of v.groups.rows) {
      if (g.hidden) out.push(row([e(g.name), g.respondents, e(g.hidden), ...head.slice(3).map(() => '')]));
      else out.push(row([e(g.name), g.respondents, g.overall, ...g.scores]));
    }
    out.push('');
  }
  out.push(...focusMarkdown(v.plan), ...roadmapMarkdown(v.plan));
  if (v.outcomes) out.push(...outcomesMarkdown(v.outcomes));
  if (v.gaps) {
    out.push(`## ${e(v.gaps.title)}`, '', row(v.gaps.head.map(e)), row(['---', '---:', '---', '---']));
    for (const g of v.gaps.rows) out.push(row([e(g.label), g.gap, e(g.high), e(g.low)]));
    out.push('');
  }
  if (v.discuss) {
    const d = v.discuss;
    out.push(`## ${e(d.title)}`, '');
    d.items.forEach((x, i) => out.push(`${i + 1}. ${e(x.text)} (${code(x.question)}) — ${e(d.mean)} ${x.mean}, ${e(d.stdDev)} ${x.stdDev}, ${e(d.agreement)} ${x.agreement}`));
    out.push('');
  }
  if (v.questions) {
    const q = v.questions;
    out.push(`## ${e(q.title)}`, '', row(q.head.map(e)), row(['---', ...q.values.map(() => '---:'), '---:', '---:', '---:', '---:', '---']));
    for (const x of q.rows) out.push(row([`${e(x.text)} (${code(x.id)})`, ...x.counts, x.dontKnow, x.mean, x.stdDev, x.agreement, x.flag ? e(x.flag) : '']));
    out.push('');
  }
  const comments = commentsBlock(a);
  if (comments) {
    out.push(`## ${e(comments.title)}`, '');
    if (comments.hidden) out.push(`_${e(comments.hidden)}_`, '');
    else out.push(`_${e(comments.note)}_`, '', ...comments.items.map((c) => `- ${e(c)}`), '');
  }
  out.push(...planMarkdown(v.plan), ...postureMarkdown(v.plan));
  out.push(`## ${e(v.reading.title)}`, '', ...v.reading.paragraphs.flatMap((p) => [paragraph(p), '']));
  out.push(...methodMarkdown(v.method));
  out.push('---', '', `_${e(v.footer)}_`, '');
  return out.join('\n');
}

/** The team's overall and dimension table, or its count alone below the threshold. */
function teamBlock(v: AggregateView): string[] {
  const overall = `**${e(v.s.colon(v.overallTitle))}**`;
  if (v.hidden || !v.overall) return [`${overall} ${e(v.hidden ?? '')}`, ''];
  const o = v.overall;
  const out = [`${overall} ${o.level === null ? e(o.levelText) : `${e(o.levelText)} — ${o.score}${o.interval ? ` ${e(o.interval)}` : ''} / 100`}`, ''];
  out.push(row([v.head.dimension, v.head.score, v.head.level, ...v.head.stats].map(e)));
  out.push(row(['---', '---:', '---', ...(v.perRespondent ? ['---:', '---:', '---:', '---:', '---'] : [])]));
  for (const d of v.dimensions) {
    const cells: (string | number)[] = [e(d.label), d.interval ? `${d.score} ${e(d.interval)}` : d.score, e(d.levelCell)];
    if (d.stats) cells.push(d.stats.median, d.stats.range, d.stats.stdDev, `${d.stats.scored}${d.stats.unscored ? ` (${e(d.stats.unscored)})` : ''}`, d.stats.shares);
    out.push(row(cells));
  }
  out.push('');
  return out;
}

/** The outcome questions: each set's figure, then the team's driver impact with its priorities and strengths. */
export function outcomesMarkdown(o: OutcomesView): string[] {
  const out = [`## ${e(o.title)}`, ''];
  for (const l of o.lines) out.push(paragraph(l.text), '', ...l.sets.map((x) => `- **${e(x.set)}** — ${e(x.figure)}`), '');
  out.push(`_${e(o.note)}_`, '');
  for (const d of o.drivers) {
    out.push(`### ${e(d.title)}`, '', paragraph(d.note), '');
    if (d.rows.length) {
      out.push(row(d.head.map(e)), row(['---', '---:', '---:', '---']), ...d.rows.map((r) => row([e(r.label), r.score, e(r.impact), e(r.reading)])), '');
    }
    for (const line of [d.priorities, d.strengths]) if (line) out.push(paragraph(line), '');
  }
  return out;
}
