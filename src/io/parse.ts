import type { Issue } from '../core/types.js';
import { issueText, L, UserError } from '../errors.js';
import { DuplicateKey, parseSimpleYaml } from './simple-yaml.js';

/** Data read from a YAML or JSON file, and a way to find the line of any part of it. */
export interface Located {
  data: unknown;
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** The message for a key written twice in one mapping. */
export function duplicateKeyError(file: string, line: number): UserError {
  return new UserError(L(`${file}:${line} : une clé apparaît deux fois. Corrigez le fichier puis relancez.`, `${file}:${line}: a key appears twice. Fix the file and run again.`));
}

/**
 * Parses YAML or JSON text strictly. Plain answers files are read by the fast reader; anything else loads the
 * full YAML library, where any error or warning refuses the file (duplicate keys and alias bombs too).
 */
export async function parseData(text: string, file: string): Promise<Located> {
  let simple: ReturnType<typeof parseSimpleYaml>;
  try {
    simple = parseSimpleYaml(text);
  } catch (e) {
    if (e instanceof DuplicateKey) throw duplicateKeyError(file, e.line);
    throw e;
  }
  if (!simple) return (await import('./yaml-full.js')).parseFull(text, file);
  const { data, lines } = simple;
  return { data, lineOf: (path) => lines.get(path.slice(0, 2).join('\u0000')) ?? lines.get(String(path[0])) };
}

/** Turns the issues found in a file into one message naming the file and each line. */
export function issuesError(file: string, located: Located, issues: readonly Issue[], kind: { fr: string; en: string }): UserError {
  const MAX = 20;
  const lines = issues.slice(0, MAX).map((i) => {
    const line = located.lineOf(i.path);
    const where = line ? `${file}:${line}` : file;
    return { fr: `  ${where} : ${issueText(i, 'fr')}`, en: `  ${where}: ${issueText(i, 'en')}` };
  });
  const more = issues.length > MAX ? [{ fr: `  … et ${issues.length - MAX} autre(s).`, en: `  … and ${issues.length - MAX} more.` }] : [];
  const n = issues.length;
  return new UserError(L(
    [`${file} : ${kind.fr} invalide (${n} problème${n > 1 ? 's' : ''}) :`, ...lines.map((l) => l.fr), ...more.map((l) => l.fr), 'Corrigez le fichier puis relancez.'].join('\n'),
    [`${file}: invalid ${kind.en} (${n} problem${n > 1 ? 's' : ''}):`, ...lines.map((l) => l.en), ...more.map((l) => l.en), 'Fix the file and run again.'].join('\n'),
  ));
}
