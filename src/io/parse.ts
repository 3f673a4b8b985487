// Reading a document (answers, result, instrument, matrix, mapping) from its text: JSON with JSON.parse, the plain
// YAML of answers files with the fast recogniser, anything else with the full YAML library (loaded only then).
import { isMap } from '../core/check.js';
import { looksLikeJson, parseJson } from './json.js';
import { duplicateKeyError, type Located } from './located.js';
import { readUserText } from './read.js';
import { DuplicateKey, parseSimpleYaml } from './simple-yaml.js';

export { duplicateKeyError, issuesError, issuesMessage, type FileKind, type Located } from './located.js';

/**
 * Parses YAML or JSON text strictly. JSON (a .json file, or text opening like a JSON object) is read as JSON, with
 * JSON messages; plain answers files are read by the fast recogniser; anything else loads the full YAML library, where
 * any error or warning refuses the file (duplicate keys and alias bombs too).
 */
export async function parseData(text: string, file: string): Promise<Located> {
  if (looksLikeJson(text, file)) return parseJson(text, file);
  let simple: ReturnType<typeof parseSimpleYaml>;
  try {
    simple = parseSimpleYaml(text);
  } catch (e) {
    if (e instanceof DuplicateKey) throw duplicateKeyError(file, e.line, e.key);
    throw e;
  }
  if (!simple) return (await import('./yaml-full.js')).parseFull(text, file);
  // The lines of the keys are read again only to point at a problem.
  let lines: Map<string, number> | undefined;
  const lineOf = (path: readonly (string | number)[]) => {
    if (!lines) parseSimpleYaml(text, (lines = new Map()));
    return lines.get(path.slice(0, 2).join('\u0000')) ?? lines.get(String(path[0]));
  };
  return { data: simple.data, lineOf };
}

/** A file given to a command, read but not yet checked: its data and the instrument id it declares. */
export interface DeclaredFile {
  file: string;
  located: Located;
  instrumentId: string | undefined;
}

/**
 * Reads a file given to a command and finds which instrument it declares (`instrument: id` or `instrument: {id}`;
 * `elsewhere`: where a document that has neither names it).
 */
export async function readDeclaredFile(file: string, elsewhere: (d: Record<string, unknown>) => unknown = () => undefined): Promise<DeclaredFile> {
  const located = await parseData(readUserText(file), file);
  const d = located.data;
  const raw = isMap(d) ? (isMap(d.instrument) ? d.instrument.id : (d.instrument ?? elsewhere(d))) : undefined;
  return { file, located, instrumentId: typeof raw === 'string' ? raw : undefined };
}
