// The only module that talks to the prompt library. Commands take a Prompter, so tests can drive them with a fake;
// this file is imported lazily (only by interactive commands), so `assess` never loads @inquirer/prompts.
import { Transform, type TransformCallback } from 'node:stream';
import { confirm, input, select, Separator } from '@inquirer/prompts';
import chalk from './app/chalk.js';
import { wrapLines } from './render/terminal/text.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  /** The number typed to move to this entry (shown before it); by default its place in the list (1, 2, 3…); null: none. */
  key?: number | null;
}

/** What an interactive command may ask. Every method that asks rejects with an error named ExitPromptError on Ctrl+C. */
export interface Prompter {
  /** A list to choose from: arrows or the digit of an entry move, Enter confirms; `help` is the key hint. The list is erased once answered. */
  select<T>(opts: { message: string; choices: (Choice<T> | 'separator')[]; default?: T; help?: string }): Promise<T>;
  input(opts: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(opts: { message: string; default?: boolean }): Promise<boolean>;
  /** Shows a line of text (not a question). */
  say(text: string): void;
}

/** The prompt library's look, through chalk so that NO_COLOR / --no-color / FORCE_COLOR decide for prompts too. */
const theme = () => ({
  prefix: { idle: chalk.blue('?'), done: chalk.green('✔') },
  style: {
    answer: (text: string) => chalk.cyan(text),
    message: (text: string) => chalk.bold(text),
    error: (text: string) => chalk.red(`> ${text}`),
    defaultAnswer: (text: string) => chalk.dim(`(${text})`),
    help: (text: string) => chalk.dim(text),
    highlight: (text: string) => chalk.cyan(text),
    key: (text: string) => chalk.cyan(chalk.bold(`<${text}>`)),
  },
});

/** How long a question ignores keys once drawn: a key pressed before the person could read it must not answer it. */
const QUIET_MS = 200;

/**
 * Standard input as one question sees it: nothing typed before the question was drawn or in its first QUIET_MS
 * (Ctrl+C always passes), and in a list only arrows, Enter, Backspace and numbers — a number typed moves to the entry of
 * that number (by arrow keys, so the list's own first-letter and position jumps never apply): a file name typed into a
 * menu moves nothing.
 */
class GuardedInput extends Transform {
  readonly isTTY = true;
  private readonly quietUntil = Date.now() + QUIET_MS;
  private typed = '';
  private typedAt = 0;
  constructor(private readonly keys?: { numbers: Map<number, number>; count: number }) {
    super();
  }
  get isRaw(): boolean {
    return Boolean(process.stdin.isRaw);
  }
  setRawMode(mode: boolean): this {
    if (process.stdin.isTTY) process.stdin.setRawMode(mode);
    return this;
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    const text = chunk.toString('utf8');
    if (Date.now() < this.quietUntil) {
      if (text.includes('\u0003')) this.push('\u0003');
      return cb();
    }
    if (!this.keys || text.startsWith('\u001b')) return cb(null, chunk);
    let out = '';
    for (const ch of text) {
      if (/[0-9]/.test(ch)) {
        const now = Date.now();
        this.typed = now - this.typedAt < 700 ? this.typed + ch : ch;
        this.typedAt = now;
        let at = this.keys.numbers.get(Number(this.typed));
        if (at === undefined) {
          this.typed = ch;
          at = this.keys.numbers.get(Number(ch));
        }
        if (at !== undefined) out += '\u001b[A'.repeat(this.keys.count) + '\u001b[B'.repeat(at);
      } else if (/[\r\n\u0003\u007f\b]/.test(ch)) out += ch;
    }
    if (out) this.push(out);
    cb();
  }
}

/** Runs one prompt on a guarded standard input, released when the prompt ends. */
async function guarded<T>(run: (input: GuardedInput) => Promise<T>, keys?: ConstructorParameters<typeof GuardedInput>[0]): Promise<T> {
  const guard = new GuardedInput(keys);
  process.stdin.pipe(guard);
  try {
    return await run(guard);
  } finally {
    process.stdin.unpipe(guard);
    process.stdin.pause();
    guard.destroy();
  }
}

/** The columns of the terminal now. */
const columns = () => (process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : Number(process.env.COLUMNS) || 80);

/** The prompter of a real terminal. A list is erased once answered (or on Ctrl+C): the caller says what was chosen, in its own words. */
export function terminalPrompter(): Prompter {
  return {
    select: <T>(opts: { message: string; choices: (Choice<T> | 'separator')[]; default?: T; help?: string }): Promise<T> => {
      // Entries carry their number in their name; the list's own numbering is hidden (it counts places, not values).
      const entries = opts.choices.filter((c): c is Choice<T> => c !== 'separator');
      const numbers = new Map<number, number>();
      entries.forEach((c, i) => {
        const k = c.key === undefined ? i + 1 : c.key;
        if (k !== null) numbers.set(k, i);
      });
      const label = (c: Choice<T>, i: number) => {
        const k = c.key === undefined ? i + 1 : c.key;
        return k === null ? `   ${c.name}` : `${k}. ${c.name}`;
      };
      let at = 0;
      const choices = opts.choices.map((c) => (c === 'separator' ? new Separator(' ') : { ...c, name: label(c, at++), short: c.name }));
      return guarded(
        (guard) =>
          select(
            {
              message: wrapLines(opts.message, columns() - 2),
              ...(opts.default !== undefined ? { default: opts.default } : {}),
              choices,
              loop: false,
              pageSize: opts.choices.length,
              theme: {
                ...theme(),
                indexMode: 'hidden',
                style: {
                  ...theme().style,
                  description: (text: string) => chalk.dim(text),
                  keysHelpTip: (keys: [string, string][]) => (opts.help === undefined ? keys.map(([k, a]) => `${k} ${a}`).join(' · ') : chalk.dim(opts.help)),
                },
              },
            },
            { clearPromptOnDone: true, input: guard },
          ) as Promise<T>,
        { numbers, count: entries.length + opts.choices.length },
      );
    },
    input: (opts) => guarded((guard) => input({ ...opts, message: wrapLines(opts.message, columns() - 2), theme: theme() }, { input: guard })),
    confirm: (opts) => guarded((guard) => confirm({ ...opts, message: wrapLines(opts.message, columns() - 2), theme: theme() }, { input: guard })),
    say: (text) => void process.stderr.write(`${wrapLines(text, columns())}\n`),
  };
}
