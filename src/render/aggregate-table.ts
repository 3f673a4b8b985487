import { format } from '../i18n/index.js';
import chalk from 'chalk';
import Table from 'cli-table3';
import { actionTagLine, colon } from '../i18n.js';
import type { Aggregate, AggQuestion, GroupView } from '../team/aggregate.js';
import { aggregateTitle, aggregateWords, groupName, levelShares, num } from './aggregate-words.js';
import { bar, wrap } from './text.js';

const plainTable = (head: string[], colAligns?: ('left' | 'right')[]) =>
  new Table({ head, style: { head: [], border: [] }, chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' }, ...(colAligns ? { colAligns } : {}) });

/** The spread of a statement's answers in one short line: `1:2 2:0 3:4 4:1 ?:1`. */
export function distributionLine(q: AggQuestion): string {
  return [...q.answers.map((a) => `${a.value}:${a.count}`), `?:${q.dontKnow}`].join(' ');
}

/** The terminal view of a team: threshold, overall, dimensions, groups, gaps, statements to discuss, action plan. */
export function renderAggregateTable(a: Aggregate, width = 80): string {
  const w = aggregateWords(a.language);
  const sep = colon(a.language);
  const textWidth = Math.max(40, Math.min(width, 100) - 6);
  const out: string[] = [chalk.bold(aggregateTitle(a)), '', chalk.dim(w.threshold(a.anonymity.minGroup))];
  if (a.anonymity.warning) out.push(chalk.yellow(`! ${wrap(format(a.anonymity.warning, a.language), textWidth, '  ')}`));
  out.push(`${a.source === 'workshop' ? w.participants : w.respondents}${sep}${a.respondents}${a.skipped ? chalk.dim(` (${a.skipped} ${w.skipped})`) : ''}`, '');

  out.push(...teamBlock(a, a.team, textWidth));
  for (const n of a.notes.filter((x) => x.code !== 'team.note.lowThreshold' && x.code !== 'team.note.teamHidden')) out.push(`  ${chalk.yellow('!')} ${wrap(format(n, a.language), textWidth, '    ')}`);
  out.push('');

  if (a.groups.length) {
    out.push(chalk.bold(w.groups));
    const dims = a.team.dimensions ?? a.groups.find((g) => g.dimensions)?.dimensions ?? [];
    const t = plainTable([w.group, w.respondents, w.overall, ...dims.map((d) => d.label)]);
    for (const g of a.groups) {
      if (!g.shown) t.push([groupName(g.name, a.language), String(g.respondents), { colSpan: dims.length + 1, content: chalk.dim(w.hidden(g.respondents, a.anonymity.minGroup)) }]);
      else t.push([groupName(g.name, a.language), String(g.respondents), num(g.overall!.score), ...g.dimensions!.map((d) => num(d.score))]);
    }
    out.push(t.toString(), '');
  }
  if (a.gaps.length) {
    out.push(chalk.bold(w.gaps));
    const t = plainTable([w.dimension, w.gap, w.highest, w.lowest], ['left', 'right', 'left', 'left']);
    for (const g of a.gaps) t.push([g.label, num(g.gap), `${g.high.group} ${num(g.high.score)}`, `${g.low.group} ${num(g.low.score)}`]);
    out.push(t.toString(), '');
  }
  if (a.discuss.length) {
    out.push(chalk.bold(w.discuss));
    const byId = new Map((a.team.questions ?? []).map((q) => [q.id, q]));
    a.discuss.forEach((d, i) => {
      const q = byId.get(d.question);
      out.push(`  ${i + 1}. ${wrap(d.text, textWidth - 4, '     ')} ${chalk.dim(`(${d.question})`)}`);
      if (q) out.push(`     ${w.mean} ${q.mean?.toFixed(2) ?? '—'} · ${w.stdDev} ${q.stdDevPopulation?.toFixed(2) ?? '—'} · ${distributionLine(q)}`);
    });
    out.push('');
  }
  if (a.recommendations.length) {
    out.push(chalk.bold(w.plan) + chalk.dim(` (${w.planHint})`), '');
    for (const rec of a.recommendations) {
      out.push(`${chalk.bold(`${rec.priority}. ${rec.label}`)} — ${num(rec.score)} · ${w.level.toLowerCase()} ${rec.level} ${rec.levelLabel}`);
      if (!rec.actions.length) out.push(`   ${chalk.dim(w.noActions)}`);
      for (const act of rec.actions) {
        const tags = actionTagLine(act, a.language);
        out.push(`   • ${chalk.bold(act.title)}${tags ? chalk.dim(`  [${tags}]`) : ''}`);
      }
      out.push('');
    }
  }
  if (a.posture) out.push(chalk.bold(w.posture), `  ${wrap(a.posture, textWidth, '  ')}`, '');
  out.push(chalk.dim(wrap(a.source === 'workshop' ? w.workshopDefinitions : w.definitions, textWidth)), '');
  return out.join('\n');
}

/** The team's overall and dimension table, or its count alone below the threshold. */
function teamBlock(a: Aggregate, g: GroupView, textWidth: number): string[] {
  const w = aggregateWords(a.language);
  const sep = colon(a.language);
  if (!g.shown || !g.dimensions || !g.overall) return [`  ${chalk.bold(w.overall)}${sep}${chalk.dim(wrap(w.hidden(g.respondents, a.anonymity.minGroup), textWidth, '  '))}`];
  const n = a.levels.length;
  const o = g.overall;
  const out = [o.level === null ? `  ${chalk.bold(w.overall)}${sep}${chalk.dim(w.notScored)}` : `  ${chalk.bold(w.overall)}${sep}${chalk.bold(`${w.level} ${o.level}/${n} · ${o.levelLabel}`)}   ${chalk.bold(num(o.score))} / 100`, ''];
  const perRespondent = a.source === 'respondents';
  const head = [w.dimension, w.score, '', w.level, ...(perRespondent ? [w.median, w.range, w.stdDev, w.scored, w.levelShares] : [])];
  const t = plainTable(head, ['left', 'right', 'left', 'left', ...(perRespondent ? (['right', 'right', 'right', 'right', 'left'] as const) : [])]);
  for (const d of g.dimensions) {
    const row = [d.label, num(d.score), bar(d.score, 12), d.level === null ? chalk.dim(w.notScored) : `${d.level} ${d.levelLabel}`];
    if (perRespondent) {
      row.push(num(d.median), d.min === null ? '—' : `${num(d.min)}–${num(d.max)}`, num(d.stdDevPopulation), `${d.scored}${d.unscored ? chalk.dim(` (+${d.unscored} ${w.unscored})`) : ''}`, levelShares(d.levels));
    }
    t.push(row);
  }
  out.push(t.toString());
  return out;
}
