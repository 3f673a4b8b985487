// The mirror in a terminal: the sides, then per dimension (largest gap first) the two favourable % as bars facing
// each other, the gap and the reading; the statements with the largest gaps, the units, the plan. Fits 60 columns up.
import chalk from '../../app/chalk.js';
import type { Mirror } from '../../mirror/document.js';
import type { RenderOptions } from '../options.js';
import { mirrorView, type MirrorRow, type SideCell } from '../view/mirror.js';
import { textWidth, warningLine } from './frame.js';
import { wrap } from './text.js';
import { mirrorOutcomesView } from '../view/outcomes.js';
import { outcomeLines } from './aggregate.js';

/** How many statement pairs the terminal lists (the other formats list them all). */
const TOP_PAIRS = 5;

const len = (text: string) => [...text].length;
const padStart = (text: string, n: number) => ' '.repeat(Math.max(0, n - len(text))) + text;

/** A bar of `width` cells for a favourable %, growing toward the centre (`left`) or away from it; dots when not shown. */
function halfBar(c: SideCell | null, width: number, left: boolean): string {
  if (!c || c.value === null) return chalk.dim('·'.repeat(width));
  const full = Math.round((Math.max(0, Math.min(100, c.value)) / 100) * width);
  const filled = '█'.repeat(full);
  const empty = chalk.dim('░'.repeat(width - full));
  return left ? empty + filled : filled + empty;
}

const readingColor = (r: MirrorRow['reading']) =>
  r === 'positive-symmetry' ? chalk.green : r === 'negative-symmetry' ? chalk.red : r === 'balanced' || r === 'undetermined' || r === null ? chalk.dim : chalk.yellow;

/** The terminal view of a mirror. */
export function renderMirrorTable(m: Mirror, opts: RenderOptions): string {
  const v = mirrorView(m);
  const { s } = v;
  const width = Math.max(40, opts.width);
  const para = textWidth(opts.width);
  const half = Math.max(6, Math.min(24, Math.floor((width - 28) / 2)));
  const out: string[] = [chalk.bold(v.title), ''];
  if (v.warning) out.push(warningLine(v.warning, para, ''));
  for (const side of v.sides) out.push(wrap(`${chalk.bold(s.colon(side.label))} ${side.text}`, para, '  '));
  if (v.overall) out.push(wrap(`${chalk.bold(s.colon(v.overall.label))} ${v.overall.text}`, para, '  '));
  out.push('');
  for (const n of v.notes) out.push(warningLine(n, para, ''));
  if (v.notes.length) out.push('');
  out.push(chalk.dim(wrap(v.thresholdsText, para)), '');

  // The bars: employees to the left of the centre line, customers to the right.
  const pct = 7;
  const left = `${v.sideLabel.employees} ◀`;
  const right = `▶ ${v.sideLabel.customers}`;
  const centre = 3 + pct + 1 + half;
  out.push(chalk.dim(`${padStart(left, centre)}│${right}`));
  for (const r of v.rows) {
    out.push(wrap(`${chalk.bold(r.label)} — ${readingColor(r.reading)(r.readingText)}`, para, '   '));
    out.push(`   ${padStart(r.employees?.plain ?? r.employees?.text ?? '', pct)} ${halfBar(r.employees, half, true)}│${halfBar(r.customers, half, false)} ${(r.customers?.plain ?? r.customers?.text ?? '').padEnd(pct)}  ${padStart(r.plainGap, 6)}`);
    // The 95 % intervals on a line of their own, so that the bars keep their width.
    if (r.employees?.ci && r.customers?.ci) out.push(chalk.dim(wrap(s.w('uncertainty.mirrorIntervals', { employees: r.employees.ci, customers: r.customers.ci, gap: r.gap }), para - 3, '   ').replace(/^/, '   ')));
    // Leadership's view of each side: the gap leaders − side and its reading.
    for (const b of v.blindSpots ?? []) {
      const x = r.blind?.[b.side];
      out.push(chalk.dim(wrap(`${s.colon(b.head)} ${x?.gap ?? '—'} · ${x?.readingText ?? '—'}`, para - 3, '   ').replace(/^/, '   ')));
    }
  }
  out.push('', chalk.dim(wrap(`${s.colon(v.head.gap)} ${s.w('mirror.gapMeaning')}`, para)), '');

  const pairs = v.pairs.filter((p) => p.gapValue !== null).slice(0, TOP_PAIRS);
  if (pairs.length) {
    out.push(chalk.bold(s.w('mirror.topPairs', { n: pairs.length })), '');
    for (const p of pairs) {
      out.push(wrap(`${chalk.bold(p.id)}  ${v.sideLabel.employees} ${p.employees?.text ?? '—'} · ${v.sideLabel.customers} ${p.customers?.text ?? '—'} · ${p.gap} · ${readingColor(p.reading)(p.readingText)}`, para, '   '));
      out.push(`   ${chalk.dim(wrap(p.texts.customers, para - 3, '   '))}`);
    }
    out.push('', chalk.dim(wrap(s.w('mirror.allPairs'), para)), '');
  }

  if (v.units) {
    out.push(chalk.bold(v.units.title), '');
    for (const u of v.units.rows) {
      const text = u.shown
        ? `${v.sideLabel.employees} ${u.employees} · ${v.sideLabel.customers} ${u.customers}${u.largest ? ` · ${s.w('mirror.largestGap', { label: u.largest.label, gap: u.largest.gap, reading: u.largest.readingText })}` : ''}`
        : chalk.dim(u.text);
      out.push(wrap(`  ${chalk.bold(s.colon(u.name))} ${text}`, para, '    '));
    }
    out.push('');
  }

  const outcomes = mirrorOutcomesView(s, m);
  if (outcomes) out.push(...outcomeLines(outcomes, para, opts));
  if (v.plan) {
    out.push(wrap(`${chalk.bold(v.plan.title)} ${chalk.dim(`(${v.plan.hint})`)}`, para, '  '), '');
    for (const item of v.plan.items) {
      out.push(wrap(`${chalk.bold(`${item.priority}. ${item.label}`)} — ${readingColor(item.reading)(item.readingText)} (${s.colon(v.head.gap)} ${item.gap})`, para, '   '));
      for (const a of item.actions) out.push(`   • ${wrap(`${chalk.bold(a.title)}${a.tagLine ? chalk.dim(`  [${a.tagLine}]`) : ''}`, para - 5, '     ')}`);
      out.push('');
    }
    for (const p of v.plan.postures) out.push(wrap(`${chalk.bold(s.colon(p.label))} ${p.text}`, para, '  '), '');
  }
  if (v.blindSpots) {
    for (const b of v.blindSpots) out.push(chalk.dim(wrap(`${s.colon(b.head)} ${b.meaning}`, para)));
    if (v.blindGuide) out.push(chalk.dim(wrap(v.blindGuide, para)));
    out.push('');
  }
  if (v.blindPlan) {
    out.push(chalk.bold(v.blindPlan.title), '');
    for (const item of v.blindPlan.items) {
      out.push(wrap(chalk.bold(item.title), para, '   '), chalk.dim(wrap(`   ${item.dimensions}`, para, '   ')), wrap(`   ${item.posture}`, para, '   '));
      for (const a of item.actions) out.push(`   • ${wrap(`${chalk.bold(a.title)}${a.tagLine ? chalk.dim(`  [${a.tagLine}]`) : ''}`, para - 5, '     ')}`);
      out.push('');
    }
  }
  out.push(chalk.dim(wrap(v.definitions, para)), chalk.dim(wrap(v.footer, para)), '');
  return out.join('\n') + '\n';
}
