// What a result's report says, apart from how each format says it: the same facts, in the same order, in one language.
import { MIN_ANSWERED_SHARE } from '../../core/score.js';
import type { Result } from '../../core/result.js';
import { strengthsAndPriorities } from './highlights.js';
import { levelCell, levelRange, levelText } from './levels.js';
import { hasCode, noteText } from './notes.js';
import { planView, type PlanView } from './plan.js';
import { momentLabel } from './moments.js';
import { speech, type Speech } from './words.js';

/** A dimension (or the overall) row of the report. */
export interface ScoreRow {
  id: string;
  label: string;
  /** 0–100, for bars; null when not scored. */
  value: number | null;
  score: string;
  level: number | null;
  /** "Level 2/3 · Developing". */
  levelText: string;
  /** "2 Developing". */
  levelCell: string;
  answered: string;
}

/** A list of strengths or priorities. */
export interface Highlight {
  id: 'strengths' | 'priorities';
  title: string;
  items: { label: string; score: string; levelText: string }[];
  /** Said when dimensions left out share the score of the last one named ("Ex aequo: Image."). */
  tie: string | null;
}

/** The result report, format-neutral. */
export interface ResultView {
  s: Speech;
  title: string;
  /** "Results report". */
  kind: string;
  meta: { label: string; value: string }[];
  /** The date it was generated, written out. */
  date: string;
  levelCount: number;
  /** The lowest score of each level, in level order. */
  levelMins: number[];
  overall: ScoreRow & { title: string; description: string | null };
  /** The notes to show beside the overall result (the missing matrix is said where the plan would be). */
  notes: string[];
  /** The outcome questions the respondent answered, with the answer (no NPS for one person). */
  outcomes: string[];
  noMatrix: string | null;
  head: { dimension: string; score: string; level: string; answered: string; dimensions: string };
  dimensions: ScoreRow[];
  highlights: Highlight[];
  levels: { title: string; items: { level: number; label: string; range: string; description: string; current: boolean; heading: string }[]; yourLevel: string };
  chart: { title: string; bands: string };
  plan: PlanView | null;
  /** The before / during / after scores (null when the instrument's questions carry no moment). */
  journey: { title: string; head: string; rows: ScoreRow[] } | null;
  /** The targets (null when none were given): per dimension the target and the gap, and the percent-to-target. */
  targets: { title: string; head: { target: string; gap: string }; rows: { id: string; label: string; target: string; gap: string }[]; percent: string } | null;
  reading: { title: string; paragraphs: string[] };
  footer: string;
}

/** Builds the view of a result. */
export function resultView(r: Result): ResultView {
  const s = speech(r.language);
  const { w, f, t } = s;
  const n = r.levels.length;
  const row = (id: string, label: string, score: number | null, level: number | null, levelLabel: string | null, answered: number, total: number): ScoreRow => ({
    id,
    label: t(label),
    value: score,
    score: f.score(score),
    level,
    levelText: levelText(s, level, levelLabel, n),
    levelCell: levelCell(s, level, levelLabel),
    answered: `${answered}/${total}`,
  });
  const sum = (k: 'answered' | 'total') => r.dimensions.reduce((a, d) => a + d[k], 0);
  const meta = [
    { label: w('render.generated'), value: f.date(r.generatedAt) },
    { label: w('render.instrument'), value: `${r.instrument.id} ${r.instrument.version}` },
  ];
  if (r.respondent.group) meta.push({ label: w('render.group'), value: t(r.respondent.group) });
  if (r.respondent.label) meta.push({ label: w('render.respondent'), value: t(r.respondent.label) });
  const { strengths, priorities, tied } = strengthsAndPriorities(r);
  const highlight = (id: Highlight['id'], list: typeof strengths): Highlight => ({
    id,
    title: w(id === 'strengths' ? 'render.strengths' : 'render.priorities'),
    items: list.map((d) => ({ label: t(d.label), score: f.score(d.score), levelText: levelText(s, d.level, d.levelLabel, n) })),
    tie: tied[id].length ? w('render.tiedWith', { labels: tied[id].map((d) => t(d.label)) }) : null,
  });
  const noMatrix = r.notes.find((x) => hasCode(x, 'note.noMatrix'));
  const levelList = r.levels.map((l, i) => `${l.level} ${t(l.label)} (${levelRange(s, r.levels, i)})`).join(', ');
  return {
    s,
    title: t(r.instrument.title),
    kind: w('render.report'),
    meta,
    date: f.date(r.generatedAt),
    levelCount: n,
    levelMins: r.levels.map((l) => l.min),
    overall: {
      ...row('overall', w('render.overall'), r.overall.score, r.overall.level, r.overall.levelLabel, sum('answered'), sum('total')),
      title: w('render.overall'),
      description: r.overall.levelDescription ? t(r.overall.levelDescription) : null,
    },
    notes: r.notes.filter((x) => !hasCode(x, 'note.noMatrix')).map((x) => noteText(x, r.language)),
    outcomes: (r.outcomes ?? []).filter((o) => o.value !== null).map((o) => w('outcomes.yourAnswer', { text: t(o.text), value: o.value, min: o.scale.min, max: o.scale.max })),
    noMatrix: noMatrix ? noteText(noMatrix, r.language) : null,
    head: { dimension: w('render.dimension'), score: w('render.score'), level: w('render.level'), answered: w('render.answered'), dimensions: w('render.dimensions') },
    dimensions: r.dimensions.map((d) => row(d.id, d.label, d.score, d.level, d.levelLabel, d.answered, d.total)),
    highlights: [highlight('strengths', strengths), highlight('priorities', priorities)].filter((h) => h.items.length),
    levels: {
      title: w('render.levels'),
      yourLevel: w('render.yourLevel'),
      items: r.levels.map((l, i) => ({
        level: l.level,
        label: t(l.label),
        range: levelRange(s, r.levels, i),
        description: t(l.description),
        current: l.level === r.overall.level,
        heading: t(`${w('render.level')} ${l.level} · ${l.label}`),
      })),
    },
    chart: { title: w('render.chart'), bands: w('render.chartBands') },
    plan: planView(s, r.recommendations, r.focus, n, r.posture, 'render.plan', r.overall.level !== null && r.overall.level === r.levels[0]?.level, { max: r.scale.max, mean: false }),
    journey: r.moments.length ? { title: w('render.journey'), head: w('render.moment'), rows: r.moments.map((m) => row(m.id, momentLabel(m.id, r.language), m.score, m.level, m.levelLabel, m.answered, m.total)) } : null,
    targets: r.targets
      ? {
          title: w('terminal.targetsTitle'),
          head: { target: w('render.target'), gap: w('render.gap') },
          rows: r.targets.dimensions.map((d) => ({ id: d.id, label: t(r.dimensions.find((x) => x.id === d.id)?.label ?? d.id), target: f.score(d.target), gap: f.score(d.gap) })),
          percent: w('render.percentToTarget', { pct: r.targets.percentToTarget }),
        }
      : null,
    reading: {
      title: w('render.howToRead'),
      paragraphs: [
        w('render.readScores', { min: r.scale.min, max: r.scale.max, share: MIN_ANSWERED_SHARE * 100 }),
        w('render.readLevels', { levels: levelList }),
        w('render.readPlan'),
      ],
    },
    footer: `${w('render.generatedBy')} ${r.tool.name} ${r.tool.version}`,
  };
}
