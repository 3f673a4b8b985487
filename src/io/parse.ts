import { LineCounter, parseDocument, visit, isMap as isYamlMap, isScalar, type Document, type Node } from 'yaml';
import { BLANK } from '../core/answers.js';
import { quoteQuestionMarks } from './simple-yaml.js';
import type { Issue } from '../core/types.js';
import { L, UserError } from '../errors.js';

/** Data read from a YAML or JSON file, and a way to find the line of any part of it. */
export interface Located {
  data: unknown;
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** Parses YAML or JSON text strictly (any error or warning refuses the file; duplicate keys and alias bombs too). */
export function parseData(text: string, file: string): Located {
  const source = quoteQuestionMarks(text);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const line = lineCounter.linePos(problem.pos[0]).line;
    const what = problem.code === 'DUPLICATE_KEY' ? L('une clé apparaît deux fois', 'a key appears twice') : L(`syntaxe invalide (${problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')})`, `invalid syntax (${problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')})`);
    throw new UserError(L(`${file}:${line} : ${what.fr}. Corrigez le fichier puis relancez.`, `${file}:${line}: ${what.en}. Fix the file and run again.`));
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

/** Turns the issues found in a file into one message naming the file and each line. */
export function issuesError(file: string, located: Located, issues: readonly Issue[], kind: { fr: string; en: string }): UserError {
  const MAX = 20;
  const lines = issues.slice(0, MAX).map((i) => {
    const line = located.lineOf(i.path);
    const where = line ? `${file}:${line}` : file;
    return { fr: `  ${where} : ${i.message.fr}`, en: `  ${where}: ${i.message.en}` };
  });
  const more = issues.length > MAX ? [{ fr: `  … et ${issues.length - MAX} autre(s).`, en: `  … and ${issues.length - MAX} more.` }] : [];
  const n = issues.length;
  return new UserError(L(
    [`${file} : ${kind.fr} invalide (${n} problème${n > 1 ? 's' : ''}) :`, ...lines.map((l) => l.fr), ...more.map((l) => l.fr), 'Corrigez le fichier puis relancez.'].join('\n'),
    [`${file}: invalid ${kind.en} (${n} problem${n > 1 ? 's' : ''}):`, ...lines.map((l) => l.en), ...more.map((l) => l.en), 'Fix the file and run again.'].join('\n'),
  ));
}
