// The room's life: open its journal (new, resumed, or restarted), serve until the facilitator closes it (q, Ctrl+C,
// SIGTERM), redrawing the board at most four times a second. It talks to the disk through the journal and to the
// facilitator through a Screen, so tests can drive it.
import { networkInterfaces } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { StartChoice } from '../../app/options.js';
import { tr } from '../../core/text.js';
import type { Instrument } from '../../core/types.js';
import { UserError } from '../../errors.js';
import { format, msg, type Lang, type Message } from '../../i18n/index.js';
import { headerFits, Journal, parseJournal, type JournalHeader } from '../../room/journal.js';
import { createRoomServer, type RateLimit } from '../../room/server.js';
import { facilitatorView, newToken, RoomState } from '../../room/state.js';
import { boardText, qrLines } from '../../room/terminal.js';

/** A room ready to serve: its state replayed from the journal, the journal open for appending. */
export interface OpenRoom {
  state: RoomState;
  journal: Journal;
  header: JournalHeader;
  resumed: boolean;
  /** What the facilitator is told about the journal (a torn line dropped, nothing to resume…). */
  notes: Message[];
}

/** Opens the room's journal: resumes it (same tokens, same answers) or starts afresh, as `choice` says ('ask' resolved before). */
export function openRoom(instrument: Instrument, path: string, choice: Exclude<StartChoice, 'ask'>): OpenRoom {
  const notes: Message[] = [];
  const fresh = (): OpenRoom => {
    const header: JournalHeader = { room: 1, instrument: { id: instrument.id, version: instrument.version }, join: newToken(), facilitator: newToken() };
    return { state: new RoomState(instrument), journal: Journal.create(path, header), header, resumed: false, notes };
  };
  const text = Journal.read(path);
  if (text === undefined) {
    if (choice === 'resume') notes.push(msg('room.noneToResume'));
    return fresh();
  }
  if (choice === 'restart') return fresh();
  const parsed = parseJournal(text);
  if (!parsed) throw new UserError(msg('room.journalUnusable', { file: path }), 2, { file: path });
  if (!headerFits(parsed.header, instrument)) throw new UserError(msg('room.journalOtherVersion', { file: path, version: parsed.header.instrument.version }), 2, { file: path });
  const state = new RoomState(instrument);
  let ignored = parsed.badLines;
  for (const r of parsed.records) {
    if (state.fits(r)) state.apply(r);
    else ignored++;
  }
  if (parsed.tornBytes) notes.push(msg('room.journalTorn', { file: path }));
  if (ignored) notes.push(msg('room.journalBadLines', { n: ignored, file: path }));
  const counts = state.counts();
  notes.push(msg('room.resumed', counts));
  return { state, journal: Journal.reopen(path, parsed.keptBytes), header: parsed.header, resumed: true, notes };
}

/** The machine's address on the local network (the first external IPv4), else loopback. */
export function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '127.0.0.1';
}

/** Where the facilitator reads and types. */
export interface Screen {
  /** Writes text as it is (no newline added). */
  write(text: string): void;
  /** Whether it is a terminal (then the board is redrawn in place), its size, and colour. */
  tty: boolean;
  columns: number;
  rows: number;
  color: boolean;
  /** Calls back on `q` or Ctrl+C typed; returns a function that stops listening. */
  onKey(stop: () => void): () => void;
}

/** What serving needs. */
export interface ServeOptions {
  host: string;
  port: number | undefined;
  lang: Lang;
  minGroup: number;
  minComments: number;
  journalPath: string;
  rate?: RateLimit;
}

async function listen(server: Server, host: string, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

/** Serves the room until it is closed; resolves when the server has stopped and the journal is closed. */
export async function serveRoom(room: OpenRoom, o: ServeOptions, screen: Screen): Promise<void> {
  const { state, header } = room;
  const instrument = state.instrument;
  let dirty = true;
  let timer: NodeJS.Timeout | undefined;
  let lastLine = '';
  const say = (m: Message) => screen.write(`${format(m, o.lang)}\n`);

  const server = createRoomServer({
    state,
    journal: room.journal,
    tokens: { join: header.join, facilitator: header.facilitator },
    minGroup: o.minGroup,
    minComments: o.minComments,
    lang: o.lang,
    ...(o.rate ? { rate: o.rate } : {}),
    onChange: () => {
      dirty = true;
    },
  });

  let port: number;
  const wanted = o.port ?? header.port ?? 0;
  try {
    port = await listen(server, o.host, wanted);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (o.port === undefined && wanted !== 0 && code === 'EADDRINUSE') port = await listen(server, o.host, 0).catch(listenError(o));
    else throw listenError(o)(e);
  }
  if (header.port !== port) {
    header.port = port;
    await room.journal.append({ port });
  }

  const hostInUrl = o.host.includes(':') ? `[${o.host}]` : o.host;
  const origin = `http://${hostInUrl}:${port}`;
  const joinUrl = `${origin}/j/${header.join}`;
  const facilitatorUrl = `${origin}/f/${header.facilitator}`;
  const intro = [
    format(msg('room.listening', { address: `${hostInUrl}:${port}`, title: tr(instrument.title, o.lang) || instrument.id }), o.lang),
    format(msg('room.anyoneOnNetwork'), o.lang),
    ...room.notes.map((m) => format(m, o.lang)),
    format(msg('room.joinLink'), o.lang),
    `  ${joinUrl}`,
    ...qrLines(joinUrl, screen.color).map((l) => `  ${l}`),
    format(msg('room.facilitatorLink'), o.lang),
    `  ${facilitatorUrl}`,
    format(msg('room.journalAt', { file: o.journalPath }), o.lang),
    format(msg('room.keys'), o.lang),
  ].join('\n');
  screen.write(`${intro}\n`);

  const draw = () => {
    if (!dirty) return;
    dirty = false;
    const view = facilitatorView(state, o.minGroup, o.lang, (t) => tr(t, o.lang));
    const width = Math.max(20, screen.columns);
    if (screen.tty) {
      const rows = Math.max(8, screen.rows - intro.split('\n').length - 1);
      screen.write(`\x1b[H\x1b[2J${intro}\n${boardText(view, instrument, o.lang, width, rows)}\n`);
    } else {
      const line = format(msg('room.boardCounts', { joined: view.joined, completed: view.completed }), o.lang);
      if (line !== lastLine) screen.write(`${line}\n`);
      lastLine = line;
    }
  };
  draw();
  timer = setInterval(draw, 250);

  await new Promise<void>((resolve) => {
    let closing = false;
    const close = () => {
      if (closing) return;
      closing = true;
      stopKeys();
      process.off('SIGINT', close);
      process.off('SIGTERM', close);
      process.off('SIGHUP', close);
      resolve();
    };
    const stopKeys = screen.onKey(close);
    process.on('SIGINT', close);
    process.on('SIGTERM', close);
    process.on('SIGHUP', close);
  });

  clearInterval(timer);
  dirty = true;
  draw();
  say(msg('room.closing'));
  // Stop taking new requests, let those in flight finish (each is acknowledged only once journaled), then cut the rest.
  await new Promise<void>((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), 1000);
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
  room.journal.close();
}

function listenError(o: ServeOptions): (e: unknown) => never {
  return (e) => {
    throw new UserError(msg('room.listenFailed', { host: o.host, port: o.port ?? 0, reason: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) }));
  };
}
