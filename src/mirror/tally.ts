// One side of the mirror, summarised as respondents are read: answer counts per statement, for the side and for each
// unit. No answer sheet is kept and nobody is scored one by one: the mirror's figures are pooled over answers.
import { visibleName } from '../core/text.js';
import { questionIds } from '../core/score.js';
import type { AnswerValue, Instrument } from '../core/types.js';
import type { RespondentSink } from '../io/team-input.js';
import { ABOUT_EMPLOYEES, leaderViews } from '../core/mirror-family.js';
import { answerIds } from '../core/outcomes.js';
import { addOutcomes, newOutcomeTallies, type OutcomeTally } from '../team/outcomes.js';

/** Answer counts of a set of respondents: per statement (instrument order), one count per scale point, then "don't know". */
export interface Counts {
  respondents: number;
  /** counts[q × width + p]: answers of statement q at scale position p (p = scale length: don't know). */
  counts: Uint32Array;
  /** Positions per statement: scale length + 1. */
  width: number;
  /**
   * Per dimension, six running sums over the respondents who answered one of its statements on the scale (the
   * respondent as the unit of the favourable %'s interval): [respondents, Σk, Σm, Σk², Σkm, Σm²], k favourable answers of m.
   */
  moments: Float64Array;
}

/** The running sums kept per dimension in `Counts.moments`. */
export const MOMENTS = 6;

/** Empty counts for an instrument. */
export function newCounts(instrument: Instrument): Counts {
  const width = instrument.scale.length + 1;
  return { respondents: 0, counts: new Uint32Array(questionIds(instrument).length * width), width, moments: new Float64Array(instrument.dimensions.length * MOMENTS) };
}

/** A side's respondents (employees, customers or leaders), as the readers hand them over; each unit's too. */
export class SideTally implements RespondentSink {
  readonly all: Counts;
  readonly units = new Map<string, Counts>();
  /** Respondents without a unit. */
  unitless = 0;
  private readonly ids: string[];
  /** The statement ids, then the outcome ids: the order of a respondent's values. */
  private readonly keys: string[];
  private readonly position: Map<number, number>;
  /** Per statement, its dimension's index; per scale position, whether the answer is favourable; scratch k and m. */
  private readonly dimOf: Int32Array;
  private readonly favourable: boolean[];
  private readonly k: Float64Array;
  private readonly m: Float64Array;

  constructor(readonly instrument: Instrument) {
    this.all = newCounts(instrument);
    this.outcomes = newOutcomeTallies(instrument);
    this.ids = questionIds(instrument);
    this.keys = answerIds(instrument);
    this.position = new Map(instrument.scale.map((p, i) => [p.value, i]));
    this.dimOf = Int32Array.from(instrument.dimensions.flatMap((d, i) => d.questions.map(() => i)));
    const mid = (instrument.scale[0]!.value + instrument.scale[instrument.scale.length - 1]!.value) / 2;
    this.favourable = instrument.scale.map((p) => p.value > mid);
    this.k = new Float64Array(instrument.dimensions.length);
    this.m = new Float64Array(instrument.dimensions.length);
  }

  /** The side's outcome questions (the recommendation answers), for the whole side. */
  readonly outcomes: OutcomeTally[];

  /** Adds a respondent's answers by question id, outcome questions too (the group is not used by the mirror). */
  add(answers: Record<string, AnswerValue>, _group?: string | null, unit?: string | null): void {
    this.addOrdered(this.keys.map((id) => answers[id] ?? null), _group, unit);
  }

  /** Adds a respondent's answers in instrument order, to the side and to its unit. */
  addOrdered(values: readonly AnswerValue[], _group?: string | null, unit?: string | null): void {
    this.count(this.all, values);
    if (values.length > this.ids.length) addOutcomes(this.outcomes, this.instrument, values, this.ids.length, []);
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
    const { k, m, dimOf, favourable } = this;
    k.fill(0);
    m.fill(0);
    for (let q = 0; q < values.length && q < this.ids.length; q++) {
      const v = values[q];
      if (v === undefined) continue;
      const p = v === null ? dontKnow : this.position.get(v);
      if (p === undefined) continue;
      c.counts[q * c.width + p]!++;
      if (p < dontKnow && q < dimOf.length) {
        m[dimOf[q]!]!++;
        if (favourable[p]) k[dimOf[q]!]!++;
      }
    }
    for (let d = 0; d < m.length; d++) {
      const md = m[d]!;
      if (!md) continue;
      const kd = k[d]!;
      const o = d * MOMENTS;
      c.moments[o]!++;
      c.moments[o + 1]! += kd;
      c.moments[o + 2]! += md;
      c.moments[o + 3]! += kd * kd;
      c.moments[o + 4]! += kd * md;
      c.moments[o + 5]! += md * md;
    }
  }
}

/**
 * The leaders' respondents, read against their whole instrument and tallied as two beliefs (see `leaderViews`): what
 * they believe customers experience, and what they believe employees experience when the instrument asks it.
 */
export class LeadersTally implements RespondentSink {
  readonly customers: SideTally;
  readonly employees: SideTally | null;
  /** Per belief, the position in the whole instrument of each of its statements. */
  readonly positions: { customers: number[]; employees: number[] };
  /** The leaders' outcome questions (their predictions of employees' and customers' recommendation), over the whole side. */
  readonly outcomes: OutcomeTally[];
  private readonly ids: string[];
  /** The statement ids, then the outcome ids: the order of a respondent's values. */
  private readonly keys: string[];

  constructor(readonly instrument: Instrument) {
    this.outcomes = newOutcomeTallies(instrument);
    const views = leaderViews(instrument);
    this.customers = new SideTally(views.customers);
    this.employees = views.employees ? new SideTally(views.employees) : null;
    this.ids = questionIds(instrument);
    this.keys = answerIds(instrument);
    const about = this.ids.map((id) => id.startsWith(ABOUT_EMPLOYEES));
    const where = (employees: boolean) => about.flatMap((e, i) => (e === employees ? [i] : []));
    this.positions = { customers: where(false), employees: where(true) };
  }

  /** Adds a leader's answers by question id. */
  add(answers: Record<string, AnswerValue>, group?: string | null, unit?: string | null): void {
    this.addOrdered(this.keys.map((id) => answers[id] ?? null), group, unit);
  }

  /** Adds a leader's answers in the whole instrument's order (outcome answers after the statements), to each belief. */
  addOrdered(values: readonly AnswerValue[], group?: string | null, unit?: string | null): void {
    if (values.length > this.ids.length) addOutcomes(this.outcomes, this.instrument, values, this.ids.length, []);
    this.customers.addOrdered(this.positions.customers.map((i) => values[i] ?? null), group, unit);
    this.employees?.addOrdered(this.positions.employees.map((i) => values[i] ?? null), group, unit);
  }
}
