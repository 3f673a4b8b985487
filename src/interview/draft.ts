// Drafts: the answers of an unfinished interview, kept on this machine so an interruption never loses one.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { AnswerValue, Instrument } from '../core/types.js';
import { writeAtomic } from '../io/write.js';

/** The answers given so far, by question id. */
export type Answers = Record<string, AnswerValue>;

/** What a start finds: no draft, a usable draft, or one that cannot be used (unreadable, or for another instrument version). */
export type DraftFound = { kind: 'none' } | { kind: 'draft'; answers: Answers } | { kind: 'unusable'; reason: 'corrupt' | 'other-version' };

/** Where an interview keeps its draft. */
export interface DraftStore {
  load(): DraftFound;
  save(answers: Answers): void;
  remove(): void;
}

/** The version of the draft file layout. */
const DRAFT_VERSION = 1;

/** The folder of drafts: $XDG_CACHE_HOME/ex-maturity, else ~/.cache/ex-maturity. */
export function draftFolder(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ex-maturity');
}

/** The draft file of an instrument (one per instrument id). */
export function draftPath(instrumentId: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(draftFolder(env), `${instrumentId.replace(/[^\w.-]/g, '_')}.draft.json`);
}

/** Checks a draft's content against the instrument: its id and version, known question ids, values on the scale. */
export function readDraft(raw: unknown, instrument: Instrument): DraftFound {
  if (!raw || typeof raw !== 'object') return { kind: 'unusable', reason: 'corrupt' };
  const d = raw as { draftVersion?: unknown; instrument?: { id?: unknown; version?: unknown }; answers?: unknown };
  if (d.draftVersion !== DRAFT_VERSION || !d.answers || typeof d.answers !== 'object' || Array.isArray(d.answers)) return { kind: 'unusable', reason: 'corrupt' };
  if (d.instrument?.id !== instrument.id || d.instrument?.version !== instrument.version) return { kind: 'unusable', reason: 'other-version' };
  const known = new Set(instrument.dimensions.flatMap((dim) => dim.questions.map((q) => q.id)));
  const values = new Set(instrument.scale.map((p) => p.value));
  for (const [id, v] of Object.entries(d.answers)) {
    const ok = known.has(id) && (v === null ? Boolean(instrument.dontKnow) : typeof v === 'number' && values.has(v));
    if (!ok) return { kind: 'unusable', reason: 'other-version' };
  }
  return { kind: 'draft', answers: d.answers as Answers };
}

/** The draft store of a real machine: one JSON file per instrument, written atomically after every answer. */
export function fileDraftStore(instrument: Instrument, env: NodeJS.ProcessEnv = process.env): DraftStore {
  const file = draftPath(instrument.id, env);
  return {
    load() {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return { kind: 'none' };
      }
      try {
        return readDraft(JSON.parse(text), instrument);
      } catch {
        return { kind: 'unusable', reason: 'corrupt' };
      }
    },
    save(answers) {
      try {
        mkdirSync(draftFolder(env), { recursive: true });
      } catch {
        // writeAtomic below says which file cannot be written and what to do.
      }
      const draft = { draftVersion: DRAFT_VERSION, instrument: { id: instrument.id, version: instrument.version }, answers };
      writeAtomic(file, JSON.stringify(draft, null, 2) + '\n');
    },
    remove() {
      rmSync(file, { force: true });
    },
  };
}
