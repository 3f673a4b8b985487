import type { Dimension, Instrument, Question } from './types.js';

/** A question with its dimension and the dimension's place in the instrument. */
export interface PlacedQuestion {
  question: Question;
  dimension: Dimension;
  dimensionIndex: number;
}

const cache = new WeakMap<Instrument, PlacedQuestion[]>();

/** Every question of an instrument, in order, with its dimension (computed once per instrument). */
export function questionsOf(instrument: Instrument): readonly PlacedQuestion[] {
  let list = cache.get(instrument);
  if (!list) {
    list = instrument.dimensions.flatMap((dimension, dimensionIndex) => dimension.questions.map((question) => ({ question, dimension, dimensionIndex })));
    cache.set(instrument, list);
  }
  return list;
}
