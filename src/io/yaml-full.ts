// The full YAML library: loaded (lazily) only for files the fast recogniser of simple YAML leaves to it.
import { LineCounter, parseDocument, visit, isMap as isYamlMap, isScalar, type Document, type Node, type Pair, type Tags, type YAMLMap } from 'yaml';
import { BLANK } from '../core/answers.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { duplicateKeyError, type Located } from './located.js';

/** The options every YAML file is read with (the fast recogniser is held to the same). */
/**
 * Numbers in YAML are written in decimal, as in a CSV cell: `0x3`, `0o3` and `3e0` stay texts (one rule for every
 * file, so a CSV's `0x3` and a YAML file's are refused alike).
 */
const decimalOnly = (tags: Tags): Tags => tags.filter((t) => typeof t === 'string' || !(t.format === 'HEX' || t.format === 'OCT' || t.format === 'EXP'));
export const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, customTags: decimalOnly } as const;
/** Most aliases a document may expand (alias bombs are refused). */
const MAX_ALIASES = 1000;

const ANSWERS_HEADER = /^answers:[ \t]*(?:#.*)?\r?$/;
const DONT_KNOW_LINE = /^([ \t]+[A-Za-z0-9_][\w.-]*:[ \t]+)\?((?:[ \t]+#.*)?[ \t]*\r?)$/;

/**
 * "?" for don't know. YAML reads `sense-1: ?` as the start of a complex key and refuses the file, yet the answers
 * format (and the template) let people write "?". The rule, and the only change ever made to a text before parsing:
 * when a file does not parse as written and has a top-level `answers:` line, each line of that block (the indented
 * lines after it) whose whole value is `?`, optionally followed by a comment, is read as the text "?"; the answers
 * reader then takes it as don't know. Nothing else is touched: any other file, or a "?" anywhere else (a block scalar
 * of an instrument ending in "?", a value such as "? x"), is read exactly as written.
 * Returns the text to parse instead, or undefined when the rule changes nothing.
 */
export function dontKnowMarks(text: string): string | undefined {
  const lines = text.split('\n');
  let inAnswers = false;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (ANSWERS_HEADER.test(line)) {
      inAnswers = true;
      continue;
    }
    if (/^[^ \t#\r]/.test(line)) inAnswers = false;
    if (!inAnswers) continue;
    const m = DONT_KNOW_LINE.exec(line);
    if (m) {
      lines[i] = `${m[1]}'?'${m[2]}`;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : undefined;
}

function parse(text: string): { doc: Document; lc: LineCounter } {
  const lc = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lc, ...YAML_OPTIONS }), lc };
}

const failed = (doc: Document) => doc.errors.length > 0 || doc.warnings.length > 0;

/** Parses YAML or JSON text strictly (any error or warning refuses the file; duplicate keys and alias bombs too). */
export function parseFull(text: string, file: string): Located {
  let { doc, lc } = parse(text);
  if (failed(doc)) {
    const marked = dontKnowMarks(text);
    if (marked !== undefined) ({ doc, lc } = parse(marked));
  }
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const line = lc.linePos(problem.pos[0]).line;
    if (problem.code === 'DUPLICATE_KEY') {
      const dup = firstDuplicate(doc);
      const at = dup ? lc.linePos(dup.offset).line : line;
      throw duplicateKeyError(file, at, dup?.key ?? '');
    }
    const detail = problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
    throw new UserError(msg('io.yamlSyntax', { file, line, detail }), 2, { file, line });
  }
  // A list or a mapping as a key: refused here (JavaScript objects would stringify it, with a Node warning).
  visit(doc, {
    Pair(_, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
        const line = rangeLine(pair.key, lc) ?? 1;
        throw new UserError(msg('io.yamlComplexKey', { file, line }), 2, { file, line });
      }
    },
  });
  visit(doc, {
    Scalar(key, node) {
      if (key === 'value' && node.value === null && node.source === '') node.value = BLANK;
    },
  });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    throw new UserError(msg('io.tooManyAliases', { file }), 2, { file });
  }
  return { data, lineOf: (path) => lineOfPath(doc, lc, path) };
}

/** The first key, in document order, written twice in one mapping (the library points near it, not at it). */
function firstDuplicate(doc: Document): { key: string; offset: number } | undefined {
  let first: { key: string; offset: number } | undefined;
  visit(doc, {
    Map(_, map: YAMLMap) {
      const seen = new Set<string>();
      for (const pair of map.items as Pair[]) {
        const k = pair.key;
        const name = isScalar(k) ? String(k.value) : JSON.stringify((k as Node | null)?.toJSON?.() ?? null);
        const offset = (k as Node | null)?.range?.[0] ?? 0;
        if (seen.has(name) && (!first || offset < first.offset)) first = { key: name, offset };
        seen.add(name);
      }
    },
  });
  return first;
}

function lineOfPath(doc: Document, lc: LineCounter, path: readonly (string | number)[]): number | undefined {
  let node: unknown = doc.contents;
  let line = rangeLine(node, lc);
  for (const key of path) {
    if (!node || typeof node !== 'object' || !('items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    let next: unknown;
    if (isYamlMap(node)) {
      const pair = (items as { key: unknown; value: unknown }[]).find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(key));
      if (!pair) break;
      line = rangeLine(pair.key, lc) ?? line;
      next = pair.value;
    } else {
      next = items[Number(key)];
    }
    line = rangeLine(next, lc) ?? line;
    node = next;
  }
  return line;
}

function rangeLine(node: unknown, lc: LineCounter): number | undefined {
  const range = (node as Node | undefined)?.range;
  return range ? lc.linePos(range[0]).line : undefined;
}
