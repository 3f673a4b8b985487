import type { ActionText } from '../core/plan.js';
import type { PlanStatus } from '../core/action-plan.js';
// The customer–employee mirror as a document: the types `mirror --format json` writes (schemaVersion 1, kind "mirror",
// see schemas/mirror.schema.json). Plain data, no prose: notes and the warning are coded messages.
import type { MirrorReading, Reading } from '../core/mirror-matrix.js';
import type { Side } from '../core/mirror-family.js';
import type { DocumentHeader } from '../core/document.js';
import type { Code, Message } from '../i18n/index.js';
import type { LowThresholdWarning } from '../team/document.js';
import type { GroupVisibility } from '../team/anonymity.js';
import type { Thresholds } from './figures.js';
import type { MirrorOutcomes } from './outcomes.js';

/** One side's figures on a dimension or a statement: rounded for display, unrounded kept for compare. */
export interface SideFigures {
  respondents: number;
  answered: number;
  favourable: number | null;
  favourableExact: number | null;
  score: number | null;
  scoreExact: number | null;
  /** The respondents the favourable % rests on, and its 95 % interval (see intervals.ts). */
  n?: number;
  ci?: [number, number] | null;
  /** The respondents who answered what the figure covers on the scale (don't know left out): the figure rests on them. */
  contributors?: number;
  /** True when the figure is withheld (favourable and score null): too few contributors, directly or by subtraction. */
  withheld?: boolean;
}

/** A side as a whole: its count always, its overall favourable % (mean of its dimensions') only when shown. */
export interface SideSummary {
  instrument: { id: string; version: string; title: string };
  respondents: number;
  shown: boolean;
  /** The side's threshold (employees: --min-group, customers: --min-customers, leaders: --min-leaders). */
  threshold: number;
  favourable: number | null;
  favourableExact: number | null;
  /** Customers: shown with fewer than anonymity.indicativeBelow respondents (figures are indicative). */
  indicative: boolean;
  skipped: number;
}

/** The figures of a dimension or a statement pair on each side, the gaps and the reading. */
export interface MirrorLine {
  employees: SideFigures | null;
  customers: SideFigures | null;
  /** Present when leaders were given. */
  leaders?: SideFigures | null;
  /** Employees − customers favourable %, in points (from unrounded values, rounded half away from zero). */
  gap: number | null;
  gapExact: number | null;
  /** Leaders − customers favourable %: what leadership believes against what customers live. */
  deliveryGap: number | null;
  deliveryGapExact: number | null;
  reading: MirrorReading | null;
  /** The 95 % interval of the gap (Newcombe's square-and-add) and its effect size (Cohen's h). */
  gapCi?: [number, number] | null;
  gapEffect?: number | null;
  deliveryGapCi?: [number, number] | null;
  /** An undetermined reading: about how many respondents per side would settle it. */
  settle?: number | null;
  /** Present when leaders were given: what leadership sees of each side (leaders' belief − the side's own answers). */
  blindSpots?: { employees: BlindSpot; customers: BlindSpot };
}

/** How leadership's belief about a side compares with what that side lives (SPEC.md, the mirror's leaders). */
export type BlindSpotReading = 'overestimated' | 'underestimated' | 'aligned' | 'undetermined';

/**
 * Leadership's view of one side on a dimension or a statement: the leaders' belief (their favourable %), the gap
 * leaders − side in points with its Newcombe interval and Cohen's h, and its reading (overestimated or underestimated
 * only when |gap| reaches --asymmetry and its interval excludes 0; undetermined when the interval does not support it).
 */
export interface BlindSpot {
  /** The leaders' figures about this side; null when not shown or not asked (an instrument without statements about employees). */
  leaders: SideFigures | null;
  gap: number | null;
  gapExact: number | null;
  gapCi: [number, number] | null;
  gapEffect: number | null;
  reading: BlindSpotReading | null;
  settle: number | null;
}

export interface MirrorDimension extends MirrorLine {
  id: string;
  label: string;
}

export interface MirrorPair extends MirrorLine {
  id: string;
  dimension: string;
  /** Each side's statement; the leaders' about customers (`leaders`) and about employees (`leadersOnEmployees`) when asked. */
  texts: { employees: string; customers: string; leaders?: string; leadersOnEmployees?: string };
}

/** A unit (a store, an agency, a team): its counts on each side; its mirror only when both sides may be shown. */
export interface MirrorUnit {
  name: string;
  employees: { respondents: number; visibility: GroupVisibility };
  customers: { respondents: number; visibility: GroupVisibility };
  shown: boolean;
  favourable: { employees: number | null; customers: number | null } | null;
  dimensions: (MirrorLine & { id: string; label: string })[] | null;
}

/** A joint action of the mirror's plan, in one language; with --plan, its status and due date in the plan file. */
export type MirrorAction = ActionText & { plan?: { status: PlanStatus; due: string } };

/** The plan for one dimension: the actions of its reading, in the order the plan takes them. */
export interface MirrorRecommendation {
  dimension: string;
  label: string;
  reading: Reading;
  gap: number | null;
  priority: number;
  actions: MirrorAction[];
}

type MessageOf<C extends Code> = Extract<Message, { code: C }>;

/** A note of the mirror: a coded message (the JSON writes its text beside the code). */
export type MirrorNote = MessageOf<Extract<Code, `mirror.note.${string}`>> | LowThresholdWarning;

/** The customer–employee mirror, as written by `mirror --format json` (schemaVersion 1, kind "mirror"). */
export interface Mirror extends DocumentHeader<'mirror'> {
  thresholds: Thresholds;
  anonymity: { minGroup: number; minCustomers: number; minLeaders: number; indicativeBelow: number; warning: LowThresholdWarning | null };
  scale: { min: number; max: number; midpoint: number };
  sides: { employees: SideSummary; customers: SideSummary; leaders?: SideSummary };
  /** What the gates read: the mean of the employees' and customers' overall favourable %, and the lowest of the two. */
  overall: { favourable: number | null; favourableExact: number | null; lowestSide: Side | null; lowest: number | null; lowestExact: number | null };
  /** In instrument order. */
  dimensions: MirrorDimension[];
  /** Dimension ids, largest |gap| first (ties in instrument order; no gap last). */
  byGap: string[];
  /** Per statement id, in instrument order. */
  pairs: MirrorPair[];
  units: MirrorUnit[];
  /** Readings' postures, for the dimensions the plan lists. */
  postures: { reading: MirrorReading; text: string }[];
  recommendations: MirrorRecommendation[];
  /** When leaders were given: per side and reading (overestimated, underestimated) the dimensions concerned, the posture and the actions of the mirror matrix. */
  blindSpotPlan?: BlindSpotPlanItem[];
  notes: MirrorNote[];
  /** The recommendation questions per side and side by side (absent when no side's instrument has one). */
  outcomes?: MirrorOutcomes;
}

/** One blind spot of the leadership to work on: a side, a reading, its dimensions (largest |gap| first), its posture and actions. */
export interface BlindSpotPlanItem {
  side: 'employees' | 'customers';
  reading: 'overestimated' | 'underestimated';
  dimensions: { id: string; label: string; gap: number | null }[];
  posture: string;
  actions: MirrorAction[];
}

/** The sides given, in document order. */
export function sidesOf(m: Pick<Mirror, 'sides'>): Side[] {
  return m.sides.leaders ? ['employees', 'customers', 'leaders'] : ['employees', 'customers'];
}
