// What a command needs from the world, decided once and handed down: streams, width, terminal, environment, clock.
import { isLang, langFromEnv, type Lang } from '../i18n/index.js';
import { wrapLines } from '../render/terminal/text.js';
import { isTerminal, stdoutIsTTY, writeStdout } from './stdout.js';

/** The outside world of one run of the tool. Tests build their own. */
export interface AppContext {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Writes data (documents) to standard output. */
  out(text: string): void;
  /** Writes a message for the user to standard error. */
  err(text: string): void;
  /** Columns of the terminal: stdout's when it is one, else COLUMNS, else 80. */
  width: number;
  /** Whether stdin and stdout are terminals. */
  terminal: boolean;
  /** Whether the interview can run: stdin and stdout are terminals and CI is not set. */
  interactive: boolean;
  /** Whether CI is set (so a real terminal is not enough to start an interview). */
  ci: boolean;
  /** The time written into documents: SOURCE_DATE_EPOCH when set (reproducible output), else now, as ISO 8601. */
  now(): string;
}

/** The width of text output: the terminal's columns, else COLUMNS, else 80; never under 20. */
export function terminalWidth(columns: number | undefined, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number(env.COLUMNS);
  const w = columns && columns > 0 ? columns : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
  return Math.max(20, w);
}

/** The timestamp written into documents: SOURCE_DATE_EPOCH when set, else now. */
export function timestamp(env: NodeJS.ProcessEnv): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

/** The context of the real process. */
export function processContext(): AppContext {
  const env = process.env;
  const width = terminalWidth(stdoutIsTTY ? process.stdout.columns : undefined, env);
  return {
    env,
    cwd: process.cwd(),
    out: writeStdout,
    // Every message meets the width here, once: wrapped at word boundaries to the terminal (or COLUMNS, else 80).
    err: (text) => {
      const line = text.endsWith('\n') ? text : `${text}\n`;
      // Lines for machines (the JSON error, workflow annotations) stay whole.
      stderr().write(/^(\{"|::)/.test(text) ? line : wrapLines(line, width));
    },
    width,
    terminal: stdoutIsTTY && isTerminal(0),
    interactive: stdoutIsTTY && isTerminal(0) && !env.CI,
    ci: Boolean(env.CI),
    now: () => timestamp(env),
  };
}

/** The language of the messages before any option is checked: --lang on the command line, else the environment. */
export function langOfArgv(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (isLang(v)) return v;
  }
  return langFromEnv(env).lang;
}

let guarded: NodeJS.WriteStream | undefined;
/** process.stderr, created on first use; a terminal that went away (EIO) or a closed stderr never crashes the tool. */
function stderr(): NodeJS.WriteStream {
  if (!guarded) (guarded = process.stderr).on('error', () => {});
  return guarded;
}
