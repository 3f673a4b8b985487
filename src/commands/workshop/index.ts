// `ex-maturity workshop`: live facilitation in a terminal, with the same shape as the interview: options, the saved
// session reopened, the flow, then the team view delivered like any aggregate.
import type { AppContext } from '../../app/context.js';
import { deliver } from '../../app/deliver.js';
import { deliverAggregate } from '../../app/documents.js';
import { isStop, prepareSession, programName, reopenSession, requireTerminal } from '../../app/interactive.js';
import { checkMinGroup, checkMinLevel, checkOptions, checkStartChoice, type RawOptions } from '../../app/options.js';
import { sessionStore } from '../../app/sessions.js';
import { schemaUrl, TOOL } from '../../app/tool.js';
import { format, msg } from '../../i18n/index.js';
import { loadModel } from '../../io/load.js';
import type { Prompter } from '../../prompts.js';
import { buildWorkshopAggregate, newSession, type WorkshopSession } from '../../team/workshop.js';
import { collectVotes, readWorkshopSession, workshopIntro, workshopSummary } from './flow.js';

/** What the workshop uses besides the context; tests pass a scripted prompter. */
export interface WorkshopDeps {
  prompter?: Prompter;
}

/** The workshop command: returns the exit code (0 done or stopped with q, 1 when a gate is not met, 130 on Ctrl+C). */
export async function workshop(ctx: AppContext, raw: RawOptions, deps: WorkshopDeps = {}): Promise<number> {
  const opts = checkOptions(raw, 'aggregate', ctx.env);
  const minGroup = checkMinGroup(raw);
  const choice = checkStartChoice(raw);
  const model = await loadModel(opts);
  checkMinLevel(opts, model.instrument.levels.length);
  if (!deps.prompter) requireTerminal(ctx, 'workshop');
  const prompter = deps.prompter ?? (await import('../../prompts.js')).terminalPrompter();
  const { instrument } = model;
  const lang = opts.lang;
  let store = sessionStore<WorkshopSession>('workshop', instrument, readWorkshopSession, ctx.env);
  const resume = `${programName(ctx.env)} workshop --resume`;
  try {
    store = await prepareSession(store, prompter, lang);
    const session = (await reopenSession(store, choice, prompter, lang, workshopSummary(instrument))) ?? newSession(instrument);
    prompter.say(workshopIntro(instrument, lang, ctx.width));
    if ((await collectVotes({ instrument, lang, prompter, store, width: ctx.width }, session)) === 'quit') {
      prompter.say(format(msg('app.workshopKept', { command: resume }), lang));
      return 0;
    }
    const agg = buildWorkshopAggregate(instrument, model.matrix, session, { tool: TOOL, lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('aggregate'), minGroup });
    // Written to a file, the team view is still shown to the room.
    if (opts.output) await deliver(ctx, 'aggregate', agg, { ...opts, format: 'table', output: undefined });
    const code = await deliverAggregate(ctx, agg, opts);
    store.remove();
    return code;
  } catch (e) {
    if (!isStop(e)) throw e;
    prompter.say(`\n${format(msg('app.workshopStopped', { command: resume }), lang)}`);
    return 130;
  }
}
