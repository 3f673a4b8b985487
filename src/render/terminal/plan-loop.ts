// The action loop in the terminal: `plan status` and `plan review`, tables that fit the width, tones as colours.
import chalk from '../../app/chalk.js';
import type { PlanReviewDoc, PlanStatusDoc } from '../../core/plan-documents.js';
import type { RenderOptions } from '../options.js';
import { planReviewView, planStatusView, type LoopView, type Tone } from '../view/plan-loop.js';
import { fitTable, type FitColumn } from './fit.js';
import { textWidth } from './frame.js';
import { wrap } from './text.js';

const paint: Record<NonNullable<Tone>, (s: string) => string> = { good: chalk.green, bad: chalk.red, warn: chalk.yellow };

/** A page of the loop as terminal text: the widest layout that fits, then without the last columns, else paragraphs. */
function loopText(v: LoopView, opts: RenderOptions): string {
  const width = textWidth(opts.width);
  const out = [wrap(chalk.bold(v.title), width), '', ...v.meta.map((m) => wrap(m, width, '  ')), ''];
  for (const n of v.notes) out.push(chalk.yellow(`! ${wrap(n, width - 2, '  ')}`), '');
  for (const sec of v.sections) {
    out.push(chalk.bold(wrap(sec.title, width)));
    if (sec.hint) out.push(chalk.dim(wrap(sec.hint, width)));
    if (!sec.rows.length) {
      out.push(wrap(sec.empty, width, '  '), '');
      continue;
    }
    const cols: FitColumn[] = sec.head.map((head, x) => ({
      key: String(x),
      head,
      align: sec.numeric[x] ? 'right' : 'left',
      cells: sec.rows.map((r) => (r.tone && x === 0 ? paint[r.tone](r.cells[x]!) : r.cells[x]!)),
    }));
    const keys = cols.map((c) => c.key);
    out.push(fitTable(cols, [keys, keys.slice(0, -1), sec.narrow.map(String)], opts.width), '');
  }
  for (const f of v.footer) out.push(chalk.dim(wrap(f, width)));
  return out.join('\n') + '\n';
}

/** `plan status` in the terminal. */
export function renderPlanStatusTable(doc: PlanStatusDoc, opts: RenderOptions): string {
  return loopText(planStatusView(doc), opts);
}

/** `plan review` in the terminal. */
export function renderPlanReviewTable(doc: PlanReviewDoc, opts: RenderOptions): string {
  return loopText(planReviewView(doc), opts);
}
