// The action loop as self-contained HTML pages: `plan status`, and `plan review` for the follow-up meeting.
import type { PlanReviewDoc, PlanStatusDoc } from '../../core/plan-documents.js';
import { planReviewView, planStatusView, type LoopView } from '../view/plan-loop.js';
import { escapeHtml as h, htmlPage } from './page.js';

const CSS = `
.tone-good td:first-child, .tone-good th:first-child { border-left: 4px solid #28644a; }
.tone-bad td:first-child, .tone-bad th:first-child { border-left: 4px solid #8a3a22; }
.tone-warn td:first-child, .tone-warn th:first-child { border-left: 4px solid #8a6a00; }
.table-wrap { overflow-x: auto; }
@media print { body { font-size: 9pt; } th, td { padding: 3px 6px; } }
`;

/** A page of the loop as HTML: every text escaped; tones as a coloured edge (the words say the same). */
function loopHtml(v: LoopView, lang: PlanStatusDoc['language']): string {
  const out = [`<header class="top"><h1>${h(v.title)}</h1><ul class="meta">${v.meta.map((m) => `<li>${h(m)}</li>`).join('')}</ul></header>`];
  for (const n of v.notes) out.push(`<p class="callout">${h(n)}</p>`);
  for (const sec of v.sections) {
    out.push(`<section><h2>${h(sec.title)}</h2>`);
    if (sec.hint) out.push(`<p class="muted">${h(sec.hint)}</p>`);
    if (!sec.rows.length) out.push(`<p>${h(sec.empty)}</p>`);
    else {
      out.push(`<div class="table-wrap"><table><thead><tr>${sec.head.map((x) => `<th scope="col">${h(x)}</th>`).join('')}</tr></thead><tbody>`);
      for (const r of sec.rows) out.push(`<tr${r.tone ? ` class="tone-${r.tone}"` : ''}>${r.cells.map((c, x) => `<td${sec.numeric[x] ? ' class="num"' : ''}>${h(c)}</td>`).join('')}</tr>`);
      out.push('</tbody></table></div>');
    }
    out.push('</section>');
  }
  for (const f of v.footer) out.push(`<p class="muted">${h(f)}</p>`);
  return htmlPage(v.title, lang, out.join('\n'), CSS);
}

/** `plan status` as HTML. */
export function renderPlanStatusHtml(doc: PlanStatusDoc): string {
  return loopHtml(planStatusView(doc), doc.language);
}

/** `plan review` as HTML. */
export function renderPlanReviewHtml(doc: PlanReviewDoc): string {
  return loopHtml(planReviewView(doc), doc.language);
}
