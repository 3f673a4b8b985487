// The only module that talks to the prompt library. Commands take a Prompter, so tests can drive them with a fake;
// this file is imported lazily (only by interactive commands), so `assess` never loads @inquirer/prompts.
import { confirm, input, select, Separator } from '@inquirer/prompts';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

/** What an interactive command may ask. Every method rejects with an error named ExitPromptError on Ctrl+C. */
export interface Prompter {
  select<T>(opts: { message: string; choices: (Choice<T> | 'separator')[]; default?: T; pageSize?: number }): Promise<T>;
  input(opts: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(opts: { message: string; default?: boolean }): Promise<boolean>;
}

/** The prompter of a real terminal. */
export function terminalPrompter(): Prompter {
  return {
    select: (opts) =>
      select({ ...opts, loop: false, choices: opts.choices.map((c) => (c === 'separator' ? new Separator() : c)) }) as Promise<never>,
    input: (opts) => input(opts),
    confirm: (opts) => confirm(opts),
  };
}
