// `ex-maturity room`: the live room. Options first, then the journal (resumed or restarted), then serving until the
// facilitator closes it; then the aggregate of the completed answer sheets, delivered like any team view.
import { isIP } from 'node:net';
import type { AppContext } from '../../app/context.js';
import { deliver } from '../../app/deliver.js';
import { deliverAggregate } from '../../app/documents.js';
import { programName } from '../../app/interactive.js';
import { checkMinComments, checkMinGroup, checkMinLevel, checkOptions, checkStartChoice, type RawOptions, type StartChoice } from '../../app/options.js';
import { cacheFolder } from '../../app/sessions.js';
import { schemaUrl, TOOL } from '../../app/tool.js';
import { UserError } from '../../errors.js';
import { format, msg } from '../../i18n/index.js';
import { loadModel } from '../../io/load.js';
import { rmSync } from 'node:fs';
import { Journal, journalPath } from '../../room/journal.js';
import type { RateLimit } from '../../room/server.js';
import { buildAggregate } from '../../team/aggregate.js';
import { lanAddress, openRoom, serveRoom, type Screen } from './flow.js';

/** What the room uses besides the context; tests pass their own screen or rate limit. */
export interface RoomDeps {
  screen?: Screen;
  rate?: RateLimit;
  /** Asks whether to resume a room found at start (a terminal only). */
  ask?: () => Promise<'resume' | 'restart'>;
}

/** Checks --host (an IP address) and --port (0..65535). */
function checkListen(raw: RawOptions): { host: string; port: number | undefined } {
  const host = raw.host ?? lanAddress();
  if (!isIP(host)) throw new UserError(msg('room.badHost', { value: host }));
  if (raw.port === undefined) return { host, port: undefined };
  if (!/^\d{1,5}$/.test(raw.port.trim()) || Number(raw.port) > 65535) throw new UserError(msg('room.badPort', { value: raw.port }));
  return { host, port: Number(raw.port) };
}

/** The process's terminal as the facilitator's screen (stderr for the board, stdin for the keys). */
function processScreen(ctx: AppContext): Screen {
  const err = process.stderr;
  return {
    write: (t) => void err.write(t),
    tty: Boolean(err.isTTY),
    get columns() {
      return err.isTTY ? err.columns : ctx.width;
    },
    get rows() {
      return err.isTTY ? err.rows : 10_000;
    },
    color: Boolean(err.isTTY) && !ctx.env.NO_COLOR,
    onKey(stop) {
      const stdin = process.stdin;
      const raw = stdin.isTTY;
      const onData = (d: Buffer) => {
        const s = d.toString('utf8');
        if (s.includes('\x03') || /^\s*q/i.test(s)) stop();
      };
      if (raw) stdin.setRawMode(true);
      stdin.on('data', onData);
      stdin.on('error', () => {});
      stdin.resume();
      return () => {
        stdin.off('data', onData);
        if (raw) stdin.setRawMode(false);
        stdin.pause();
        stdin.unref?.();
      };
    },
  };
}

/** The room command: returns the exit code (0 closed and delivered, 1 a gate not met, 2 bad usage). */
export async function room(ctx: AppContext, raw: RawOptions, deps: RoomDeps = {}): Promise<number> {
  const opts = checkOptions(raw, 'aggregate', ctx.env);
  const minGroup = checkMinGroup(raw);
  const minComments = checkMinComments(raw);
  const listen = checkListen(raw);
  let choice: StartChoice = checkStartChoice(raw);
  const model = await loadModel(opts);
  checkMinLevel(opts, model.instrument.levels.length);
  const { instrument } = model;
  const path = journalPath(cacheFolder(ctx.env), instrument.id);
  if (choice === 'ask') {
    if (Journal.read(path) === undefined) choice = 'restart';
    else if (deps.ask) choice = await deps.ask();
    else if (ctx.interactive) {
      const { terminalPrompter } = await import('../../prompts.js');
      const prompter = terminalPrompter();
      choice = await prompter.select<'resume' | 'restart'>({
        message: format(msg('room.journalFound', { file: path }), opts.lang),
        choices: [
          { name: format(msg('room.choiceResume'), opts.lang), value: 'resume' },
          { name: format(msg('room.choiceRestart'), opts.lang), value: 'restart' },
        ],
      });
    } else throw new UserError(msg('room.journalFoundNoTerminal', { file: path, program: programName(ctx.env) }), 2, { file: path });
  }
  const open = openRoom(instrument, path, choice);
  await serveRoom(open, { ...listen, lang: opts.lang, minGroup, minComments, journalPath: path, ...(deps.rate ? { rate: deps.rate } : {}) }, deps.screen ?? processScreen(ctx));

  const { joined, completed } = open.state.counts();
  if (joined > completed) ctx.err(format(msg('room.notFinished', { n: joined - completed }), opts.lang));
  const agg = buildAggregate(instrument, model.matrix, open.state.tally(), {
    tool: TOOL,
    lang: opts.lang,
    generatedAt: ctx.now(),
    schemaUrl: schemaUrl('aggregate'),
    minGroup,
    minComments,
    source: 'room',
  });
  const code = await deliverAggregate(ctx, agg, opts);
  // Written to a file: the team view is also printed for the room (no second gate, no second warning).
  if (opts.output) await deliver(ctx, 'aggregate', agg, { lang: opts.lang, format: 'table', bom: false });
  rmSync(path, { force: true });
  ctx.err(format(msg('room.closed'), opts.lang));
  return code;
}
