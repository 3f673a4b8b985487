// The only module that talks to the prompt library. Commands take a Prompter, so tests can drive them with a fake;
// this file is imported lazily (only by interactive commands), so `assess` never loads @inquirer/prompts.
import { confirm, input, select, Separator } from '@inquirer/prompts';
import chalk from './app/chalk.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
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

/** The prompter of a real terminal. A list is erased once answered (or on Ctrl+C): the caller says what was chosen, in its own words. */
export function terminalPrompter(): Prompter {
  return {
    select: (opts) =>
      select({
        message: opts.message,
        ...(opts.default !== undefined ? { default: opts.default } : {}),
        choices: opts.choices.map((c) => (c === 'separator' ? new Separator(' ') : c)),
        loop: false,
        pageSize: opts.choices.length,
        theme: {
          ...theme(),
          indexMode: 'number',
          style: {
            ...theme().style,
            description: (text: string) => chalk.dim(text),
            keysHelpTip: (keys: [string, string][]) => (opts.help === undefined ? keys.map(([k, a]) => `${k} ${a}`).join(' · ') : chalk.dim(opts.help)),
          },
        },
      }, { clearPromptOnDone: true }) as Promise<never>,
    input: (opts) => input({ ...opts, theme: theme() }),
    confirm: (opts) => confirm({ ...opts, theme: theme() }),
    say: (text) => process.stderr.write(`${text}\n`),
  };
}
