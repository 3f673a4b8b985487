import type { Issue, Text } from './types.js';

type Path = (string | number)[];

/** True for a plain object (a YAML/JSON mapping). */
export function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Collects the problems found while reading a file's data, each located by its path. */
export class Checker {
  readonly issues: Issue[] = [];

  /** Records a problem, in French and English. */
  add(path: Path, fr: string, en: string): void {
    this.issues.push({ path, message: { fr, en } });
  }

  /** A mapping at `path`, or undefined after recording a problem. */
  map(v: unknown, path: Path, name: string): Record<string, unknown> | undefined {
    if (isMap(v)) return v;
    this.add(path, `« ${name} » doit être une table de clés et de valeurs.`, `"${name}" must be a mapping of keys to values.`);
    return undefined;
  }

  /** A non-empty list at `path`, or undefined after recording a problem. */
  list(v: unknown, path: Path, name: string): unknown[] | undefined {
    if (Array.isArray(v) && v.length > 0) return v;
    this.add(path, `« ${name} » doit être une liste non vide.`, `"${name}" must be a non-empty list.`);
    return undefined;
  }

  /** A non-empty string at `path` (numbers are accepted and turned into text), or undefined. */
  string(v: unknown, path: Path, name: string): string | undefined {
    if (typeof v === 'number') return String(v);
    if (typeof v === 'string' && v.trim() !== '') return v;
    this.add(path, `« ${name} » est requis et doit être un texte non vide.`, `"${name}" is required and must be a non-empty text.`);
    return undefined;
  }

  /** A finite number at `path`, or undefined. */
  number(v: unknown, path: Path, name: string, integer = false): number | undefined {
    if (typeof v === 'number' && Number.isFinite(v) && (!integer || Number.isInteger(v))) return v;
    const kind = integer ? ['un nombre entier', 'an integer'] : ['un nombre', 'a number'];
    this.add(path, `« ${name} » doit être ${kind[0]}.`, `"${name}" must be ${kind[1]}.`);
    return undefined;
  }

  /** A text: a plain string, or a map language → string holding every required language. */
  text(v: unknown, path: Path, name: string, languages: readonly string[]): Text | undefined {
    if (typeof v === 'string' && v.trim() !== '') return { '*': v };
    if (isMap(v) && Object.keys(v).length > 0) {
      const out: Record<string, string> = {};
      for (const [lang, s] of Object.entries(v)) {
        if (typeof s === 'string' && s.trim() !== '') out[lang] = s;
        else this.add([...path, lang], `Le texte « ${name} » en « ${lang} » est vide.`, `The "${lang}" text of "${name}" is empty.`);
      }
      for (const lang of languages) {
        if (!(lang in v)) {
          this.add(path, `Le texte « ${name} » n'existe pas en « ${lang} », une langue que l'instrument déclare.`, `The text "${name}" has no "${lang}" version, a language the instrument declares.`);
        }
      }
      return out;
    }
    this.add(path, `« ${name} » doit être un texte, ou une table langue → texte (fr: …, en: …).`, `"${name}" must be a text, or a map language → text (fr: …, en: …).`);
    return undefined;
  }

  /** Records every key of `m` that is not among `known`. */
  onlyKeys(m: Record<string, unknown>, known: readonly string[], path: Path, whereFr: string, whereEn: string): void {
    for (const k of Object.keys(m)) {
      if (!known.includes(k)) {
        this.add([...path, k], `Clé inconnue « ${k} » dans ${whereFr} (clés possibles : ${known.join(', ')}).`, `Unknown key "${k}" in ${whereEn} (possible keys: ${known.join(', ')}).`);
      }
    }
  }
}
