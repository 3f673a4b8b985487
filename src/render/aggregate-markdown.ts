import { format } from '../i18n/index.js';
import { actionTagLine, colon } from '../i18n.js';
import type { Aggregate, GroupView } from '../team/aggregate.js';
import { escapeMarkdown } from './markdown.js';
import { aggregateTitle, aggregateWords, groupName, levelShares, num } from './aggregate-words.js';

const mdText = escapeMarkdown;

const row = (cells: (string | number)[]) => `| ${cells.map((c) => String(c)).join(' | ')} |`;

/** A team view as Markdown: threshold, overall, dimensions, groups, gaps, statements to discuss, action plan. */
export function renderAggregateMarkdown(a: Aggregate): string {
  const w = aggregateWords(a.language);
  const sep = colon(a.language);
  const out: string[] = [`# ${mdText(aggregateTitle(a))}`, '', `> ${w.threshold(a.anonymity.minGroup)}`];
  if (a.anonymity.warning) out.push('>', `> **${mdText(format(a.anonymity.warning, a.language))}**`);
  out.push('', `**${a.source === 'workshop' ? w.participants : w.respondents}**${sep}${a.respondents}${a.skipped ? ` (${a.skipped} ${w.skipped})` : ''}`, '');
  out.push(...viewBlock(a, a.team));
  const notes = a.notes.filter((n) => n.code !== 'team.note.lowThreshold');
  if (notes.length) out.push(`## ${w.notes}`, '', ...notes.map((n) => `- ${mdText(format(n, a.language))}`), '');
  if (a.groups.length) {
    out.push(`## ${w.groups}`, '');
    const dims = a.team.dimensions ?? a.groups.find((g) => g.dimensions)?.dimensions ?? [];
    out.push(row([w.group, w.respondents, w.overall, ...dims.map((d) => mdText(d.label))]), row(['---', '---:', '---:', ...dims.map(() => '---:')]));
    for (const g of a.groups) {
      const name = mdText(groupName(g.name, a.language));
      if (!g.shown) out.push(row([name, g.respondents, w.hidden(g.respondents, a.anonymity.minGroup), ...dims.map(() => '')]));
      else out.push(row([name, g.respondents, num(g.overall!.score), ...g.dimensions!.map((d) => num(d.score))]));
    }
    out.push('');
  }
  if (a.gaps.length) {
    out.push(`## ${w.gaps}`, '', row([w.dimension, w.gap, w.highest, w.lowest]), row(['---', '---:', '---', '---']));
    for (const g of a.gaps) out.push(row([mdText(g.label), num(g.gap), `${mdText(g.high.group)} ${num(g.high.score)}`, `${mdText(g.low.group)} ${num(g.low.score)}`]));
    out.push('');
  }
  if (a.discuss.length) {
    out.push(`## ${w.discuss}`, '');
    a.discuss.forEach((d, i) => out.push(`${i + 1}. ${mdText(d.text)} (\`${d.question}\`) — ${w.mean} ${d.mean?.toFixed(2) ?? '—'}, ${w.stdDev} ${d.stdDevPopulation?.toFixed(2) ?? '—'}`));
    out.push('');
  }
  if (a.team.questions) {
    out.push(`## ${w.questions}`, '', row([w.statement, ...a.team.questions[0]!.answers.map((x) => String(x.value)), w.dontKnow, w.mean, w.stdDev, '']), row(['---', ...a.team.questions[0]!.answers.map(() => '---:'), '---:', '---:', '---:', '---']));
    for (const q of a.team.questions) {
      out.push(row([`${mdText(q.text)} (\`${q.id}\`)`, ...q.answers.map((x) => x.count), q.dontKnow, q.mean?.toFixed(2) ?? '—', q.stdDevPopulation?.toFixed(2) ?? '—', q.disagreement ? `⚠ ${w.disagreement}` : '']));
    }
    out.push('');
  }
  if (a.recommendations.length) {
    out.push(`## ${w.plan}`, '', `_${w.planHint}_`, '');
    for (const rec of a.recommendations) {
      out.push(`### ${rec.priority}. ${mdText(rec.label)} — ${num(rec.score)} · ${w.level.toLowerCase()} ${rec.level} ${mdText(rec.levelLabel)}`, '');
      if (!rec.actions.length) out.push(`_${w.noActions}_`);
      for (const act of rec.actions) {
        const tags = actionTagLine(act, a.language);
        out.push(`- **${mdText(act.title)}**${tags ? ` _(${tags})_` : ''}${act.detail ? ` — ${mdText(act.detail)}` : ''}`);
      }
      out.push('');
    }
  }
  if (a.posture) out.push(`## ${w.posture}`, '', mdText(a.posture), '');
  out.push('---', '', `_${mdText(a.source === 'workshop' ? w.workshopDefinitions : w.definitions)}_`, '', `_${w.threshold(a.anonymity.minGroup)} · ${w.generated} ${a.generatedAt}_`, '');
  return out.join('\n');
}

function viewBlock(a: Aggregate, g: GroupView): string[] {
  const w = aggregateWords(a.language);
  const sep = colon(a.language);
  if (!g.shown || !g.dimensions || !g.overall) return [`**${w.overall}**${sep}${w.hidden(g.respondents, a.anonymity.minGroup)}`, ''];
  const o = g.overall;
  const out = [`**${w.overall}**${sep}${o.level === null ? w.notScored : `${w.level} ${o.level}/${a.levels.length} · ${mdText(o.levelLabel ?? '')} — ${num(o.score)} / 100`}`, ''];
  const per = a.source === 'respondents';
  out.push(row([w.dimension, w.score, w.level, ...(per ? [w.median, w.range, w.stdDev, w.scored, w.levelShares] : [])]));
  out.push(row(['---', '---:', '---', ...(per ? ['---:', '---:', '---:', '---:', '---'] : [])]));
  for (const d of g.dimensions) {
    const cells: (string | number)[] = [mdText(d.label), num(d.score), d.level === null ? w.notScored : `${d.level} ${mdText(d.levelLabel ?? '')}`];
    if (per) cells.push(num(d.median), d.min === null ? '—' : `${num(d.min)}–${num(d.max)}`, num(d.stdDevPopulation), `${d.scored}${d.unscored ? ` (+${d.unscored} ${w.unscored})` : ''}`, levelShares(d.levels));
    out.push(row(cells));
  }
  out.push('');
  return out;
}
