import type { Horizon, Lang, Owner } from './core/types.js';

const HORIZON: Record<Horizon, [string, string]> = {
  'quick-win': ['action rapide', 'quick win'],
  '3-months': ['3 mois', '3 months'],
  '12-months': ['12 mois', '12 months'],
};
const OWNER: Record<Owner, [string, string]> = {
  leadership: ['direction', 'leadership'],
  hr: ['RH', 'HR'],
  managers: ['managers', 'managers'],
  teams: ['équipes', 'teams'],
};

/** The label of an action's horizon. */
export function horizonLabel(h: Horizon | null, lang: Lang): string {
  return h ? HORIZON[h][lang === 'fr' ? 0 : 1] : '';
}

/** The label of an action's owner. */
export function ownerLabel(o: Owner | null, lang: Lang): string {
  return o ? OWNER[o][lang === 'fr' ? 0 : 1] : '';
}

/** An action's horizon and owner on one line ("quick win · HR"), empty when it has neither. */
export function actionTagLine(a: { horizon: Horizon | null; owner: Owner | null }, lang: Lang): string {
  return [horizonLabel(a.horizon, lang), ownerLabel(a.owner, lang)].filter(Boolean).join(' · ');
}

/** The colon of a label, as each language writes it ("Score : 50" in French, "Score: 50" in English). */
export function colon(lang: Lang): string {
  return lang === 'fr' ? ' : ' : ': ';
}

const WORDS = {
  fr: {
    overall: 'Résultat global',
    level: 'Niveau',
    score: 'Score',
    dimension: 'Dimension',
    answered: 'Réponses',
    notScored: 'non noté',
    plan: "Plan d'action",
    planHint: "la dimension la plus faible d'abord",
    posture: 'Posture à adopter',
    noActions: 'Aucune action prévue à ce niveau.',
    question: 'Question',
    statement: 'Affirmation',
    scale: 'Échelle',
    dontKnow: 'Je ne sais pas',
    generated: 'Généré le',
    respondent: 'Répondant',
    group: 'Groupe',
    strengths: 'Points forts',
    priorities: 'Priorités',
    howToRead: 'Comment lire ce rapport',
    report: 'Rapport de résultats',
    instrument: 'Instrument',
    dimensions: 'Dimensions',
    levels: 'Niveaux de maturité',
    yourLevel: 'votre niveau',
    note: 'À noter',
    horizon: 'Horizon',
    owner: 'Porteur',
    generatedBy: 'Produit par',
    chart: 'Scores par dimension',
    chartBands: 'Les anneaux colorés marquent les niveaux',
    tickOne: 'Cochez une case par affirmation.',
    questionnaire: 'Questionnaire',
  },
  en: {
    overall: 'Overall result',
    level: 'Level',
    score: 'Score',
    dimension: 'Dimension',
    answered: 'Answers',
    notScored: 'not scored',
    plan: 'Action plan',
    planHint: 'weakest dimension first',
    posture: 'Posture to adopt',
    noActions: 'No action planned at this level.',
    question: 'Question',
    statement: 'Statement',
    scale: 'Scale',
    dontKnow: "Don't know",
    generated: 'Generated on',
    respondent: 'Respondent',
    group: 'Group',
    strengths: 'Strengths',
    priorities: 'Priorities',
    howToRead: 'How to read this report',
    report: 'Results report',
    instrument: 'Instrument',
    dimensions: 'Dimensions',
    levels: 'Maturity levels',
    yourLevel: 'your level',
    note: 'Note',
    horizon: 'Horizon',
    owner: 'Owner',
    generatedBy: 'Produced by',
    chart: 'Scores by dimension',
    chartBands: 'The coloured rings mark the levels',
    tickOne: 'Tick one box per statement.',
    questionnaire: 'Questionnaire',
  },
} as const;

/** Words of the interface shared by the renderers, in one language. */
export function words(lang: Lang): (typeof WORDS)[Lang] {
  return WORDS[lang];
}
