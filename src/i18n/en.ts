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
  'core.rootNotMap': (p: { kind: 'instrument' | 'matrix' | 'answers' | 'map' }) =>
    `${{ instrument: 'The instrument', matrix: 'The action matrix', answers: 'The answers file', map: 'The mapping file' }[p.kind]} must be a mapping of keys to values (key: value lines).`,
  'core.notMap': (p: { name: string }, f: Fmt) => `${f.q(p.name)} must be a mapping of keys to values.`,
  'core.notList': (p: { name: string }, f: Fmt) => `${f.q(p.name)} must be a non-empty list.`,
  'core.notText': (p: { name: string }, f: Fmt) => `${f.q(p.name)} is required and must be a non-empty text.`,
  'core.notNumber': (p: { name: string; integer: boolean }, f: Fmt) => `${f.q(p.name)} must be ${p.integer ? 'an integer' : 'a number'}.`,
  'core.textEmpty': (p: { name: string; lang: string }, f: Fmt) => `The ${f.q(p.lang)} text of ${f.q(p.name)} is empty: write it, or remove the line.`,
  'core.textNoLang': (p: { name: string; lang: string }, f: Fmt) => `The text ${f.q(p.name)} has no ${f.q(p.lang)} version, a language the instrument declares: add it.`,
  'core.textBad': (p: { name: string }, f: Fmt) => `${f.q(p.name)} must be a text, or a map language → text (fr: …, en: …).`,
  'core.unknownKey': (p: { key: string; in: 'instrument' | 'scalePoint' | 'level' | 'dimension' | 'question' | 'matrix' | 'action' | 'answers' | 'respondent' | 'map'; known: readonly string[] }, f: Fmt) =>
    `Unknown key ${f.q(p.key)} in ${{ instrument: 'the instrument', scalePoint: 'a scale point', level: 'a level', dimension: 'a dimension', question: 'a question', matrix: 'the matrix', action: 'an action', answers: 'the answers file', respondent: '"respondent" (nothing that identifies a person)', map: 'the mapping file' }[p.in]} (possible keys: ${p.known.join(', ')}).`,
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
      `${p.file}: invalid ${p.kind[(f as unknown as { lang: string }).lang]} (${f.count(p.n, 'problem', 'problems')}):`,
      ...p.lines.map((l) => `  ${l.where}: ${l.text[(f as unknown as { lang: string }).lang]}`),
      ...(p.n > p.lines.length ? [`  … and ${p.n - p.lines.length} more.`] : []),
      'Fix the file and run again.',
    ].join('\n'),
  'io.text': (p: { text: Readonly<Record<string, string>> }, f: Fmt) => p.text[(f as unknown as { lang: string }).lang] ?? p.text.en ?? '',
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
    `${p.file}:${p.line}: ${p.cells.slice(0, 3).map((c) => `${c.id}: ${c.text[(f as unknown as { lang: string }).lang]}`).join('; ')}${p.cells.length > 3 ? ` (+${p.cells.length - 3})` : ''}; row skipped.`,
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

  // ==== team: end ====

  // ==== render (words of the documents, every format) ====

  // ==== render: end ====
} satisfies Record<string, Entry>;
