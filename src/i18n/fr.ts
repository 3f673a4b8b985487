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
  'team.note.lowThreshold': (p) =>
    `Attention : seuil d’anonymat de ${p.minGroup}, sous ${p.safeMin} : les réponses individuelles peuvent se deviner. Ne diffusez pas ce rapport au-delà de la salle.`,
  'team.note.teamHidden': (p, f) =>
    `${f.count(p.n, 'répondant', 'répondants')}, sous le seuil d’anonymat (${p.minGroup}) : aucun chiffre n’est montré. Rassemblez plus de réponses, ou baissez --min-group en connaissance de cause.`,
  'team.note.belowThreshold': (p, f) =>
    `${f.count(p.n, 'groupe', 'groupes')} sous le seuil d’anonymat (${p.minGroup}) : seul ${f.plural(p.n, 'son', 'leur')} effectif est montré.`,
  'team.note.hiddenBySubtraction': (p, f) =>
    `${p.n} ${f.plural(p.n, 'groupe de plus masqué, bien qu’assez grand', 'groupes de plus masqués, bien qu’assez grands')} : sinon, l’équipe moins les groupes montrés redonnerait les réponses de moins de ${p.minGroup} personnes.`,
  'team.note.skipped': (p, f) => `${p.n} ${f.plural(p.n, 'ligne ou fichier invalide ignoré, non compté', 'lignes ou fichiers invalides ignorés, non comptés')}.`,
  'team.note.ungrouped': (p, f) => `${f.count(p.n, 'répondant', 'répondants')} sans groupe : ${f.plural(p.n, 'compté', 'comptés')} dans l’équipe seulement.`,
  'team.note.dimensionNotScored': (p, f) => `${p.label} n’est notée pour personne (trop de ${f.q('je ne sais pas')}).`,
  'team.note.overallNotScored': 'Pas de résultat global : toutes les dimensions doivent être notées.',
  'team.note.noMatrix': 'Pas de recommandations : cet instrument n’a pas de matrice d’actions (passez-la avec --matrix).',
  'team.vote.empty': 'Tapez les votes de la salle (par exemple 4 3 3 2 4 ?), b pour revenir en arrière, q pour arrêter.',
  'team.vote.tooMany': (p) => `Au plus ${p.max} votes par affirmation.`,
  'team.vote.notOnScale': (p, f) =>
    `${/^[+-]?\d+$/.test(p.vote) ? p.vote : f.q(p.vote)} n’est pas sur l’échelle : choisissez parmi ${p.values.join(', ')}${p.dontKnow ? ' ou ? (je ne sais pas)' : ''}. Retapez la ligne.`,
  'team.vote.noDontKnow': (p, f) => `Cet instrument n’a pas de réponse ${f.q('je ne sais pas')} : choisissez parmi ${p.values.join(', ')}. Retapez la ligne.`,

  // ==== team: end ====

  // ==== render (words of the documents, every format) ====

  // ==== render: end ====
};
