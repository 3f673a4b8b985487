// A recogniser of the plain YAML that `ex-maturity template` writes and people fill in (comments, top-level
// `key: value` lines, `key:` sections of `key: value` lines, "?" as don't know in the answers section), so that scoring
// a typical file never loads the full YAML library (it costs a third of the start-up time).
// Contract: for any text, it either returns exactly what the full reader (yaml-full.ts, production options, with its
// "?" rule for answers) returns, throws DuplicateKey where the full reader refuses a duplicate key (same key, same
// line), or returns undefined and the full reader reads the file. A property test holds it to that.
// It depends on nothing else in src/io, so that it can be loaded first and alone.
import { BLANK } from '../core/answers.js';

const KEY = /^( *)([A-Za-z_][\w.-]*):(?: +(.*?))? *$/;
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const RESERVED_FIRST = 'nNtTfF';
const COMMENT = / +#.*$/;
const SINGLE = /^'((?:[^']|'')*)'$/;
const DOUBLE = /^"([^"\\]*)"$/;
// Plain text: no YAML indicator, digit, sign or dot first (numbers other than integers go to the full parser), and
// nothing that could start a comment, a mapping or a flow collection, or that YAML treats as a control character.
// (A character class rather than Unicode properties: it compiles in no time, and start-up is what this file is for.)
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`\\0-9+.\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff][^:#[\]{}\\\t\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]*$/;
const INT = /^[-+]?[0-9]+$/;
/** Longer keys are left to the full parser (YAML refuses implicit keys of 1024 characters and more). */
const MAX_KEY = 1000;

/** Thrown for a key that appears twice in one mapping; `line` is 1-based, the line of the second appearance. */
export class DuplicateKey extends Error {
  constructor(
    readonly line: number,
    readonly key: string,
  ) {
    super(`duplicate key ${key} at line ${line}`);
  }
}

/** A single digit, the usual answer, as its value (no regular expression, no allocation). */
const DIGITS = Array.from({ length: 10 }, (_, n) => ({ value: n }));

function scalar(raw: string, inAnswers: boolean): { value: unknown } | undefined {
  if (raw.length === 1 && raw >= '0' && raw <= '9') return DIGITS[raw.charCodeAt(0) - 48];
  if (raw === '') return { value: BLANK };
  if (raw === '~' || raw === 'null' || raw === 'Null' || raw === 'NULL') return { value: null };
  // "?" alone is don't know, in the answers section only (the full reader's rule: see dontKnowMarks in yaml-full.ts).
  if (raw === '?') return inAnswers ? { value: '?' } : undefined;
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

/** A mapping that gives no key a special meaning (`__proto__` is a key like any other). */
type Table = Record<string, unknown>;
const table = (): Table => Object.create(null) as Table;
/**
 * Sets a key of a table. (In a function of its own: V8 counts each new key stored into such a table as a change of
 * the storing code, which kept parseSimpleYaml from ever being optimised; reading 10,000 files took a third longer.)
 */
function put(t: Table, key: string, value: unknown): void {
  t[key] = value;
}

/**
 * Reads a two-level YAML mapping of plain scalars; undefined when the text needs the full parser. With `lines`, it
 * also records the line of each key (`key`, or `section\0key` inside a section), for pointing at a problem: only then,
 * since recording them cost a third of reading 10,000 answers files (issue 14, `npm run bench`).
 */
export function parseSimpleYaml(source: string, lines?: Map<string, number>): { data: Record<string, unknown> } | undefined {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.includes('\t')) return undefined;
  const data = table();
  let keys = 0;
  // (`indent` is -1 until the section's first line: an object whose shape never changes keeps V8's code optimisable)
  let section: { key: string; map: Table; indent: number; answers: boolean } | undefined;
  const all = text.split(/\r?\n/);
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    // (the regular expressions only where they can match: most lines have no comment and are not blank)
    if ((line === '' || line.charCodeAt(0) === 32 || line.charCodeAt(0) === 35) && /^ *(#.*)?$/.test(line)) continue;
    // (a document marker, --- or ..., is not a key line either: the full parser reads it)
    const m = KEY.exec(line.includes('#') ? line.replace(COMMENT, '') : line);
    if (!m) return undefined;
    const key = m[2]!;
    if (key.length >= MAX_KEY || (RESERVED_FIRST.includes(key[0]!) && RESERVED_KEY.test(key))) return undefined;
    const indent = m[1]!.length;
    const rawValue = m[3];
    if (indent === 0) {
      if (Object.hasOwn(data, key)) throw new DuplicateKey(i + 1, key);
      keys++;
      lines?.set(key, i + 1);
      if (rawValue === undefined || rawValue === '') {
        // A section header, unless nothing indented follows (then it is a blank value).
        put(data, key, BLANK);
        section = { key, map: table(), indent: -1, answers: key === 'answers' };
        continue;
      }
      const v = scalar(rawValue, false);
      if (!v) return undefined;
      put(data, key, v.value);
      section = undefined;
      continue;
    }
    if (!section || (section.indent !== -1 && indent !== section.indent)) return undefined;
    if (section.indent === -1) {
      section.indent = indent;
      put(data, section.key, section.map);
    }
    if (Object.hasOwn(section.map, key)) throw new DuplicateKey(i + 1, key);
    const v = scalar(rawValue ?? '', section.answers);
    if (!v) return undefined;
    put(section.map, key, v.value);
    lines?.set(`${section.key}\u0000${key}`, i + 1);
  }
  if (keys === 0) return undefined;
  return { data };
}
