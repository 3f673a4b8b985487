import type { Overlap } from './overlap.js';
import type { DocumentHeader } from '../core/document.js';
// The team view as a document: the types `aggregate --format json` writes (schemaVersion 1, kind "aggregate", see
// schemas/aggregate.schema.json). Plain data, no prose: notes and the warning are coded messages, turned into text at
// the edge.
import type { Recommendation } from '../core/result.js';
import type { Lang } from '../core/types.js';
import type { Code, Message } from '../i18n/index.js';
import type { CommentsView } from './comments.js';

export interface AggLevelShare {
  level: number;
  label: string;
  count: number;
  percent: number;
  /** The 95 % Wilson interval of the percent (see intervals.ts); null when withheld. */
  ci?: [number, number] | null;
}

/** What every published team figure carries (SPEC.md "Uncertainty"): its contributors and its 95 % interval, rounded like it. */
export interface Uncertain {
  /** The contributors the figure rests on. */
  n?: number | null;
  /** The 95 % interval, rounded like the figure; null for a withheld figure or one without an interval. */
  ci?: [number, number] | null;
  /** The neighbouring level whose threshold the interval contains, when the level is borderline. */
  borderline?: number | null;
}

/** A dimension's team figures (per-respondent statistics are null for a workshop, whose votes are not linked). */
export interface AggDimension extends Uncertain {
  id: string;
  label: string;
  score: number | null;
  scoreExact: number | null;
  level: number | null;
  levelLabel: string | null;
  scored: number | null;
  unscored: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  stdDevPopulation: number | null;
  levels: AggLevelShare[];
}

/** The answers given to one statement. */
export interface AggQuestion {
  id: string;
  dimension: string;
  text: string;
  answers: { value: number; label: string; count: number }[];
  dontKnow: number;
  answered: number;
  mean: number | null;
  stdDevPopulation: number | null;
  disagreement: boolean;
  /** The respondents who answered it on the scale, and the 95 % t-interval of the mean (on the scale). */
  n?: number;
  ci?: [number, number] | null;
  /** Tastle and Wierman's consensus of the answers, 0 (split between the ends) to 1 (all alike). */
  agreement?: number | null;
}

export interface AggOverall extends Uncertain {
  /** The population standard deviation of the overall of the respondents scored on every dimension (for the interval of a change). */
  stdDevPopulation?: number | null;
  score: number | null;
  scoreExact: number | null;
  level: number | null;
  levelLabel: string | null;
}

/** The team or one group: its count always; its figures only when it is shown (see anonymity.ts). */
export interface GroupView {
  name: string | null;
  respondents: number;
  shown: boolean;
  /** Why a group is not shown: fewer respondents than the threshold, or hidden so that subtraction gives no smaller set away. */
  hiddenBy?: 'threshold' | 'subtraction';
  /** With `--population FILE`: the people invited in this group and its response rate, %. */
  population?: { invited: number; responseRate: number };
  overall: AggOverall | null;
  dimensions: AggDimension[] | null;
  questions: AggQuestion[] | null;
  /** The outcome questions' figures (absent when the instrument has none or the set is not shown). */
  outcomes?: AggOutcome[] | null;
}

/**
 * An outcome question's figures: `answered` always; from the threshold on, the mean (with its t-interval) and, for a
 * 0–10 recommendation question, the NPS (−100…100, % promoters − % detractors) with its adjusted-Wald 95 % interval.
 */
export interface AggOutcome {
  id: string;
  text: string;
  scale: { min: number; max: number };
  answered: number;
  /** The contributors the figures rest on (null when withheld). */
  n: number | null;
  nps: number | null;
  ci: [number, number] | null;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  mean: number | null;
  meanCi: [number, number] | null;
}

/** Driver impact of the dimensions on one outcome (team only), or why there is none. */
export interface AggDrivers {
  outcome: string;
  /** The fewest contributors a correlation is computed from. */
  minimum: number;
  /** The respondents who answered the outcome. */
  contributors: number;
  /** Why no driver is shown: too few contributors, or the team itself is not shown; null when they are. */
  reason: 'too-few' | 'team-hidden' | null;
  /** The dimension score below which an impactful dimension is a priority (the mean of the team's dimension scores). */
  performanceCut?: number | null;
  dimensions: AggDriver[];
}

/** One dimension's impact on an outcome: Pearson's r of respondents' scores with their answers, its Fisher-z interval. */
export interface AggDriver {
  id: string;
  label: string;
  score: number | null;
  n: number;
  r: number | null;
  ci: [number, number] | null;
  /** The interval lies above 0. */
  significant: boolean;
  role: 'priority' | 'strength' | null;
}

/** The perception gap of a dimension: highest minus lowest score among the groups shown. */
export interface Gap {
  dimension: string;
  label: string;
  gap: number;
  gapExact: number;
  high: { group: string; score: number };
  low: { group: string; score: number };
  /** The Welch 95 % interval of the gap, and whether it is real ('improved': the interval excludes 0) or within the noise. */
  ci?: [number, number] | null;
  verdict?: 'improved' | 'declined' | 'within-noise' | null;
}

/** A statement where people disagree, to discuss first. */
export interface Discuss {
  question: string;
  dimension: string;
  text: string;
  mean: number | null;
  stdDevPopulation: number | null;
}

/** A coded message of one of the given codes. */
type MessageOf<C extends Code> = Extract<Message, { code: C }>;

/** The warning every output carries when the anonymity threshold is below the safe minimum. */
export type LowThresholdWarning = MessageOf<'team.note.lowThreshold'>;

/** A note of the team view: a coded message, with the id of what it is about when it is about one thing. */
export type AggNote =
  | MessageOf<Exclude<Extract<Code, `team.note.${string}`>, 'team.note.dimensionNotScored'>>
  | (MessageOf<'team.note.dimensionNotScored'> & { dimension: string });

/** Where a team view comes from: respondents' answers (files, CSV, the room) or a workshop's pooled votes. */
export type AggregateSource = 'respondents' | 'workshop' | 'room';

/** A team's view, as written by `aggregate --format json` (schemaVersion 1, kind "aggregate"). */
export interface Aggregate extends DocumentHeader<'aggregate'> {
  source: AggregateSource;
  anonymity: { minGroup: number; warning: LowThresholdWarning | null };
  respondents: number;
  skipped: number;
  ungrouped: number;
  scale: { min: number; max: number };
  levels: { level: number; min: number; label: string }[];
  team: GroupView;
  groups: GroupView[];
  gaps: Gap[];
  discuss: Discuss[];
  recommendations: Recommendation[];
  /** The "start here" action ids, in order. */
  focus: string[];
  posture: string | null;
  notes: AggNote[];
  /** The anonymous comments: shown only from `minComments` on, whole team only, sorted, masked. */
  comments: CommentsView;
  /** The number of people invited (`--population`) and the response rate, %; null when not given. */
  population?: { invited: number; responseRate: number } | null;
  /** Driver impact per outcome question (absent when the instrument has none). */
  drivers?: AggDrivers[];
  /** How precise the figures are: the largest half-width of the team's dimension intervals, and the smallest difference between two groups that could be read. */
  precision?: { margin: number; groupDifference: number | null } | null;
}

/** What building a team view needs besides the answers. */
export interface AggregateContext {
  tool: { name: string; version: string };
  lang: Lang;
  generatedAt: string;
  schemaUrl: string;
  minGroup: number;
  skipped?: number;
  /** The respondents' comments, and how many are needed before any is shown. */
  comments?: readonly string[];
  minComments?: number;
  /** Where the answer sheets come from, when not files (the room). */
  source?: AggregateSource;
  /** The number of people invited (finite-population correction of the team's intervals, response rate). */
  population?: number;
  /** Per group, the people invited (`--population FILE`): the groups' intervals take the correction too. */
  groupPopulations?: ReadonlyMap<string, number>;
  /** The register's verdict (overlap.ts): per set (null: the team), its figures that nearly repeat a released one; `allowed`: shown anyway. */
  overlap?: { of: (group: string | null) => Overlap[]; allowed: boolean };
}
