// A fast reader for the plain YAML that answers files are made of (comments, `key:` sections, `key: value` lines),
// so that scoring a typical file never loads the full YAML library (it costs a third of the start-up time).
// It returns undefined for anything outside that subset, and the caller falls back to the full parser:
// what it does accept, it reads exactly as the full parser would (a property test holds it to that).
import { BLANK } from '../core/answers.js';

const KEY = /^( *)([A-Za-z_][\w.-]*):(?: +(.*?))? *$/;
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const COMMENT = / +#.*$/;
const SINGLE = /^'((?:[^']|'')*)'$/;
const DOUBLE = /^"([^"\\]*)"$/;
// Plain text: no YAML indicator, digit, sign or dot first (numbers other than integers go to the full parser), and
// nothing that could start a comment, a mapping or a flow collection, or that YAML treats as a control character.
// (A character class rather than Unicode properties: it compiles in no time, and start-up is what this file is for.)
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`\\0-9+.\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff][^:#[\]{}\\\t\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]*$/;
const INT = /^[-+]?[0-9]+$/;

/** "sense-1: ?" reads as a YAML complex key; the answers format accepts "?" for "don't know", so quote it for the full parser. */
export function quoteQuestionMarks(text: string): string {
  return text.replace(/^(\s*[^\s#?:][^#\n]*?:[ \t]+)\?([ \t]*(#.*)?)$/gm, "$1'?'$2");
}

/** Thrown for a key that appears twice in one mapping; `line` is 1-based. */
export class DuplicateKey extends Error {
  constructor(readonly line: number) {
    super(`duplicate key at line ${line}`);
  }
}

function scalar(raw: string): { value: unknown } | undefined {
  if (raw === '') return { value: BLANK };
  if (raw === '~' || raw === 'null' || raw === 'Null' || raw === 'NULL') return { value: null };
  if (raw === '?') return { value: '?' };
  if (/^(?:true|True|TRUE)$/.test(raw)) return { value: true };
  if (/^(?:false|False|FALSE)$/.test(raw)) return { value: false };
  if (INT.test(raw)) return Number.isSafeInteger(Number(raw)) ? { value: Number(raw) } : undefined;
  let m = SINGLE.exec(raw);
  if (m) return { value: m[1]!.replace(/''/g, "'") };
  m = DOUBLE.exec(raw);
  if (m) return { value: m[1] };
  if (PLAIN.test(raw) && !raw.endsWith(' ')) return { value: raw };
  return undefined;
}

/** Reads a two-level YAML mapping of plain scalars; undefined when the text needs the full parser. */
export function parseSimpleYaml(text: string): { data: Record<string, unknown>; lines: Map<string, number> } | undefined {
  if (text.includes('\t')) return undefined;
  const data: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  let section: { key: string; map: Record<string, unknown>; indent?: number } | undefined;
  const all = text.split(/\r?\n/);
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (/^ *(#.*)?$/.test(line)) continue;
    if (line.startsWith('---') || line.startsWith('...')) return undefined;
    const m = KEY.exec(line.replace(COMMENT, ''));
    if (!m || RESERVED_KEY.test(m[2]!)) return undefined;
    const [, spaces, key, rawValue] = m as unknown as [string, string, string, string | undefined];
    const indent = spaces.length;
    const lineNo = i + 1;
    if (indent === 0) {
      if (Object.hasOwn(data, key)) throw new DuplicateKey(lineNo);
      lines.set(key, lineNo);
      if (rawValue === undefined || rawValue === '') {
        // A section header, unless nothing indented follows (then it is a blank value).
        data[key] = BLANK;
        section = { key, map: {} };
        continue;
      }
      const v = scalar(rawValue);
      if (!v) return undefined;
      data[key] = v.value;
      section = undefined;
      continue;
    }
    if (!section || (section.indent !== undefined && indent !== section.indent)) return undefined;
    if (section.indent === undefined) {
      section.indent = indent;
      data[section.key] = section.map;
    }
    if (Object.hasOwn(section.map, key)) throw new DuplicateKey(lineNo);
    const v = scalar(rawValue ?? '');
    if (!v) return undefined;
    section.map[key] = v.value;
    lines.set(`${section.key}\u0000${key}`, lineNo);
  }
  if (Object.keys(data).length === 0) return undefined;
  return { data, lines };
}
