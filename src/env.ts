import chalk from 'chalk';
import type { Lang } from './core/types.js';

declare const __VERSION__: string;

/** The tool's name and version (the version is written in at build time). */
export const TOOL = { name: 'ex-maturity', version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev' };

/** Where the JSON Schema of a document kind is published (it also ships in the package, under schemas/). */
export function schemaUrl(kind: 'result' | 'aggregate' | 'questions' | 'compare'): string {
  return `https://unpkg.com/${TOOL.name}@${TOOL.version}/schemas/${kind}.schema.json`;
}

/** The interface language from the environment: LC_ALL, then LC_MESSAGES, then LANG; "fr…" is French, anything else English. */
export function detectLang(env: NodeJS.ProcessEnv = process.env): { lang: Lang; detected: boolean } {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) return { lang: 'en', detected: false };
  return { lang: value.toLowerCase().startsWith('fr') ? 'fr' : 'en', detected: true };
}

/** Whether the interview can run: stdin and stdout are terminals and CI is not set. */
export function isInteractive(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY && !env.CI);
}

/** Decides colour once: off with NO_COLOR, --no-color or a non-terminal stdout; FORCE_COLOR turns it on. */
export function setupColor(wantColor: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  let on = Boolean(process.stdout.isTTY);
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') on = true;
  if ((env.NO_COLOR !== undefined && env.NO_COLOR !== '') || !wantColor) on = false;
  chalk.level = on ? 1 : 0;
  return on;
}

/** The timestamp written into documents: SOURCE_DATE_EPOCH when set (reproducible output), else now. */
export function generatedAt(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}
