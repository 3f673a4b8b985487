import { msg, type Message } from '../i18n/index.js';
import type { Issue, Text } from './types.js';

type Path = (string | number)[];

/** Where an unknown key was found (the catalogs name each place). */
export type KeyPlace = 'instrument' | 'scalePoint' | 'dontKnow' | 'level' | 'dimension' | 'question' | 'matrix' | 'action' | 'answers' | 'respondent' | 'map' | 'retired';

/** True for a plain object (a YAML/JSON mapping). */
export function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether a mapping read from a file has its own key (never one inherited from Object.prototype). */
export function has(m: object, key: string): boolean {
  return Object.hasOwn(m, key);
}

/** Collects the problems found while reading a file's data, each located by its path and told by a coded message. */
export class Checker {
  readonly issues: Issue[] = [];

  /** Records a problem. */
  add(path: Path, m: Message): void {
    this.issues.push({ path, ...m });
  }

  /** The whole document as a mapping, or undefined after recording a problem. */
  root(v: unknown, kind: 'instrument' | 'matrix' | 'answers' | 'map' | 'targets'): Record<string, unknown> | undefined {
    if (isMap(v)) return v;
    this.add([], msg('core.rootNotMap', { kind }));
    return undefined;
  }

  /** A mapping at `path`, or undefined after recording a problem. */
  map(v: unknown, path: Path, name: string): Record<string, unknown> | undefined {
    if (isMap(v)) return v;
    this.add(path, msg('core.notMap', { name }));
    return undefined;
  }

  /** A non-empty list at `path`, or undefined after recording a problem. */
  list(v: unknown, path: Path, name: string): unknown[] | undefined {
    if (Array.isArray(v) && v.length > 0) return v;
    this.add(path, msg('core.notList', { name }));
    return undefined;
  }

  /** A non-empty string at `path` (numbers are accepted and turned into text), or undefined. */
  string(v: unknown, path: Path, name: string): string | undefined {
    if (typeof v === 'number') return String(v);
    if (typeof v === 'string' && v.trim() !== '') return v;
    this.add(path, msg('core.notText', { name }));
    return undefined;
  }

  /** A finite number at `path`, or undefined. */
  number(v: unknown, path: Path, name: string, integer = false): number | undefined {
    if (typeof v === 'number' && Number.isFinite(v) && (!integer || Number.isInteger(v))) return v;
    this.add(path, msg('core.notNumber', { name, integer }));
    return undefined;
  }

  /** A text: a plain string, or a map language → string holding every required language. */
  text(v: unknown, path: Path, name: string, languages: readonly string[]): Text | undefined {
    if (typeof v === 'string' && v.trim() !== '') return { '*': v };
    if (isMap(v) && Object.keys(v).length > 0) {
      const out: Record<string, string> = Object.create(null);
      for (const [lang, s] of Object.entries(v)) {
        if (typeof s === 'string' && s.trim() !== '') out[lang] = s;
        else this.add([...path, lang], msg('core.textEmpty', { name, lang }));
      }
      for (const lang of languages) {
        if (!has(v, lang)) this.add(path, msg('core.textNoLang', { name, lang }));
      }
      return out;
    }
    this.add(path, msg('core.textBad', { name }));
    return undefined;
  }

  /** Records every key of `m` that is not among `known`. */
  onlyKeys(m: Record<string, unknown>, known: readonly string[], path: Path, place: KeyPlace): void {
    for (const k of Object.keys(m)) {
      if (!known.includes(k)) this.add([...path, k], msg('core.unknownKey', { key: k, in: place, known }));
    }
  }
}
