// The room's journal: one JSON line per accepted submission, appended and flushed to disk (fsync) before the
// participant is told it was saved. The first line holds the room (instrument, tokens). Reading it back keeps every
// complete line and drops a torn last one (a crash in the middle of a write). Files are readable by their owner only.
import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
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
  records: RoomRecord[];
  /** A torn last line was dropped (its length in bytes). */
  tornBytes: number;
  /** Lines that were complete but unreadable, dropped. */
  badLines: number;
  /** Bytes of the journal up to the end of the last complete line (what is kept). */
  keptBytes: number;
}

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
  const records: RoomRecord[] = [];
  let badLines = 0;
  for (let i = 1; i < lines.length; i++) {
    const r = safeParse(lines[i]);
    if (r && typeof r === 'object' && !Array.isArray(r) && !('p' in r) && typeof (r as { port?: unknown }).port === 'number') header.port = (r as { port: number }).port;
    else if (r && typeof r === 'object' && !Array.isArray(r)) records.push(r as RoomRecord);
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

/** An open journal: appends are grouped (one write and one fsync for all the submissions that arrived together). */
export class Journal {
  private queue: { line: string; done: (e?: Error) => void }[] = [];
  private scheduled = false;
  private closed = false;

  private constructor(private readonly fd: number, readonly path: string) {}

  /** Creates a new journal (replacing any) with its header, flushed. */
  static create(path: string, header: JournalHeader): Journal {
    mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
    const tmp = `${path}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    writeAll(fd, JSON.stringify(header) + '\n');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, path);
    return new Journal(openSync(path, 'a', 0o600), path);
  }

  /** Reopens a journal for appending, cut back to `keptBytes` (a torn last line removed). */
  static reopen(path: string, keptBytes: number): Journal {
    const fd = openSync(path, 'r+', 0o600);
    ftruncateSync(fd, keptBytes);
    fsyncSync(fd);
    closeSync(fd);
    return new Journal(openSync(path, 'a', 0o600), path);
  }

  /** Reads a journal file's text, or undefined when there is none. */
  static read(path: string): string | undefined {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Appends a record; resolves once it is on disk (written and fsynced). */
  append(record: RoomRecord | { port: number }): Promise<void> {
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
      writeAll(this.fd, batch.map((b) => b.line).join(''));
      fsyncSync(this.fd);
    } catch (e) {
      for (const b of batch) b.done(e as Error);
      return;
    }
    for (const b of batch) b.done();
  }

  /** Flushes what is queued and closes the file. */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    closeSync(this.fd);
  }
}

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}
