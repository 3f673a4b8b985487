// The French catalog: the same keys as en.ts, each with the same parameters (a missing or extra key does not compile).
// Write plain spaces before : ; ! ? % and inside « »: the formatter turns them into the right no-break spaces.
import type { Catalog } from './index.js';

export const fr: Catalog = {
  // ==== app & cli (commands, options, the error boundary) ====
  'app.internal': (p) => `erreur interne, ce n’est pas de votre fait. Merci de la signaler avec ce qui suit :\n${p.detail}`,
  'app.usage': (p) => `${p.detail}. Voir : ex-maturity --help`,
  'app.unknownOption': (p) => `option inconnue : ${p.option}. Voir : ex-maturity --help`,
  'app.optionNeedsValue': (p) => `il manque la valeur de ${p.option}. Voir : ex-maturity --help`,
  'app.missingArgument': 'il manque un argument (un ou plusieurs fichiers). Voir : ex-maturity --help',
  'app.tooManyArguments': 'trop d’arguments. Voir : ex-maturity --help',
  'app.unknownCommand': (p, f) => `commande inconnue : ${p.command} (commandes : ${f.list(p.commands)}). Voir : ex-maturity --help`,
  'app.unknownCommandSuggest': (p) => `commande inconnue : ${p.command}. Vouliez-vous dire ${p.suggestion} ? Voir : ex-maturity --help`,
  'app.badLang': (p) => `--lang ${p.value} : langue inconnue, utilisez --lang fr ou --lang en.`,
  'app.badFormat': (p, f) => `--format ${p.value} : format inconnu ici, utilisez ${f.list(p.allowed)}.`,
  'app.badExtension': (p, f) => `--output ${p.file} : l’extension ${f.q(p.ext || '(aucune)')} ne dit pas quel format écrire. Utilisez ${f.list(p.allowed)}, ou précisez --format.`,
  'app.badFailUnder': (p) => `--fail-under ${p.value} : donnez un score entre 0 et 100, par exemple --fail-under 60.`,
  'app.badMinLevel': (p) => `--min-level ${p.value} : donnez un numéro de niveau (1, 2, 3…).`,
  'app.minLevelTooHigh': (p) => `--min-level ${p.value} : l’instrument n’a que ${p.levels} niveaux.`,
  'app.badMinGroup': (p) => `--min-group ${p.value} : donnez un nombre entier d’au moins 1, par exemple --min-group 5.`,
  'app.resumeAndRestart': '--resume et --restart sont contraires : choisissez-en un.',
  'app.saved': (p) => `Enregistré : ${p.file}`,
  'app.missingAnswers': 'Il manque --answers FICHIER (un fichier de réponses YAML ou JSON, ou - pour l’entrée standard). ex-maturity template en écrit un vierge.',
  'app.compareOtherInstruments': (p, f) => `${p.oldFile} est pour l’instrument ${f.q(p.oldId)} et ${p.newFile} pour ${f.q(p.newId)} : on ne compare que deux mesures du même instrument.`,
  'app.compareNeedsInstrument': (p, f) => `${p.oldFile} et ${p.newFile} sont pour l’instrument ${f.q(p.id)}, pas ${f.q(p.current)} : passez-le avec --instrument FICHIER.`,
  'app.templateExtension': (p) => `--output ${p.file} : un fichier de réponses vierge est en YAML ; nommez-le en .yaml ou .yml.`,
  'app.templateExists': (p) => `${p.file} existe déjà : il contient peut-être des réponses. Choisissez un autre nom, ou ajoutez --force pour le remplacer.`,
  'app.moreProblems': (p) => `… et ${p.n} de plus.`,
  'app.problemsStrict': (p, f) => `${f.count(p.n, 'problème', 'problèmes')} dans les réponses (--strict : rien n’est ignoré) :\n${p.lines}\nCorrigez puis relancez, ou retirez --strict pour ignorer ces lignes.`,
  'app.problemsNoRespondent': (p, f) => `${f.count(p.n, 'problème', 'problèmes')} dans les réponses, et aucun répondant valable :\n${p.lines}\nCorrigez puis relancez.`,
  'app.noRespondent': 'Aucun répondant trouvé : passez des fichiers de réponses, des résultats JSON, des dossiers ou des exports CSV.',
  'app.skipped': (p, f) => `${f.count(p.n, 'ligne ou fichier ignoré', 'lignes ou fichiers ignorés')} (--strict pour les refuser).`,
  'app.validInstrument': (p, f) => `${p.file} : instrument ${p.id} ${p.version} (${f.count(p.dimensions, 'dimension', 'dimensions')}, ${f.count(p.questions, 'question', 'questions')}, ${f.count(p.levels, 'niveau', 'niveaux')})`,
  'app.validMatrix': (p, f) => `${p.file} : matrice d’actions pour ${p.id} (${f.count(p.actions, 'action', 'actions')})`,
  'app.validAnswers': (p) => `${p.file} : réponses complètes pour ${p.id}`,
  'app.unknownKind': (p) => `${p.file} : ni un instrument (scale, levels, dimensions), ni une matrice (instrument, dimensions), ni un fichier de réponses (answers).`,
  'app.filesToFix': (p, f) => `${f.count(p.bad, 'fichier', 'fichiers')} sur ${p.total} à corriger.`,
  'app.noTerminal': (p) =>
    p.command === 'interview'
      ? `Pas de terminal : l’entretien interactif en a besoin. Pour noter un fichier de réponses : ${p.program} assess --answers reponses.yaml (${p.program} template en écrit un vierge).`
      : `Pas de terminal : l’atelier en direct en a besoin. Pour une vue d’équipe à partir de fichiers : ${p.program} aggregate DOSSIER-OU-EXPORT.csv`,
  'app.ciSet': (p) =>
    `La variable CI est définie ici : ${p.command === 'interview' ? 'l’entretien' : 'l’atelier'} ne démarre pas (un pipeline ne doit jamais attendre quelqu’un). Pour le lancer quand même : env -u CI ${p.program}${p.command === 'workshop' ? ' workshop' : ''} ; pour noter un fichier : ${p.program} assess --answers reponses.yaml`,
  'app.outputFolderMissing': (p) => `--output ${p.file} : le dossier n’existe pas. Créez-le ou choisissez un autre chemin, avant de commencer.`,
  'app.keysChoose': '↑↓ pour choisir · Entrée pour valider',
  'app.sessionFound': (p) =>
    p.command === 'interview' ? `Un entretien commencé a été gardé : ${p.done} réponses sur ${p.total}.` : `Une session d’atelier est enregistrée (affirmation ${Math.min(p.done + 1, p.total)}/${p.total}).`,
  'app.sessionResume': 'Reprendre là où je m’étais arrêté',
  'app.sessionRestart': (p) => (p.command === 'interview' ? 'Recommencer depuis le début (les réponses gardées sont effacées)' : 'Recommencer à la première affirmation (les votes enregistrés sont effacés)'),
  'app.sessionResumed': (p, f) => (p.command === 'interview' ? `Reprise : ${f.count(p.done, 'réponse déjà donnée', 'réponses déjà données')}.` : `Reprise à l’affirmation ${p.done + 1}.`),
  'app.sessionRestarted': (p) => (p.command === 'interview' ? 'Les réponses gardées sont effacées : on commence à la première question.' : 'Les votes enregistrés sont effacés : on commence à la première affirmation.'),
  'app.sessionNone': 'Rien de commencé à reprendre : on commence au début.',
  'app.sessionCorrupt': (p) => `La session gardée est illisible : on repart de zéro (elle est mise de côté : ${p.file}).`,
  'app.sessionOtherVersion': (p) => `La session gardée correspond à une autre version du questionnaire : on repart de zéro (elle est mise de côté : ${p.file}).`,
  'app.askLanguage': 'Langue',
  'app.languageName': 'Français',
  'app.interviewAbout': (p, f) => `Environ ${f.count(p.minutes, 'minute', 'minutes')} pour ${f.count(p.n, 'affirmation', 'affirmations')}.`,
  'app.interviewPrivacy': 'Vos réponses restent sur cet ordinateur : rien n’est envoyé.',
  'app.interviewKeys': 'Choisissez avec ↑↓ ou le chiffre de la réponse, validez avec Entrée. Ctrl+C arrête à tout moment : vos réponses sont gardées et vous reprendrez là où vous étiez.',
  'app.interviewHelp': (p) => `↑↓ ou 1–${p.n} : choisir · Entrée : valider · Ctrl+C : arrêter (réponses gardées)`,
  'app.interviewBack': '← question précédente',
  'app.interviewYourAnswer': (p) => `Votre réponse : ${p.label}. Entrée la garde, ou choisissez-en une autre.`,
  'app.interviewDone': 'Merci. Le brouillon de cet entretien est effacé.',
  'app.interviewStopped': (p, f) =>
    p.kept > 0 ? `Interrompu. ${f.count(p.kept, 'réponse est gardée', 'réponses sont gardées')} sur cet ordinateur : pour reprendre, lancez ${p.command} --resume` : `Interrompu. Aucune réponse n’était encore donnée : relancez ${p.command} quand vous voulez.`,
  'app.saveFirst': 'Enregistrer le résultat ?',
  'app.saveMore': 'Enregistrer aussi dans un autre format ?',
  'app.saveFormat': (p) =>
    ({ json: 'JSON — les données, pour comparer plus tard (ex-maturity compare)', html: 'HTML — un rapport à imprimer ou partager', markdown: 'Markdown — un rapport en texte', csv: 'CSV — pour un tableur' })[p.format] ?? p.format,
  'app.saveFinish': 'Non, terminer',
  'app.saveFileName': 'Nom du fichier :',
  'app.saveEmptyName': 'Donnez un nom de fichier.',
  'app.saveExists': (p) => `${p.file} existe déjà. Le remplacer ?`,
  'app.saveReplace': 'Oui, le remplacer',
  'app.saveKeep': 'Non, choisir un autre nom',
  'app.workshopIntro': (p) => `Atelier : tapez les votes de la salle sur une ligne (${p.tokens}), b pour revenir, q pour arrêter (la session est gardée).`,
  'app.workshopVotes': 'Votes',
  'app.workshopDisagree': 'La salle n’est pas d’accord (votes à deux points d’écart ou plus) : à discuter.',
  'app.workshopKept': (p) => `Session gardée. Pour reprendre : ${p.command}`,
  'app.workshopStopped': (p) => `Interrompu. La session est gardée : ${p.command}`,
  'app.helpExamples': 'Exemples :',
  'app.helpProgram': 'Autodiagnostic de maturité de l’expérience collaborateur : 25 affirmations, un niveau de maturité, un plan d’action. Sans commande : l’entretien (--lang, --resume et --restart marchent aussi ici).',
  'app.helpRun': 'l’entretien interactif (25 questions, ~8 minutes), puis le résultat et le plan d’action',
  'app.helpAssess': 'note un fichier de réponses, sans jamais rien demander',
  'app.helpQuestions': 'affiche le questionnaire (pour imprimer ou construire un formulaire)',
  'app.helpTemplate': 'écrit un fichier de réponses vierge, chaque affirmation en commentaire',
  'app.helpValidate': 'vérifie des instruments, matrices et fichiers de réponses',
  'app.helpAggregate': 'vue d’équipe : plusieurs fichiers de réponses, résultats, dossiers, exports CSV',
  'app.helpCompare': 'ce qui a changé entre deux résultats ou deux agrégats',
  'app.helpWorkshop': 'atelier en direct : saisissez les votes de la salle, affirmation par affirmation',
  'app.optVersion': 'affiche la version',
  'app.optHelp': 'affiche l’aide',
  'app.optLang': 'langue : fr ou en (défaut : LC_ALL / LC_MESSAGES / LANG)',
  'app.optInstrument': 'instrument personnalisé (YAML ou JSON)',
  'app.optMatrix': 'matrice d’actions personnalisée',
  'app.optNoColor': 'sans couleur (aussi : NO_COLOR)',
  'app.optOutput': 'écrit dans un fichier (format déduit de l’extension)',
  'app.optBom': 'CSV : ajoute un BOM UTF-8 et les conventions de tableur de la langue',
  'app.optFailUnder': 'code 1 si le score global est sous ce seuil (0–100)',
  'app.optMinLevel': 'code 1 si le niveau global est sous ce niveau',
  'app.optMinGroup': 'seuil d’anonymat : un groupe plus petit ne montre que son effectif (défaut 5)',
  'app.optResume': 'reprend la session gardée sans demander',
  'app.optRestart': 'recommence sans demander (la session gardée est effacée)',
  'app.optAnswers': 'fichier de réponses YAML ou JSON (- : entrée standard)',
  'app.optTemplateOutput': 'fichier à écrire (défaut : sortie standard)',
  'app.optForce': 'remplace le fichier donné par --output s’il existe',
  'app.optGroupBy': 'colonne CSV qui donne le groupe (défaut : group ou groupe)',
  'app.optMap': 'YAML : en-têtes et libellés CSV → ids et valeurs',
  'app.optStrict': 'refuse toute ligne ou tout fichier invalide au lieu de les ignorer',
  'gate.noOverall': 'Seuil non atteint : il n’y a pas de résultat global (une dimension au moins n’est pas notée, trop de « je ne sais pas »).',
  'gate.score': (p, f) => `Seuil non atteint : le score global ${f.score(p.score)} est sous --fail-under ${p.threshold}.`,
  'gate.level': (p) => `Seuil non atteint : le niveau global ${p.level} est sous --min-level ${p.threshold}.`,
  'note.foundation-below-overall': (p) => `${p.name}, la dimension socle, est à un niveau plus bas (${p.level}) que le résultat global (${p.overall}) : commencez par elle, les autres s’appuient dessus.`,
  'note.dimension-not-scored': (p, f) => `${p.name} n’est pas notée : ${p.answered} réponses sur ${p.total}, il en faut au moins ${f.pct(p.minShare * 100)} (hors « je ne sais pas »).`,
  'note.overall-not-scored': 'Pas de résultat global : toutes les dimensions doivent être notées.',
  'note.no-matrix': 'Pas de recommandations : cet instrument n’a pas de matrice d’actions (passez-la avec --matrix).',

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
