import { format } from '../i18n/index.js';
import { colon } from '../i18n.js';
import type { Comparison } from '../team/compare.js';
import { escapeMarkdown as mdText } from './markdown.js';
import { compareTitle, compareWords, levelChangeText, pointText, sideText, signed } from './compare-words.js';

/** A comparison as Markdown. */
export function renderCompareMarkdown(c: Comparison): string {
  const w = compareWords(c.language);
  const sep = colon(c.language);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const out = [`# ${mdText(compareTitle(c))}`, '', `- **${w.old}**${sep}${sideText(c.old, c.language)}`, `- **${w.new}**${sep}${sideText(c.new, c.language)}`, ''];
  if (c.warning) out.push(`> **${mdText(format(c.warning, c.language))}**`, '');
  out.push(row([w.dimension, w.old, w.new, w.delta, w.level]), row(['---', '---', '---', '---:', '---']));
  for (const d of c.dimensions) out.push(row([mdText(d.label), mdText(pointText(d.old)), mdText(pointText(d.new)), signed(d.delta), levelChangeText(d, c.language)]));
  out.push(row([`**${w.overall}**`, mdText(pointText(c.overall.old)), mdText(pointText(c.overall.new)), `**${signed(c.overall.delta)}**`, levelChangeText(c.overall, c.language)]), '');
  out.push(`**${w.improved}**${sep}${c.improved.length ? c.improved.map((m) => `${mdText(m.label)} ${signed(m.delta)}`).join(', ') : w.none}`, '');
  out.push(`**${w.fell}**${sep}${c.fell.length ? c.fell.map((m) => `${mdText(m.label)} ${signed(m.delta)}`).join(', ') : w.none}`, '');
  out.push(`_${w.definition}_`, '');
  return out.join('\n');
}
