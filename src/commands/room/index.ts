// `ex-maturity room`: the live room, a front door of the same shape as the interview and the workshop: options, the
// journal (locked, resumed or restarted, with the shared resume question), serving until the facilitator closes it,
// then the aggregate of the completed answer sheets delivered like any team view. The journal is deleted only once
// that aggregate is safely delivered; otherwise it is kept and the facilitator is told how to get it.
import { isIP } from 'node:net';
import type { AppContext } from '../../app/context.js';
import { deliver } from '../../app/deliver.js';
import { deliverAggregate } from '../../app/documents.js';
import { askResume, programName } from '../../app/interactive.js';
import { checkMinComments, checkMinGroup, checkMinLevel, checkOptions, checkStartChoice, type RawOptions, type StartChoice } from '../../app/options.js';
import { terminalScreen, type Screen } from '../../app/screen.js';
import { cacheFolder } from '../../app/sessions.js';
import { schemaUrl, TOOL } from '../../app/tool.js';
import { UserError } from '../../errors.js';
import { format, msg } from '../../i18n/index.js';
import { loadModel } from '../../io/load.js';
import { rmSync } from 'node:fs';
import type { Prompter } from '../../prompts.js';
import { journalPath } from '../../room/journal.js';
import type { RateLimit } from '../../room/server.js';
import { MAX_ROOM_STATEMENTS } from '../../room/state.js';
import { buildAggregate } from '../../team/aggregate.js';
import { candidateAddresses, openRoom, prepareJournal, serveRoom, type Candidate } from './flow.js';

/** What the room uses besides the context; tests pass their own screen, prompter, rate limits or addresses. */
export interface RoomDeps {
  screen?: Screen;
  prompter?: Prompter;
  rate?: RateLimit;
  ceiling?: RateLimit;
  candidates?: Candidate[];
}

/** Checks --host (an IP address; default the likely Wi-Fi or Ethernet address) and --port (0..65535). */
function checkListen(raw: RawOptions, candidates: Candidate[]): { host: string; port: number | undefined; hostGiven: boolean } {
  const host = raw.host ?? candidates[0]?.address ?? '127.0.0.1';
  if (!isIP(host)) throw new UserError(msg('room.badHost', { value: host }));
  const hostGiven = raw.host !== undefined;
  if (raw.port === undefined) return { host, port: undefined, hostGiven };
  if (!/^\d{1,5}$/.test(raw.port.trim()) || Number(raw.port) > 65535) throw new UserError(msg('room.badPort', { value: raw.port }));
  return { host, port: Number(raw.port), hostGiven };
}

/** Checks --seats: a whole number of at least 1, or undefined. */
function checkSeats(raw: RawOptions): number | undefined {
  const v = raw.seats;
  if (v === undefined) return undefined;
  if (!/^\d{1,6}$/.test(v.trim()) || Number(v) < 1) throw new UserError(msg('room.badSeats', { value: v }));
  return Number(v);
}

/** The room command: returns the exit code (0 closed and delivered, 1 a gate not met, 2 bad usage or not delivered). */
export async function room(ctx: AppContext, raw: RawOptions, deps: RoomDeps = {}): Promise<number> {
  const opts = checkOptions(raw, 'aggregate', ctx.env);
  const minGroup = checkMinGroup(raw);
  const minComments = checkMinComments(raw);
  const seats = checkSeats(raw);
  const candidates = deps.candidates ?? candidateAddresses();
  const listen = checkListen(raw, candidates);
  let choice: StartChoice = checkStartChoice(raw);
  const model = await loadModel(opts);
  checkMinLevel(opts, model.instrument.levels.length);
  const { instrument } = model;
  const statements = instrument.dimensions.reduce((n, d) => n + d.questions.length, 0);
  if (statements > MAX_ROOM_STATEMENTS) throw new UserError(msg('room.tooManyStatements', { n: statements, max: MAX_ROOM_STATEMENTS }));
  const lang = opts.lang;
  const path = journalPath(cacheFolder(ctx.env), instrument.id);
  const found = prepareJournal(path);
  if (choice === 'ask') {
    if (found.kind === 'none') choice = 'restart';
    else if (deps.prompter || ctx.interactive) {
      const prompter = deps.prompter ?? (await import('../../prompts.js')).terminalPrompter();
      choice = await askResume(prompter, lang, msg('room.journalFound', { file: path }), msg('room.choiceRestart'));
    } else throw new UserError(msg('room.journalFoundNoTerminal', { file: path, program: programName(ctx.env) }), 2, { file: path });
  }
  const open = openRoom(instrument, path, choice, found);
  const screen = deps.screen ?? terminalScreen(ctx);
  const how = await serveRoom(open, { ...listen, candidates, lang, minGroup, minComments, seats, journalPath: path, ...(deps.rate ? { rate: deps.rate } : {}), ...(deps.ceiling ? { ceiling: deps.ceiling } : {}) }, screen);

  const { joined, completed } = open.state.counts();
  if (joined > completed) ctx.err(format(msg('room.notFinished', { n: joined - completed }), lang));
  const agg = buildAggregate(instrument, model.matrix, open.state.tally(), { tool: TOOL, lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('aggregate'), minGroup, minComments, source: 'room' });
  const kept = () => ctx.err(format(msg('room.kept', { file: path, command: `${programName(ctx.env)} room --resume --output FILE` }), lang));
  let code: number;
  try {
    code = await deliverAggregate(ctx, agg, opts);
    // Written to a file: the team view is also printed for the room (no second gate, no second warning).
    if (opts.output && how === 'closed') await deliver(ctx, 'aggregate', agg, { lang, format: 'table', bom: false });
  } catch (e) {
    // Not delivered (a full disk, a closed pipe or terminal): the journal stays, so nothing is lost.
    kept();
    throw e;
  }
  // The journal goes only once the aggregate is safe: in its --output file, or accepted by standard output.
  if (!opts.output && ctx.outDelivered && !(await ctx.outDelivered())) {
    kept();
    return 2;
  }
  rmSync(path, { force: true });
  ctx.err(format(msg('room.closed'), lang));
  return code;
}
