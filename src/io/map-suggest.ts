// `aggregate --map-suggest FILE` (issue 23): when a client rewrote the statements in their form, the headers of the
// export match no statement; this proposes, for each header left unmatched, the closest statement not yet matched and
// how close it is, as a --map file the consultant checks, corrects and reuses.
import { allForms, normalizeKey, tr } from '../core/text.js';
import type { Instrument } from '../core/types.js';
import { format, msg, type Lang } from '../i18n/index.js';
import { headerKeys, type CsvImportOptions } from './csv-layout.js';

/** From this similarity on, a header is proposed for its closest statement; below, it is listed as left out. */
export const SUGGEST_FROM = 0.5;

/** A header and the statement closest to it: the question id and how similar (0–1). */
export interface ColumnSuggestion {
  header: string;
  id: string;
  similarity: number;
}

/** The character pairs of a normalised text, counted. */
function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const b = s.slice(i, i + 2);
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

/** How alike two texts are, 0–1 (Sørensen–Dice on character pairs, case, accents, spaces and punctuation ignored). */
export function similarity(a: string, b: string): number {
  const x = bigrams(normalizeKey(a));
  const y = bigrams(normalizeKey(b));
  let common = 0;
  let total = 0;
  for (const [k, n] of x) {
    common += Math.min(n, y.get(k) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

/**
 * The headers of exports that match no question, group or unit column, each paired with the closest statement (in any
 * language) among the questions no header matches; each statement proposed once, the closest pairs first.
 */
export function suggestColumns(headers: readonly string[], instrument: Instrument, opts: CsvImportOptions): ColumnSuggestion[] {
  const { byKey, mapped, groupKeys, unitKeys } = headerKeys(instrument, opts);
  const matched = new Set<string>();
  const unmatched: string[] = [];
  const seen = new Set<string>();
  for (const h of headers) {
    const key = normalizeKey(h);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    const id = mapped.get(key) ?? byKey.get(key);
    if (id) matched.add(id);
    else if (!groupKeys.includes(key) && !unitKeys.includes(key)) unmatched.push(h.trim());
  }
  const questions = instrument.dimensions.flatMap((d) => d.questions).filter((q) => !matched.has(q.id));
  const pairs = unmatched.flatMap((header) => questions.map((q) => ({ header, id: q.id, similarity: Math.max(...allForms(q.text).map((t) => similarity(header, t))) })));
  pairs.sort((a, b) => b.similarity - a.similarity);
  const taken = new Set<string>();
  const out = new Map<string, ColumnSuggestion>();
  for (const p of pairs) {
    if (out.has(p.header) || taken.has(p.id)) continue;
    out.set(p.header, p);
    taken.add(p.id);
  }
  // Headers with no statement left to propose still appear (as left out), in the order of the export.
  return unmatched.map((h) => out.get(h) ?? { header: h, id: '', similarity: 0 });
}

/** The suggested --map file: a YAML document with a comment on each line saying how close the statement is. */
export function renderMapSuggestion(suggestions: readonly ColumnSuggestion[], instrument: Instrument, files: readonly string[], lang: Lang): string {
  const text = (id: string) => tr(instrument.dimensions.flatMap((d) => d.questions).find((x) => x.id === id)?.text, lang);
  const pct = (x: number) => Math.round(x * 100);
  const lines = [`# ${format(msg('exports.mapSuggestHeader', { instrument: instrument.id, files: [...files] }), lang)}`, 'columns:'];
  for (const s of suggestions) {
    const key = JSON.stringify(s.header);
    if (s.id && s.similarity >= SUGGEST_FROM) lines.push(`  ${key}: ${s.id}  # ${format(msg('exports.mapSuggestLine', { similarity: pct(s.similarity), text: text(s.id) }), lang)}`);
    else lines.push(`  # ${key}: ${s.id || '?'}  # ${format(msg('exports.mapSuggestLeftOut', { similarity: pct(s.similarity), id: s.id }), lang)}`);
  }
  if (!suggestions.length) lines.push(`  # ${format(msg('exports.mapSuggestNone'), lang)}`);
  return `${lines.join('\n')}\n`;
}
