import { documentHeader } from '../core/document.js';
// Puts a team view together: visibility from the counts first, then figures for what is shown only, then the notes,
// gaps, statements to discuss and recommendations. Shared by `aggregate` (per respondent) and the workshop (pooled votes).
import { recommend, type Recommendation } from '../core/plan.js';
import { roundScore, scaleBounds } from '../core/score.js';
import { tr } from '../core/text.js';
import type { Instrument, Lang, Matrix, Scores } from '../core/types.js';
import { msg } from '../i18n/index.js';
import { decideVisibility, lowThresholdWarning, withholdBySubtraction, type Visibility } from './anonymity.js';
import { commentsView, DEFAULT_MIN_COMMENTS, SAFE_MIN_COMMENTS } from './comments.js';
import { discussFirst } from './discuss.js';
import type { AggNote, Aggregate, AggregateContext, GroupView } from './document.js';
import { perceptionGaps } from './gaps.js';
import { addGapIntervals, addIntervals } from './intervals.js';
import { hiddenView, overallOf, shownView, withheldDimension, type ScoringStrategy } from './strategy.js';
import { withheldQuestion } from './questions.js';
import type { Tally } from './tally.js';
import { outcomesOf } from '../core/outcomes.js';
import { driverImpact, outcomeFigures, withheldOutcome } from './outcomes.js';

/** What a team view is made of: the team's tally and count, its groups (in display order), the respondents without a group. */
export interface TeamSets {
  team: { tally: Tally; respondents: number };
  groups: readonly { name: string; tally: Tally }[];
  ungrouped: number;
}

/** Builds the team view: who is shown is decided from the counts alone, and only what is shown is scored. */
export function assemble(instrument: Instrument, matrix: Matrix | undefined, sets: TeamSets, strategy: ScoringStrategy, ctx: AggregateContext): Aggregate {
  const { lang } = ctx;
  const visibility = decideVisibility({ team: sets.team.respondents, groups: sets.groups.map((g) => ({ name: g.name, respondents: g.tally.respondents })) }, ctx.minGroup);
  const t = Math.max(1, ctx.minGroup);
  const team = visibility.team ? shownView(instrument, strategy, sets.team.tally, null, sets.team.respondents, lang, t) : hiddenView(null, sets.team.respondents);
  const groups = sets.groups.map((g, i) => {
    const v = visibility.groups[i]!.visibility;
    return v === 'shown' ? shownView(instrument, strategy, g.tally, g.name, g.tally.respondents, lang, t) : { ...hiddenView(g.name, g.tally.respondents), hiddenBy: v === 'hidden-by-subtraction' ? 'subtraction' : 'threshold' } as GroupView;
  });
  const overlapNote = ctx.overlap ? applyOverlaps(instrument, [team, ...groups], ctx.overlap, ctx.minGroup) : null;
  const withheld = protectContributors(instrument, team, groups, t, lang);
  const hasOutcomes = outcomesOf(instrument).length > 0;
  if (hasOutcomes) addOutcomeFigures(instrument, sets, team, groups, t, ctx);
  addIntervals(instrument, team, sets.team.tally, ctx.population);
  groups.forEach((g, i) => {
    const invited = g.name === null ? undefined : ctx.groupPopulations?.get(g.name);
    if (invited) g.population = { invited, responseRate: roundScore((100 * g.respondents) / invited) };
    addIntervals(instrument, g, sets.groups[i]!.tally, invited);
  });
  const warning = lowThresholdWarning(ctx.minGroup);
  const minComments = ctx.minComments ?? DEFAULT_MIN_COMMENTS;
  const notes: AggNote[] = [...(warning ? [warning] : []), ...visibilityNotes(visibility, sets, ctx)];
  if (minComments < SAFE_MIN_COMMENTS) notes.unshift(msg('team.note.lowCommentThreshold', { minComments, safeMin: SAFE_MIN_COMMENTS }) as AggNote);
  if (overlapNote) notes.push(overlapNote);
  if (withheld.dimensions || withheld.statements) notes.push(msg('team.note.withheld', { ...withheld, minGroup: ctx.minGroup }) as AggNote);

  let recommendations: Recommendation[] = [];
  let focus: string[] = [];
  let posture: string | null = null;
  if (team.dimensions && team.overall) {
    for (const d of team.dimensions) if (d.scoreExact === null && !d.scored) notes.push({ ...msg('team.note.dimensionNotScored', { label: d.label }), dimension: d.id } as AggNote);
    if (team.overall.scoreExact === null) notes.push(msg('note.overallNotScored') as AggNote);
    if (matrix) {
      // The team's plan listens to the team's mean answer per statement.
      const means = new Map((team.questions ?? []).map((q) => [q.id, q.mean]));
      ({ recommendations, focus } = recommend(instrument, matrix, teamScores(instrument, team), (id) => means.get(id) ?? null, lang));
      posture = team.overall.level !== null ? tr(matrix.overall[team.overall.level], lang) || null : null;
    } else {
      notes.push(msg('note.noMatrix') as AggNote);
    }
  }
  const aggregate: Aggregate = {
    ...documentHeader('aggregate', instrument, ctx),
    source: strategy.source,
    anonymity: { minGroup: ctx.minGroup, warning },
    respondents: team.respondents,
    skipped: ctx.skipped ?? 0,
    ungrouped: sets.ungrouped,
    scale: scaleBounds(instrument),
    levels: instrument.levels.map((l) => ({ level: l.level, min: l.min, label: tr(l.label, lang) })),
    team,
    groups,
    gaps: perceptionGaps(groups),
    discuss: discussFirst(team),
    recommendations,
    focus,
    posture,
    notes,
    comments: commentsView(ctx.comments ?? [], minComments, visibility.team),
    population: ctx.population ? { invited: ctx.population, responseRate: roundScore((100 * team.respondents) / ctx.population) } : null,
  };
  if (hasOutcomes) aggregate.drivers = driverImpact(instrument, team, sets.team.tally.outcomes);
  addGapIntervals(aggregate, new Map(sets.groups.map((g) => [g.name, g.tally])));
  return aggregate;
}

/** The notes on who is not shown and why, and on what was not counted, each with its own code and exact count. */
function visibilityNotes(v: Visibility, sets: TeamSets, ctx: AggregateContext): AggNote[] {
  const { minGroup } = ctx;
  const notes: AggNote[] = [];
  if (v.belowThreshold) notes.push(msg('team.note.belowThreshold', { n: v.belowThreshold, minGroup }) as AggNote);
  if (v.hiddenBySubtraction) notes.push(msg('team.note.hiddenBySubtraction', { n: v.hiddenBySubtraction, minGroup }) as AggNote);
  if (ctx.skipped) notes.push(msg('team.note.skipped', { n: ctx.skipped }) as AggNote);
  if (sets.groups.length && sets.ungrouped) notes.push(msg('team.note.ungrouped', { n: sets.ungrouped }) as AggNote);
  if (!v.team) notes.push(msg('team.note.teamHidden', { n: sets.team.respondents, minGroup }) as AggNote);
  return notes;
}

/** The team's unrounded scores, as the recommendations read them. */
function teamScores(instrument: Instrument, team: GroupView): Scores {
  return {
    dimensions: team.dimensions!.map((d, i) => ({ id: d.id, score: d.scoreExact, level: d.level, answered: 0, total: instrument.dimensions[i]!.questions.length })),
    overall: { score: team.overall!.scoreExact, level: team.overall!.level },
  };
}

/**
 * Every published figure rests on at least `t` contributors (SPEC.md "Anonymity"), directly and by subtraction. A
 * dimension's figures rest on the respondents scored on it, a statement's on those who answered it on the scale; the
 * strategies already withhold figures with fewer. Then, per dimension and per statement, the team's contributors
 * outside the groups whose figure is published must be none or at least `t`: while they are not, the figure of the
 * group with the fewest contributors is withheld too (ties: the first). Overalls are recomputed from what remains.
 */
function protectContributors(instrument: Instrument, team: GroupView, groups: GroupView[], t: number, lang: Lang): Withheld {
  const views = [team, ...groups].filter((v) => v.shown && v.dimensions && v.questions);
  if (team.shown && team.dimensions && team.questions) {
    const shown = groups.filter((g) => g.shown && g.dimensions && g.questions);
    team.dimensions.forEach((td, i) => {
      if (td.scored === null) return;
      bySubtraction(team, shown, t, {
        published: (v) => v.dimensions![i]!.scoreExact !== null,
        count: (v) => v.dimensions![i]!.scored ?? 0,
        withhold: (v) => void (v.dimensions![i] = withheldDimension(v.dimensions![i]!)),
      });
    });
    team.questions.forEach((_q, i) => {
      bySubtraction(team, shown, t, {
        published: (v) => v.questions![i]!.answers.length > 0,
        count: (v) => v.questions![i]!.answered,
        withhold: (v) => void (v.questions![i] = withheldQuestion(v.questions![i]!)),
      });
    });
  }
  for (const v of views) v.overall = overallOf(instrument, v.dimensions!, lang);
  // What was withheld, directly or by subtraction: a figure with contributors but no published value.
  const withheld: Withheld = { dimensions: 0, statements: 0, where: [] };
  for (const v of views) {
    const dims = v.dimensions!.filter((d) => d.scored !== null && d.scored > 0 && d.scoreExact === null);
    const statements = v.questions!.filter((q) => q.answered > 0 && q.answers.length === 0);
    withheld.dimensions += dims.length;
    withheld.statements += statements.length;
    if (dims.length || statements.length) withheld.where.push({ group: v.name, items: [...dims.map((d) => d.label), ...statements.map((q) => q.id)] });
  }
  return withheld;
}

/**
 * The outcome questions' figures of every set shown, each resting on at least `t` answers, and protected against
 * subtraction like a statement: the team's answers outside the groups whose figure is published are none or at least `t`.
 */
function addOutcomeFigures(instrument: Instrument, sets: TeamSets, team: GroupView, groups: GroupView[], t: number, ctx: AggregateContext): void {
  const tallies = [sets.team.tally, ...sets.groups.map((g) => g.tally)];
  // A set not shown keeps its count only: no outcome key at all.
  [team, ...groups].forEach((v, i) => v.shown && (v.outcomes = outcomeFigures(instrument, tallies[i]!.outcomes, ctx.lang, t, i === 0 ? ctx.population : undefined)));
  if (!team.outcomes) return;
  const shown = groups.filter((g) => g.outcomes);
  team.outcomes.forEach((_o, k) => {
    bySubtraction(team, shown, t, {
      published: (v) => v.outcomes![k]!.n !== null,
      count: (v) => v.outcomes![k]!.answered,
      withhold: (v) => void (v.outcomes![k] = withheldOutcome(v.outcomes![k]!)),
    });
  });
}

/** What was withheld: how many dimension scores and statements, and which, per set (group null: the team). */
interface Withheld {
  dimensions: number;
  statements: number;
  where: { group: string | null; items: string[] }[];
}

/** One figure of a team view protected against subtraction (withholdBySubtraction over the groups shown); how many were withheld. */
function bySubtraction(team: GroupView, shown: GroupView[], t: number, figure: { published: (v: GroupView) => boolean; count: (v: GroupView) => number; withhold: (v: GroupView) => void }): number {
  const { published, count, withhold } = figure;
  if (!published(team)) return 0;
  const withheld = withholdBySubtraction(count(team), shown.map((g) => (published(g) ? count(g) : null)), t);
  for (const k of withheld) withhold(shown[k]!);
  return withheld.length;
}

/**
 * The register's verdict on a team view: each figure of a set shown that nearly repeats a figure released earlier is
 * withheld (before the subtraction protection, which then covers it), unless overlap is allowed; either way a note
 * names them. Null when there is none.
 */
function applyOverlaps(instrument: Instrument, views: GroupView[], overlap: NonNullable<AggregateContext['overlap']>, minGroup: number): AggNote | null {
  const where: { group: string | null; items: string[] }[] = [];
  const nd = instrument.dimensions.length;
  for (const v of views) {
    if (!v.shown || !v.dimensions || !v.questions) continue;
    const found = overlap.of(v.name);
    if (!found.length) continue;
    where.push({ group: v.name, items: found.map((o) => (o.figure < nd ? v.dimensions![o.figure]!.label : v.questions![o.figure - nd]!.id)) });
    if (overlap.allowed) continue;
    for (const o of found) {
      if (o.figure < nd) v.dimensions![o.figure] = withheldDimension(v.dimensions![o.figure]!);
      else v.questions![o.figure - nd] = withheldQuestion(v.questions![o.figure - nd]!);
    }
  }
  return where.length ? (msg('team.note.overlap', { allowed: overlap.allowed, minGroup, where }) as AggNote) : null;
}
