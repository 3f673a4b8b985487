import { extname } from 'node:path';
import type { Lang } from './core/types.js';
import { detectLang } from './env.js';
import { L, UserError } from './errors.js';

import { EXTENSIONS as BY_EXTENSION, FORMATS, type Format } from './render/registry.js';
export { FORMATS, type Format };

/** Options as commander hands them over, before checking. */
export interface RawOptions {
  lang?: string;
  instrument?: string;
  matrix?: string;
  format?: string;
  output?: string;
  color?: boolean;
  failUnder?: string;
  minLevel?: string;
  answers?: string;
  bom?: boolean;
  resume?: boolean;
  restart?: boolean;
  [key: string]: unknown;
}

/** Options once checked, shared by the commands. */
export interface CommonOptions {
  lang: Lang;
  langDetected: boolean;
  instrument?: string;
  matrix?: string;
  format: Format;
  output?: string;
  color: boolean;
  failUnder?: number;
  minLevel?: number;
  bom: boolean;
}

/** The language asked for on the command line (--lang / --lang=), else from the environment; used before parsing, for messages. */
export function langFromArgv(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'fr' || v === 'en') return v;
  }
  return detectLang(env).lang;
}

/** Checks the options before any work starts: a bad one is a usage error (exit 2). */
export function checkOptions(raw: RawOptions, allowed: readonly Format[], env: NodeJS.ProcessEnv = process.env): CommonOptions {
  let lang: Lang;
  let langDetected = true;
  if (raw.lang === undefined) ({ lang, detected: langDetected } = detectLang(env));
  else if (raw.lang === 'fr' || raw.lang === 'en') lang = raw.lang;
  else throw new UserError(L(`--lang ${raw.lang} : langue inconnue, utilisez --lang fr ou --lang en.`, `--lang ${raw.lang}: unknown language, use --lang fr or --lang en.`));

  let format: Format | undefined;
  if (raw.format !== undefined) {
    if (!(allowed as readonly string[]).includes(raw.format)) {
      throw new UserError(L(`--format ${raw.format} : format inconnu ici, utilisez ${allowed.join(', ')}.`, `--format ${raw.format}: unknown format here, use ${allowed.join(', ')}.`));
    }
    format = raw.format as Format;
  }
  if (raw.output !== undefined && format === undefined) {
    const ext = extname(raw.output).toLowerCase();
    const inferred = BY_EXTENSION[ext];
    if (!inferred || !allowed.includes(inferred)) {
      const exts = Object.entries(BY_EXTENSION).filter(([, f]) => allowed.includes(f)).map(([e]) => e).join(', ');
      throw new UserError(L(
        `--output ${raw.output} : l'extension « ${ext || '(aucune)'} » ne dit pas quel format écrire. Utilisez ${exts}, ou précisez --format.`,
        `--output ${raw.output}: the extension "${ext || '(none)'}" does not say which format to write. Use ${exts}, or add --format.`,
      ));
    }
    format = inferred;
  }

  const opts: CommonOptions = { lang, langDetected, format: format ?? allowed[0]!, color: raw.color !== false, bom: raw.bom === true };
  if (raw.instrument) opts.instrument = raw.instrument;
  if (raw.matrix) opts.matrix = raw.matrix;
  if (raw.output) opts.output = raw.output;
  if (raw.failUnder !== undefined) {
    const n = Number(raw.failUnder);
    if (raw.failUnder.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
      throw new UserError(L(`--fail-under ${raw.failUnder} : donnez un score entre 0 et 100, par exemple --fail-under 60.`, `--fail-under ${raw.failUnder}: give a score between 0 and 100, for example --fail-under 60.`));
    }
    opts.failUnder = n;
  }
  if (raw.minLevel !== undefined) {
    const n = Number(raw.minLevel);
    if (!/^\d+$/.test(raw.minLevel) || n < 1) {
      throw new UserError(L(`--min-level ${raw.minLevel} : donnez un numéro de niveau (1, 2, 3…).`, `--min-level ${raw.minLevel}: give a level number (1, 2, 3…).`));
    }
    opts.minLevel = n;
  }
  return opts;
}
