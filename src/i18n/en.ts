// The reference catalog: every word the tool shows, in English. Keys are grouped by the part of the tool that uses
// them; each group is its own section so that parts can be edited independently. Entries are a fixed text, or a
// function of parameters and the language's formatter (numbers, plurals, dates, quotes).
import type { Fmt } from './format.js';

/** A catalog entry. */
export type Entry = string | ((p: never, f: Fmt) => string);

export const en = {
  // ==== app & cli (commands, options, the error boundary) ====
  'app.internal': (p: { detail: string }) => `internal error, not your fault. Please report it with what follows:\n${p.detail}`,

  // ==== app & cli: end ====

  // ==== core (validation of instruments, matrices, answers; results; gates) ====

  // ==== core: end ====

  // ==== io (reading files, CSV, folders, writing) ====

  // ==== io: end ====

  // ==== team (aggregate, anonymity, workshop, compare) ====
  'team.note.lowThreshold': (p: { minGroup: number; safeMin: number }) =>
    `Warning: anonymity threshold of ${p.minGroup}, below ${p.safeMin}: individual answers may be guessed. Do not share this report beyond the room.`,
  'team.note.teamHidden': (p: { n: number; minGroup: number }, f: Fmt) =>
    `${f.count(p.n, 'respondent', 'respondents')}, below the anonymity threshold (${p.minGroup}): no figures are shown. Collect more answers, or lower --min-group knowingly.`,
  'team.note.belowThreshold': (p: { n: number; minGroup: number }, f: Fmt) =>
    `${f.count(p.n, 'group', 'groups')} below the anonymity threshold (${p.minGroup}): only ${f.plural(p.n, 'its', 'their')} count is shown.`,
  'team.note.hiddenBySubtraction': (p: { n: number; minGroup: number }, f: Fmt) =>
    `${f.count(p.n, 'more group', 'more groups')} hidden although large enough: otherwise the team minus the groups shown would give away the answers of fewer than ${p.minGroup} respondents.`,
  'team.note.skipped': (p: { n: number }, f: Fmt) => `${f.count(p.n, 'invalid row or file', 'invalid rows or files')} skipped, not counted.`,
  'team.note.ungrouped': (p: { n: number }, f: Fmt) => `${f.count(p.n, 'respondent', 'respondents')} without a group: counted in the team only.`,
  'team.note.dimensionNotScored': (p: { label: string }, f: Fmt) => `${p.label} is not scored for anyone (too many ${f.q("don't know")}).`,
  'team.note.overallNotScored': 'No overall result: every dimension must be scored.',
  'team.note.noMatrix': 'No recommendations: this instrument has no action matrix (pass one with --matrix).',
  'team.vote.empty': "Type the room's votes (for example 4 3 3 2 4 ?), b to go back, q to stop.",
  'team.vote.tooMany': (p: { max: number }) => `At most ${p.max} votes per statement.`,
  'team.vote.notOnScale': (p: { vote: string; values: number[]; dontKnow: boolean }, f: Fmt) =>
    `${/^[+-]?\d+$/.test(p.vote) ? p.vote : f.q(p.vote)} is not on the scale: choose among ${p.values.join(', ')}${p.dontKnow ? ` or ? (don't know)` : ''}. Type the line again.`,
  'team.vote.noDontKnow': (p: { values: number[] }, f: Fmt) =>
    `This instrument has no ${f.q("don't know")} answer: choose among ${p.values.join(', ')}. Type the line again.`,

  // ==== team: end ====

  // ==== render (words of the documents, every format) ====

  // ==== render: end ====
} satisfies Record<string, Entry>;
