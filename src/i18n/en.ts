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

  // ==== team: end ====

  // ==== render (words of the documents, every format) ====

  // ==== render: end ====
} satisfies Record<string, Entry>;
