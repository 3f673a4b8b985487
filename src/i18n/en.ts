// The reference catalog: every word the tool shows, in English. Keys are grouped by the part of the tool that uses
// them; each group is its own section so that parts can be edited independently. Entries are a fixed text, or a
// function of parameters and the language's formatter (numbers, plurals, dates, quotes).
import type { Fmt } from './format.js';

/** A catalog entry. */
export type Entry = string | ((p: never, f: Fmt) => string);

export const en = {
  // ==== app & cli (commands, options, the error boundary) ====
  'app.internal': (p: { detail: string }) => `internal error, not your fault. Please report it with what follows:\n${p.detail}`,

  // ==== app & cli: end ====

  // ==== core (validation of instruments, matrices, answers; results; gates) ====

  // ==== core: end ====

  // ==== io (reading files, CSV, folders, writing) ====

  // ==== io: end ====

  // ==== team (aggregate, anonymity, workshop, compare) ====

  // ==== team: end ====

  // ==== render (words of the documents, every format) ====
  // Shared by every document.
  'render.colon': (p: { label: string }) => `${p.label}:`,
  'render.overall': 'Overall result',
  'render.level': 'Level',
  'render.levelOf': (p: { level: number; count: number; label: string }) => `Level ${p.level}/${p.count} · ${p.label}`,
  'render.levelInline': (p: { level: number; label: string }) => `level ${p.level} ${p.label}`,
  'render.levelBelow': (p: { next: number }) => `below ${p.next}`,
  'render.levelFrom': (p: { min: number }) => `${p.min} and above`,
  'render.levelBetween': (p: { min: number; next: number }) => `${p.min} to under ${p.next}`,
  'render.score': 'Score',
  'render.dimension': 'Dimension',
  'render.dimensions': 'Dimensions',
  'render.answered': 'Answers',
  'render.notScored': 'not scored',
  'render.statement': 'Statement',
  'render.dontKnow': "Don't know",
  'render.group': 'Group',
  'render.team': 'Team',
  'render.respondent': 'Respondent',
  'render.instrument': 'Instrument',
  'render.generated': 'Generated on',
  'render.generatedBy': 'Produced by',
  'render.note': 'Note',
  'render.notes': 'Notes',
  'render.none': 'none',
  // The action plan.
  'render.plan': 'Action plan',
  'render.teamPlan': "The team's action plan",
  'render.planHint': 'weakest dimension first',
  'render.noActions': 'No action planned at this level.',
  'render.posture': 'Posture to adopt',
  'render.horizon': 'Horizon',
  'render.owner': 'Owner',
  'render.horizon.quick-win': 'quick win',
  'render.horizon.3-months': '3 months',
  'render.horizon.12-months': '12 months',
  'render.owner.leadership': 'leadership',
  'render.owner.hr': 'HR',
  'render.owner.managers': 'managers',
  'render.owner.teams': 'teams',
  'render.strengths': 'Strengths',
  'render.priorities': 'Priorities',
  // The result report.
  'render.report': 'Results report',
  'render.levels': 'Maturity levels',
  'render.yourLevel': 'your level',
  'render.chart': 'Scores by dimension',
  'render.chartBands': 'The coloured rings mark the levels',
  'render.howToRead': 'How to read this report',
  'render.readScores': (p: { min: number; max: number; share: number }, f: Fmt) =>
    `Each dimension gets a score from 0 to 100 computed from the answers: 0 when all its statements got the lowest answer on the scale (${p.min}), 100 when all got the highest (${p.max}). "Don't know" answers are left out; a dimension is scored only when at least ${f.pct(p.share)} of its statements are answered. The overall score is the mean of the dimension scores.`,
  'render.readLevels': (p: { levels: string }) => `Levels: ${p.levels}.`,
  'render.readPlan':
    'The action plan starts with the weakest dimension: for each one, the actions suited to the level it reached. It is a starting point for discussion, not a verdict: the most useful next step is to compare these results with how others in the organisation see it.',
  // The questionnaire and the answers template.
  'render.questionnaire': 'Questionnaire',
  'render.scale': 'Scale',
  'render.tickOne': 'Tick one box per statement.',
  'render.templateAnswerWith': 'Answer each statement with a value of the scale:',
  'render.templateOrQuestion': '(or ?)',
  'render.templateBlank': 'A line left blank counts as unanswered: the file is refused while any remain.',
  'render.templateThen': 'Then: ex-maturity assess --answers THIS-FILE.yaml',
  'render.templateGroup': "Optional, for team views (ex-maturity aggregate): the respondent's group.",
  // The team view.
  'render.teamView': 'Team view',
  'render.workshop': 'Workshop',
  'render.threshold': (p: { n: number }) => `Anonymity threshold: ${p.n} (a smaller group shows only its count)`,
  'render.respondents': 'Respondents',
  'render.participants': 'Participants (most votes on a statement)',
  'render.skipped': (p: { n: number }, _f: Fmt) => `${p.n} skipped`,
  'render.hidden': (p: { n: number; min: number }, f: Fmt) => `${f.count(p.n, 'respondent', 'respondents')}: below the threshold of ${p.min}, nothing else is shown`,
  'render.median': 'Median',
  'render.range': 'Min–max',
  'render.stdDev': 'Std dev',
  'render.scored': 'Scored',
  'render.unscored': (p: { n: number }, _f: Fmt) => `+${p.n} not scored`,
  'render.levelShares': 'Share per level (1 · 2 · 3…)',
  'render.groups': 'Groups',
  'render.gaps': 'Perception gaps (largest first)',
  'render.gap': 'Gap',
  'render.highest': 'Highest',
  'render.lowest': 'Lowest',
  'render.discuss': 'Statements to discuss first (disagreement)',
  'render.questions': 'Answers per statement',
  'render.mean': 'Mean',
  'render.disagreement': 'disagreement',
  'render.chartGroups': (p: { shown: number; left: number }, f: Fmt) =>
    `The chart shows the team and ${f.count(p.shown, 'group', 'groups')}; the other ${p.left} ${f.plural(p.left, 'is', 'are')} in the groups table.`,
  'render.definitions': (p: { share: number }, f: Fmt) =>
    `Team score = mean of the unrounded scores of the respondents scored; population standard deviation; disagreement = at least ${f.pct(p.share)} of the answers on each side of a two-point gap on the scale (workshop: two votes two points apart).`,
  'render.workshopDefinitions': "Workshop score = 100 × (mean of all the dimension's votes − min) / (max − min); disagreement = two votes two or more points apart.",
  // The comparison.
  'render.change': 'Change',
  'render.before': 'Before',
  'render.after': 'After',
  'render.delta': 'Change',
  'render.improved': 'Improved (largest first)',
  'render.fell': 'Fell (largest first)',
  'render.individualResult': 'individual result',
  'render.aggregateOf': (p: { n: number; min: string }, f: Fmt) => `aggregate of ${f.count(p.n, 'respondent', 'respondents')}, anonymity threshold ${p.min}`,
  'render.up': 'up',
  'render.down': 'down',
  'render.same': '=',
  'render.deltaDefinition': 'Changes computed from the unrounded scores, then rounded to one decimal (half away from zero).',

  // ==== render: end ====
} satisfies Record<string, Entry>;
