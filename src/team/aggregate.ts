import { levelLabel, NOTES, recommend, SCHEMA_VERSION, type Recommendation } from '../core/result.js';
import { enoughAnswered, levelFor, mean, roundDelta, roundScore, scaleBounds, scoreValues } from '../core/score.js';
import { byLang as t, tr } from '../core/text.js';
import type { Instrument, Lang, Matrix, Scores } from '../core/types.js';
import { disagrees, DISAGREE_SHARE } from './disagreement.js';
import { countsStats, median, round2, stdDevPopulation } from './stats.js';
import type { Tally, TeamTally } from './tally.js';

/** Default anonymity threshold: a group with fewer respondents shows only its count. */
export const DEFAULT_MIN_GROUP = 5;
/** Below this threshold every output carries a warning. */
export const SAFE_MIN_GROUP = 3;
/** How many disagreement statements are listed to discuss first. */
export const DISCUSS_FIRST = 5;

export interface AggLevelShare {
  level: number;
  label: string;
  count: number;
  percent: number;
}

/** A dimension's team figures (per-respondent statistics are null for a workshop, whose votes are not linked). */
export interface AggDimension {
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
}

export interface AggOverall {
  score: number | null;
  scoreExact: number | null;
  level: number | null;
  levelLabel: string | null;
}

/** The team or one group: its count always; its figures only when it reaches the anonymity threshold. */
export interface GroupView {
  name: string | null;
  respondents: number;
  shown: boolean;
  overall: AggOverall | null;
  dimensions: AggDimension[] | null;
  questions: AggQuestion[] | null;
}

/** The perception gap of a dimension: highest minus lowest score among the groups shown. */
export interface Gap {
  dimension: string;
  label: string;
  gap: number;
  gapExact: number;
  high: { group: string; score: number };
  low: { group: string; score: number };
}

export interface Discuss {
  question: string;
  dimension: string;
  text: string;
  mean: number | null;
  stdDevPopulation: number | null;
}

export interface AggNote {
  code: 'low-threshold' | 'team-hidden' | 'skipped' | 'ungrouped' | 'dimension-not-scored' | 'overall-not-scored' | 'no-matrix' | 'groups-hidden';
  message: string;
}

/** A team's view, as written by `aggregate --format json` (schemaVersion 1, kind "aggregate"). */
export interface Aggregate {
  $schema: string;
  schemaVersion: typeof SCHEMA_VERSION;
  kind: 'aggregate';
  tool: { name: string; version: string };
  instrument: { id: string; version: string; title: string };
  language: Lang;
  generatedAt: string;
  source: 'respondents' | 'workshop';
  anonymity: { minGroup: number; warning: string | null };
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
  posture: string | null;
  notes: AggNote[];
}

export interface AggregateContext {
  tool: { name: string; version: string };
  lang: Lang;
  generatedAt: string;
  schemaUrl: string;
  minGroup: number;
  skipped?: number;
}


/** The warning every output carries when the anonymity threshold is below 3, else null. */
export function lowThresholdWarning(minGroup: number, lang: Lang): string | null {
  if (minGroup >= SAFE_MIN_GROUP) return null;
  return t(lang,
    `Attention : seuil d'anonymat de ${minGroup}, sous ${SAFE_MIN_GROUP} : les réponses individuelles peuvent se deviner. Ne diffusez pas ce rapport au-delà de la salle.`,
    `Warning: anonymity threshold of ${minGroup}, below ${SAFE_MIN_GROUP}: individual answers may be guessed. Do not share this report beyond the room.`);
}

/** Builds the team view from tallied respondents: team, groups, gaps, statements to discuss, recommendations. */
export function buildAggregate(instrument: Instrument, matrix: Matrix | undefined, tally: TeamTally, ctx: AggregateContext): Aggregate {
  const team = groupView(instrument, tally.team, null, ctx, 'respondents');
  const groups = [...tally.groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, g]) => groupView(instrument, g, name, ctx, 'respondents'));
  const notes: AggNote[] = [];
  const { lang } = ctx;
  const extra = protectBySubtraction(team, groups, ctx.minGroup);
  if (extra) {
    notes.push({ code: 'groups-hidden', message: t(lang,
      `${extra} groupe(s) de plus masqué(s) : sinon, l'équipe moins les groupes montrés redonnerait les réponses d'un groupe sous le seuil.`,
      `${extra} more group(s) hidden: otherwise the team minus the groups shown would give away the answers of a group below the threshold.`) });
  }
  if (ctx.skipped) notes.push({ code: 'skipped', message: t(lang, `${ctx.skipped} ligne(s) ou fichier(s) invalide(s) ignoré(s), non comptés.`, `${ctx.skipped} invalid row(s) or file(s) skipped, not counted.`) });
  if (groups.length && tally.ungrouped) notes.push({ code: 'ungrouped', message: t(lang, `${tally.ungrouped} répondant(s) sans groupe : comptés dans l'équipe seulement.`, `${tally.ungrouped} respondent(s) without a group: counted in the team only.`) });
  const hidden = groups.filter((g) => !g.shown).length;
  if (hidden) notes.push({ code: 'groups-hidden', message: t(lang, `${hidden} groupe(s) sous le seuil d'anonymat (${ctx.minGroup}) : seul leur effectif est montré.`, `${hidden} group(s) below the anonymity threshold (${ctx.minGroup}): only their count is shown.`) });
  return assemble(instrument, matrix, ctx, 'respondents', team, groups, tally.ungrouped, notes);
}

/**
 * Hides more groups when needed so that no group below the threshold can be worked out by subtraction: the respondents
 * of the team outside the groups shown (hidden groups and respondents without a group) must be none, or at least the
 * threshold. The smallest groups shown are hidden first. Returns how many were hidden this way.
 */
export function protectBySubtraction(team: GroupView, groups: GroupView[], minGroup: number): number {
  if (!team.shown) return 0;
  let rest = team.respondents - groups.filter((g) => g.shown).reduce((n, g) => n + g.respondents, 0);
  let hidden = 0;
  while (rest > 0 && rest < minGroup) {
    const smallest = groups.filter((g) => g.shown).sort((a, b) => a.respondents - b.respondents)[0];
    if (!smallest) break;
    Object.assign(smallest, { shown: false, overall: null, dimensions: null, questions: null });
    rest += smallest.respondents;
    hidden++;
  }
  return hidden;
}

/** Puts the document together: notes, gaps, statements to discuss, recommendations (shared by aggregate and workshop). */
export function assemble(instrument: Instrument, matrix: Matrix | undefined, ctx: AggregateContext, source: Aggregate['source'], team: GroupView, groups: GroupView[], ungrouped: number, extra: AggNote[]): Aggregate {
  const { lang } = ctx;
  const warning = lowThresholdWarning(ctx.minGroup, lang);
  const notes: AggNote[] = [];
  if (warning) notes.push({ code: 'low-threshold', message: warning });
  notes.push(...extra);
  if (!team.shown) {
    notes.push({ code: 'team-hidden', message: t(lang,
      `${team.respondents} répondant(s), sous le seuil d'anonymat (${ctx.minGroup}) : aucun chiffre n'est montré. Rassemblez plus de réponses, ou baissez --min-group en connaissance de cause.`,
      `${team.respondents} respondent(s), below the anonymity threshold (${ctx.minGroup}): no figures are shown. Collect more answers, or lower --min-group knowingly.`) });
  }
  let recommendations: Recommendation[] = [];
  let posture: string | null = null;
  if (team.shown && team.dimensions && team.overall) {
    for (const d of team.dimensions) {
      if (d.scoreExact === null) notes.push({ code: 'dimension-not-scored', message: t(lang, `${d.label} n'est notée pour personne (trop de « je ne sais pas »).`, `${d.label} is not scored for anyone (too many "don't know").`) });
    }
    if (team.overall.scoreExact === null) notes.push({ code: 'overall-not-scored', message: NOTES.overallNotScored[lang] });
    if (matrix) {
      const scores: Scores = {
        dimensions: team.dimensions.map((d, i) => ({ id: d.id, score: d.scoreExact, level: d.level, answered: 0, total: instrument.dimensions[i]!.questions.length })),
        overall: { score: team.overall.scoreExact, level: team.overall.level },
      };
      recommendations = recommend(instrument, matrix, scores, lang);
      posture = team.overall.level !== null ? tr(matrix.overall[team.overall.level], lang) || null : null;
    } else {
      notes.push({ code: 'no-matrix', message: NOTES.noMatrix[lang] });
    }
  }
  return {
    $schema: ctx.schemaUrl,
    schemaVersion: SCHEMA_VERSION,
    kind: 'aggregate',
    tool: ctx.tool,
    instrument: { id: instrument.id, version: instrument.version, title: tr(instrument.title, lang) || instrument.id },
    language: lang,
    generatedAt: ctx.generatedAt,
    source,
    anonymity: { minGroup: ctx.minGroup, warning },
    respondents: team.respondents,
    skipped: ctx.skipped ?? 0,
    ungrouped,
    scale: scaleBounds(instrument),
    levels: instrument.levels.map((l) => ({ level: l.level, min: l.min, label: tr(l.label, lang) })),
    team,
    groups,
    gaps: perceptionGaps(groups),
    discuss: discussFirst(team),
    recommendations,
    posture,
    notes,
  };
}

/** The figures of the team or a group; below the threshold, only the count. */
export function groupView(instrument: Instrument, tally: Tally, name: string | null, ctx: AggregateContext, source: Aggregate['source'], respondents = tally.respondents): GroupView {
  if (respondents < ctx.minGroup || respondents === 0) return { name, respondents, shown: false, overall: null, dimensions: null, questions: null };
  const questions = questionFigures(instrument, tally, ctx.lang, source === 'workshop' ? 0 : DISAGREE_SHARE);
  const dimensions = source === 'workshop' ? pooledDimensions(instrument, questions, ctx.lang) : respondentDimensions(instrument, tally, ctx.lang);
  const exact = dimensions.map((d) => d.scoreExact);
  const overall = exact.every((s): s is number => s !== null) ? mean(exact) : null;
  const level = overall === null ? null : levelFor(overall, instrument.levels);
  return {
    name,
    respondents,
    shown: true,
    overall: { score: overall === null ? null : roundScore(overall), scoreExact: overall, level, levelLabel: levelLabel(instrument, level, ctx.lang) },
    dimensions,
    questions,
  };
}

const rounded = (x: number | null) => (x === null ? null : roundScore(x));

/** Dimension figures from the respondents' unrounded scores: mean, median, min, max, spread, share at each level. */
function respondentDimensions(instrument: Instrument, tally: Tally, lang: Lang): AggDimension[] {
  return instrument.dimensions.map((d, i) => {
    const scores = tally.dimScores[i]!;
    const exact = mean(scores);
    const level = exact === null ? null : levelFor(exact, instrument.levels);
    const perLevel = new Map<number, number>();
    for (const s of scores) {
      const l = levelFor(s, instrument.levels);
      perLevel.set(l, (perLevel.get(l) ?? 0) + 1);
    }
    let min: number | null = null;
    let max: number | null = null;
    for (const s of scores) {
      if (min === null || s < min) min = s;
      if (max === null || s > max) max = s;
    }
    return {
      id: d.id,
      label: tr(d.label, lang),
      score: rounded(exact),
      scoreExact: exact,
      level,
      levelLabel: levelLabel(instrument, level, lang),
      scored: scores.length,
      unscored: tally.unscored[i]!,
      median: rounded(median(scores)),
      min: rounded(min),
      max: rounded(max),
      stdDevPopulation: rounded(stdDevPopulation(scores)),
      levels: instrument.levels.map((l) => {
        const count = perLevel.get(l.level) ?? 0;
        return { level: l.level, label: tr(l.label, lang), count, percent: scores.length ? roundScore((100 * count) / scores.length) : 0 };
      }),
    };
  });
}

/**
 * Dimension figures of a workshop, whose votes are not linked across statements: score = 100 × (mean of all the
 * dimension's votes − min) / (max − min), scored when at least 60 % of its statements received a scale vote.
 */
function pooledDimensions(instrument: Instrument, questions: AggQuestion[], lang: Lang): AggDimension[] {
  const { min, max } = scaleBounds(instrument);
  return instrument.dimensions.map((d) => {
    const qs = questions.filter((q) => q.dimension === d.id);
    const votes: number[] = [];
    for (const q of qs) for (const a of q.answers) for (let k = 0; k < a.count; k++) votes.push(a.value);
    const exact = enoughAnswered(qs.filter((q) => q.answered > 0).length, d.questions.length) ? scoreValues(votes, min, max) : null;
    const level = exact === null ? null : levelFor(exact, instrument.levels);
    return { id: d.id, label: tr(d.label, lang), score: rounded(exact), scoreExact: exact, level, levelLabel: levelLabel(instrument, level, lang), scored: null, unscored: null, median: null, min: null, max: null, stdDevPopulation: null, levels: [] };
  });
}

/** Per statement: the count of each answer, the mean and spread on the scale, and whether people disagree. */
function questionFigures(instrument: Instrument, tally: Tally, lang: Lang, minShare: number): AggQuestion[] {
  const k = instrument.scale.length;
  return instrument.dimensions.flatMap((d) => d.questions).map((q, qi) => {
    const counts = tally.answers[qi]!;
    const answers = instrument.scale.map((p, i) => ({ value: p.value, label: tr(p.label, lang), count: counts[i]! }));
    const s = countsStats(answers);
    const dim = instrument.dimensions.find((x) => x.questions.includes(q))!;
    return {
      id: q.id,
      dimension: dim.id,
      text: tr(q.text, lang),
      answers,
      dontKnow: counts[k]!,
      answered: s.n,
      mean: s.mean === null ? null : round2(s.mean),
      stdDevPopulation: s.stdDev === null ? null : round2(s.stdDev),
      disagreement: disagrees(counts.slice(0, k), minShare),
    };
  });
}

/** Per dimension, highest minus lowest score among the groups shown (two or more), largest gap first. */
export function perceptionGaps(groups: readonly GroupView[]): Gap[] {
  const shown = groups.filter((g) => g.shown && g.dimensions);
  if (shown.length < 2) return [];
  const gaps: (Gap & { order: number })[] = [];
  shown[0]!.dimensions!.forEach((d, i) => {
    const scored = shown
      .map((g) => ({ group: g.name ?? '', exact: g.dimensions![i]!.scoreExact }))
      .filter((x): x is { group: string; exact: number } => x.exact !== null);
    if (scored.length < 2) return;
    let high = scored[0]!;
    let low = scored[0]!;
    for (const x of scored) {
      if (x.exact > high.exact) high = x;
      if (x.exact < low.exact) low = x;
    }
    const exact = high.exact - low.exact;
    gaps.push({ dimension: d.id, label: d.label, gap: roundDelta(exact), gapExact: exact, high: { group: high.group, score: roundScore(high.exact) }, low: { group: low.group, score: roundScore(low.exact) }, order: i });
  });
  return gaps.sort((a, b) => b.gapExact - a.gapExact || a.order - b.order).map(({ order: _order, ...g }) => g);
}

/** The statements where people disagree, largest spread first (at most DISCUSS_FIRST). */
export function discussFirst(view: GroupView): Discuss[] {
  if (!view.questions) return [];
  return view.questions
    .map((q, order) => ({ q, order }))
    .filter(({ q }) => q.disagreement)
    .sort((a, b) => (b.q.stdDevPopulation ?? 0) - (a.q.stdDevPopulation ?? 0) || a.order - b.order)
    .slice(0, DISCUSS_FIRST)
    .map(({ q }) => ({ question: q.id, dimension: q.dimension, text: q.text, mean: q.mean, stdDevPopulation: q.stdDevPopulation }));
}
