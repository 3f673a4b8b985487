// What the interactive commands (interview, workshop) share: when they may start, how a saved session is reopened,
// and how a stop (Ctrl+C, a closed terminal) is recognised. Each command keeps only its own flow.
import { renameSync } from 'node:fs';
import { UserError } from '../errors.js';
import { format, msg, type Lang, type Message } from '../i18n/index.js';
import type { Prompter } from '../prompts.js';
import type { AppContext } from './context.js';
import type { StartChoice } from './options.js';
import type { SessionStore } from './sessions.js';

/** The interactive commands. */
export type InteractiveCommand = 'interview' | 'workshop';

/** Refuses to start without a terminal (or with CI set), saying what to run instead; never waits on a pipe. */
export function requireTerminal(ctx: AppContext, command: InteractiveCommand): void {
  if (ctx.interactive) return;
  throw new UserError(msg(ctx.terminal && ctx.ci ? 'app.ciSet' : 'app.noTerminal', { command, program: programName(ctx.env) }));
}

/** The command as the user typed it: `npx ex-maturity` when run through npx, else `ex-maturity`. */
export function programName(env: NodeJS.ProcessEnv): string {
  return env.npm_command === 'exec' ? 'npx ex-maturity' : 'ex-maturity';
}

/** Whether an error means the person stopped (Ctrl+C in a prompt) or the terminal went away (closed window: EIO). */
export function isStop(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || (e as NodeJS.ErrnoException).code === 'EIO');
}

/** How a session is described when it is found at start. */
export interface SessionSummary {
  command: InteractiveCommand;
  done: number;
  total: number;
}

/**
 * The saved session to start from, if any: resumed (after asking, unless --resume / --restart decided), or none. A
 * session that cannot be used (unreadable, or for another version of the instrument) is set aside, never deleted, and
 * the person is told where it is.
 */
export async function reopenSession<T>(store: SessionStore<T>, choice: StartChoice, prompter: Prompter, lang: Lang, summary: (data: T) => SessionSummary): Promise<T | undefined> {
  const say = (m: Parameters<typeof format>[0]) => prompter.say(format(m, lang));
  const found = store.load();
  if (found.kind === 'unusable') {
    const aside = `${store.path}.unusable`;
    try {
      renameSync(store.path, aside);
    } catch {
      store.remove();
    }
    if (choice !== 'restart') say(msg(found.reason === 'corrupt' ? 'app.sessionCorrupt' : 'app.sessionOtherVersion', { file: aside }));
    return undefined;
  }
  const s = found.kind === 'found' ? summary(found.data) : undefined;
  if (!s || s.done === 0) {
    if (choice === 'resume') say(msg('app.sessionNone'));
    return undefined;
  }
  let resume = choice === 'resume';
  if (choice === 'ask') resume = (await askResume(prompter, lang, msg('app.sessionFound', s), msg('app.sessionRestart', s))) === 'resume';
  if (!resume || found.kind !== 'found') {
    store.remove();
    say(msg('app.sessionRestarted', s));
    return undefined;
  }
  say(msg('app.sessionResumed', s));
  return found.data;
}

/** The one question every command asks when it finds something kept at start: resume it, or start again. */
export async function askResume(prompter: Prompter, lang: Lang, found: Message, restart: Message): Promise<'resume' | 'restart'> {
  return prompter.select<'resume' | 'restart'>({
    message: format(found, lang),
    choices: [
      { name: format(msg('app.sessionResume'), lang), value: 'resume' },
      { name: format(restart, lang), value: 'restart' },
    ],
    help: format(msg('app.keysChoose'), lang),
  });
}

/**
 * Makes a session store ready before the first question. When the session cannot be kept (no home, a read-only or
 * broken cache), says so and offers to go on without it (answers then live only in this run); a session already in
 * use by another run is refused (exit 2, naming it). A save that fails later (disk full) is said once, and the run
 * goes on without keeping.
 */
export async function prepareSession<T>(store: SessionStore<T>, prompter: Prompter, lang: Lang): Promise<SessionStore<T>> {
  const problem = store.open?.();
  if (!problem) return keepGoing(store, prompter, lang);
  const text = format(problem, lang);
  const go = await prompter.select<boolean>({
    message: text,
    choices: [
      { name: format(msg('session.goOnWithout'), lang), value: true },
      { name: format(msg('session.stopNow'), lang), value: false },
    ],
    help: format(msg('app.keysChoose'), lang),
  });
  if (!go) throw new UserError(problem);
  return { path: store.path, load: () => ({ kind: 'none' }), save: () => {}, remove: () => {} };
}

/** A store whose failing save is said once, then skipped: a full disk never ends an interview. */
function keepGoing<T>(store: SessionStore<T>, prompter: Prompter, lang: Lang): SessionStore<T> {
  let broken = false;
  return {
    path: store.path,
    load: () => store.load(),
    remove: () => store.remove(),
    save(data) {
      if (broken) return;
      try {
        store.save(data);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        broken = true;
        prompter.say(format(msg('session.draftStopped', { reason: e.in(lang) }), lang));
      }
    },
  };
}
