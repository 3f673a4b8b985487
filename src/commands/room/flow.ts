// The room's life: open its journal (new, resumed, or restarted; locked for this run), serve until the facilitator
// closes it (q, Ctrl+C, SIGTERM, a closed terminal), redrawing the board at most four times a second and publishing
// figures in steps. It talks to the disk through the journal and to the facilitator through a Screen, so tests can
// drive it.
import { mkdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { networkInterfaces } from 'node:os';
import { dirname } from 'node:path';
import type { StartChoice } from '../../app/options.js';
import type { Screen } from '../../app/screen.js';
import { lockFile } from '../../app/sessions.js';
import { tr } from '../../core/text.js';
import type { Instrument } from '../../core/types.js';
import { UserError } from '../../errors.js';
import { format, msg, type Lang, type Message } from '../../i18n/index.js';
import { headerFits, isPublish, Journal, parseJournal, type JournalFile, type JournalHeader } from '../../room/journal.js';
import { createRoomServer, type RateLimit, type ServerFailure } from '../../room/server.js';
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

/**
 * Makes the journal's place ready before anything else: the cache folder usable, the journal locked for this run (a
 * second room on it is refused, naming the first one's process), and what is there read without ever blocking on a
 * special file. A folder, a FIFO, a device or an unreadable file there is refused (exit 2, naming it), in every start
 * mode: nothing is replaced.
 */
export function prepareJournal(path: string): Exclude<JournalFile, { kind: 'not-file' } | { kind: 'unreadable' }> {
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (e) {
    throw new UserError(msg('room.cacheUnusable', { folder, code: (e as NodeJS.ErrnoException).code ?? '' }), 2, { file: folder });
  }
  try {
    lockFile(path, (pid) => msg('room.journalLocked', { file: path, pid }));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(msg('room.cacheUnusable', { folder, code: (e as NodeJS.ErrnoException).code ?? '' }), 2, { file: folder });
  }
  const found = Journal.read(path);
  if (found.kind === 'not-file') throw new UserError(msg('room.journalNotFile', { file: path }), 2, { file: path });
  if (found.kind === 'unreadable') throw new UserError(msg('room.journalUnreadable', { file: path, code: found.code }), 2, { file: path });
  return found;
}

/** Opens the room's journal: resumes it (same tokens, same answers) or starts afresh, as `choice` says ('ask' resolved before). */
export function openRoom(instrument: Instrument, path: string, choice: Exclude<StartChoice, 'ask'>, found: { kind: 'none' } | { kind: 'text'; text: string }): OpenRoom {
  const notes: Message[] = [];
  // The journal cannot be written at all (a full disk, a read-only cache): said before anything is served.
  const opening = <T>(open: () => T): T => {
    try {
      return open();
    } catch (e) {
      throw new UserError(msg('room.cacheUnusable', { folder: dirname(path), code: (e as NodeJS.ErrnoException).code ?? '' }), 2, { file: path });
    }
  };
  const fresh = (): OpenRoom => {
    const header: JournalHeader = { room: 1, instrument: { id: instrument.id, version: instrument.version }, join: newToken(), facilitator: newToken() };
    return { state: new RoomState(instrument), journal: opening(() => Journal.create(path, header)), header, resumed: false, notes };
  };
  if (found.kind === 'none') {
    if (choice === 'resume') notes.push(msg('room.noneToResume'));
    return fresh();
  }
  if (choice === 'restart') return fresh();
  const parsed = parseJournal(found.text);
  if (!parsed) throw new UserError(msg('room.journalUnusable', { file: path }), 2, { file: path });
  if (!headerFits(parsed.header, instrument)) throw new UserError(msg('room.journalOtherVersion', { file: path, version: parsed.header.instrument.version }), 2, { file: path });
  const state = new RoomState(instrument);
  let ignored = parsed.badLines;
  for (const r of parsed.records) {
    if (isPublish(r)) state.publish();
    else if (state.fits(r)) state.apply(r);
    else ignored++;
  }
  if (parsed.tornBytes) notes.push(msg('room.journalTorn', { file: path }));
  if (ignored) notes.push(msg('room.journalBadLines', { n: ignored, file: path }));
  const counts = state.counts();
  notes.push(msg('room.resumed', counts));
  return { state, journal: opening(() => Journal.reopen(path, parsed.keptBytes)), header: parsed.header, resumed: true, notes };
}

/** A network address of this machine, with its interface's name. */
export interface Candidate {
  address: string;
  name: string;
}

/** Interfaces of virtual machines, containers and tunnels: phones in the room are not on them. */
const VIRTUAL = /^(docker|br-|veth|virbr|vboxnet|vmnet|cni|flannel|cali|kube|lxc|lxd|podman|tun|tap|utun|zt|tailscale|wg)/i;

/** This machine's IPv4 addresses on a network (not loopback), the likely Wi-Fi or Ethernet first. */
export function candidateAddresses(interfaces = networkInterfaces()): Candidate[] {
  const found: Candidate[] = [];
  for (const [name, list] of Object.entries(interfaces)) for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) found.push({ address: a.address, name });
  return found.sort((a, b) => Number(VIRTUAL.test(a.name)) - Number(VIRTUAL.test(b.name)));
}

/** What serving needs. */
export interface ServeOptions {
  host: string;
  port: number | undefined;
  /** The addresses of the machine, when --host was not given or is a wildcard (the links printed). */
  candidates: Candidate[];
  /** Whether --host was given. */
  hostGiven: boolean;
  lang: Lang;
  minGroup: number;
  minComments: number;
  seats: number | undefined;
  journalPath: string;
  rate?: RateLimit;
  ceiling?: RateLimit;
}

/** How the room was closed: by the facilitator (a key, a signal), or because the terminal went away (SIGHUP). */
export type Closed = 'closed' | 'hangup';

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

const isWildcard = (host: string) => host === '0.0.0.0' || host === '::';
const isLoopback = (host: string) => host.startsWith('127.') || host === '::1';

/** The start-up text: where the room listens, its links (one per real address for a wildcard) and QR code, the keys. */
function introText(room: OpenRoom, o: ServeOptions, port: number, color: boolean): { text: string; joinUrl: string } {
  const { header } = room;
  const m = (x: Message) => format(x, o.lang);
  const title = tr(room.state.instrument.title, o.lang) || room.state.instrument.id;
  const url = (host: string) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const hosts = isWildcard(o.host) ? (o.candidates.length ? o.candidates.map((c) => c.address) : ['127.0.0.1']) : [o.host];
  const joinUrls = hosts.map((h) => `${url(h)}/j/${header.join}`);
  const where = `${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`;
  const lines = [
    m(isWildcard(o.host) ? msg('room.listeningAll', { address: where, title }) : isLoopback(o.host) ? msg('room.listeningLocal', { address: where, title }) : msg('room.listening', { address: where, title })),
    m(msg('room.anyoneOnNetwork')),
  ];
  if (!o.hostGiven && o.candidates.length > 1) lines.push(m(msg('room.otherAddresses', { list: o.candidates.map((c) => `${c.address} (${c.name})`).join(', ') })));
  if (o.seats === undefined) lines.push(m(msg('room.noSeats')));
  if (!room.state.instrument.notice) lines.push(m(msg('room.noNotice')));
  lines.push(...room.notes.map(m), m(msg(joinUrls.length > 1 ? 'room.joinLinks' : 'room.joinLink')), ...joinUrls.map((u) => `  ${u}`));
  lines.push(...qrLines(joinUrls[0]!, color).map((l) => `  ${l}`));
  lines.push(m(msg('room.facilitatorLink')), `  ${url(hosts[0]!)}/f/${header.facilitator}`, m(msg('room.journalAt', { file: o.journalPath })), m(msg('room.keys')));
  return { text: lines.join('\n'), joinUrl: joinUrls[0]! };
}

/** Serves the room until it is closed; resolves, once the server has stopped and the journal is closed, with how it closed. */
export async function serveRoom(room: OpenRoom, o: ServeOptions, screen: Screen): Promise<Closed> {
  const { state, header, journal } = room;
  const instrument = state.instrument;
  let dirty = true;
  let lastLine = '';
  const say = (m: Message) => screen.write(`${format(m, o.lang)}\n`);
  const failure = (f: ServerFailure) => {
    say(f.kind === 'journal' ? msg('room.failedJournal', { file: o.journalPath, code: f.code }) : msg('room.failedInternal', { detail: f.detail }));
    dirty = true;
  };

  // Figures move in steps of at least --min-group newly completed sheets; with --seats each step waits for the
  // facilitator's `y` (the count matches the room). A step is a journal line, so a resumed room shows the same figures.
  let awaiting = false;
  let publishing = false;
  const step = (confirmed: boolean) => {
    if (publishing) return;
    const ready = state.nextStepNeeds(o.minGroup) === 0;
    if (!ready || (o.seats !== undefined && !confirmed)) {
      if (awaiting !== ready) dirty = true;
      awaiting = ready;
      return;
    }
    publishing = true;
    awaiting = false;
    journal
      .append({ pub: 1 })
      .then(() => state.publish(), (e: unknown) => failure({ kind: 'journal', code: (e as NodeJS.ErrnoException).code ?? String(e) }))
      .finally(() => {
        publishing = false;
        dirty = true;
        step(false);
      });
  };

  let joinUrl = '';
  const server = createRoomServer({
    state,
    journal,
    tokens: { join: header.join, facilitator: header.facilitator },
    minGroup: o.minGroup,
    minComments: o.minComments,
    lang: o.lang,
    ...(o.seats !== undefined ? { seats: o.seats } : {}),
    ...(o.rate ? { rate: o.rate } : {}),
    ...(o.ceiling ? { ceiling: o.ceiling } : {}),
    projector: () => ({ joinUrl, awaitingConfirmation: awaiting }),
    onChange: () => {
      dirty = true;
      step(false);
    },
    onFailure: failure,
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
    await journal.append({ port });
  }

  // Listen for the ways to close before anything is printed: a signal sent as soon as the links show must close the
  // room, not kill it.
  const closed = new Promise<Closed>((resolve) => {
    let closing = false;
    const close = (how: Closed) => {
      if (closing) return;
      closing = true;
      stopKeys(how === 'hangup');
      process.off('SIGINT', onStop);
      process.off('SIGTERM', onStop);
      process.off('SIGHUP', onHangup);
      resolve(how);
    };
    const onStop = () => close('closed');
    const onHangup = () => close('hangup');
    process.on('SIGINT', onStop);
    process.on('SIGTERM', onStop);
    process.on('SIGHUP', onHangup);
    const stopKeys = screen.onKey((k) => {
      if (k === '\x03' || k === 'q' || k === 'Q') close('closed');
      else if ((k === 'y' || k === 'Y') && awaiting) step(true);
    });
  });

  const intro = introText(room, o, port, screen.color);
  joinUrl = intro.joinUrl;
  screen.write(`${intro.text}\n`);

  const draw = () => {
    if (!dirty) return;
    dirty = false;
    const view = facilitatorView(state, o.minGroup, o.lang, (t) => tr(t, o.lang), o.seats);
    const confirm = awaiting ? format(msg('room.confirmSeats', { completed: view.completed, seats: o.seats ?? 0 }), o.lang) : '';
    const width = Math.max(20, screen.columns);
    if (screen.tty) {
      const rows = Math.max(8, screen.rows - intro.text.split('\n').length - 1);
      screen.write(`\x1b[H\x1b[2J${intro.text}\n${boardText(view, instrument, o.lang, width, rows)}\n${confirm ? `${confirm}\n` : ''}`);
    } else {
      const line = [boardText(view, instrument, o.lang, width, 0).split('\n')[0], confirm].filter(Boolean).join('\n');
      if (line !== lastLine) screen.write(`${line}\n`);
      lastLine = line;
    }
  };
  step(false);
  draw();
  const timer = setInterval(draw, 250);
  const how = await closed;

  clearInterval(timer);
  if (how === 'closed') {
    dirty = true;
    draw();
    say(msg('room.closing'));
  }
  // Stop taking new requests, let those in flight finish (each is acknowledged only once journaled), then cut the rest.
  await new Promise<void>((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), 1000);
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
  journal.close();
  return how;
}

function listenError(o: ServeOptions): (e: unknown) => never {
  return (e) => {
    throw new UserError(msg('room.listenFailed', { host: o.host, port: o.port ?? 0, reason: String((e as NodeJS.ErrnoException).code ?? (e as Error).message) }));
  };
}
