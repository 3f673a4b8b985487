// The room's journal: one JSON line per accepted submission, appended and flushed to disk (fsync) before the
// participant is told it was saved. The first line holds the room (instrument, tokens). Reading it back keeps every
// complete line and drops a torn last one (a crash in the middle of a write); a write that fails (a full disk) is cut
// back to the last complete line before anything else is acknowledged. Files are readable by their owner only.
import { closeSync, constants, fstatSync, fsyncSync, ftruncateSync, lstatSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { readToEnd } from '../io/read.js';
import { join } from 'node:path';
import type { Instrument } from '../core/types.js';
import type { RoomRecord } from './state.js';
import { isTokenShape } from './state.js';

/** The version of the journal layout. */
export const JOURNAL_VERSION = 1;

/** The first line: which room this is (a later `{port}` line records the port a resumed room got). */
export interface JournalHeader {
  room: typeof JOURNAL_VERSION;
  instrument: { id: string; version: string };
  join: string;
  facilitator: string;
  /** The port last used, tried again on resume so that printed links keep working. */
  port?: number;
}

/** What a journal's text holds: the header, the records in order, and what was dropped. */
export interface ParsedJournal {
  header: JournalHeader;
  /** Submissions, and the points where the figures were published (`{pub: 1}`), in the order they were written. */
  records: (RoomRecord | PublishRecord)[];
  /** A torn last line was dropped (its length in bytes). */
  tornBytes: number;
  /** Lines that were complete but unreadable, dropped. */
  badLines: number;
  /** Bytes of the journal up to the end of the last complete line (what is kept). */
  keptBytes: number;
}

/** The line written when the facilitator's figures move to a new step (see RoomState.publish). */
export interface PublishRecord {
  pub: 1;
}

/** Whether a journal record marks a publication. */
export function isPublish(r: RoomRecord | PublishRecord): r is PublishRecord {
  return (r as PublishRecord).pub === 1 && !('p' in r);
}

/** What is at a journal's path: nothing, a journal's text, or something that is not a regular file (never opened). */
export type JournalFile = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'not-file' } | { kind: 'unreadable'; code: string };

/** The journal's path for an instrument in the cache folder. */
export function journalPath(cache: string, instrumentId: string): string {
  return join(cache, `room-${instrumentId.replace(/[^\w.-]/g, '_')}.jsonl`);
}

/** Reads a journal's text: undefined when its header is missing or not a room's. Pure. */
export function parseJournal(text: string): ParsedJournal | undefined {
  const buf = Buffer.from(text, 'utf8');
  const lastNewline = buf.lastIndexOf(0x0a);
  const keptBytes = lastNewline + 1;
  const complete = buf.subarray(0, keptBytes).toString('utf8');
  const lines = complete.split('\n');
  lines.pop(); // after the last newline
  const tornBytes = buf.length - keptBytes;
  const header = safeParse(lines[0]);
  if (!isHeader(header)) return undefined;
  const records: (RoomRecord | PublishRecord)[] = [];
  let badLines = 0;
  for (let i = 1; i < lines.length; i++) {
    const r = safeParse(lines[i]);
    if (r && typeof r === 'object' && !Array.isArray(r) && !('p' in r) && typeof (r as { port?: unknown }).port === 'number') header.port = (r as { port: number }).port;
    else if (r && typeof r === 'object' && !Array.isArray(r)) records.push(r as RoomRecord | PublishRecord);
    else badLines++;
  }
  return { header, records, tornBytes, badLines, keptBytes };
}

function safeParse(line: string | undefined): unknown {
  if (line === undefined || line === '') return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function isHeader(h: unknown): h is JournalHeader {
  if (!h || typeof h !== 'object') return false;
  const x = h as Record<string, unknown>;
  const inst = x.instrument as Record<string, unknown> | undefined;
  return (
    x.room === JOURNAL_VERSION &&
    !!inst && typeof inst.id === 'string' && typeof inst.version === 'string' &&
    typeof x.join === 'string' && isTokenShape(x.join) &&
    typeof x.facilitator === 'string' && isTokenShape(x.facilitator) && x.join !== x.facilitator
  );
}

/** Whether a header belongs to this instrument (same id and version). */
export function headerFits(h: JournalHeader, instrument: Instrument): boolean {
  return h.instrument.id === instrument.id && h.instrument.version === instrument.version;
}

/** Writes bytes to a descriptor; the journal's one door to the disk (a test passes a failing one: a full disk). */
export type WriteBytes = (fd: number, buf: Buffer, offset: number) => number;

/** An open journal: appends are grouped (one write and one fsync for all the submissions that arrived together). */
export class Journal {
  private queue: { line: string; done: (e?: Error) => void }[] = [];
  private scheduled = false;
  private closed = false;
  /** Bytes up to the end of the last complete line on disk: after a failed write the file is cut back to it. */
  private good: number;
  private torn = false;

  private constructor(
    private readonly fd: number,
    readonly path: string,
    private readonly write: WriteBytes,
  ) {
    this.good = fstatSync(fd).size;
  }

  /** Creates a new journal (replacing any regular file there) with its header, flushed. */
  static create(path: string, header: JournalHeader, write: WriteBytes = writeSync): Journal {
    mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
    const tmp = `${path}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeAll(fd, JSON.stringify(header) + '\n', write);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    return new Journal(openSync(path, 'a', 0o600), path, write);
  }

  /** Reopens a journal for appending, cut back to `keptBytes` (a torn last line removed). */
  static reopen(path: string, keptBytes: number, write: WriteBytes = writeSync): Journal {
    const fd = openSync(path, 'r+', 0o600);
    try {
      ftruncateSync(fd, keptBytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return new Journal(openSync(path, 'a', 0o600), path, write);
  }

  /** What is at a journal's path, read without ever blocking on a special file (a FIFO, a device, a folder). */
  static read(path: string): JournalFile {
    try {
      if (!lstatSync(path).isFile()) return { kind: 'not-file' };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      return code === 'ENOENT' ? { kind: 'none' } : { kind: 'unreadable', code };
    }
    let fd: number;
    try {
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    } catch (e) {
      return { kind: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? '' };
    }
    try {
      if (!fstatSync(fd).isFile()) return { kind: 'not-file' };
      return { kind: 'text', text: readToEnd(fd, Number.MAX_SAFE_INTEGER).toString('utf8') };
    } catch (e) {
      return { kind: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? '' };
    } finally {
      closeSync(fd);
    }
  }

  /** Appends a record; resolves once it is on disk (written and fsynced). */
  append(record: RoomRecord | PublishRecord | { port: number }): Promise<void> {
    if (this.closed) return Promise.reject(new Error('journal closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ line: JSON.stringify(record) + '\n', done: (e) => (e ? reject(e) : resolve()) });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (!batch.length) return;
    try {
      // A failed write left part of a line: the file goes back to its last complete line before anything else is
      // written, so no acknowledged line is ever glued to a torn one. Until that works, nothing is acknowledged.
      if (this.torn) {
        ftruncateSync(this.fd, this.good);
        this.torn = false;
      }
      const bytes = Buffer.from(batch.map((b) => b.line).join(''), 'utf8');
      this.torn = true;
      writeAll(this.fd, bytes, this.write);
      fsyncSync(this.fd);
      this.torn = false;
      this.good += bytes.length;
    } catch (e) {
      for (const b of batch) b.done(e as Error);
      return;
    }
    for (const b of batch) b.done();
  }

  /** Flushes what is queued and closes the file (cut back to its last complete line). */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    try {
      if (this.torn) ftruncateSync(this.fd, this.good);
    } catch {
      // the next start drops the torn line
    }
    closeSync(this.fd);
  }
}

function writeAll(fd: number, data: string | Buffer, write: WriteBytes): void {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let off = 0;
  while (off < buf.length) off += write(fd, buf, off);
}
