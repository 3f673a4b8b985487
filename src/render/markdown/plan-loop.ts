// The action loop in Markdown: `plan status`, and `plan review` as the page of the follow-up meeting.
import type { PlanReviewDoc, PlanStatusDoc } from '../../core/plan-documents.js';
import { planReviewView, planStatusView, type LoopView, type Tone } from '../view/plan-loop.js';
import { escapeMarkdown as e, paragraph, tableRow } from './escape.js';

const MARK: Record<NonNullable<Tone>, string> = { good: '✓ ', bad: '✗ ', warn: '▸ ' };

/** A page of the loop in Markdown: headings, the lines about the documents, the tables, how to read them. */
function loopMarkdown(v: LoopView): string {
  const out = [`# ${e(v.title)}`, '', ...v.meta.map((m) => `- ${e(m)}`), ''];
  for (const n of v.notes) out.push(`> ${e(n)}`, '');
  for (const sec of v.sections) {
    out.push(`## ${e(sec.title)}`, '');
    if (sec.hint) out.push(`*${e(sec.hint)}*`, '');
    if (!sec.rows.length) {
      out.push(paragraph(sec.empty), '');
      continue;
    }
    out.push(tableRow(sec.head.map(e)), tableRow(sec.numeric.map((n) => (n ? '---:' : '---'))));
    for (const r of sec.rows) out.push(tableRow(r.cells.map((c, x) => `${x === 0 && r.tone && c ? MARK[r.tone] : ''}${e(c)}`)));
    out.push('');
  }
  for (const f of v.footer) out.push(paragraph(f), '');
  return out.join('\n');
}

/** `plan status` in Markdown. */
export function renderPlanStatusMarkdown(doc: PlanStatusDoc): string {
  return loopMarkdown(planStatusView(doc));
}

/** `plan review` in Markdown. */
export function renderPlanReviewMarkdown(doc: PlanReviewDoc): string {
  return loopMarkdown(planReviewView(doc));
}
