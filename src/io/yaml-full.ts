import { LineCounter, parseDocument, visit, isMap as isYamlMap, isScalar, type Document, type Node } from 'yaml';
import { BLANK } from '../core/answers.js';
import { L, UserError } from '../errors.js';
import { duplicateKeyError, type Located } from './parse.js';
import { quoteQuestionMarks } from './simple-yaml.js';

// The full YAML library: loaded (lazily) only for files the fast reader of simple YAML leaves to it.

/** Parses YAML or JSON text strictly (any error or warning refuses the file; duplicate keys and alias bombs too). */
export function parseFull(text: string, file: string): Located {
  const source = quoteQuestionMarks(text);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const line = lineCounter.linePos(problem.pos[0]).line;
    if (problem.code === 'DUPLICATE_KEY') throw duplicateKeyError(file, line);
    const detail = problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    throw new UserError(L(`${file}:${line} : syntaxe invalide (${detail}). Corrigez le fichier puis relancez.`, `${file}:${line}: invalid syntax (${detail}). Fix the file and run again.`));
  }
  visit(doc, {
    Scalar(key, node) {
      if (key === 'value' && node.value === null && node.source === '') node.value = BLANK;
    },
  });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch {
    throw new UserError(L(`${file} : trop d'alias YAML (*ref), le fichier est refusé.`, `${file}: too many YAML aliases (*ref), the file is refused.`));
  }
  return { data, lineOf: (path) => lineOfPath(doc, lineCounter, path) };
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
