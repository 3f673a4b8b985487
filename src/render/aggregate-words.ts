import type { Lang } from '../core/types.js';
import type { Aggregate } from '../team/aggregate.js';

const WORDS = {
  fr: {
    teamView: "Vue d'équipe",
    workshop: 'Atelier',
    threshold: (n: number) => `Seuil d'anonymat : ${n} (un groupe plus petit ne montre que son effectif)`,
    respondents: 'Répondants',
    participants: 'Participants (votes au plus sur une affirmation)',
    skipped: 'ignorés',
    overall: 'Résultat global',
    notScored: 'non noté',
    hidden: (n: number, min: number) => `${n} répondant(s) : sous le seuil de ${min}, rien d'autre n'est montré`,
    dimension: 'Dimension',
    score: 'Score',
    level: 'Niveau',
    median: 'Médiane',
    range: 'Min–max',
    stdDev: 'Écart-type',
    scored: 'Notés',
    unscored: 'non notés',
    levelShares: 'Part par niveau (1 · 2 · 3…)',
    groups: 'Groupes',
    group: 'Groupe',
    gaps: 'Écarts de perception (le plus grand d’abord)',
    gap: 'Écart',
    highest: 'Plus haut',
    lowest: 'Plus bas',
    discuss: "Affirmations à discuter d'abord (désaccord)",
    questions: 'Réponses par affirmation',
    statement: 'Affirmation',
    mean: 'Moyenne',
    dontKnow: 'NSP',
    disagreement: 'désaccord',
    plan: "Plan d'action de l'équipe",
    planHint: "la dimension la plus faible d'abord",
    posture: 'Posture à adopter',
    noActions: 'Aucune action prévue à ce niveau.',
    notes: 'Remarques',
    definitions: "Score d'équipe = moyenne des scores non arrondis des répondants notés ; écart-type de population ; désaccord = au moins 20 % des réponses de chaque côté d'un écart de deux points de l'échelle (atelier : deux votes à deux points d'écart).",
    workshopDefinitions: "Score d'atelier = 100 × (moyenne de tous les votes de la dimension − min) / (max − min) ; désaccord = deux votes à deux points d'écart ou plus.",
    generated: 'Généré le',
  },
  en: {
    teamView: 'Team view',
    workshop: 'Workshop',
    threshold: (n: number) => `Anonymity threshold: ${n} (a smaller group shows only its count)`,
    respondents: 'Respondents',
    participants: 'Participants (most votes on a statement)',
    skipped: 'skipped',
    overall: 'Overall result',
    notScored: 'not scored',
    hidden: (n: number, min: number) => `${n} respondent(s): below the threshold of ${min}, nothing else is shown`,
    dimension: 'Dimension',
    score: 'Score',
    level: 'Level',
    median: 'Median',
    range: 'Min–max',
    stdDev: 'Std dev',
    scored: 'Scored',
    unscored: 'not scored',
    levelShares: 'Share per level (1 · 2 · 3…)',
    groups: 'Groups',
    group: 'Group',
    gaps: 'Perception gaps (largest first)',
    gap: 'Gap',
    highest: 'Highest',
    lowest: 'Lowest',
    discuss: 'Statements to discuss first (disagreement)',
    questions: 'Answers per statement',
    statement: 'Statement',
    mean: 'Mean',
    dontKnow: 'DK',
    disagreement: 'disagreement',
    plan: "The team's action plan",
    planHint: 'weakest dimension first',
    posture: 'Posture to adopt',
    noActions: 'No action planned at this level.',
    notes: 'Notes',
    definitions: 'Team score = mean of the unrounded scores of the respondents scored; population standard deviation; disagreement = at least 20 % of the answers on each side of a two-point gap on the scale (workshop: two votes two points apart).',
    workshopDefinitions: "Workshop score = 100 × (mean of all the dimension's votes − min) / (max − min); disagreement = two votes two or more points apart.",
    generated: 'Generated on',
  },
};

/** Words of the team reports, in one language. */
export function aggregateWords(lang: Lang): (typeof WORDS)['en'] {
  return WORDS[lang];
}

/** The name of a group as shown (the team has none). */
export function groupName(name: string | null, lang: Lang): string {
  return name ?? (lang === 'fr' ? 'Équipe' : 'Team');
}

/** A number as shown: one decimal, or a dash. */
export function num(x: number | null): string {
  return x === null ? '—' : x.toFixed(1);
}

/** The share of respondents at each level, in level order ("23 % · 65 % · 12 %"). */
export function levelShares(levels: readonly { percent: number }[]): string {
  return levels.map((l) => `${l.percent.toFixed(0)} %`).join(' · ');
}

/** The title line of a team report. */
export function aggregateTitle(a: Aggregate): string {
  const w = aggregateWords(a.language);
  return `${a.instrument.title} — ${a.source === 'workshop' ? w.workshop : w.teamView}`;
}
