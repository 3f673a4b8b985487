// The only module that talks to the prompt library. Commands take a Prompter, so tests can drive them with a fake;
// this file is imported lazily (only by interactive commands), so `assess` never loads @inquirer/prompts.
import { Transform, type TransformCallback } from 'node:stream';
import { confirm, input, select, Separator } from '@inquirer/prompts';
import chalk from './app/chalk.js';
import { wordsFor, type Lang } from './i18n/index.js';
import { displayWidth, wrap, wrapLines } from './render/terminal/text.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  /** The number typed to move to this entry (shown before it); by default its place in the list (1, 2, 3…); null: none. */
  key?: number | null;
  /** A character that moves to this entry too (`?` for don't know). */
  letter?: string;
}

/** What an interactive command may ask. Every method that asks rejects with an error named ExitPromptError on Ctrl+C. */
export interface Prompter {
  /** A list to choose from: arrows or the digit of an entry move, Enter confirms; `help` is the key hint. The list is erased once answered. */
  select<T>(opts: { message: string; choices: (Choice<T> | 'separator')[]; default?: T; help?: string }): Promise<T>;
  input(opts: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  /** A yes/no question in a language: its letters, the answer echoed and the refusal are that language's. */
  confirm(opts: { message: string; default?: boolean; lang: Lang }): Promise<boolean>;
  /** Shows a line of text (not a question). */
  say(text: string): void;
  /** Shows a long text that must be read before going on: on as few screens as fit, each waiting for Enter. */
  read(pages: string[], lang: Lang): Promise<void>;
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

/** How long a question ignores Enter once drawn: an Enter pressed before the person could read it must not answer it. */
export const QUIET_MS = 200;

/**
 * Standard input as one question sees it: no Enter in its first QUIET_MS, and in a list only arrows, Enter, Backspace,
 * numbers and an entry's own letter (`?`) — a number typed moves to the entry of that number (by arrow keys, so the
 * list's own first-letter and position jumps never apply): a file name typed into a menu moves nothing.
 */
class GuardedInput extends Transform {
  readonly isTTY = true;
  private readonly quietUntil = Date.now() + QUIET_MS;
  private typed = '';
  private typedAt = 0;
  private answered = false;
  constructor(private readonly keys?: { numbers: Map<number, number>; letters: Map<string, number>; count: number }) {
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
    let text = chunk.toString('utf8');
    // Only Enter answers: in the first moment it is dropped (a double Enter, or an Enter pressed before the question
    // could be read). Any other key counts: a digit typed then is a deliberate choice, and the Enter after it answers.
    if (Date.now() < this.quietUntil) text = text.replace(/[\r\n]/g, '');
    if (!text) return cb();
    if (!this.keys || text.startsWith('\u001b')) return cb(null, text);
    let out = '';
    for (const ch of text) {
      // A list ends with its Enter: what is typed after it, before the next question is read, is for the next question.
      if (this.answered) {
        carried += ch;
        continue;
      }
      if (ch === '\r' || ch === '\n') this.answered = true;
      const letter = this.keys.letters.get(ch);
      if (letter !== undefined) out += this.moveTo(letter);
      else if (/[0-9]/.test(ch)) {
        const now = Date.now();
        this.typed = now - this.typedAt < 700 ? this.typed + ch : ch;
        this.typedAt = now;
        let at = this.keys.numbers.get(Number(this.typed));
        if (at === undefined) {
          this.typed = ch;
          at = this.keys.numbers.get(Number(ch));
        }
        if (at !== undefined) out += this.moveTo(at);
      } else if (/[\r\n\u0003\u007f\b]/.test(ch)) out += ch;
    }
    if (out) this.push(out);
    cb();
  }
  /** The arrow keys that move to the entry at a place, from wherever the cursor is. */
  private moveTo(at: number): string {
    return '\u001b[A'.repeat(this.keys!.count) + '\u001b[B'.repeat(at);
  }
}

/** Keys typed after a list's Enter, before the next question took standard input: they are that question's. */
let carried = '';

/** Runs one prompt on a guarded standard input, released when the prompt ends. */
async function guarded<T>(run: (input: GuardedInput) => Promise<T>, keys?: ConstructorParameters<typeof GuardedInput>[0]): Promise<T> {
  const guard = new GuardedInput(keys);
  process.stdin.pipe(guard);
  if (carried) guard.write(carried);
  carried = '';
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

/** The rows of the terminal now (24 when unknown). */
const rows = () => (process.stdout.isTTY && process.stdout.rows > 0 ? process.stdout.rows : 24);

/** A question's text to the width: its first line after the library's "? " mark, the others from the left edge. */
function fitMessage(message: string): string {
  const [first = '', ...rest] = message.split('\n');
  return [wrapLines(first, columns() - 2), ...(rest.length ? [wrapLines(rest.join('\n'), columns())] : [])].join('\n');
}

/** A list entry's label to the width: after the cursor's two columns, its following lines under its text (not its number). */
function fitEntry(label: string, mark: string): string {
  const hang = ' '.repeat(2 + displayWidth(mark));
  return mark + wrap(label, Math.max(10, columns() - hang.length), hang);
}

/** The prompter of a real terminal. A list is erased once answered (or on Ctrl+C): the caller says what was chosen, in its own words. */
export function terminalPrompter(): Prompter {
  const prompter: Prompter = {
    select: <T>(opts: { message: string; choices: (Choice<T> | 'separator')[]; default?: T; help?: string }): Promise<T> => {
      // Entries carry their number in their name; the list's own numbering is hidden (it counts places, not values).
      const entries = opts.choices.filter((c): c is Choice<T> => c !== 'separator');
      const numbers = new Map<number, number>();
      const letters = new Map<string, number>();
      entries.forEach((c, i) => {
        const k = c.key === undefined ? i + 1 : c.key;
        if (k !== null) numbers.set(k, i);
        if (c.letter) letters.set(c.letter, i);
      });
      // An entry without a number is aligned with the numbered ones (a list with none, such as a pause, is not).
      const numbered = entries.some((c) => c.key !== null);
      const label = (c: Choice<T>, i: number) => {
        const k = c.key === undefined ? i + 1 : c.key;
        return fitEntry(c.name, k !== null ? `${k}. ` : numbered ? '   ' : '');
      };
      let at = 0;
      const choices = opts.choices.map((c) => (c === 'separator' ? new Separator(' ') : { ...c, name: label(c, at++), short: c.name }));
      // The page is the whole list, counted in lines (a long entry takes two): the last entry is never out of sight.
      const lines = choices.reduce((n, c) => n + ('name' in c && c.name ? c.name.split('\n').length : 1), 0);
      const help = opts.help === undefined ? undefined : wrapLines(opts.help, columns());
      return guarded(
        (guard) =>
          select(
            {
              message: fitMessage(opts.message),
              ...(opts.default !== undefined ? { default: opts.default } : {}),
              choices,
              loop: false,
              pageSize: lines,
              theme: {
                ...theme(),
                indexMode: 'hidden',
                style: {
                  ...theme().style,
                  description: (text: string) => chalk.dim(text),
                  keysHelpTip: (keys: [string, string][]) => (help === undefined ? keys.map(([k, a]) => `${k} ${a}`).join(' · ') : chalk.dim(help)),
                },
              },
            },
            { clearPromptOnDone: true, input: guard },
          ) as Promise<T>,
        { numbers, letters, count: entries.length + opts.choices.length },
      );
    },
    input: ({ validate, ...opts }) => {
      // A refusal is written after the library's "> ": wrapped like a question, by words, to the width.
      const refuse = validate && ((v: string) => (validate(v) === true ? true : fitMessage(validate(v) as string)));
      return guarded((guard) => input({ ...opts, ...(refuse ? { validate: refuse } : {}), message: fitMessage(opts.message), theme: theme() }, { input: guard }));
    },
    confirm: ({ lang, ...opts }) => {
      const { w } = wordsFor(lang);
      const keywords = { yes: w('terminal.yes'), no: w('terminal.no'), error: () => w('terminal.yesNoRefused') };
      // The library writes its hint "(y/N)" after the question: the question's last line keeps room for it.
      const hint = `(${keywords.yes[0]!.toLowerCase()}/${keywords.no[0]!.toLowerCase()})`;
      const message = fitMessage(`${opts.message}\u00a0${hint}`).slice(0, -hint.length - 1);
      return guarded((guard) => confirm({ ...opts, message, theme: { ...theme(), keywords } }, { input: guard }));
    },
    say: (text) => void process.stderr.write(`${wrapLines(text, columns())}\n`),
    read: async (pages, lang) => {
      const { w } = wordsFor(lang);
      // The pause takes three lines (its question, its one entry, its hint): what fits above it is shown at once.
      const height = (text: string) => wrapLines(text, columns()).split('\n').length;
      const fits = pages.reduce((n, p) => n + height(p), 0) + 3 <= rows();
      for (const [i, page] of (fits ? [pages.join('\n')] : pages).entries()) {
        prompter.say(page);
        const last = fits || i === pages.length - 1;
        await prompter.select({ message: w('terminal.pauseHelp'), choices: [{ name: w(last ? 'terminal.start' : 'terminal.continue'), value: true, key: null }], help: '' });
      }
    },
  };
  return prompter;
}
