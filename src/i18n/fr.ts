// The French catalog: the same keys as en.ts, each with the same parameters (a missing or extra key does not compile).
// Write plain spaces before : ; ! ? % and inside « »: the formatter turns them into the right no-break spaces.
import type { Catalog } from './index.js';

export const fr: Catalog = {
  // ==== app & cli (commands, options, the error boundary) ====
  'app.internal': (p) => `erreur interne, ce n’est pas de votre fait. Merci de la signaler avec ce qui suit :\n${p.detail}`,

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
    `Clé inconnue ${f.q(p.key)} dans ${{ instrument: 'l’instrument', scalePoint: 'un point de l’échelle', level: 'un niveau', dimension: 'une dimension', question: 'une question', matrix: 'la matrice', action: 'une action', answers: 'le fichier de réponses', respondent: '« respondent » (rien qui identifie une personne)', map: 'le fichier de correspondance' }[p.in]} (clés possibles : ${p.known.join(', ')}).`,
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
      `${p.file} : ${p.kind[(f as unknown as { lang: string }).lang]} invalide (${f.count(p.n, 'problème', 'problèmes')}) :`,
      ...p.lines.map((l) => `  ${l.where} : ${l.text[(f as unknown as { lang: string }).lang]}`),
      ...(p.n > p.lines.length ? [`  … et ${f.count(p.n - p.lines.length, 'autre', 'autres')}.`] : []),
      'Corrigez le fichier puis relancez.',
    ].join('\n'),
  'io.text': (p, f) => p.text[(f as unknown as { lang: string }).lang] ?? p.text.en ?? '',
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
    `${p.file}:${p.line} : ${p.cells.slice(0, 3).map((c) => `${c.id} : ${c.text[(f as unknown as { lang: string }).lang]}`).join(' ; ')}${p.cells.length > 3 ? ` (+${p.cells.length - 3})` : ''} ; ligne ignorée.`,
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

  // ==== team: end ====

  // ==== render (words of the documents, every format) ====

  // ==== render: end ====
};
