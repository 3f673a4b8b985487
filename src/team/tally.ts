import { MIN_ANSWERED_SHARE, scoreSheet } from '../core/score.js';
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
  const questions = instrument.dimensions.flatMap((d) => d.questions);
  return {
    respondents: 0,
    dimScores: instrument.dimensions.map(() => []),
    unscored: instrument.dimensions.map(() => 0),
    answers: questions.map(() => new Array<number>(instrument.scale.length + 1).fill(0)),
  };
}

/** Adds one respondent's complete answers to a tally (scored exactly as a single result). */
export function addRespondent(tally: Tally, instrument: Instrument, answers: Record<string, AnswerValue>, scores = respondentScores(instrument, answers)): void {
  tally.respondents++;
  scores.forEach((score, i) => {
    if (score === null) tally.unscored[i]!++;
    else tally.dimScores[i]!.push(score);
  });
  countAnswers(tally, instrument, answers);
}

/** One respondent's unrounded dimension scores (null when not scored), in instrument order. */
export function respondentScores(instrument: Instrument, answers: Record<string, AnswerValue>): (number | null)[] {
  return scoreSheet(instrument, { respondent: {}, answers }).dimensions.map((d) => d.score);
}

/** Counts answers (or a room's votes) per question, without scoring anyone. */
export function countAnswers(tally: Tally, instrument: Instrument, answers: Record<string, AnswerValue>): void {
  const { ids, position } = layoutOf(instrument);
  for (let qi = 0; qi < ids.length; qi++) {
    const v = answers[ids[qi]!];
    if (v === undefined) continue;
    const pos = v === null ? instrument.scale.length : position.get(v);
    if (pos !== undefined) tally.answers[qi]![pos]!++;
  }
}

const layouts = new WeakMap<Instrument, { ids: string[]; position: Map<number, number> }>();

/** The question ids in order and the position of each scale value, worked out once per instrument. */
function layoutOf(instrument: Instrument): { ids: string[]; position: Map<number, number> } {
  let l = layouts.get(instrument);
  if (!l) {
    l = { ids: instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id)), position: new Map(instrument.scale.map((p, i) => [p.value, i])) };
    layouts.set(instrument, l);
  }
  return l;
}

/** Whether a dimension with this many answered questions (out of total) is scored: the single-result rule. */
export function enoughAnswered(answered: number, total: number): boolean {
  return answered > 0 && answered + 1e-9 >= MIN_ANSWERED_SHARE * total;
}

/** Respondents of a team and of each of its groups, summarised as answers arrive (no answer sheet is kept). */
export class TeamTally {
  readonly team: Tally;
  readonly groups = new Map<string, Tally>();
  /** Respondents without a group (when others have one). */
  ungrouped = 0;

  constructor(readonly instrument: Instrument) {
    this.team = newTally(instrument);
  }

  /** Adds a respondent, to the team and to its group. */
  add(answers: Record<string, AnswerValue>, group?: string | null): void {
    const scores = respondentScores(this.instrument, answers);
    addRespondent(this.team, this.instrument, answers, scores);
    const name = group?.trim();
    if (!name) {
      this.ungrouped++;
      return;
    }
    let g = this.groups.get(name);
    if (!g) this.groups.set(name, (g = newTally(this.instrument)));
    addRespondent(g, this.instrument, answers, scores);
  }
}
