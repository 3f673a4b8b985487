import { questionsOf } from '../core/model.js';
import { dimensionScores, questionIds } from '../core/score.js';
import type { AnswerValue, Instrument } from '../core/types.js';

/** The running summary of a set of respondents: per-respondent dimension scores (for medians) and answer counts. */
export interface Tally {
  respondents: number;
  /** Per dimension (instrument order), the unrounded scores of the respondents for whom it is scored. */
  dimScores: number[][];
  /** Per dimension, how many respondents it is not scored for (too many "don't know"). */
  unscored: number[];
  /** Per question (instrument order), the count of each answer: one per scale point, then "don't know". */
  answers: number[][];
}

/** An empty tally for an instrument. */
export function newTally(instrument: Instrument): Tally {
  const questions = questionsOf(instrument).map((q) => q.question);
  return {
    respondents: 0,
    dimScores: instrument.dimensions.map(() => []),
    unscored: instrument.dimensions.map(() => 0),
    answers: questions.map(() => new Array<number>(instrument.scale.length + 1).fill(0)),
  };
}

/** Adds one respondent (answers in instrument order, scored once by the caller) to a tally. */
function addRespondent(tally: Tally, instrument: Instrument, values: readonly AnswerValue[], scores: readonly (number | null)[]): void {
  tally.respondents++;
  scores.forEach((score, i) => {
    if (score === null) tally.unscored[i]!++;
    else tally.dimScores[i]!.push(score);
  });
  countAnswers(tally, instrument, values);
}

/** Counts answers (or a room's votes) per question, given in instrument order (undefined: no answer), without scoring anyone. */
export function countAnswers(tally: Tally, instrument: Instrument, values: readonly (AnswerValue | undefined)[]): void {
  const position = positionsOf(instrument);
  const dontKnow = instrument.scale.length;
  for (let qi = 0; qi < values.length; qi++) {
    const v = values[qi];
    if (v === undefined) continue;
    const pos = v === null ? dontKnow : position.get(v);
    if (pos !== undefined) tally.answers[qi]![pos]!++;
  }
}

const positions = new WeakMap<Instrument, Map<number, number>>();

/** The position of each scale value, worked out once per instrument. */
function positionsOf(instrument: Instrument): Map<number, number> {
  let p = positions.get(instrument);
  if (!p) positions.set(instrument, (p = new Map(instrument.scale.map((point, i) => [point.value, i]))));
  return p;
}

/** Respondents of a team and of each of its groups, summarised as answers arrive (no answer sheet is kept). */
export class TeamTally {
  readonly team: Tally;
  readonly groups = new Map<string, Tally>();
  /** Respondents without a group (when others have one). */
  ungrouped = 0;
  /** The respondents' anonymous comments, never linked to anyone (the team view sorts and masks them). */
  readonly comments: string[] = [];

  /** Keeps a respondent's anonymous comment. */
  comment(text: string): void {
    this.comments.push(text);
  }

  private readonly ids: string[];

  constructor(readonly instrument: Instrument) {
    this.team = newTally(instrument);
    this.ids = questionIds(instrument);
  }

  /** Adds a respondent's answers (by question id), to the team and to its group. */
  add(answers: Record<string, AnswerValue>, group?: string | null): void {
    this.addOrdered(this.ids.map((id) => answers[id] ?? null), group);
  }

  /** Adds a respondent's answers given in instrument order, to the team and to its group. */
  addOrdered(values: readonly AnswerValue[], group?: string | null): void {
    const scores = dimensionScores(this.instrument, values);
    addRespondent(this.team, this.instrument, values, scores);
    const name = group?.trim();
    if (!name) {
      this.ungrouped++;
      return;
    }
    let g = this.groups.get(name);
    if (!g) this.groups.set(name, (g = newTally(this.instrument)));
    addRespondent(g, this.instrument, values, scores);
  }
}
