// A scripted Prompter for the interview tests: each step is what a user does at the next question.
import type { Choice, Prompter } from '../../src/prompts.js';

/** Press Enter: take what the prompt proposes (its default, else the first entry). */
export const ENTER = Symbol('enter');
/** Press Ctrl+C: the prompt library rejects with an error named ExitPromptError. */
export const CTRL_C = Symbol('ctrl-c');

/** One user action: a scale value, the start of an entry's label, text for an input, Enter or Ctrl+C. */
export type Step = number | string | typeof ENTER | typeof CTRL_C;

/** What the fake saw: the lines said and the questions asked (message, entries shown, proposed default). */
export interface Seen {
  said: string[];
  asked: { message: string; choices: string[]; default: unknown }[];
}

function ctrlC(): Error {
  const e = new Error('User force closed the prompt with SIGINT');
  e.name = 'ExitPromptError';
  return e;
}

/** A Prompter that plays a script; it fails loudly (never waits) when the script runs out or a step does not fit. */
export function scriptedPrompter(script: Step[]): Prompter & Seen & { left: () => number } {
  const steps = [...script];
  const said: string[] = [];
  const asked: Seen['asked'] = [];
  const next = (message: string): Step => {
    if (!steps.length) throw new Error(`script ran out at: ${message}`);
    return steps.shift()!;
  };
  return {
    said,
    asked,
    left: () => steps.length,
    async select<T>(opts: { message: string; choices: (Choice<T> | 'separator')[]; default?: T }): Promise<T> {
      const choices = opts.choices.filter((c): c is Choice<T> => c !== 'separator');
      asked.push({ message: opts.message, choices: choices.map((c) => c.name), default: opts.default });
      const step = next(opts.message);
      if (step === CTRL_C) throw ctrlC();
      if (step === ENTER) return opts.default !== undefined ? opts.default : choices[0]!.value;
      const found = choices.find((c) => (typeof step === 'number' ? c.value === step : c.name.startsWith(step)));
      if (!found) throw new Error(`no entry ${String(step)} in: ${choices.map((c) => c.name).join(' | ')}`);
      return found.value;
    },
    async input(opts) {
      asked.push({ message: opts.message, choices: [], default: opts.default });
      const step = next(opts.message);
      if (step === CTRL_C) throw ctrlC();
      const value = step === ENTER ? (opts.default ?? '') : String(step);
      const valid = opts.validate?.(value) ?? true;
      if (valid !== true) throw new Error(`input refused: ${valid}`);
      return value;
    },
    async confirm(opts) {
      asked.push({ message: opts.message, choices: [], default: opts.default });
      const step = next(opts.message);
      if (step === CTRL_C) throw ctrlC();
      return step === ENTER ? Boolean(opts.default) : step === 'y';
    },
    say(text) {
      said.push(text);
    },
    async read(pages) {
      said.push(...pages);
    },
  };
}
