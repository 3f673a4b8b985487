// `ex-maturity` in a terminal: options checked first, then the interview, the result as `assess` shows it, and an offer to save.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AppContext } from '../../app/context.js';
import { deliver } from '../../app/deliver.js';
import { resultOf } from '../../app/documents.js';
import { isStop, prepareSession, programName, reopenSession, requireTerminal } from '../../app/interactive.js';
import { checkMinLevel, checkOptions, checkStartChoice, checkTargets, type RawOptions } from '../../app/options.js';
import { sessionStore } from '../../app/sessions.js';
import { UserError } from '../../errors.js';
import { format, LANGS, msg, type Lang } from '../../i18n/index.js';
import { loadModel, loadTargetsFile } from '../../io/load.js';
import type { Prompter } from '../../prompts.js';
import { askQuestions, draftSummary, readDraftAnswers, welcome, type Answers } from './flow.js';
import { recap } from './recap.js';
import { offerToSave, saveResult } from './save.js';

/** What the interview uses besides the context; tests pass a scripted prompter. */
export interface InterviewDeps {
  prompter?: Prompter;
}

/** The interview command: returns the exit code (0, 1 when a gate is not met, 130 when stopped). */
export async function interview(ctx: AppContext, raw: RawOptions, deps: InterviewDeps = {}): Promise<number> {
  const opts = checkOptions(raw, 'result', ctx.env);
  // The interview draws its result in the terminal; another format without --output would be silently ignored.
  if (raw.format !== undefined && raw.format !== 'table' && !opts.output) throw new UserError(msg('app.runFormat', { format: raw.format }));
  const choice = checkStartChoice(raw);
  if (opts.output && !existsSync(dirname(resolve(ctx.cwd, opts.output)))) throw new UserError(msg('app.outputFolderMissing', { file: opts.output }));
  const model = await loadModel(opts);
  checkMinLevel(opts, model.instrument.levels.length);
  const targets = await checkTargets(raw, model.instrument.dimensions.map((d) => d.id), (file) => loadTargetsFile(file, model.instrument));
  if (!deps.prompter) requireTerminal(ctx, 'interview');
  const prompter = deps.prompter ?? (await import('../../prompts.js')).terminalPrompter();
  let store = sessionStore<Answers>('draft', model.instrument, readDraftAnswers, ctx.env);
  let lang = opts.lang;
  const width = Math.min(ctx.width, 100);
  try {
    if (!opts.langKnown) lang = await askLanguage(prompter);
    await prompter.read(welcome(model.instrument, lang, width), lang);
    store = await prepareSession(store, prompter, lang);
    const start = (await reopenSession(store, choice, prompter, lang, draftSummary(model.instrument))) ?? {};
    const answers = await askQuestions({ instrument: model.instrument, lang, prompter, store, width }, start);
    const { result, overall } = resultOf(ctx, model, { instrument: model.instrument.id, respondent: {}, answers }, lang, targets);
    ctx.out('\n');
    const code = await deliver(ctx, 'result', result, { ...opts, lang, format: 'table', output: undefined }, overall);
    prompter.say(recap(result, width));
    if (opts.output) await saveResult(ctx, result, opts.format, resolve(ctx.cwd, opts.output), { ...opts, lang });
    else await offerToSave(ctx, result, { ...opts, lang }, prompter);
    store.remove();
    prompter.say(format(msg('app.interviewDone'), lang));
    return code;
  } catch (e) {
    if (!isStop(e)) throw e;
    const found = store.load();
    const kept = found.kind === 'found' ? Object.keys(found.data).length : 0;
    prompter.say(`\n${format(msg('app.interviewStopped', { kept, command: resumeCommand(ctx, raw, lang, opts.langKnown) }), lang)}`);
    return 130;
  }
}

/** The command that starts this interview again, with the options that select the same draft and language. */
function resumeCommand(ctx: AppContext, raw: RawOptions, lang: Lang, langKnown: boolean): string {
  const parts = [programName(ctx.env)];
  if (raw.instrument) parts.push('--instrument', raw.instrument);
  if (raw.lang !== undefined || !langKnown) parts.push('--lang', lang);
  return parts.join(' ');
}

/** Asks the language when the environment does not tell it (each choice in its own language). */
function askLanguage(prompter: Prompter): Promise<Lang> {
  return prompter.select<Lang>({
    message: LANGS.map((l) => format(msg('app.askLanguage'), l)).join(' / '),
    choices: LANGS.map((l) => ({ name: format(msg('app.languageName'), l), value: l })),
    help: '↑↓ · Enter',
  });
}
