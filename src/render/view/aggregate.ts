// What a team view says, apart from how each format says it.
import { DISAGREE_SHARE } from '../../team/disagreement.js';
import type { AggQuestion, Aggregate, GroupView } from '../../team/aggregate.js';
import { levelCell, levelRange, levelText } from './levels.js';
import { hasCode, noteText } from './notes.js';
import { planView, type PlanView } from './plan.js';
import { outcomesView, type OutcomesView } from './outcomes.js';
import { speech, type Speech } from './words.js';

/** A dimension row of the team (the statistics per respondent are there only for respondents, not a workshop). */
export interface TeamRow {
  label: string;
  value: number | null;
  score: string;
  level: number | null;
  levelCell: string;
  levelText: string;
  /** The level number, and "borderline N" when it is. */
  levelShort: string;
  stats: { median: string; range: string; stdDev: string; scored: string; unscored: string | null; shares: string } | null;
  /** The interval beside the score ("±6.1"), when the document carries one; the row keeps a place for it. */
  interval?: string;
}

/** How many of the lowest statement means a printed team view keeps beside those flagged. */
export const PRINTED_LOWEST = 3;
/** At most this many statements printed (the disagreements first, the widest spread first), so the team view keeps to 3 A4 pages. */
export const PRINTED_MAX = 8;

/** The team view, format-neutral. */
export interface AggregateView {
  s: Speech;
  /** "Team view" or "Workshop". */
  kind: string;
  instrumentTitle: string;
  /** "<instrument> — Team view". */
  title: string;
  threshold: string;
  warning: string | null;
  count: { label: string; n: number; skipped: string | null };
  overallTitle: string;
  /** The team below the threshold: its count only. */
  hidden: string | null;
  /** `interval`: as on a dimension row, when the document carries one. */
  overall: { value: number | null; score: string; level: number | null; levelText: string; interval?: string } | null;
  levels: Aggregate['levels'];
  perRespondent: boolean;
  head: { dimension: string; score: string; level: string; stats: string[] };
  dimensions: TeamRow[];
  /** The notes (the low-threshold one is the warning); `teamHidden` for the one that says the team is hidden. */
  notes: { text: string; teamHidden: boolean }[];
  groups: {
    title: string;
    head: string[];
    rows: { name: string; respondents: number; hidden: string | null; overall: string; scores: string[] }[];
  } | null;
  /** Series for a chart: the team, then each group shown. */
  series: { label: string; values: (number | null)[] }[];
  axes: string[];
  chartCaption: (shown: number) => string | null;
  gaps: { title: string; head: string[]; rows: { label: string; gap: string; high: string; low: string }[] } | null;
  discuss: { title: string; items: { text: string; question: string; mean: string; stdDev: string; agreement: string; spread: string | null }[]; mean: string; stdDev: string; agreement: string } | null;
  /** Per statement; `printed` when it has something to say (disagreement, among the lowest means, withheld): the rest is on screen only. */
  questions: { title: string; head: string[]; values: string[]; printNote: string; rows: { text: string; id: string; counts: (number | string)[]; dontKnow: number; mean: string; stdDev: string; agreement: string; flag: string | null; printed: boolean }[] } | null;
  plan: PlanView | null;
  /** The outcome questions (NPS per set, driver impact); null when the instrument has none. */
  outcomes: OutcomesView | null;
  /** The reading guide, as in the other reports. */
  reading: { title: string; paragraphs: string[] };
  definitions: string;
  /** How precise the figures are, and who was invited (SPEC.md "Uncertainty"); null when nothing has an interval. */
  precision: string | null;
  /** The method box that ends the report. */
  method: { title: string; lines: string[] };
  footer: string;
}

/** A figure with its 95 % interval in the one compact style of the human formats: `53.0 (47.1–59.0)`. */
export function withInterval(s: Speech, value: string, ci: readonly [number, number] | null | undefined, digits = 1): string {
  return ci ? s.w('uncertainty.interval', { value, low: s.f.num(ci[0], digits), high: s.f.num(ci[1], digits) }) : value;
}

/** A 95 % interval alone, `(47.1–59.0)`, for the reports that set it beside a score of their own. */
export function rangeOf(s: Speech, ci: readonly [number, number], digits = 1): string {
  return s.w('uncertainty.range', { low: s.f.num(ci[0], digits), high: s.f.num(ci[1], digits) });
}

/** A level text, with "borderline with N" beside it when its interval crosses a threshold. */
export function withBorderline(s: Speech, text: string, borderline: number | null | undefined): string {
  return borderline === null || borderline === undefined ? text : `${text}, ${s.w('uncertainty.borderline', { level: borderline })}`;
}

/** The method box of a team view: who answered, what was withheld, how intervals are computed, the conventions. */
export function teamMethod(s: Speech, a: Aggregate, definitions?: string): { title: string; lines: string[] } {
  const rate = a.population ? s.f.pct(a.population.responseRate, 1) : null;
  return {
    title: s.w('uncertainty.methodTitle'),
    lines: [...(definitions ? [definitions] : []), s.w('uncertainty.methodWho', { respondents: a.respondents, rate, minGroup: a.anonymity.minGroup }), s.w('uncertainty.methodIntervals'), s.w('uncertainty.methodConventions')],
  };
}

/** The spread of a statement's answers in one short line: `1:2 2:0 3:4 4:1 ?:1`. */
export function distributionLine(q: AggQuestion): string {
  return [...q.answers.map((a) => `${a.value}:${a.count}`), `?:${q.dontKnow}`].join(' ');
}

/** Builds the view of a team. */
export function aggregateView(a: Aggregate): AggregateView {
  const s = speech(a.language);
  const { w, f, t } = s;
  const n = a.levels.length;
  const min = a.anonymity.minGroup;
  const per = a.source === 'respondents';
  const workshop = a.source === 'workshop';
  const kind = w(workshop ? 'render.workshop' : 'render.teamView');
  const hiddenText = (g: GroupView) => (g.hiddenBy === 'subtraction' ? w('privacy.hiddenBySubtraction', { n: g.respondents, min }) : w('render.hidden', { n: g.respondents, min }));
  const groupName = (name: string | null) => (name === null ? w('render.team') : t(name));
  const g = a.team;
  const shownTeam = g.shown && g.dimensions && g.overall ? { dims: g.dimensions, overall: g.overall } : null;
  const dims = a.team.dimensions ?? a.groups.find((x) => x.dimensions)?.dimensions ?? [];
  const shownGroups = a.groups.filter((x) => x.shown && x.dimensions);
  const questions = a.team.questions;
  const title = `${t(a.instrument.title)} — ${kind}`;
  const threshold = w('render.threshold', { n: min });
  const terms = workshop ? `${w('render.workshopDefinitions')} ${w('stats.workshopIntervals')}` : w('render.definitions', { share: DISAGREE_SHARE * 100 });
  const agreementNote = questions?.some((q) => q.agreement !== undefined) ? ` ${w('stats.agreementNote')}` : '';
  const definitions = `${terms}${agreementNote} ${w('uncertainty.intervalNote')}`;
  const lowest = new Set(
    (questions ?? [])
      .filter((q) => q.mean !== null && q.answers.length)
      .sort((x, y) => x.mean! - y.mean!)
      .slice(0, PRINTED_LOWEST)
      .map((q) => q.id),
  );
  // What prints: the disagreements (widest spread first), then the lowest means, then the withheld statements.
  const rank = (q: AggQuestion) => (q.disagreement ? 0 : lowest.has(q.id) ? 1 : !q.answers.length ? 2 : 3);
  const printed = new Set(
    [...(questions ?? [])]
      .filter((q) => rank(q) < 3)
      .sort((x, y) => rank(x) - rank(y) || (y.stdDevPopulation ?? 0) - (x.stdDevPopulation ?? 0))
      .slice(0, PRINTED_MAX)
      .map((q) => q.id),
  );
  return {
    s,
    kind,
    instrumentTitle: t(a.instrument.title),
    title,
    threshold,
    warning: a.anonymity.warning ? noteText(a.anonymity.warning, a.language) : null,
    count: { label: w(workshop ? 'render.participants' : 'render.respondents'), n: a.respondents, skipped: a.skipped ? w('render.skipped', { n: a.skipped }) : null },
    overallTitle: w('render.overall'),
    hidden: shownTeam ? null : hiddenText(g),
    overall: shownTeam ? { value: shownTeam.overall.score, score: f.score(shownTeam.overall.score), ...(shownTeam.overall.ci ? { interval: rangeOf(s, shownTeam.overall.ci) } : {}), level: shownTeam.overall.level, levelText: withBorderline(s, levelText(s, shownTeam.overall.level, shownTeam.overall.levelLabel, n), shownTeam.overall.borderline) } : null,
    levels: a.levels,
    perRespondent: per,
    head: {
      dimension: w('render.dimension'),
      score: w('render.score'),
      level: w('render.level'),
      stats: per ? [w('render.median'), w('render.range'), w('render.stdDev'), w('render.scored'), w('render.levelShares')] : [],
    },
    dimensions: (shownTeam?.dims ?? []).map((d) => ({
      label: t(d.label),
      value: d.score,
      score: f.score(d.score),
      ...(d.ci ? { interval: rangeOf(s, d.ci) } : {}),
      level: d.level,
      levelCell: withBorderline(s, levelCell(s, d.level, d.levelLabel), d.borderline),
      levelText: withBorderline(s, levelText(s, d.level, d.levelLabel, n), d.borderline),
      levelShort: d.borderline === null || d.borderline === undefined ? String(d.level ?? '') : `${d.level} (${w('uncertainty.borderlineShort', { level: d.borderline })})`,
      stats: per
        ? {
            median: f.score(d.median),
            range: d.min === null ? '—' : `${f.score(d.min)}–${f.score(d.max)}`,
            stdDev: f.score(d.stdDevPopulation),
            scored: String(d.scored),
            unscored: d.unscored ? w('render.unscored', { n: d.unscored }) : null,
            shares: d.levels.map((l) => withInterval(s, f.pct(l.percent), l.ci, 0)).join(' · '),
          }
        : null,
    })),
    notes: a.notes.filter((x) => !hasCode(x, 'team.note.lowThreshold')).map((x) => ({ text: noteText(x, a.language), teamHidden: hasCode(x, 'team.note.teamHidden') })),
    groups: a.groups.length
      ? {
          title: w('render.groups'),
          head: [w('render.group'), w('render.respondents'), w('render.overall'), ...dims.map((d) => t(d.label))],
          rows: a.groups.map((x) => ({
            name: groupName(x.name),
            respondents: x.respondents,
            hidden: x.shown ? null : hiddenText(x),
            overall: x.shown ? withInterval(s, f.score(x.overall!.score), x.overall!.ci) : '',
            scores: x.shown ? x.dimensions!.map((d) => withInterval(s, f.score(d.score), d.ci)) : [],
          })),
        }
      : null,
    axes: (shownTeam?.dims ?? []).map((d) => t(d.label)),
    series: shownTeam ? [{ label: groupName(null), values: shownTeam.dims.map((d) => d.score) }, ...shownGroups.map((x) => ({ label: t(x.name ?? ''), values: x.dimensions!.map((d) => d.score) }))] : [],
    chartCaption: (shown) => (shownGroups.length > shown ? w('render.chartGroups', { shown, left: shownGroups.length - shown }) : null),
    gaps: a.gaps.length
      ? {
          title: w('render.gaps'),
          head: [w('render.dimension'), w('render.gap'), w('render.highest'), w('render.lowest')],
          rows: a.gaps.map((x) => ({ label: t(x.label), gap: gapText(s, x), high: `${t(x.high.group)} ${f.score(x.high.score)}`, low: `${t(x.low.group)} ${f.score(x.low.score)}` })),
        }
      : null,
    discuss: a.discuss.length
      ? {
          title: w('render.discuss'),
          mean: w('render.mean'),
          stdDev: w('render.stdDev'),
          agreement: w('stats.agreement'),
          items: a.discuss.map((d) => {
            const q = questions?.find((x) => x.id === d.question);
            return { text: t(d.text), question: d.question, mean: s.num2(d.mean), stdDev: s.num2(d.stdDevPopulation), agreement: s.num2(q?.agreement), spread: q ? distributionLine(q) : null };
          }),
        }
      : null,
    questions: questions?.length
      ? {
          title: w('render.questions'),
          values: scaleOf(questions),
          head: [w('render.statement'), ...scaleOf(questions), w('render.dontKnow'), w('render.mean'), w('render.stdDev'), w('stats.agreement'), ''],
          // A statement whose figures are withheld (too few answered it) shows a dash for each count.
          printNote: w('deliverable.printStatements', { max: PRINTED_MAX }),
          rows: questions.map((q) => {
            const withheld = !q.answers.length;
            const flag = q.disagreement ? `⚠ ${w('render.disagreement')}` : withheld ? w('deliverable.withheld') : lowest.has(q.id) ? w('deliverable.lowest') : null;
            return { text: t(q.text), id: q.id, counts: withheld ? scaleOf(questions).map(() => '–') : q.answers.map((x) => x.count), dontKnow: q.dontKnow, mean: withInterval(s, s.num2(q.mean), q.ci, 2), stdDev: s.num2(q.stdDevPopulation), agreement: s.num2(withheld ? null : q.agreement), flag, printed: printed.has(q.id) };
          }),
        }
      : null,
    plan: planView(s, a.recommendations, a.focus, n, a.posture, 'render.teamPlan', a.team.overall?.level != null && a.team.overall.level === a.levels[0]?.level, { max: a.scale.max, mean: true }),
    outcomes: outcomesView(s, a),
    reading: {
      title: w('render.howToRead'),
      paragraphs: [
        w(workshop ? 'deliverable.readWorkshop' : 'deliverable.readTeam', { min }),
        w('render.readLevels', { levels: a.levels.map((l, i) => `${l.level} ${t(l.label)} (${levelRange(s, a.levels, i)})`).join(', ') }),
        w('deliverable.readPlan'),
      ],
    },
    definitions,
    precision: precisionText(s, a),
    method: teamMethod(s, a, `${terms}${agreementNote}`), // the intervals have their own line there
    footer: `${threshold} · ${w('render.generated')} ${f.date(a.generatedAt)}`,
  };
}

/** A group gap with its Welch interval, and "within the noise" when the interval contains 0. */
function gapText(s: Speech, g: Aggregate['gaps'][number]): string {
  const text = withInterval(s, s.f.score(g.gap), g.ci);
  return g.verdict === 'within-noise' ? `${text}, ${s.w('uncertainty.withinNoise')}` : text;
}

/** The precision line and the response rate, or null when no figure has an interval. */
function precisionText(s: Speech, a: Aggregate): string | null {
  const parts: string[] = [];
  if (a.population) parts.push(s.w('uncertainty.responseRate', { respondents: a.respondents, invited: a.population.invited, rate: a.population.responseRate }));
  const rates = a.groups.filter((g) => g.population && g.name !== null).map((g) => ({ name: s.t(g.name!), respondents: g.respondents, invited: g.population!.invited, rate: g.population!.responseRate }));
  if (rates.length) parts.push(s.w('stats.groupRates', { groups: rates }));
  if (a.precision) parts.push(s.w('uncertainty.precision', { margin: a.precision.margin, difference: a.precision.groupDifference }));
  return parts.length ? parts.join(' ') : null;
}

/** The scale values of the statements' columns (from a statement whose figures are published). */
function scaleOf(questions: readonly { answers: readonly { value: number }[] }[]): string[] {
  return (questions.find((q) => q.answers.length)?.answers ?? []).map((x) => String(x.value));
}
