// Instrument health (issue 21, point 10): does each dimension of an instrument measure one thing, well enough to put
// its score in front of a leadership team? Per dimension, from respondents' answers: Cronbach's α with Feldt's 95 %
// interval, α if each statement were deleted, item–rest correlations, the don't-know rate, the floor and ceiling shares,
// and a verdict with the reasons for it. Pure: plain data and codes, no prose.
import { documentHeader, type DocumentHeader } from './document.js';
import { dimensionScores } from './score.js';
import { correlationInterval, cronbachAlpha, fQuantile } from './stats.js';
import { tr } from './text.js';
import type { AnswerValue, Instrument, Lang } from './types.js';

/** The respondents who answered every statement of a dimension that α needs before it is given a verdict. */
export const HEALTH_MIN_RESPONDENTS = 30;

/** The conventions of the verdict (README "Instrument health"): α, its interval's low end, item–rest r, shares. */
export const HEALTH_THRESHOLDS = { fit: 0.7, rework: 0.6, itemRest: 0.3, dontKnow: 20, floorCeiling: 15 } as const;

/** What a dimension's figures say: fit to present, present with caution, rework the statements. */
export type HealthVerdict = 'fit' | 'caution' | 'rework';

/** Why a verdict is not "fit", or why there is none; `items`: the statements concerned. */
export interface HealthReason {
  code: 'alpha-low' | 'interval-low' | 'weak-items' | 'dont-know' | 'floor' | 'ceiling' | 'too-few' | 'no-spread' | 'single-item';
  items?: string[];
}

/** One statement's figures within its dimension. */
export interface HealthItem {
  id: string;
  text: string;
  /** Answers on the scale, and the share of don't know among the respondents (%). */
  answered: number;
  dontKnow: number;
  /** Pearson's r of the statement with the sum of the dimension's other statements (complete rows). */
  itemRest: number | null;
  /** Cronbach's α of the dimension without this statement. */
  alphaIfDeleted: number | null;
}

/** A dimension's health. */
export interface HealthDimension {
  id: string;
  label: string;
  /** Respondents who answered every statement of the dimension on the scale: the rows α is computed on. */
  complete: number;
  alpha: number | null;
  /** Feldt's 95 % interval of α. */
  ci: [number, number] | null;
  /** Don't know among all the dimension's answers (%). */
  dontKnow: number;
  /** Respondents scored on the dimension, and the shares of them at the lowest (0) and the highest (100) score (%). */
  scored: number;
  floor: number | null;
  ceiling: number | null;
  verdict: HealthVerdict | null;
  reasons: HealthReason[];
  /** Respondents needed: 30 below that, or as many as would bring the interval's low end to 0.6 when α is fit but imprecise. */
  needed: number | null;
  items: HealthItem[];
}

/** The health document (`health --format json`, schemas/health.schema.json). */
export interface Health extends DocumentHeader<'health'> {
  respondents: number;
  /** The anonymity threshold: below it, no figure at all. */
  minGroup: number;
  shown: boolean;
  minRespondents: number;
  thresholds: typeof HEALTH_THRESHOLDS;
  dimensions: HealthDimension[];
}

/** Collects respondents' answers in instrument order (a RespondentSink for readTeamInputs). */
export class AnswerRows {
  readonly rows: AnswerValue[][] = [];
  private readonly ids: string[];
  constructor(instrument: Instrument) {
    this.ids = instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id));
  }
  /** Adds a respondent's answers by question id. */
  add(answers: Record<string, AnswerValue>): void {
    this.rows.push(this.ids.map((id) => answers[id] ?? null));
  }
  /** Adds a respondent's answers in instrument order. */
  addOrdered(values: readonly AnswerValue[]): void {
    this.rows.push(this.ids.map((_, i) => values[i] ?? null));
  }
}

const r3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000 || 0);
const pct = (k: number, n: number) => (n ? Math.round((1000 * k) / n) / 10 : 0);

/** The smallest number of respondents for which Feldt's lower bound of α reaches `target` (the same α and items), up to 100,000. */
export function respondentsForAlphaLow(alpha: number, items: number, target: number, confidence = 0.95): number | null {
  if (!(alpha > target)) return null;
  const low = (n: number) => 1 - (1 - alpha) * fQuantile(1 - (1 - confidence) / 2, n - 1, (n - 1) * (items - 1));
  let hi = 4;
  while (low(hi) < target) {
    if (hi >= 100_000) return null;
    hi = Math.min(100_000, hi * 2);
  }
  let lo = 3;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (low(mid) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** One dimension's health from the answer rows (instrument order), its questions starting at `first`. */
function dimensionHealth(instrument: Instrument, rows: readonly AnswerValue[][], scores: readonly (number | null)[], di: number, first: number, lang: Lang): HealthDimension {
  const dim = instrument.dimensions[di]!;
  const k = dim.questions.length;
  const cols = dim.questions.map((_, j) => first + j);
  const complete = rows.filter((r) => cols.every((c) => typeof r[c] === 'number')).map((r) => cols.map((c) => r[c] as number));
  const n = complete.length;
  const whole = cronbachAlpha(complete);
  const items: HealthItem[] = dim.questions.map((q, j) => {
    let answered = 0;
    let dk = 0;
    for (const r of rows) {
      if (r[first + j] === null) dk++;
      else answered++;
    }
    const rest = complete.map((row) => row.reduce((a, v, i) => (i === j ? a : a + v), 0));
    const without = k > 2 ? cronbachAlpha(complete.map((row) => row.filter((_, i) => i !== j))) : null;
    return { id: q.id, text: tr(q.text, lang), answered, dontKnow: pct(dk, rows.length), itemRest: r3(correlationInterval(complete.map((row) => row[j]!), rest)?.r ?? null), alphaIfDeleted: r3(without?.alpha ?? null) };
  });
  let dkAll = 0;
  for (const r of rows) for (const c of cols) if (r[c] === null) dkAll++;
  const scored = scores.filter((s) => s !== null) as number[];
  const floor = scored.length ? pct(scored.filter((s) => s <= 1e-9).length, scored.length) : null;
  const ceiling = scored.length ? pct(scored.filter((s) => s >= 100 - 1e-9).length, scored.length) : null;
  const t = HEALTH_THRESHOLDS;
  const reasons: HealthReason[] = [];
  let verdict: HealthVerdict | null = null;
  let needed: number | null = null;
  if (k < 2) reasons.push({ code: 'single-item' });
  else if (n < HEALTH_MIN_RESPONDENTS) {
    reasons.push({ code: 'too-few' });
    needed = HEALTH_MIN_RESPONDENTS;
  } else if (!whole) reasons.push({ code: 'no-spread' });
  else {
    if (whole.alpha < t.fit) reasons.push({ code: 'alpha-low' });
    else if (whole.low < t.rework) {
      reasons.push({ code: 'interval-low' });
      needed = respondentsForAlphaLow(whole.alpha, k, t.rework);
    }
    const weak = items.filter((x) => x.itemRest !== null && x.itemRest < t.itemRest).map((x) => x.id);
    if (weak.length) reasons.push({ code: 'weak-items', items: weak });
    const unknown = items.filter((x) => x.dontKnow >= t.dontKnow).map((x) => x.id);
    if (unknown.length) reasons.push({ code: 'dont-know', items: unknown });
    if (floor !== null && floor >= t.floorCeiling) reasons.push({ code: 'floor' });
    if (ceiling !== null && ceiling >= t.floorCeiling) reasons.push({ code: 'ceiling' });
    verdict = whole.alpha < t.rework ? 'rework' : reasons.length ? 'caution' : 'fit';
  }
  return {
    id: dim.id,
    label: tr(dim.label, lang),
    complete: n,
    alpha: r3(whole?.alpha ?? null),
    ci: whole ? [r3(whole.low)!, r3(whole.high)!] : null,
    dontKnow: pct(dkAll, rows.length * k),
    scored: scored.length,
    floor,
    ceiling,
    verdict,
    reasons,
    needed,
    items,
  };
}

/** The health of an instrument from respondents' answers (instrument order); below `minGroup` respondents, counts only. */
export function buildHealth(
  instrument: Instrument,
  rows: readonly AnswerValue[][],
  ctx: { tool: { name: string; version: string }; lang: Lang; generatedAt: string; schemaUrl: string; minGroup: number },
): Health {
  const shown = rows.length >= ctx.minGroup;
  const scores = shown ? rows.map((r) => dimensionScores(instrument, r)) : [];
  let first = 0;
  const dimensions = shown
    ? instrument.dimensions.map((d, di) => {
        const h = dimensionHealth(instrument, rows, scores.map((s) => s[di]!), di, first, ctx.lang);
        first += d.questions.length;
        return h;
      })
    : [];
  return {
    ...documentHeader('health', instrument, ctx),
    respondents: rows.length,
    minGroup: ctx.minGroup,
    shown,
    minRespondents: HEALTH_MIN_RESPONDENTS,
    thresholds: HEALTH_THRESHOLDS,
    dimensions,
  };
}
