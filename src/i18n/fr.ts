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
  'note.foundationBelowOverall': (p) => `${p.name}, la dimension socle, est à un niveau plus bas (${p.level}) que le résultat global (${p.overall}) : commencez par elle, les autres s’appuient dessus.`,
  'note.dimensionNotScored': (p, f) => `${p.name} n’est pas notée : ${f.count(p.answered, 'réponse', 'réponses')} sur ${p.total}, il en faut au moins ${f.pct(p.minShare * 100)} (hors « je ne sais pas »).`,

  // ==== app & cli: end ====

  // ==== core (validation of instruments, matrices, answers; results; gates) ====
  'core.rootNotMap': (p) =>
    `${{ instrument: 'L’instrument', matrix: 'La matrice d’actions', answers: 'Le fichier de réponses', map: 'Le fichier de correspondance' }[p.kind]} doit être une table de clés et de valeurs (lignes clé: valeur).`,
  'core.notMap': (p, f) => `${f.q(p.name)} doit être une table de clés et de valeurs.`,
  'core.notList': (p, f) => `${f.q(p.name)} doit être une liste non vide.`,
  'core.notText': (p, f) => `${f.q(p.name)} est requis et doit être un texte non vide.`,
  'core.notNumber': (p, f) => `${f.q(p.name)} doit être ${p.integer ? 'un nombre entier' : 'un nombre'}.`,
  'core.textEmpty': (p, f) => `Le texte ${f.q(p.name)} en ${f.q(p.lang)} est vide : écrivez-le, ou retirez la ligne.`,
  'core.textNoLang': (p, f) => `Le texte ${f.q(p.name)} n’existe pas en ${f.q(p.lang)}, une langue que l’instrument déclare : ajoutez-le.`,
  'core.textBad': (p, f) => `${f.q(p.name)} doit être un texte, ou une table langue → texte (fr: …, en: …).`,
  'core.unknownKey': (p, f) =>
    `Clé inconnue ${f.q(p.key)} dans ${{ instrument: 'l’instrument', scalePoint: 'un point de l’échelle', dontKnow: '« dontKnow »', level: 'un niveau', dimension: 'une dimension', question: 'une question', matrix: 'la matrice', action: 'une action', answers: 'le fichier de réponses', respondent: '« respondent » (rien qui identifie une personne)', map: 'le fichier de correspondance' }[p.in]} (clés possibles : ${p.known.join(', ')}).`,
  'core.instrumentIdChars': (p, f) => `L’id ${f.q(p.id)} ne doit contenir que des lettres, chiffres, « - », « _ » ou « . ».`,
  'core.idPattern': (p, f) =>
    `L’id ${f.q(p.id)} n’est pas permis : un id commence par une lettre ou un chiffre, compte au plus 64 lettres, chiffres, « . », « _ » ou « - », et n’est pas un nom réservé (comme constructor). Renommez-le.`,
  'core.versionNotText': '« version » est requis et doit être un texte entre guillemets, par exemple version: "1.0.0".',
  'core.languagesBad': '« languages » doit être une liste de codes de langue, par exemple [fr, en].',
  'core.foundationUnknown': (p, f) => `« foundation » nomme la dimension ${f.q(p.id)}, qui n’existe pas dans « dimensions ».`,
  'core.scaleSize': (p) => `L’échelle doit avoir de 2 à 11 points (elle en a ${p.n}).`,
  'core.scaleOrder': (p) => `Les valeurs de l’échelle doivent être distinctes et croissantes : ${p.value} suit ${p.prev}.`,
  'core.levelsTooFew': 'Il faut au moins 2 niveaux.',
  'core.levelNumber': (p) => `Les niveaux doivent être numérotés 1, 2, 3… dans l’ordre : le niveau no ${p.index} porte le numéro ${p.level}.`,
  'core.levelFirstMin': (p) => `Le seuil « min » du premier niveau doit être 0 (il vaut ${p.min}).`,
  'core.levelAbove100': (p) => `Le seuil ${p.min} dépasse 100 : les scores vont de 0 à 100.`,
  'core.levelOrder': (p) => `Les seuils doivent être strictement croissants : ${p.min} suit ${p.prev}.`,
  'core.idUsed': (p, f) => `L’id ${f.q(p.id)} est déjà utilisé (${p.at}) : chaque id doit être unique dans le fichier.`,
  'core.oneOf': (p, f) => `${f.q(p.name)} doit valoir ${p.allowed.join(', ')}.`,
  'core.matrixOtherInstrument': (p, f) =>
    `Cette matrice est faite pour l’instrument ${f.q(p.id)}, pas pour ${f.q(p.expected)} : passez la matrice de cet instrument avec --matrix.`,
  'core.overallUnknownLevel': (p) => `« overall » a une entrée pour le niveau ${p.level}, que l’instrument n’a pas (niveaux : ${p.levels.join(', ')}).`,
  'core.matrixUnknownDimension': (p, f) => `La dimension ${f.q(p.id)} n’existe pas dans l’instrument ${f.q(p.instrument)}.`,
  'core.matrixMissingDimension': (p, f) =>
    `Il manque la dimension ${f.q(p.id)} : chaque dimension × niveau doit avoir sa liste d’actions (une liste vide [] est permise).`,
  'core.matrixUnknownLevel': (p, f) => `${f.q(p.dimension)} a des actions pour le niveau ${p.level}, que l’instrument n’a pas.`,
  'core.matrixMissingCell': (p, f) => `Il manque la case ${f.q(p.dimension)} × niveau ${p.level} : ajoutez ses actions, ou une liste vide ${p.level}: [].`,
  'core.matrixCellNotList': (p, f) => `La case ${f.q(p.dimension)} × niveau ${p.level} doit être une liste d’actions.`,
  'core.actionIdUsed': (p, f) => `L’id d’action ${f.q(p.id)} est déjà utilisé (${p.at}).`,
  'core.answersOtherInstrument': (p, f) =>
    `Ces réponses sont pour l’instrument ${f.q(p.id)}, pas pour ${f.q(p.expected)} : passez le bon instrument avec --instrument FICHIER.`,
  'core.respondentNotText': (p, f) => `${f.q(`respondent.${p.key}`)} doit être un texte.`,
  'core.groupEmail': '« respondent.group » contient une adresse e-mail : un groupe nomme une équipe ou un service, jamais une personne.',
  'core.answerUnknownId': (p, f) => `${f.q(p.id)} n’est pas une question de l’instrument ${f.q(p.instrument)} (ids attendus : ${p.expected}).`,
  'core.answerBlank': (p, f) => `${p.id ? `${f.q(p.id)} : ` : ''}réponse laissée vide : mettez une valeur de l’échelle, ou null si vous ne savez pas.`,
  'core.answerNoDontKnow': (p, f) => `${p.id ? `${f.q(p.id)} : ` : ''}cet instrument n’a pas de réponse « je ne sais pas » : choisissez parmi ${p.values.join(', ')}.`,
  'core.answerOffScale': (p, f) =>
    `${p.id ? `${f.q(p.id)} : ` : ''}${p.quoted ? f.q(p.value) : p.value} n’est pas sur l’échelle : choisissez parmi ${p.values.join(', ')}${p.dontKnow ? ' ou null (je ne sais pas)' : ''}.`,
  'core.answersMissing': (p, f) =>
    `Il manque ${f.count(p.ids.length, 'réponse', 'réponses')} : ${p.ids.join(', ')}. Ajoutez-les (null si vous ne savez pas).`,

  // ==== core: end ====

  // ==== io (reading files, CSV, folders, writing) ====
  'io.stdinTty': '« - » veut dire : lire l’entrée standard, mais rien n’y est envoyé. Passez un fichier, ou envoyez-le : cat reponses.yaml | ex-maturity assess --answers -',
  'io.fileNotFound': (p) => `Fichier introuvable : ${p.file}. Vérifiez le chemin (ex-maturity template écrit un fichier de réponses vierge).`,
  'io.isFolder': (p) => `${p.file} est un dossier, pas un fichier. Passez un fichier qu’il contient.`,
  'io.cannotRead': (p) => `Impossible de lire ${p.file} : vérifiez ses droits d’accès.`,
  'io.tooBig': (p, f) =>
    `${p.file} est trop gros (${f.num(p.bytes / 1048576, 1)} Mo, au plus ${f.num(p.max / 1048576, 1)} Mo) : ce n’est sans doute pas un fichier de réponses.`,
  'io.notUtf8': (p) => `${p.file} n’est pas un fichier texte UTF-8 (contenu binaire ?). Passez un fichier YAML ou JSON.`,
  'io.empty': (p) => `${p.file} est vide. Passez un fichier YAML ou JSON (ex-maturity template en écrit un).`,
  'io.notFound': (p) => `Introuvable : ${p.path}. Vérifiez le chemin (fichiers de réponses, résultats JSON, dossiers, exports CSV).`,
  'io.yamlSyntax': (p) => `${p.file}:${p.line} : syntaxe invalide (${p.detail}). Corrigez le fichier puis relancez.`,
  'io.jsonSyntax': (p, f) =>
    `${p.file}:${p.line} : syntaxe invalide, ce n’est pas du JSON valide (colonne ${p.column} : ${{
      comment: 'JSON n’admet pas de commentaire ; retirez-le, ou écrivez le fichier en YAML, où # commence un commentaire',
      trailingComma: 'une virgule avant un crochet ou une accolade fermante ; retirez-la',
      end: 'le texte s’arrête avant que tout crochet ou accolade soit fermé',
      char: `${f.q(p.char)} n’est pas attendu ici`,
    }[p.problem]}). Corrigez le fichier puis relancez.`,
  'io.duplicateKey': (p, f) => `${p.file}:${p.line} : une clé apparaît deux fois : ${f.q(p.key)}. Gardez-en une seule puis relancez.`,
  'io.tooManyAliases': (p) => `${p.file} : trop d’alias YAML (*ref), le fichier est refusé. Écrivez les valeurs en entier.`,
  'io.kindAnswers': 'fichier de réponses',
  'io.kindAnswersOrResult': 'fichier de réponses ou résultat',
  'io.kindInstrument': 'instrument',
  'io.kindMatrix': 'matrice d’actions',
  'io.kindMap': 'fichier de correspondance (--map)',
  'io.invalidFile': (p, f) =>
    [
      `${p.file} : ${p.kind[f.lang]} invalide (${f.count(p.n, 'problème', 'problèmes')}) :`,
      ...p.lines.map((l) => `  ${l.where} : ${l.text[f.lang]}`),
      ...(p.n > p.lines.length ? [`  … et ${f.count(p.n - p.lines.length, 'autre', 'autres')}.`] : []),
      'Corrigez le fichier puis relancez.',
    ].join('\n'),
  'io.aggregateAsAnswers': (p) =>
    `${p.file} : c’est un agrégat, pas des réponses ; il ne peut pas entrer dans un autre agrégat (ex-maturity compare sait le lire). Fichier ignoré.`,
  'io.aggregateUnreadable': (p) =>
    `${p.file} : agrégat illisible (schemaVersion 1 attendu, avec team.dimensions[].scoreExact). Refaites-le avec ex-maturity aggregate --format json.`,
  'io.aggregateHidden': (p, f) =>
    `${p.file} : l’équipe (${f.count(p.respondents, 'répondant', 'répondants')}) est sous le seuil d’anonymat, l’agrégat ne contient aucun score à comparer.`,
  'io.aggregateDimensions': (p) =>
    `${p.file} : ses dimensions (${p.found.join(', ')}) ne sont pas celles de l’instrument ${p.instrument} (${p.expected.join(', ')}).`,
  'io.writeFailed': (p) => `Impossible d’écrire ${p.file} (${p.code}) : vérifiez que le dossier existe et que vous pouvez y écrire.`,
  'io.mapNotQuestion': (p, f) => `${f.q(p.header)} : ${p.target} n’est ni une question de ${p.instrument} ni « group ».`,
  'io.mapNotOnScale': (p, f) => `${f.q(p.label)} : ${p.value} n’est pas sur l’échelle (${p.values.join(', ')}) ni null.`,
  'io.csvEmpty': (p) => `${p.file} est vide ou introuvable : passez l’export CSV du formulaire.`,
  'io.csvNotText': (p) => `${p.file} n’est pas un fichier CSV en texte UTF-8 (contenu binaire ?). Exportez le formulaire en CSV UTF-8.`,
  'io.csvNoHeader': (p) => `${p.file} n’a pas de ligne d’en-tête : passez l’export CSV du formulaire.`,
  'io.csvTwoColumns': (p, f) => `${p.file}:1 : les colonnes ${f.q(p.first)} et ${f.q(p.second)} désignent toutes deux la question ${p.id}. Gardez-en une seule.`,
  'io.csvNoGroupColumn': (p, f) => `${p.file}:1 : pas de colonne ${f.q(p.column)} (--group-by). Colonnes : ${p.columns}.`,
  'io.csvMissingQuestions': (p, f) =>
    `${p.file}:1 : ${f.count(p.ids.length, 'question manque', 'questions manquent')} dans les colonnes : ${p.ids.join(', ')}. Nommez chaque colonne par l’id de la question ou le texte de l’affirmation (ex-maturity questions --format csv), ou donnez une correspondance avec --map FICHIER.`,
  'io.csvRowWidth': (p, f) =>
    `${p.file}:${p.line} : la ligne a ${f.count(p.fields, 'champ', 'champs')} et l’en-tête ${p.width} (séparateur ou guillemet en trop ?) ; ligne ignorée.`,
  'io.csvBadCells': (p, f) =>
    `${p.file}:${p.line} : ${p.cells.slice(0, 3).map((c) => `${c.id} : ${c.text[f.lang]}`).join(' ; ')}${p.cells.length > 3 ? ` (+${p.cells.length - 3})` : ''} ; ligne ignorée.`,
  'io.csvGroupEmail': (p) =>
    `${p.file}:${p.line} : la colonne de groupe contient une adresse e-mail ; un groupe nomme une équipe ou un service, jamais une personne. Ligne ignorée : choisissez une autre colonne avec --group-by.`,
  'io.csvRecordTooBig': (p, f) =>
    `${p.file}:${p.line} : une ligne dépasse ${f.num(p.max / 1048576, 0)} Mo (un champ démesuré) : ce n’est pas un export de formulaire ordinaire. Vérifiez le fichier.`,
  'io.csvQuoteNotClosed': (p) =>
    `${p.file}:${p.line} : un guillemet ouvert n’est jamais fermé ; la suite du fichier n’est pas lue (les lignes d’avant sont comptées). Corrigez le fichier puis relancez.`,
  'io.csvTextAfterQuote': (p) =>
    `${p.file}:${p.line} : du texte suit un guillemet fermant (un guillemet dans un champ doit être doublé : "") ; la suite du fichier n’est pas lue (les lignes d’avant sont comptées). Corrigez le fichier puis relancez.`,

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
  'note.overallNotScored': 'Pas de résultat global : toutes les dimensions doivent être notées.',
  'note.noMatrix': 'Pas de recommandations : cet instrument n’a pas de matrice d’actions (passez-la avec --matrix).',
  'team.vote.empty': 'Tapez les votes de la salle (par exemple 4 3 3 2 4 ?), b pour revenir en arrière, q pour arrêter.',
  'team.vote.tooMany': (p) => `Au plus ${p.max} votes par affirmation.`,
  'team.vote.notOnScale': (p, f) =>
    `${/^[+-]?\d+$/.test(p.vote) ? p.vote : f.q(p.vote)} n’est pas sur l’échelle : choisissez parmi ${p.values.join(', ')}${p.dontKnow ? ' ou ? (je ne sais pas)' : ''}. Retapez la ligne.`,
  'team.vote.noDontKnow': (p, f) => `Cet instrument n’a pas de réponse ${f.q('je ne sais pas')} : choisissez parmi ${p.values.join(', ')}. Retapez la ligne.`,

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
  'render.owner.customer': 'côté client',
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

  // ==== perf ====
  'perf.months': 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  // ==== perf: end ====
};
