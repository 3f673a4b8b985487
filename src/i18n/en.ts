// The reference catalog: every word the tool shows, in English. Keys are grouped by the part of the tool that uses
// them; each group is its own section so that parts can be edited independently. Entries are a fixed text, or a
// function of parameters and the language's formatter (numbers, plurals, dates, quotes).
import type { Fmt } from './format.js';

/** A catalog entry. */
export type Entry = string | ((p: never, f: Fmt) => string);

export const en = {
  // ==== app & cli (commands, options, the error boundary) ====
  'app.internal': (p: { detail: string }) => `internal error, not your fault. Please report it with what follows:\n${p.detail}`,
  'app.usage': (p: { detail: string }) => `${p.detail}. See: ex-maturity --help`,
  'app.unknownOption': (p: { option: string }) => `unknown option: ${p.option}. See: ex-maturity --help`,
  'app.optionNeedsValue': (p: { option: string }) => `${p.option} needs a value. See: ex-maturity --help`,
  'app.missingArgument': 'an argument is missing (one or more files). See: ex-maturity --help',
  'app.tooManyArguments': 'too many arguments. See: ex-maturity --help',
  'app.unknownCommand': (p: { command: string; commands: string[] }, f: Fmt) => `unknown command: ${p.command} (commands: ${f.list(p.commands)}). See: ex-maturity --help`,
  'app.unknownCommandSuggest': (p: { command: string; suggestion: string }) => `unknown command: ${p.command}. Did you mean ${p.suggestion}? See: ex-maturity --help`,
  'app.badLang': (p: { value: string }) => `--lang ${p.value}: unknown language, use --lang fr or --lang en.`,
  'app.badFormat': (p: { value: string; allowed: string[] }, f: Fmt) => `--format ${p.value}: unknown format here, use ${f.list(p.allowed)}.`,
  'app.badExtension': (p: { file: string; ext: string; allowed: string[] }, f: Fmt) => `--output ${p.file}: the extension ${f.q(p.ext || '(none)')} does not say which format to write. Use ${f.list(p.allowed)}, or add --format.`,
  'app.badFailUnder': (p: { value: string }) => `--fail-under ${p.value}: give a score between 0 and 100, for example --fail-under 60.`,
  'app.badMinLevel': (p: { value: string }) => `--min-level ${p.value}: give a level number (1, 2, 3…).`,
  'app.minLevelTooHigh': (p: { value: number; levels: number }) => `--min-level ${p.value}: the instrument has only ${p.levels} levels.`,
  'app.badMinGroup': (p: { value: string }) => `--min-group ${p.value}: give a whole number of at least 1, for example --min-group 5.`,
  'app.resumeAndRestart': '--resume and --restart contradict each other: choose one.',
  'app.saved': (p: { file: string }) => `Saved: ${p.file}`,
  'app.missingAnswers': 'Missing --answers FILE (a YAML or JSON answers file, or - for standard input). ex-maturity template writes a blank one.',
  'app.compareOtherInstruments': (p: { oldFile: string; newFile: string; oldId: string; newId: string }, f: Fmt) => `${p.oldFile} is for the instrument ${f.q(p.oldId)} and ${p.newFile} for ${f.q(p.newId)}: compare only works on two measures of the same instrument.`,
  'app.compareNeedsInstrument': (p: { oldFile: string; newFile: string; id: string; current: string }, f: Fmt) => `${p.oldFile} and ${p.newFile} are for the instrument ${f.q(p.id)}, not ${f.q(p.current)}: pass it with --instrument FILE.`,
  'app.templateExtension': (p: { file: string }) => `--output ${p.file}: a blank answers file is YAML; name it with .yaml or .yml.`,
  'app.templateExists': (p: { file: string }) => `${p.file} already exists: it may hold answers. Choose another name, or add --force to replace it.`,
  'app.moreProblems': (p: { n: number }) => `… and ${p.n} more.`,
  'app.problemsStrict': (p: { n: number; lines: string }, f: Fmt) => `${f.count(p.n, 'problem', 'problems')} in the answers (--strict: nothing is skipped):\n${p.lines}\nFix them and run again, or drop --strict to skip these rows.`,
  'app.problemsNoRespondent': (p: { n: number; lines: string }, f: Fmt) => `${f.count(p.n, 'problem', 'problems')} in the answers, and no valid respondent:\n${p.lines}\nFix them and run again.`,
  'app.noRespondent': 'No respondent found: pass answers files, result JSON, folders or CSV exports.',
  'app.skipped': (p: { n: number }, f: Fmt) => `${f.count(p.n, 'row or file', 'rows or files')} skipped (--strict to refuse them).`,
  'app.validInstrument': (p: { file: string; id: string; version: string; dimensions: number; questions: number; levels: number }, f: Fmt) => `${p.file}: instrument ${p.id} ${p.version} (${f.count(p.dimensions, 'dimension', 'dimensions')}, ${f.count(p.questions, 'question', 'questions')}, ${f.count(p.levels, 'level', 'levels')})`,
  'app.validMatrix': (p: { file: string; id: string; actions: number }, f: Fmt) => `${p.file}: action matrix for ${p.id} (${f.count(p.actions, 'action', 'actions')})`,
  'app.validAnswers': (p: { file: string; id: string }) => `${p.file}: complete answers for ${p.id}`,
  'app.unknownKind': (p: { file: string }) => `${p.file}: neither an instrument (scale, levels, dimensions), nor a matrix (instrument, dimensions), nor an answers file (answers).`,
  'app.filesToFix': (p: { bad: number; total: number }, f: Fmt) => `${p.bad} of ${f.count(p.total, 'file', 'files')} to fix.`,
  'app.noTerminal': (p: { command: 'interview' | 'workshop'; program: string }) =>
    p.command === 'interview'
      ? `No terminal: the interactive interview needs one. To score an answers file: ${p.program} assess --answers answers.yaml (${p.program} template writes a blank one).`
      : `No terminal: the live workshop needs one. For a team view from files: ${p.program} aggregate FOLDER-OR-EXPORT.csv`,
  'app.ciSet': (p: { command: 'interview' | 'workshop'; program: string }) =>
    `CI is set in this environment, so the ${p.command === 'interview' ? 'interview' : 'workshop'} does not start (a pipeline must never wait for a person). To run it here anyway: env -u CI ${p.program}${p.command === 'workshop' ? ' workshop' : ''}; to score a file: ${p.program} assess --answers answers.yaml`,
  'app.outputFolderMissing': (p: { file: string }) => `--output ${p.file}: the folder does not exist. Create it or choose another path, before starting.`,
  'app.keysChoose': '↑↓ to choose · Enter to confirm',
  'app.sessionFound': (p: { command: 'interview' | 'workshop'; done: number; total: number }) =>
    p.command === 'interview' ? `An interview you started was kept: ${p.done} of ${p.total} answers.` : `A workshop session is saved (statement ${Math.min(p.done + 1, p.total)}/${p.total}).`,
  'app.sessionResume': 'Resume where I stopped',
  'app.sessionRestart': (p: { command: 'interview' | 'workshop' }) => (p.command === 'interview' ? 'Start again from the beginning (the kept answers are deleted)' : 'Start again from the first statement (the saved votes are deleted)'),
  'app.sessionResumed': (p: { command: 'interview' | 'workshop'; done: number }, f: Fmt) => (p.command === 'interview' ? `Resuming: ${f.count(p.done, 'answer', 'answers')} already given.` : `Resuming at statement ${p.done + 1}.`),
  'app.sessionRestarted': (p: { command: 'interview' | 'workshop' }) => (p.command === 'interview' ? 'The kept answers are deleted: starting with the first question.' : 'The saved votes are deleted: starting with the first statement.'),
  'app.sessionNone': 'Nothing started to resume: starting from the beginning.',
  'app.sessionCorrupt': (p: { file: string }) => `The kept session cannot be read: starting afresh (it is set aside as ${p.file}).`,
  'app.sessionOtherVersion': (p: { file: string }) => `The kept session belongs to another version of the questionnaire: starting afresh (it is set aside as ${p.file}).`,
  'app.askLanguage': 'Language',
  'app.languageName': 'English',
  'app.interviewAbout': (p: { n: number; minutes: number }, f: Fmt) => `About ${f.count(p.minutes, 'minute', 'minutes')} for ${f.count(p.n, 'statement', 'statements')}.`,
  'app.interviewPrivacy': 'Your answers stay on this machine: nothing is sent anywhere.',
  'app.interviewKeys': 'Choose with ↑↓ or the digit of the answer, confirm with Enter. Ctrl+C stops at any time: your answers are kept and you will pick up where you left off.',
  'app.interviewHelp': (p: { n: number }) => `↑↓ or 1–${p.n} to choose · Enter to confirm · Ctrl+C to stop (answers kept)`,
  'app.interviewBack': '← previous question',
  'app.interviewYourAnswer': (p: { label: string }) => `Your answer: ${p.label}. Enter keeps it, or choose another one.`,
  'app.interviewDone': 'Thank you. The draft of this interview is deleted.',
  'app.interviewStopped': (p: { kept: number; command: string }, f: Fmt) =>
    p.kept > 0 ? `Stopped. Your ${f.count(p.kept, 'answer is', 'answers are')} kept on this machine: to resume, run ${p.command} --resume` : `Stopped. No answer was given yet: run ${p.command} whenever you like.`,
  'app.saveFirst': 'Save the result?',
  'app.saveMore': 'Save it in another format too?',
  'app.saveFormat': (p: { format: string }) =>
    ({ json: 'JSON — the data, to compare later (ex-maturity compare)', html: 'HTML — a report to print or share', markdown: 'Markdown — a text report', csv: 'CSV — for a spreadsheet' })[p.format] ?? p.format,
  'app.saveFinish': 'No, finish',
  'app.saveFileName': 'File name:',
  'app.saveEmptyName': 'Give a file name.',
  'app.saveExists': (p: { file: string }) => `${p.file} already exists. Replace it?`,
  'app.saveReplace': 'Yes, replace it',
  'app.saveKeep': 'No, choose another name',
  'app.workshopIntro': (p: { tokens: string }) => `Workshop: type the room's votes on one line (${p.tokens}), b to go back, q to stop (the session is kept).`,
  'app.workshopVotes': 'Votes',
  'app.workshopDisagree': 'The room disagrees (votes two or more points apart): discuss it.',
  'app.workshopKept': (p: { command: string }) => `Session kept. To resume: ${p.command}`,
  'app.workshopStopped': (p: { command: string }) => `Interrupted. The session is kept: ${p.command}`,
  'app.helpExamples': 'Examples:',
  'app.helpProgram': 'Employee-experience maturity self-diagnostic: 25 statements, a maturity level, an action plan. With no command: the interview (--lang, --resume and --restart work here too).',
  'app.helpRun': 'the interactive interview (25 questions, ~8 minutes), then the result and the action plan',
  'app.helpAssess': 'score an answers file, never prompting',
  'app.helpQuestions': 'print the questionnaire (to print or to build a form)',
  'app.helpTemplate': 'write a blank answers file, each statement in a comment',
  'app.helpValidate': 'check instruments, matrices and answers files',
  'app.helpAggregate': 'team view over many answers files, results, folders, CSV exports',
  'app.helpCompare': 'what changed between two results or two aggregates',
  'app.helpWorkshop': "live workshop: type the room's votes, statement by statement",
  'app.optVersion': 'print the version',
  'app.optHelp': 'show help',
  'app.optLang': 'language: fr or en (default: LC_ALL / LC_MESSAGES / LANG)',
  'app.optInstrument': 'custom instrument (YAML or JSON)',
  'app.optMatrix': 'custom action matrix',
  'app.optNoColor': 'no colour (also: NO_COLOR)',
  'app.optOutput': 'write to a file (format inferred from the extension)',
  'app.optBom': 'CSV: add a UTF-8 BOM and the spreadsheet conventions of the language',
  'app.optFailUnder': 'exit 1 when the overall score is below this (0–100)',
  'app.optMinLevel': 'exit 1 when the overall level is below this',
  'app.optMinGroup': 'anonymity threshold: a smaller group shows only its count (default 5)',
  'app.optResume': 'resume the saved session without asking',
  'app.optRestart': 'start again without asking (the saved session is deleted)',
  'app.optAnswers': 'YAML or JSON answers file (- for standard input)',
  'app.optTemplateOutput': 'file to write (default: standard output)',
  'app.optForce': 'replace the file given with --output if it exists',
  'app.optGroupBy': 'CSV column giving the group (default: group or groupe)',
  'app.optMap': 'YAML: CSV headers and labels → ids and values',
  'app.optStrict': 'refuse any bad row or file instead of skipping it',
  'gate.noOverall': 'Gate not met: there is no overall result (at least one dimension is not scored, too many "don\'t know").',
  'gate.score': (p: { score: number; threshold: number }, f: Fmt) => `Gate not met: the overall score ${f.score(p.score)} is below --fail-under ${p.threshold}.`,
  'gate.level': (p: { level: number; threshold: number }) => `Gate not met: the overall level ${p.level} is below --min-level ${p.threshold}.`,
  'note.foundationBelowOverall': (p: { name: string; level: number; overall: number }) => `${p.name}, the foundation dimension, is at a lower level (${p.level}) than the overall result (${p.overall}): start there, the others rest on it.`,
  'note.dimensionNotScored': (p: { name: string; answered: number; total: number; minShare: number }, f: Fmt) => `${p.name} is not scored: ${p.answered} of ${f.count(p.total, 'answer', 'answers')}, it needs at least ${f.pct(p.minShare * 100)} (not counting "don't know").`,

  // ==== app & cli: end ====

  // ==== core (validation of instruments, matrices, answers; results; gates) ====
  'core.rootNotMap': (p: { kind: 'instrument' | 'matrix' | 'answers' | 'map' }) =>
    `${{ instrument: 'The instrument', matrix: 'The action matrix', answers: 'The answers file', map: 'The mapping file' }[p.kind]} must be a mapping of keys to values (key: value lines).`,
  'core.notMap': (p: { name: string }, f: Fmt) => `${f.q(p.name)} must be a mapping of keys to values.`,
  'core.notList': (p: { name: string }, f: Fmt) => `${f.q(p.name)} must be a non-empty list.`,
  'core.notText': (p: { name: string }, f: Fmt) => `${f.q(p.name)} is required and must be a non-empty text.`,
  'core.notNumber': (p: { name: string; integer: boolean }, f: Fmt) => `${f.q(p.name)} must be ${p.integer ? 'an integer' : 'a number'}.`,
  'core.textEmpty': (p: { name: string; lang: string }, f: Fmt) => `The ${f.q(p.lang)} text of ${f.q(p.name)} is empty: write it, or remove the line.`,
  'core.textNoLang': (p: { name: string; lang: string }, f: Fmt) => `The text ${f.q(p.name)} has no ${f.q(p.lang)} version, a language the instrument declares: add it.`,
  'core.textBad': (p: { name: string }, f: Fmt) => `${f.q(p.name)} must be a text, or a map language → text (fr: …, en: …).`,
  'core.unknownKey': (p: { key: string; in: 'instrument' | 'scalePoint' | 'dontKnow' | 'level' | 'dimension' | 'question' | 'matrix' | 'action' | 'answers' | 'respondent' | 'map'; known: readonly string[] }, f: Fmt) =>
    `Unknown key ${f.q(p.key)} in ${{ instrument: 'the instrument', scalePoint: 'a scale point', dontKnow: '"dontKnow"', level: 'a level', dimension: 'a dimension', question: 'a question', matrix: 'the matrix', action: 'an action', answers: 'the answers file', respondent: '"respondent" (nothing that identifies a person)', map: 'the mapping file' }[p.in]} (possible keys: ${p.known.join(', ')}).`,
  'core.instrumentIdChars': (p: { id: string }, f: Fmt) => `The id ${f.q(p.id)} may hold only letters, digits, "-", "_" or ".".`,
  'core.idPattern': (p: { id: string }, f: Fmt) =>
    `The id ${f.q(p.id)} is not allowed: an id starts with a letter or a digit, holds at most 64 letters, digits, ".", "_" or "-", and is not a reserved name (such as constructor). Rename it.`,
  'core.versionNotText': '"version" is required and must be a quoted text, for example version: "1.0.0".',
  'core.languagesBad': '"languages" must be a list of language codes, for example [fr, en].',
  'core.foundationUnknown': (p: { id: string }, f: Fmt) => `"foundation" names the dimension ${f.q(p.id)}, which is not in "dimensions".`,
  'core.scaleSize': (p: { n: number }) => `The scale must have 2 to 11 points (it has ${p.n}).`,
  'core.scaleOrder': (p: { value: number; prev: number }) => `Scale values must be distinct and ascending: ${p.value} comes after ${p.prev}.`,
  'core.levelsTooFew': 'There must be at least 2 levels.',
  'core.levelNumber': (p: { index: number; level: number }) => `Levels must be numbered 1, 2, 3… in order: level number ${p.index} says ${p.level}.`,
  'core.levelFirstMin': (p: { min: number }) => `The first level's "min" must be 0 (it is ${p.min}).`,
  'core.levelAbove100': (p: { min: number }) => `The threshold ${p.min} is above 100: scores run from 0 to 100.`,
  'core.levelOrder': (p: { min: number; prev: number }) => `Thresholds must be strictly ascending: ${p.min} comes after ${p.prev}.`,
  'core.idUsed': (p: { id: string; at: string }, f: Fmt) => `The id ${f.q(p.id)} is already used (${p.at}): every id must be unique in the file.`,
  'core.oneOf': (p: { name: string; allowed: readonly string[] }, f: Fmt) => `${f.q(p.name)} must be one of ${p.allowed.join(', ')}.`,
  'core.matrixOtherInstrument': (p: { id: string; expected: string }, f: Fmt) =>
    `This matrix is for the instrument ${f.q(p.id)}, not ${f.q(p.expected)}: pass that instrument's matrix with --matrix.`,
  'core.overallUnknownLevel': (p: { level: string; levels: number[] }) =>
    `"overall" has an entry for level ${p.level}, which the instrument does not have (levels: ${p.levels.join(', ')}).`,
  'core.matrixUnknownDimension': (p: { id: string; instrument: string }, f: Fmt) => `The dimension ${f.q(p.id)} does not exist in the instrument ${f.q(p.instrument)}.`,
  'core.matrixMissingDimension': (p: { id: string }, f: Fmt) =>
    `The dimension ${f.q(p.id)} is missing: every dimension × level needs its list of actions (an empty list [] is allowed).`,
  'core.matrixUnknownLevel': (p: { dimension: string; level: string }, f: Fmt) => `${f.q(p.dimension)} has actions for level ${p.level}, which the instrument does not have.`,
  'core.matrixMissingCell': (p: { dimension: string; level: number }, f: Fmt) =>
    `The cell ${f.q(p.dimension)} × level ${p.level} is missing: add its actions, or an empty list ${p.level}: [].`,
  'core.matrixCellNotList': (p: { dimension: string; level: number }, f: Fmt) => `The cell ${f.q(p.dimension)} × level ${p.level} must be a list of actions.`,
  'core.actionIdUsed': (p: { id: string; at: string }, f: Fmt) => `The action id ${f.q(p.id)} is already used (${p.at}).`,
  'core.answersOtherInstrument': (p: { id: string; expected: string }, f: Fmt) =>
    `These answers are for the instrument ${f.q(p.id)}, not ${f.q(p.expected)}: pass the right instrument with --instrument FILE.`,
  'core.respondentNotText': (p: { key: string }, f: Fmt) => `${f.q(`respondent.${p.key}`)} must be a text.`,
  'core.groupEmail': '"respondent.group" holds an e-mail address: a group names a team or a department, never a person.',
  'core.answerUnknownId': (p: { id: string; instrument: string; expected: string }, f: Fmt) =>
    `${f.q(p.id)} is not a question of the instrument ${f.q(p.instrument)} (expected ids: ${p.expected}).`,
  'core.answerBlank': (p: { id?: string }, f: Fmt) => `${p.id ? `${f.q(p.id)}: ` : ''}answer left blank: put a scale value, or null for "don't know".`,
  'core.answerNoDontKnow': (p: { id?: string; values: number[] }, f: Fmt) =>
    `${p.id ? `${f.q(p.id)}: ` : ''}this instrument has no "don't know" answer: choose among ${p.values.join(', ')}.`,
  'core.answerOffScale': (p: { id?: string; value: string; quoted: boolean; values: number[]; dontKnow: boolean }, f: Fmt) =>
    `${p.id ? `${f.q(p.id)}: ` : ''}${p.quoted ? f.q(p.value) : p.value} is not on the scale: choose among ${p.values.join(', ')}${p.dontKnow ? ' or null (don\'t know)' : ''}.`,
  'core.answersMissing': (p: { ids: string[] }, f: Fmt) => `${f.count(p.ids.length, 'answer', 'answers')} missing: ${p.ids.join(', ')}. Add them (null for "don't know").`,

  // ==== core: end ====

  // ==== io (reading files, CSV, folders, writing) ====
  'io.stdinTty': '"-" means read standard input, but nothing is piped into it. Pass a file, or pipe one: cat answers.yaml | ex-maturity assess --answers -',
  'io.fileNotFound': (p: { file: string }) => `File not found: ${p.file}. Check the path (ex-maturity template writes a blank answers file).`,
  'io.isFolder': (p: { file: string }) => `${p.file} is a folder, not a file. Pass a file inside it.`,
  'io.cannotRead': (p: { file: string }) => `Cannot read ${p.file}: check its permissions.`,
  'io.tooBig': (p: { file: string; bytes: number; max: number }, f: Fmt) =>
    `${p.file} is too big (${f.num(p.bytes / 1048576, 1)} MB, at most ${f.num(p.max / 1048576, 1)} MB): it is probably not an answers file.`,
  'io.notUtf8': (p: { file: string }) => `${p.file} is not a UTF-8 text file (binary content?). Pass a YAML or JSON file.`,
  'io.empty': (p: { file: string }) => `${p.file} is empty. Pass a YAML or JSON file (ex-maturity template writes one).`,
  'io.notFound': (p: { path: string }) => `Not found: ${p.path}. Check the path (answers files, result JSON, folders, CSV exports).`,
  'io.yamlSyntax': (p: { file: string; line: number; detail: string }) => `${p.file}:${p.line}: invalid syntax (${p.detail}). Fix the file and run again.`,
  'io.jsonSyntax': (p: { file: string; line: number; column: number; problem: 'comment' | 'trailingComma' | 'end' | 'char'; char: string }, f: Fmt) =>
    `${p.file}:${p.line}: invalid syntax: not valid JSON (column ${p.column}: ${{
      comment: 'JSON allows no comments; remove it, or write the file in YAML, where # starts a comment',
      trailingComma: 'a comma before a closing bracket; remove it',
      end: 'the text stops before every bracket is closed',
      char: `${f.q(p.char)} is not expected here`,
    }[p.problem]}). Fix the file and run again.`,
  'io.duplicateKey': (p: { file: string; line: number; key: string }, f: Fmt) => `${p.file}:${p.line}: a key appears twice: ${f.q(p.key)}. Keep one of them and run again.`,
  'io.tooManyAliases': (p: { file: string }) => `${p.file}: too many YAML aliases (*ref), the file is refused. Write the values out.`,
  'io.kindAnswers': 'answers file',
  'io.kindAnswersOrResult': 'answers file or result',
  'io.kindInstrument': 'instrument',
  'io.kindMatrix': 'action matrix',
  'io.kindMap': 'mapping file (--map)',
  'io.invalidFile': (p: { file: string; kind: Readonly<Record<string, string>>; n: number; lines: readonly { where: string; text: Readonly<Record<string, string>> }[] }, f: Fmt) =>
    [
      `${p.file}: invalid ${p.kind[f.lang]} (${f.count(p.n, 'problem', 'problems')}):`,
      ...p.lines.map((l) => `  ${l.where}: ${l.text[f.lang]}`),
      ...(p.n > p.lines.length ? [`  … and ${p.n - p.lines.length} more.`] : []),
      'Fix the file and run again.',
    ].join('\n'),
  'io.aggregateAsAnswers': (p: { file: string }) =>
    `${p.file}: this is an aggregate, not answers; it cannot go into another aggregate (ex-maturity compare reads it). File skipped.`,
  'io.aggregateUnreadable': (p: { file: string }) =>
    `${p.file}: unreadable aggregate (expected schemaVersion 1, with team.dimensions[].scoreExact). Make it again with ex-maturity aggregate --format json.`,
  'io.aggregateHidden': (p: { file: string; respondents: number }, f: Fmt) =>
    `${p.file}: the team (${f.count(p.respondents, 'respondent', 'respondents')}) is below the anonymity threshold, the aggregate holds no score to compare.`,
  'io.aggregateDimensions': (p: { file: string; found: string[]; instrument: string; expected: string[] }) =>
    `${p.file}: its dimensions (${p.found.join(', ')}) are not those of the instrument ${p.instrument} (${p.expected.join(', ')}).`,
  'io.writeFailed': (p: { file: string; code: string }) => `Cannot write ${p.file} (${p.code}): check that the folder exists and that you can write there.`,
  'io.mapNotQuestion': (p: { header: string; target: string; instrument: string }, f: Fmt) =>
    `${f.q(p.header)}: ${p.target} is neither a question of ${p.instrument} nor "group".`,
  'io.mapNotOnScale': (p: { label: string; value: string; values: number[] }, f: Fmt) => `${f.q(p.label)}: ${p.value} is not on the scale (${p.values.join(', ')}) nor null.`,
  'io.csvEmpty': (p: { file: string }) => `${p.file} is empty or missing: pass the form's CSV export.`,
  'io.csvNotText': (p: { file: string }) => `${p.file} is not a UTF-8 text CSV file (binary content?). Export the form as UTF-8 CSV.`,
  'io.csvNoHeader': (p: { file: string }) => `${p.file} has no header line: pass the form's CSV export.`,
  'io.csvTwoColumns': (p: { file: string; first: string; second: string; id: string }, f: Fmt) =>
    `${p.file}:1: the columns ${f.q(p.first)} and ${f.q(p.second)} both stand for the question ${p.id}. Keep only one.`,
  'io.csvNoGroupColumn': (p: { file: string; column: string; columns: string }, f: Fmt) => `${p.file}:1: no column ${f.q(p.column)} (--group-by). Columns: ${p.columns}.`,
  'io.csvMissingQuestions': (p: { file: string; ids: string[] }, f: Fmt) =>
    `${p.file}:1: ${f.count(p.ids.length, 'question', 'questions')} missing from the columns: ${p.ids.join(', ')}. Name each column after the question id or the statement text (ex-maturity questions --format csv), or give a mapping with --map FILE.`,
  'io.csvRowWidth': (p: { file: string; line: number; fields: number; width: number }, f: Fmt) =>
    `${p.file}:${p.line}: the row has ${f.count(p.fields, 'field', 'fields')} and the header ${p.width} (a stray separator or quote?); row skipped.`,
  'io.csvBadCells': (p: { file: string; line: number; cells: readonly { id: string; text: Readonly<Record<string, string>> }[] }, f: Fmt) =>
    `${p.file}:${p.line}: ${p.cells.slice(0, 3).map((c) => `${c.id}: ${c.text[f.lang]}`).join('; ')}${p.cells.length > 3 ? ` (+${p.cells.length - 3})` : ''}; row skipped.`,
  'io.csvGroupEmail': (p: { file: string; line: number }) =>
    `${p.file}:${p.line}: the group column holds an e-mail address; a group names a team or a department, never a person. Row skipped: choose another column with --group-by.`,
  'io.csvRecordTooBig': (p: { file: string; line: number; max: number }, f: Fmt) =>
    `${p.file}:${p.line}: a row is over ${f.num(p.max / 1048576, 0)} MB (a huge field): this is not an ordinary form export. Check the file.`,
  'io.csvQuoteNotClosed': (p: { file: string; line: number }) =>
    `${p.file}:${p.line}: a quote is opened and never closed; the rest of the file is not read (the rows before it are counted). Fix the file and run again.`,
  'io.csvTextAfterQuote': (p: { file: string; line: number }) =>
    `${p.file}:${p.line}: text follows a closing quote (a quote inside a field must be doubled: ""); the rest of the file is not read (the rows before it are counted). Fix the file and run again.`,

  // ==== io: end ====

  // ==== team (aggregate, anonymity, workshop, compare) ====
  'team.note.lowThreshold': (p: { minGroup: number; safeMin: number }) =>
    `Warning: anonymity threshold of ${p.minGroup}, below ${p.safeMin}: individual answers may be guessed. Do not share this report beyond the room.`,
  'team.note.teamHidden': (p: { n: number; minGroup: number }, f: Fmt) =>
    `${f.count(p.n, 'respondent', 'respondents')}, below the anonymity threshold (${p.minGroup}): no figures are shown. Collect more answers, or lower --min-group knowingly.`,
  'team.note.belowThreshold': (p: { n: number; minGroup: number }, f: Fmt) =>
    `${f.count(p.n, 'group', 'groups')} below the anonymity threshold (${p.minGroup}): only ${f.plural(p.n, 'its', 'their')} count is shown.`,
  'team.note.hiddenBySubtraction': (p: { n: number; minGroup: number }, f: Fmt) =>
    `${f.count(p.n, 'more group', 'more groups')} hidden although large enough: otherwise the team minus the groups shown would give away the answers of fewer than ${p.minGroup} respondents.`,
  'team.note.skipped': (p: { n: number }, f: Fmt) => `${f.count(p.n, 'invalid row or file', 'invalid rows or files')} skipped, not counted.`,
  'team.note.ungrouped': (p: { n: number }, f: Fmt) => `${f.count(p.n, 'respondent', 'respondents')} without a group: counted in the team only.`,
  'team.note.dimensionNotScored': (p: { label: string }, f: Fmt) => `${p.label} is not scored for anyone (too many ${f.q("don't know")}).`,
  'note.overallNotScored': 'No overall result: every dimension must be scored.',
  'note.noMatrix': 'No recommendations: this instrument has no action matrix (pass one with --matrix).',
  'team.vote.empty': "Type the room's votes (for example 4 3 3 2 4 ?), b to go back, q to stop.",
  'team.vote.tooMany': (p: { max: number }) => `At most ${p.max} votes per statement.`,
  'team.vote.notOnScale': (p: { vote: string; values: number[]; dontKnow: boolean }, f: Fmt) =>
    `${/^[+-]?\d+$/.test(p.vote) ? p.vote : f.q(p.vote)} is not on the scale: choose among ${p.values.join(', ')}${p.dontKnow ? ` or ? (don't know)` : ''}. Type the line again.`,
  'team.vote.noDontKnow': (p: { values: number[] }, f: Fmt) =>
    `This instrument has no ${f.q("don't know")} answer: choose among ${p.values.join(', ')}. Type the line again.`,

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
  'render.owner.customer': 'customer side',
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

  // ==== perf ====
  // Month names for dates written out (format.ts), in order, separated by |: Intl.DateTimeFormat cost several ms to build.
  'perf.months': 'January|February|March|April|May|June|July|August|September|October|November|December',
  // ==== perf: end ====
} satisfies Record<string, Entry>;
