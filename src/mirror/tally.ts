// One side of the mirror, summarised as respondents are read: answer counts per statement, for the side and for each
// unit. No answer sheet is kept and nobody is scored one by one: the mirror's figures are pooled over answers.
import { visibleName } from '../core/text.js';
import { questionsOf } from '../core/model.js';
import { questionIds } from '../core/score.js';
import type { AnswerValue, Instrument } from '../core/types.js';
import type { RespondentSink } from '../io/team-input.js';

/** Answer counts of a set of respondents: per statement (instrument order), one count per scale point, then "don't know". */
export interface Counts {
  respondents: number;
  /** Per dimension (instrument order), the respondents who answered at least one of its statements on the scale. */
  dimContributors: Uint32Array;
  /** counts[q × width + p]: answers of statement q at scale position p (p = scale length: don't know). */
  counts: Uint32Array;
  /** Positions per statement: scale length + 1. */
  width: number;
}

/** Empty counts for an instrument. */
export function newCounts(instrument: Instrument): Counts {
  const width = instrument.scale.length + 1;
  return { respondents: 0, dimContributors: new Uint32Array(instrument.dimensions.length), counts: new Uint32Array(questionIds(instrument).length * width), width };
}

/** A side's respondents (employees, customers or leaders), as the readers hand them over; each unit's too. */
export class SideTally implements RespondentSink {
  readonly all: Counts;
  readonly units = new Map<string, Counts>();
  /** Respondents without a unit. */
  unitless = 0;
  private readonly ids: string[];
  private readonly position: Map<number, number>;

  /** The dimension of each statement (instrument order). */
  private readonly dimensionOf: number[];
  /** Scratch: the dimensions the current respondent answered on the scale. */
  private readonly answered: Uint8Array;

  constructor(readonly instrument: Instrument) {
    this.all = newCounts(instrument);
    this.ids = questionIds(instrument);
    this.dimensionOf = questionsOf(instrument).map((q) => q.dimensionIndex);
    this.answered = new Uint8Array(instrument.dimensions.length);
    this.position = new Map(instrument.scale.map((p, i) => [p.value, i]));
  }

  /** Adds a respondent's answers by question id (the group is not used by the mirror). */
  add(answers: Record<string, AnswerValue>, _group?: string | null, unit?: string | null): void {
    this.addOrdered(this.ids.map((id) => answers[id] ?? null), _group, unit);
  }

  /** Adds a respondent's answers in instrument order, to the side and to its unit. */
  addOrdered(values: readonly AnswerValue[], _group?: string | null, unit?: string | null): void {
    this.count(this.all, values);
    const name = unit ? visibleName(unit) : undefined;
    if (!name) {
      this.unitless++;
      return;
    }
    let u = this.units.get(name);
    if (!u) this.units.set(name, (u = newCounts(this.instrument)));
    this.count(u, values);
  }

  private count(c: Counts, values: readonly AnswerValue[]): void {
    c.respondents++;
    const dontKnow = c.width - 1;
    const answered = this.answered.fill(0);
    for (let q = 0; q < values.length; q++) {
      const v = values[q];
      if (v === undefined) continue;
      const p = v === null ? dontKnow : this.position.get(v);
      if (p !== undefined) c.counts[q * c.width + p]!++;
      if (p !== undefined && p !== dontKnow && q < this.dimensionOf.length) answered[this.dimensionOf[q]!] = 1;
    }
    for (let i = 0; i < answered.length; i++) c.dimContributors[i]! += answered[i]!;
  }
}
