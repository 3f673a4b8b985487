import { readAnswer } from '../core/answers.js';
import { isMap } from '../core/check.js';
import { questionsOf } from '../core/model.js';
import { questionIds } from '../core/score.js';
import { tr } from '../core/text.js';
import type { AnswerValue, Instrument, Lang, Matrix } from '../core/types.js';
import { msg, type Message } from '../i18n/index.js';
import { assemble } from './assemble.js';
import { disagrees } from './disagreement.js';
import type { Aggregate, AggregateContext } from './document.js';
import { pooledVotes } from './pooled-votes.js';
import { countAnswers, newTally } from './tally.js';

/** Version of the saved workshop session layout. */
export const SESSION_VERSION = 1;
/** Most votes accepted on one line (a room, not a survey). */
export const MAX_VOTES = 500;

/** A live workshop in progress: the votes typed for each statement so far, and where the facilitator is. */
export interface WorkshopSession {
  version: typeof SESSION_VERSION;
  instrument: { id: string; version: string };
  position: number;
  votes: Record<string, AnswerValue[]>;
}

/** What the facilitator typed: the room's votes, a step back, or a stop. */
export type VoteLine = { kind: 'votes'; votes: AnswerValue[] } | { kind: 'back' } | { kind: 'quit' } | { kind: 'error'; message: Message };

/** A new, empty session. */
export function newSession(instrument: Instrument): WorkshopSession {
  return { version: SESSION_VERSION, instrument: { id: instrument.id, version: instrument.version }, position: 0, votes: {} };
}

/** Reads a line of votes (`4 3 3 2 4 ?`, commas or semicolons also separate), or `b`/`back`, or `q`/`quit`. */
export function parseVoteLine(line: string, instrument: Instrument): VoteLine {
  const t = line.trim().toLowerCase();
  if (['b', 'back', 'r', 'retour'].includes(t)) return { kind: 'back' };
  if (['q', 'quit', 'quitter'].includes(t)) return { kind: 'quit' };
  const tokens = line.split(/[\s,;]+/).filter(Boolean);
  if (!tokens.length) return { kind: 'error', message: msg('team.vote.empty') };
  if (tokens.length > MAX_VOTES) return { kind: 'error', message: msg('team.vote.tooMany', { max: MAX_VOTES }) };
  const votes: AnswerValue[] = [];
  for (const token of tokens) {
    const a = readAnswer(token, instrument);
    if ('error' in a) return { kind: 'error', message: badVote(token, instrument) };
    votes.push(a.value);
  }
  return { kind: 'votes', votes };
}

/** Why a token is not a vote: "?" where the instrument has no "don't know", or a value off the scale. */
function badVote(token: string, instrument: Instrument): Message {
  const values = instrument.scale.map((p) => p.value);
  if (token === '?' && !instrument.dontKnow) return msg('team.vote.noDontKnow', { values });
  return msg('team.vote.notOnScale', { vote: token, values, dontKnow: Boolean(instrument.dontKnow) });
}

/** A saved session if it is usable with this instrument (same id and version, known statements, votes on the scale), else undefined. */
export function readSession(raw: unknown, instrument: Instrument): WorkshopSession | undefined {
  if (!isMap(raw) || raw.version !== SESSION_VERSION || !isMap(raw.instrument) || !isMap(raw.votes)) return undefined;
  if (raw.instrument.id !== instrument.id || raw.instrument.version !== instrument.version) return undefined;
  const all = questionsOf(instrument);
  if (typeof raw.position !== 'number' || !Number.isInteger(raw.position) || raw.position < 0 || raw.position > all.length) return undefined;
  const values = new Set(instrument.scale.map((p) => p.value));
  const votes: Record<string, AnswerValue[]> = {};
  for (const [id, v] of Object.entries(raw.votes)) {
    if (!all.some((s) => s.question.id === id) || !Array.isArray(v) || v.length > MAX_VOTES) return undefined;
    if (!v.every((x) => (x === null && instrument.dontKnow) || (typeof x === 'number' && values.has(x)))) return undefined;
    votes[id] = v as AnswerValue[];
  }
  return { version: SESSION_VERSION, instrument: { id: instrument.id, version: instrument.version }, position: raw.position, votes };
}

/** The spread of a statement's votes: the count per scale point, the "don't know" count, and whether the room disagrees. */
export function voteSpread(instrument: Instrument, votes: readonly AnswerValue[], lang: Lang): { counts: { value: number; label: string; count: number }[]; dontKnow: number; disagreement: boolean } {
  const counts = instrument.scale.map((p) => ({ value: p.value, label: tr(p.label, lang), count: votes.filter((v) => v === p.value).length }));
  return { counts, dontKnow: votes.filter((v) => v === null).length, disagreement: disagrees(counts.map((c) => c.count), 0) };
}

/**
 * The workshop's result as an aggregate, scored by pooled votes (see pooled-votes.ts): the room counts as many
 * participants as the most votes cast on one statement, and has no groups.
 */
export function buildWorkshopAggregate(instrument: Instrument, matrix: Matrix | undefined, session: WorkshopSession, ctx: AggregateContext): Aggregate {
  const tally = newTally(instrument);
  const most = Math.max(0, ...Object.values(session.votes).map((v) => v.length));
  const ids = questionIds(instrument);
  for (let i = 0; i < most; i++) countAnswers(tally, instrument, ids.map((id) => session.votes[id]?.[i]));
  return assemble(instrument, matrix, { team: { tally, respondents: most }, groups: [], ungrouped: 0 }, pooledVotes, ctx);
}
