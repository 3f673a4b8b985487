// The French catalog: the same keys as en.ts, each with the same parameters (a missing or extra key does not compile).
// Write plain spaces before : ; ! ? % and inside « »: the formatter turns them into the right no-break spaces.
import type { Catalog } from './index.js';

export const fr: Catalog = {
  // ==== app & cli (commands, options, the error boundary) ====
  'app.internal': (p) => `erreur interne, ce n’est pas de votre fait. Merci de la signaler avec ce qui suit :\n${p.detail}`,

  // ==== app & cli: end ====

  // ==== core (validation of instruments, matrices, answers; results; gates) ====

  // ==== core: end ====

  // ==== io (reading files, CSV, folders, writing) ====

  // ==== io: end ====

  // ==== team (aggregate, anonymity, workshop, compare) ====

  // ==== team: end ====

  // ==== render (words of the documents, every format) ====
  // Shared by every document.
  'render.colon': (p) => `${p.label} :`,
  'render.overall': 'Résultat global',
  'render.level': 'Niveau',
  'render.levelOf': (p) => `Niveau ${p.level}/${p.count} · ${p.label}`,
  'render.levelInline': (p) => `niveau ${p.level} ${p.label}`,
  'render.levelBelow': (p) => `moins de ${p.next}`,
  'render.levelFrom': (p) => `${p.min} et plus`,
  'render.levelBetween': (p) => `de ${p.min} à moins de ${p.next}`,
  'render.score': 'Score',
  'render.dimension': 'Dimension',
  'render.dimensions': 'Dimensions',
  'render.answered': 'Réponses',
  'render.notScored': 'non noté',
  'render.statement': 'Affirmation',
  'render.dontKnow': 'Je ne sais pas',
  'render.group': 'Groupe',
  'render.team': 'Équipe',
  'render.respondent': 'Répondant',
  'render.instrument': 'Instrument',
  'render.generated': 'Généré le',
  'render.generatedBy': 'Produit par',
  'render.note': 'À noter',
  'render.notes': 'Remarques',
  'render.none': 'aucun',
  // The action plan.
  'render.plan': 'Plan d’action',
  'render.teamPlan': 'Plan d’action de l’équipe',
  'render.planHint': 'la dimension la plus faible d’abord',
  'render.noActions': 'Aucune action prévue à ce niveau.',
  'render.posture': 'Posture à adopter',
  'render.horizon': 'Horizon',
  'render.owner': 'Porteur',
  'render.horizon.quick-win': 'action rapide',
  'render.horizon.3-months': '3 mois',
  'render.horizon.12-months': '12 mois',
  'render.owner.leadership': 'direction',
  'render.owner.hr': 'RH',
  'render.owner.managers': 'managers',
  'render.owner.teams': 'équipes',
  'render.strengths': 'Points forts',
  'render.priorities': 'Priorités',
  // The result report.
  'render.report': 'Rapport de résultats',
  'render.levels': 'Niveaux de maturité',
  'render.yourLevel': 'votre niveau',
  'render.chart': 'Scores par dimension',
  'render.chartBands': 'Les anneaux colorés marquent les niveaux',
  'render.howToRead': 'Comment lire ce rapport',
  'render.readScores': (p, f) =>
    `Chaque dimension reçoit un score de 0 à 100 calculé à partir des réponses : 0 si toutes ses affirmations ont reçu la réponse la plus basse de l’échelle (${p.min}), 100 si toutes ont reçu la plus haute (${p.max}). Les réponses « je ne sais pas » sont laissées de côté ; une dimension n’est notée que si au moins ${f.pct(p.share)} de ses affirmations ont une réponse. Le score global est la moyenne des scores des dimensions.`,
  'render.readLevels': (p) => `Niveaux : ${p.levels}.`,
  'render.readPlan':
    'Le plan d’action commence par la dimension la plus faible : pour chacune, les actions qui correspondent au niveau atteint. C’est un point de départ à discuter, pas un verdict : le plus utile est de comparer ces résultats avec la perception d’autres personnes de l’organisation.',
  // The questionnaire and the answers template.
  'render.questionnaire': 'Questionnaire',
  'render.scale': 'Échelle',
  'render.tickOne': 'Cochez une case par affirmation.',
  'render.templateAnswerWith': 'Répondez à chaque affirmation par une valeur de l’échelle :',
  'render.templateOrQuestion': '(ou ?)',
  'render.templateBlank': 'Une ligne laissée vide compte comme non répondue : le fichier est refusé tant qu’il en reste.',
  'render.templateThen': 'Puis : ex-maturity assess --answers CE-FICHIER.yaml',
  'render.templateGroup': 'Optionnel, pour les vues d’équipe (ex-maturity aggregate) : le groupe du répondant.',
  // The team view.
  'render.teamView': 'Vue d’équipe',
  'render.workshop': 'Atelier',
  'render.threshold': (p) => `Seuil d’anonymat : ${p.n} (un groupe plus petit ne montre que son effectif)`,
  'render.respondents': 'Répondants',
  'render.participants': 'Participants (votes au plus sur une affirmation)',
  'render.skipped': (p, f) => `${f.count(p.n, 'ignoré', 'ignorés')}`,
  'render.hidden': (p, f) => `${f.count(p.n, 'répondant', 'répondants')} : sous le seuil de ${p.min}, rien d’autre n’est montré`,
  'render.median': 'Médiane',
  'render.range': 'Min–max',
  'render.stdDev': 'Écart-type',
  'render.scored': 'Notés',
  'render.unscored': (p, f) => `+${p.n} ${f.plural(p.n, 'non noté', 'non notés')}`,
  'render.levelShares': 'Part par niveau (1 · 2 · 3…)',
  'render.groups': 'Groupes',
  'render.gaps': 'Écarts de perception (le plus grand d’abord)',
  'render.gap': 'Écart',
  'render.highest': 'Plus haut',
  'render.lowest': 'Plus bas',
  'render.discuss': 'Affirmations à discuter d’abord (désaccord)',
  'render.questions': 'Réponses par affirmation',
  'render.mean': 'Moyenne',
  'render.disagreement': 'désaccord',
  'render.chartGroups': (p, f) =>
    `Le graphique montre l’équipe et ${f.count(p.shown, 'groupe', 'groupes')} ; ${f.plural(p.left, `l’autre est dans`, `les ${p.left} autres sont dans`)} le tableau des groupes.`,
  'render.definitions': (p, f) =>
    `Score d’équipe = moyenne des scores non arrondis des répondants notés ; écart-type de population ; désaccord = au moins ${f.pct(p.share)} des réponses de chaque côté d’un écart de deux points de l’échelle (atelier : deux votes à deux points d’écart).`,
  'render.workshopDefinitions': 'Score d’atelier = 100 × (moyenne de tous les votes de la dimension − min) / (max − min) ; désaccord = deux votes à deux points d’écart ou plus.',
  // The comparison.
  'render.change': 'Évolution',
  'render.before': 'Avant',
  'render.after': 'Après',
  'render.delta': 'Écart',
  'render.improved': 'Progrès (le plus fort d’abord)',
  'render.fell': 'Reculs (le plus fort d’abord)',
  'render.individualResult': 'résultat individuel',
  'render.aggregateOf': (p, f) => `agrégat de ${f.count(p.n, 'répondant', 'répondants')}, seuil d’anonymat ${p.min}`,
  'render.up': 'monte',
  'render.down': 'descend',
  'render.same': '=',
  'render.deltaDefinition': 'Écarts calculés sur les scores non arrondis, puis arrondis à une décimale (demi loin de zéro).',

  // ==== render: end ====
};
