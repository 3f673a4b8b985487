// What two documents read side by side would give away (SPEC.md "Privacy"): each answer sheet a document rests on is
// known by a salted fingerprint of its content and by which figures it counts in (never the answers).
// A figure (a statement, or a dimension: its statements) rests on the sheets that answered it; when a figure about to
// be published rests on a set of sheets that differs from the set of an earlier released figure by more than none and
// fewer than the threshold, subtracting one from the other would give those few sheets away: it is withheld.
import { createHash } from 'node:crypto';
import { questionsOf } from '../core/model.js';
import { dimensionScores, questionIds } from '../core/score.js';
import { visibleName } from '../core/text.js';
import type { AnswerValue, Instrument } from '../core/types.js';
import type { RespondentSink } from '../io/team-input.js';

/** One answer sheet as the register knows it: its fingerprint and, per figure (dimensions, then statements), whether it counts in it. */
export interface SheetPrint {
  id: string;
  answered: Uint8Array;
}

/** A set of sheets that was (or is about to be) published: the team, a group, a side, a unit. */
export interface PrintSet {
  scope: string;
  sheets: SheetPrint[];
}

/** Why a figure is withheld: the earlier set it nearly repeats, and by how many sheets they differ. */
export interface Overlap {
  /** Figure index: dimensions first (instrument order), then statements. */
  figure: number;
  earlier: string;
  difference: number;
}

/**
 * Fingerprints answer sheets as they are read: SHA-256 of the salt and the sheet's answers in instrument order, with
 * the number of earlier identical sheets (so that two people answering alike stay two).
 */
export class SheetPrinter {
  private readonly seen = new Map<string, number>();
  constructor(private readonly salt: string) {}

  /** The print of a sheet given in instrument order, with the figures it counts in. */
  print(values: readonly AnswerValue[], figures: Uint8Array): SheetPrint {
    const hash = createHash('sha256').update(this.salt).update(JSON.stringify(values)).digest('base64url').slice(0, 22);
    const k = this.seen.get(hash) ?? 0;
    this.seen.set(hash, k + 1);
    return { id: k ? `${hash}.${k}` : hash, answered: figures };
  }
}

/**
 * Which figures a sheet counts in (dimensions in instrument order, then statements): a statement when answered on the
 * scale; a dimension when scored (`scored`: a team view scores each respondent) or else when one of its statements is
 * answered (the mirror pools answers).
 */
export function contributionOf(instrument: Instrument, scored: boolean): (values: readonly AnswerValue[]) => Uint8Array {
  const dimensionOf = questionsOf(instrument).map((q) => q.dimensionIndex);
  const nd = instrument.dimensions.length;
  return (values) => {
    const out = new Uint8Array(nd + dimensionOf.length);
    values.forEach((v, q) => {
      if (typeof v !== 'number' || q >= dimensionOf.length) return;
      out[nd + q] = 1;
      if (!scored) out[dimensionOf[q]!] = 1;
    });
    if (scored) dimensionScores(instrument, values).forEach((x, i) => (out[i] = x === null ? 0 : 1));
    return out;
  };
}

/** The ids of the sheets of a set that count in a figure. */
function contributors(sheets: readonly SheetPrint[], figure: number): Set<string> {
  const out = new Set<string>();
  for (const s of sheets) if (s.answered[figure] === 1) out.add(s.id);
  return out;
}

/**
 * The figures of a set to withhold against the sets released earlier: those whose contributors differ from the same
 * figure's contributors in an earlier set by more than none and fewer than `t` sheets (the first such earlier set named).
 */
export function overlaps(set: PrintSet, earlier: readonly PrintSet[], figures: number, t: number): Overlap[] {
  const out: Overlap[] = [];
  for (let f = 0; f < figures; f++) {
    const mine = contributors(set.sheets, f);
    if (mine.size === 0) continue;
    for (const e of earlier) {
      const theirs = contributors(e.sheets, f);
      if (theirs.size === 0) continue;
      let difference = 0;
      for (const id of mine) if (!theirs.has(id)) difference++;
      for (const id of theirs) if (!mine.has(id)) difference++;
      if (difference > 0 && difference < t) {
        out.push({ figure: f, earlier: e.scope, difference });
        break;
      }
    }
  }
  return out;
}

/** A sheet read for a document: its print, and the group and unit it was read with (as the tallies name them). */
export interface PrintedSheet {
  print: SheetPrint;
  group: string | null;
  unit: string | null;
}

/** A sink that hands every sheet on to a tally and keeps its print (the answers themselves are not kept). */
export class PrintingSink implements RespondentSink {
  readonly sheets: PrintedSheet[] = [];
  private readonly ids: string[];

  constructor(
    private readonly inner: RespondentSink,
    instrument: Instrument,
    private readonly printer: SheetPrinter,
    private readonly contribution: (values: readonly AnswerValue[]) => Uint8Array,
  ) {
    this.ids = questionIds(instrument);
  }

  /** Adds a sheet by question id. */
  add(answers: Record<string, AnswerValue>, group?: string | null, unit?: string | null): void {
    this.inner.add(answers, group, unit);
    this.keep(this.ids.map((id) => answers[id] ?? null), group, unit);
  }

  /** Adds a sheet in instrument order. */
  addOrdered(values: readonly AnswerValue[], group?: string | null, unit?: string | null): void {
    this.inner.addOrdered(values, group, unit);
    this.keep(values, group, unit);
  }

  /** Hands a comment on. */
  comment(text: string): void {
    this.inner.comment?.(text);
  }

  private keep(values: readonly AnswerValue[], group?: string | null, unit?: string | null): void {
    this.sheets.push({ print: this.printer.print(values, this.contribution(values)), group: group ? visibleName(group) || null : null, unit: unit ? visibleName(unit) || null : null });
  }

  /** The prints of the sheets of a group or unit (null: all of them). */
  setOf(scope: string, by: 'group' | 'unit', name: string | null): PrintSet {
    return { scope, sheets: this.sheets.filter((s) => name === null || s[by] === name).map((s) => s.print) };
  }
}
