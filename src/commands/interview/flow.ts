// The interview itself: which question comes next, what is shown, what is kept. It talks to the person only through a
// Prompter and to the disk only through a SessionStore, so tests drive it with fakes.
import chalk from '../../app/chalk.js';
import type { SessionSummary } from '../../app/interactive.js';
import type { SessionStore } from '../../app/sessions.js';
import { answerLabel } from '../../core/answers.js';
import { buildQuestionnaire } from '../../core/questionnaire.js';
import { questionnaireView } from '../../render/view/questionnaire.js';
import { questionsOf } from '../../core/model.js';
import { tr } from '../../core/text.js';
import type { AnswerValue, Dimension, Instrument } from '../../core/types.js';
import { FMT, wordsFor, type Lang } from '../../i18n/index.js';
import type { Prompter } from '../../prompts.js';
import { wrap, wrapLines } from '../../render/terminal/text.js';

/** Answers given so far, by question id (null = don't know). */
export type Answers = Record<string, AnswerValue>;

/** What the interview needs around it. */
export interface InterviewContext {
  instrument: Instrument;
  lang: Lang;
  prompter: Prompter;
  store: SessionStore<Answers>;
  /** Columns to wrap long texts to. */
  width: number;
}

/** What a question's list returns besides a scale value. */
const DONT_KNOW = 'dont-know';
const BACK = 'back';
type Pick = number | typeof DONT_KNOW | typeof BACK;

/** A draft's answers checked against the instrument: known question ids, values on the scale (don't know only when it has one). */
export function readDraftAnswers(payload: unknown, instrument: Instrument): Answers | 'corrupt' | 'other-version' {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return 'corrupt';
  const known = new Set(questionsOf(instrument).map((q) => q.question.id));
  const values = new Set(instrument.scale.map((p) => p.value));
  const answers: Answers = Object.create(null);
  for (const [id, v] of Object.entries(payload)) {
    const ok = known.has(id) && (v === null ? Boolean(instrument.dontKnow) : typeof v === 'number' && values.has(v));
    if (!ok) return 'other-version';
    answers[id] = v as AnswerValue;
  }
  return answers;
}

/** How a draft is described when it is found at start. */
export function draftSummary(instrument: Instrument): (answers: Answers) => SessionSummary {
  return (answers) => ({ command: 'interview', done: Object.keys(answers).length, total: questionsOf(instrument).length });
}

/** The welcome, in two pages: what this is, how long it takes and that answers stay here; then the scale and the keys. */
export function welcome(instrument: Instrument, lang: Lang, width: number): string[] {
  const { w } = wordsFor(lang);
  const f = FMT[lang];
  const n = questionsOf(instrument).length;
  const q = questionnaireView(buildQuestionnaire(instrument, lang, ''));
  const lines = [chalk.bold(f.typo(tr(instrument.title, lang) || instrument.id))];
  if (instrument.description) lines.push(f.typo(tr(instrument.description, lang)));
  if (q.intro) lines.push(q.intro);
  lines.push(w('app.interviewAbout', { n, minutes: Math.max(1, Math.round(n / 3)) }), w('app.interviewPrivacy'));
  // A scale line's following lines go under its label ("1 = "): six columns in, and no further than the width.
  const scale = [chalk.bold(q.s.colon(w('render.scale'))), ...q.scaleLines.map((l) => `  ${wrap(l, width - 2, '      ', width - 6)}`)];
  return [`\n${lines.map((l) => wrap(l, width)).join('\n')}`, `${scale.join('\n')}\n${chalk.dim(wrap(w('app.interviewKeys'), width))}`];
}

/** Asks the questions from the first unanswered one, saving every answer at once; returns the complete answers. */
export async function askQuestions(ctx: InterviewContext, start: Answers): Promise<Answers> {
  const { instrument, lang, prompter, store, width } = ctx;
  const { w } = wordsFor(lang);
  const f = FMT[lang];
  const all = questionsOf(instrument);
  const answers: Answers = { ...start };
  let i = all.findIndex((s) => !(s.question.id in answers));
  if (i === -1) i = all.length;
  let shownDimension = -1;
  while (i < all.length) {
    const { question, dimension, dimensionIndex } = all[i]!;
    if (dimensionIndex !== shownDimension) {
      prompter.say(dimensionHeader(dimension, dimensionIndex, instrument, lang, width));
      shownDimension = dimensionIndex;
    }
    const statement = f.typo(tr(question.text, lang));
    const previous = answers[question.id];
    // The number typed is the value shown (for ex-25, 1–4); the extras take the numbers after the highest value.
    const byValue = instrument.scale.every((p) => p.value >= 0);
    const top = byValue ? Math.max(...instrument.scale.map((p) => p.value)) : instrument.scale.length;
    const scale = instrument.scale.map((p, k) => ({ name: tr(p.label, lang), value: p.value as Pick, key: byValue ? p.value : k + 1 }));
    const extras = [
      ...(instrument.dontKnow ? [{ name: tr(instrument.dontKnow.label, lang), value: DONT_KNOW as Pick, letter: '?' }] : []),
      ...(i > 0 ? [{ name: w('app.interviewBack'), value: BACK as Pick }] : []),
    ].map((c, k) => ({ ...c, key: top + 1 + k }));
    const lowest = Math.min(...scale.map((c) => c.key));
    const progress = `[${i + 1}/${all.length}]`;
    const lines = [`${progress} ${tr(dimension.label, lang)}`, wrap(statement, width)];
    if (previous !== undefined) lines.push(chalk.dim(wrap(w('app.interviewYourAnswer', { label: answerLabel(previous, instrument, lang) }), width)));
    const pick = await prompter.select<Pick>({
      message: lines.join('\n'),
      choices: extras.length ? [...scale, 'separator', ...extras] : scale,
      ...(previous !== undefined ? { default: previous === null ? DONT_KNOW : previous } : {}),
      help: lowest === 1 ? w('app.interviewHelp', { n: top + extras.length }) : w('interview.help', { from: lowest, to: top + extras.length }),
    });
    if (pick === BACK) {
      i -= 1;
      continue;
    }
    const value = pick === DONT_KNOW ? null : pick;
    answers[question.id] = value;
    store.save(inInstrumentOrder(answers, instrument));
    // One line per answer given, its following lines under its text and no wider than the width (the "→" and the
    // answer's words kept together: `→` never ends a line, a label never starts alone).
    prompter.say(wrapLines(`${chalk.green('✔')} ${progress} ${statement} ${chalk.dim('→')}\u00a0${chalk.bold(answerLabel(value, instrument, lang).replace(/ /g, '\u00a0'))}`, width));
    i += 1;
  }
  return inInstrumentOrder(answers, instrument);
}

/** The header shown when a dimension starts: its name, its place, and its description. */
function dimensionHeader(dimension: Dimension, index: number, instrument: Instrument, lang: Lang, width: number): string {
  const head = chalk.bold(tr(dimension.label, lang)) + chalk.dim(` (${index + 1}/${instrument.dimensions.length})`);
  return dimension.description ? `\n${head}\n${wrap(FMT[lang].typo(tr(dimension.description, lang)), width)}` : `\n${head}`;
}

/** The answers in the instrument's order. */
function inInstrumentOrder(answers: Answers, instrument: Instrument): Answers {
  const ordered: Answers = {};
  for (const { question } of questionsOf(instrument)) if (question.id in answers) ordered[question.id] = answers[question.id]!;
  return ordered;
}
