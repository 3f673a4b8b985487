/** A text in several languages (normalised: a plain string in a file becomes `{ '*': text }`). */
export type Text = Readonly<Record<string, string>>;

/** Languages of the interface. */
export type { Lang } from '../i18n/index.js';
import type { Message } from '../i18n/index.js';

export const MOMENTS = ['before', 'during', 'after'] as const;
export type Moment = (typeof MOMENTS)[number];

export const HORIZONS = ['quick-win', '3-months', '12-months'] as const;
export type Horizon = (typeof HORIZONS)[number];

/**
 * Who carries an action: `customer` is the customer-facing side (for the mirror); for ex-25 `teams` only contribute.
 * Ids are a public interface: new roles are added at the end, never renamed. `cse` (the works council) only
 * contributes: it is consulted, it does not carry an employer's action.
 */
export const OWNERS = ['leadership', 'hr', 'managers', 'teams', 'customer', 'sales', 'operations', 'executive-committee', 'internal-comms', 'it', 'facilities', 'payroll', 'marketing', 'cse'] as const;
export type Owner = (typeof OWNERS)[number];

export interface ScalePoint {
  value: number;
  label: Text;
  /** What the answer means concretely ("true everywhere or almost"), said before the first statement. */
  meaning?: Text;
}

export interface Level {
  level: number;
  min: number;
  label: Text;
  description?: Text;
}

export interface Question {
  id: string;
  text: Text;
  moment?: Moment;
  /** Former texts of the statement (same meaning), so that older form exports still import. */
  aliases?: Text[];
  /** A conditional statement ("when I complain…"): respondents may answer that it has not happened to them. */
  notApplicable?: boolean;
}

export interface Dimension {
  id: string;
  label: Text;
  description?: Text;
  questions: Question[];
}

/**
 * An outcome question, asked outside the dimensions on its own scale (the recommendation question, 0–10): never part
 * of a dimension score or level. `teamOnly`: asked in team use (forms, the room, the printed questionnaire), not in
 * the individual interview.
 */
export interface Outcome {
  id: string;
  text: Text;
  min: number;
  max: number;
  /** The labels of the two ends of the scale ("not at all likely", "extremely likely"). */
  low?: Text;
  high?: Text;
  teamOnly?: boolean;
}

/** A questionnaire: dimensions of statements answered on one scale, and the maturity levels. */
export interface Instrument {
  id: string;
  version: string;
  title?: Text;
  description?: Text;
  /** Languages every text must exist in (empty when the file declares none). */
  languages: string[];
  foundation?: string;
  scale: ScalePoint[];
  dontKnow?: { label: Text; meaning?: Text };
  /** Said before the first statement: who "employees" are, how to answer. */
  intro?: Text;
  /** The information notice respondents are owed (GDPR art. 13/14: controller, purpose, retention, contact and rights), filled in by whoever runs the survey. */
  notice?: Text;
  levels: Level[];
  dimensions: Dimension[];
  /** Outcome questions outside the dimensions (absent: none). */
  outcomes?: Outcome[];
  /** Statement ids no longer asked because their meaning changed: an answer to one is refused, naming its successor. */
  retired?: RetiredQuestion[];
}

/** A statement id an instrument no longer asks: the version that retired it and the statement that took its place. */
export interface RetiredQuestion {
  id: string;
  since: string;
  replacedBy?: string;
}

export interface Action {
  id: string;
  title: Text;
  detail?: Text;
  horizon?: Horizon;
  owner?: Owner;
  /** Who takes part without being accountable. */
  contributors?: Owner[];
  /** The question ids the action improves. */
  addresses?: string[];
  /** How you know it is done. */
  done?: Text;
  /** What to follow afterwards. */
  indicator?: Text;
}

/** The actions to take for each dimension at each level, and a posture per overall level. */
export interface Matrix {
  instrument: string;
  overall: Record<number, Text>;
  dimensions: Record<string, Record<number, Action[]>>;
}

/** A scale value, or null for "don't know". */
export type AnswerValue = number | null;

export interface Respondent {
  group?: string;
  /** The unit (a store, an agency, a team) for the customer–employee mirror. */
  unit?: string;
  label?: string;
}

/** One respondent's complete answers to an instrument. */
export interface AnswerSheet {
  instrument?: string;
  respondent: Respondent;
  answers: Record<string, AnswerValue>;
  /** The answers to the instrument's outcome questions (by id; null: not answered), when it has any. */
  outcomes?: Record<string, number | null>;
  /** An optional anonymous free text (the top-level `comment:` of an answers file). */
  comment?: string;
}

/** A dimension's unrounded score (0–100) and level; both null when too few questions are answered. */
export interface DimensionScore {
  id: string;
  score: number | null;
  level: number | null;
  answered: number;
  total: number;
}

/** Everything computed from one answer sheet, unrounded. */
export interface Scores {
  dimensions: DimensionScore[];
  overall: { score: number | null; level: number | null };
}

/** A problem found in a file, located by its path inside the data (the I/O layer turns it into a line). */
export type Issue = { path: (string | number)[] } & Message;
