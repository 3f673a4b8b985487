// One side of the mirror, summarised as respondents are read: answer counts per statement, for the side and for each
// unit. No answer sheet is kept and nobody is scored one by one: the mirror's figures are pooled over answers.
import { visibleName } from '../core/text.js';
import { questionIds } from '../core/score.js';
import type { AnswerValue, Instrument } from '../core/types.js';
import type { RespondentSink } from '../io/team-input.js';

/** Answer counts of a set of respondents: per statement (instrument order), one count per scale point, then "don't know". */
export interface Counts {
  respondents: number;
  /** counts[q × width + p]: answers of statement q at scale position p (p = scale length: don't know). */
  counts: Uint32Array;
  /** Positions per statement: scale length + 1. */
  width: number;
}

/** Empty counts for an instrument. */
export function newCounts(instrument: Instrument): Counts {
  const width = instrument.scale.length + 1;
  return { respondents: 0, counts: new Uint32Array(questionIds(instrument).length * width), width };
}

/** A side's respondents (employees, customers or leaders), as the readers hand them over; each unit's too. */
export class SideTally implements RespondentSink {
  readonly all: Counts;
  readonly units = new Map<string, Counts>();
  /** Respondents without a unit. */
  unitless = 0;
  private readonly ids: string[];
  private readonly position: Map<number, number>;

  constructor(readonly instrument: Instrument) {
    this.all = newCounts(instrument);
    this.ids = questionIds(instrument);
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
    for (let q = 0; q < values.length; q++) {
      const v = values[q];
      if (v === undefined) continue;
      const p = v === null ? dontKnow : this.position.get(v);
      if (p !== undefined) c.counts[q * c.width + p]!++;
    }
  }
}
