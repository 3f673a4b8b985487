// What a command needs from the world, decided once and handed down: streams, width, terminal, environment, clock.
import { UserError } from '../errors.js';
import { isLang, langFromEnv, msg, type Lang } from '../i18n/index.js';
import { wrapLines } from '../render/terminal/text.js';
import { isTerminal, stdoutDelivered, stdoutIsTTY, writeStdout } from './stdout.js';

/** The outside world of one run of the tool. Tests build their own. */
export interface AppContext {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Writes data (documents) to standard output. */
  out(text: string): void;
  /** Writes a message for the user to standard error. */
  err(text: string): void;
  /** Resolves whether everything `out` wrote was accepted (no closed pipe, no lost terminal); absent: always. */
  outDelivered?(): Promise<boolean>;
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

/** The last second an ISO 8601 date with a four-digit year can write: 9999-12-31T23:59:59Z. */
const LAST_EPOCH = 253_402_300_799;

/**
 * SOURCE_DATE_EPOCH when it is set (seconds since 1970), else undefined. A value that is not a whole number of seconds
 * up to LAST_EPOCH is refused, as reproducible-builds.org asks of tools, rather than ignored or left to fail later.
 */
export function sourceDateEpoch(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) > LAST_EPOCH) throw new UserError(msg('app.badSourceDateEpoch', { value, last: LAST_EPOCH }));
  return Number(value);
}

/** The timestamp written into documents: SOURCE_DATE_EPOCH when set, else now. */
export function timestamp(env: NodeJS.ProcessEnv): string {
  const epoch = sourceDateEpoch(env);
  return isoTime(epoch === undefined ? Date.now() : epoch * 1000);
}

/**
 * What Date#toISOString writes for a time in ms, worked out from the days since 1970 (the civil calendar). Through a
 * Date, the first call sets up the time zone (reading /etc/localtime): 0.2 ms of every run, for a time in UTC.
 * test/fast-paths.test.ts holds it to toISOString; times outside years 1970–9999 go to toISOString itself.
 */
export function isoTime(ms: number): string {
  if (!(ms >= 0 && ms <= LAST_EPOCH * 1000 + 999) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const days = Math.floor(ms / 86_400_000);
  const inDay = ms - days * 86_400_000;
  // Days to year, month and day (Howard Hinnant's civil_from_days, for days ≥ 0): eras of 400 years from 0000-03-01.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const ofEra = z - era * 146_097;
  const yearOfEra = Math.floor((ofEra - Math.floor(ofEra / 1460) + Math.floor(ofEra / 36_524) - Math.floor(ofEra / 146_096)) / 365);
  const ofYear = ofEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const m5 = Math.floor((5 * ofYear + 2) / 153);
  const day = ofYear - Math.floor((153 * m5 + 2) / 5) + 1;
  const month = m5 < 10 ? m5 + 3 : m5 - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(Math.floor(inDay / 3_600_000))}:${two(Math.floor(inDay / 60_000) % 60)}:${two(Math.floor(inDay / 1000) % 60)}.${String(inDay % 1000).padStart(3, '0')}`;
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${time}Z`;
}

/** The context of the real process. */
export function processContext(): AppContext {
  const env = process.env;
  const width = terminalWidth(stdoutIsTTY ? process.stdout.columns : undefined, env);
  return {
    env,
    cwd: process.cwd(),
    out: writeStdout,
    outDelivered: stdoutDelivered,
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
