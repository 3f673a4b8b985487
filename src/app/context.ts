// What a command needs from the world, decided once and handed down: streams, width, terminal, environment, clock.
import { UserError } from '../errors.js';
import { langFromEnv, msg, type Lang } from '../i18n/index.js';
import { wrapLines } from '../render/terminal/text.js';

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
  const width = terminalWidth(process.stdout.isTTY ? process.stdout.columns : undefined, env);
  return {
    env,
    cwd: process.cwd(),
    out: (text) => writeStdout(text),
    // Every message meets the width here, once: wrapped at word boundaries to the terminal (or COLUMNS, else 80).
    err: (text) => {
      const line = text.endsWith('\n') ? text : `${text}\n`;
      // Lines for machines (the JSON error, workflow annotations) stay whole.
      process.stderr.write(/^(\{"|::)/.test(text) ? line : wrapLines(line, width));
    },
    width,
    terminal: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY && !env.CI),
    ci: Boolean(env.CI),
    now: () => timestamp(env),
  };
}

/** The language of the messages before any option is checked: --lang on the command line, else the environment. */
export function langOfArgv(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'fr' || v === 'en') return v;
  }
  return langFromEnv(env).lang;
}

/** Writes to standard output; a full disk or a broken device (`> /dev/full`) is a user error (exit 2), a closed pipe is not an error. */
export function writeStdout(text: string): void {
  try {
    process.stdout.write(text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'EPIPE') return;
    throw new UserError(msg('hostile.stdoutFailed', { code }));
  }
}
