// JSON files: read with JSON.parse (fast), checked for duplicate keys (JSON.parse keeps the last one silently), and
// located lazily: the line of a part is looked up only when a message needs it. Errors are worded for JSON.
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { duplicateKeyError, type Located } from './located.js';

type Path = readonly (string | number)[];

/** Whether a file is read as JSON: a .json name, or text that opens like a JSON object (`{"` or `{}`). */
export function looksLikeJson(text: string, file: string): boolean {
  return /\.json$/i.test(file) || /^\s*\{\s*["}]/.test(text);
}

/** Parses JSON text; a syntax error or a duplicate key is a user error naming the line. */
export function parseJson(text: string, file: string): Located {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw syntaxError(text, file, e as Error);
  }
  const dup = scan(text);
  if (dup?.key === undefined && dup) throw new UserError(msg('privacy.jsonTooDeep', { file, line: lineAt(text, dup.offset), max: MAX_DEPTH }), 2, { file, line: lineAt(text, dup.offset) });
  if (dup) throw duplicateKeyError(file, lineAt(text, dup.offset), dup.key!);
  let index: Map<string, number> | undefined;
  return {
    data,
    lineOf: (path) => {
      index ??= indexOf(text);
      for (let n = path.length; n >= 0; n--) {
        const offset = index.get(pathKey(path.slice(0, n)));
        if (offset !== undefined) return lineAt(text, offset);
      }
      return undefined;
    },
  };
}

function syntaxError(text: string, file: string, e: Error): UserError {
  const at = /at position (\d+)/.exec(e.message);
  let pos = at ? Number(at[1]) : text.length;
  let problem: 'comment' | 'trailingComma' | 'end' | 'char' = 'char';
  const c = text[pos];
  if (!at || pos >= text.length) {
    problem = 'end';
    pos = Math.max(0, text.trimEnd().length - 1);
  } else if (c === '/' && (text[pos + 1] === '/' || text[pos + 1] === '*')) problem = 'comment';
  else if ((c === '}' || c === ']') && /,\s*$/.test(text.slice(0, pos))) problem = 'trailingComma';
  const line = lineAt(text, pos);
  const column = pos - text.lastIndexOf('\n', pos - 1);
  return new UserError(msg('io.jsonSyntax', { file, line, column, problem, char: c ?? '' }), 2, { file, line });
}

/** The 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Deepest nesting of arrays and objects read: the tool's files nest a few levels; deeper is refused, not walked. */
const MAX_DEPTH = 100;

const pathKey = (path: Path) => path.map(String).join('\u0000');

/**
 * Walks valid JSON text (JSON.parse has accepted it): reports the first key written twice in one object (or, with no
 * key, the first value nested deeper than MAX_DEPTH), and hands every value's path and offset to `at` (the key's
 * offset for a member) when given.
 */
function scan(text: string, at?: (path: string, offset: number) => void): { key?: string; offset: number } | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const child = (path: string | undefined, key: string | number) => (path === undefined ? undefined : path === '' ? String(key) : `${path}\u0000${key}`);
  const value = (path: string | undefined, offset: number, depth: number): { key?: string; offset: number } | undefined => {
    ws();
    if (depth > MAX_DEPTH) return { offset: i };
    if (path !== undefined) at?.(path, offset === -1 ? i : offset);
    const c = text[i];
    if (c === '{') {
      i++;
      const keys = new Set<string>();
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        const keyOffset = i;
        const key = string();
        if (keys.has(key)) return { key, offset: keyOffset };
        keys.add(key);
        ws();
        i++; // ':'
        const dup = value(child(path, key), keyOffset, depth + 1);
        if (dup) return dup;
        ws();
        if (text[i++] === '}') return undefined;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        const dup = value(child(path, n), -1, depth + 1);
        if (dup) return dup;
        ws();
        if (text[i++] === ']') return undefined;
      }
    }
    if (c === '"') string();
    else while (i < text.length && !/[,\]}\s]/.test(text[i]!)) i++;
    return undefined;
  };
  return value(at ? '' : undefined, -1, 0);
}

/** Every value's path → offset (keys joined by NUL; the root is the empty path). */
function indexOf(text: string): Map<string, number> {
  const index = new Map<string, number>();
  scan(text, (path, offset) => index.set(path, offset));
  return index;
}
