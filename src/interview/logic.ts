// The interview itself: which question comes next, what is shown, what is kept. It talks to the user only through a
// Prompter and to the disk only through a DraftStore, so tests drive it with fakes.
import chalk from 'chalk';
import { answerLabel } from '../core/answers.js';
import { tr } from '../core/text.js';
import { wrap } from '../render/terminal/text.js';
import type { Dimension, Instrument, Lang, Question } from '../core/types.js';
import type { Prompter } from '../prompts.js';
import type { Answers, DraftStore } from './draft.js';

/** What the interview needs around it. */
export interface InterviewContext {
  instrument: Instrument;
  lang: Lang;
  prompter: Prompter;
  store: DraftStore;
  /** Columns to wrap long texts to. */
  width?: number;
}

/** How to treat a draft found at start: ask, or decided up front by --resume / --restart. */
export type StartChoice = 'ask' | 'resume' | 'restart';

/** What a question's list returns besides a scale value. */
const DONT_KNOW = 'dont-know';
const BACK = 'back';
type Pick = number | typeof DONT_KNOW | typeof BACK;

const TEXT = {
  fr: {
    about: (n: number, min: number) => `Environ ${min} minutes pour ${n} affirmations.`,
    privacy: 'Vos réponses restent sur cet ordinateur : rien n\'est envoyé.',
    keys: 'Choisissez avec ↑↓ ou le chiffre de la réponse, validez avec Entrée. Ctrl+C arrête à tout moment : vos réponses sont gardées et vous reprendrez là où vous étiez.',
    help: (n: number) => `↑↓ ou 1–${n} : choisir · Entrée : valider · Ctrl+C : arrêter (réponses gardées)`,
    back: '← question précédente',
    yourAnswer: (label: string) => `Votre réponse : ${label}. Entrée la garde, ou choisissez-en une autre.`,
    draftFound: (n: number, total: number) => `Un entretien commencé a été gardé : ${n} réponse(s) sur ${total}.`,
    resume: 'Reprendre là où je m\'étais arrêté',
    restart: 'Recommencer depuis le début (les réponses gardées sont effacées)',
    noDraft: 'Aucun entretien commencé à reprendre : on commence à la première question.',
    corrupt: 'Le brouillon gardé est illisible : on repart de zéro.',
    otherVersion: 'Le brouillon gardé correspond à une autre version du questionnaire : on repart de zéro.',
    resumed: (n: number) => `Reprise : ${n} réponse(s) déjà données.`,
    restarted: 'Les réponses gardées sont effacées : on commence à la première question.',
  },
  en: {
    about: (n: number, min: number) => `About ${min} minutes for ${n} statements.`,
    privacy: 'Your answers stay on this machine: nothing is sent anywhere.',
    keys: 'Choose with ↑↓ or the digit of the answer, confirm with Enter. Ctrl+C stops at any time: your answers are kept and you will pick up where you left off.',
    help: (n: number) => `↑↓ or 1–${n} to choose · Enter to confirm · Ctrl+C to stop (answers kept)`,
    back: '← previous question',
    yourAnswer: (label: string) => `Your answer: ${label}. Enter keeps it, or choose another one.`,
    draftFound: (n: number, total: number) => `An interview you started was kept: ${n} of ${total} answers.`,
    resume: 'Resume where I stopped',
    restart: 'Start again from the beginning (the kept answers are deleted)',
    noDraft: 'No started interview to resume: starting with the first question.',
    corrupt: 'The kept draft cannot be read: starting afresh.',
    otherVersion: 'The kept draft belongs to another version of the questionnaire: starting afresh.',
    resumed: (n: number) => `Resuming: ${n} answer(s) already given.`,
    restarted: 'The kept answers are deleted: starting with the first question.',
  },
};

/** A question with its place in the interview. */
interface Step {
  question: Question;
  dimension: Dimension;
  dimensionIndex: number;
}

/** Every question of an instrument, in order, with its dimension. */
export function interviewSteps(instrument: Instrument): Step[] {
  return instrument.dimensions.flatMap((dimension, dimensionIndex) => dimension.questions.map((question) => ({ question, dimension, dimensionIndex })));
}

/** The welcome: what this is, how long it takes, that answers stay here, how to stop and resume. */
export function welcome(instrument: Instrument, lang: Lang, width = 80): string {
  const t = TEXT[lang];
  const n = interviewSteps(instrument).length;
  const lines = [chalk.bold(tr(instrument.title, lang) || instrument.id)];
  if (instrument.description) lines.push(tr(instrument.description, lang));
  lines.push(t.about(n, Math.max(1, Math.round(n / 3))), t.privacy, chalk.dim(t.keys));
  return `\n${lines.map((l) => wrap(l, width)).join('\n')}\n`;
}

/** The answers to start from: a kept draft (resumed, after asking unless decided up front) or none. */
export async function startingAnswers(ctx: InterviewContext, choice: StartChoice): Promise<Answers> {
  const { prompter, store, lang } = ctx;
  const t = TEXT[lang];
  const found = store.load();
  if (found.kind === 'unusable') {
    if (choice !== 'restart') prompter.say(found.reason === 'corrupt' ? t.corrupt : t.otherVersion);
    store.remove();
    return {};
  }
  const kept = found.kind === 'draft' ? Object.keys(found.answers).length : 0;
  if (kept === 0) {
    if (choice === 'resume') prompter.say(t.noDraft);
    return {};
  }
  let resume = choice === 'resume';
  if (choice === 'ask') {
    resume =
      (await prompter.select<'resume' | 'restart'>({
        message: t.draftFound(kept, interviewSteps(ctx.instrument).length),
        choices: [
          { name: t.resume, value: 'resume' },
          { name: t.restart, value: 'restart' },
        ],
        help: t.help(2),
      })) === 'resume';
  }
  if (!resume || found.kind !== 'draft') {
    store.remove();
    prompter.say(t.restarted);
    return {};
  }
  prompter.say(t.resumed(kept));
  return { ...found.answers };
}

/** Asks the questions from the first unanswered one, saving every answer at once; returns the complete answers. */
export async function askQuestions(ctx: InterviewContext, start: Answers): Promise<Answers> {
  const { instrument, lang, prompter, store, width = 80 } = ctx;
  const t = TEXT[lang];
  const all = interviewSteps(instrument);
  const answers = { ...start };
  let i = all.findIndex((s) => !(s.question.id in answers));
  if (i === -1) i = all.length;
  let shownDimension = -1;
  while (i < all.length) {
    const { question, dimension, dimensionIndex } = all[i]!;
    if (dimensionIndex !== shownDimension) {
      prompter.say(dimensionHeader(dimension, dimensionIndex, instrument, lang, width));
      shownDimension = dimensionIndex;
    }
    const statement = tr(question.text, lang);
    const previous = answers[question.id];
    const scale = instrument.scale.map((p) => ({ name: tr(p.label, lang), value: p.value as Pick }));
    const extras = [
      ...(instrument.dontKnow ? [{ name: tr(instrument.dontKnow.label, lang), value: DONT_KNOW as Pick }] : []),
      ...(i > 0 ? [{ name: t.back, value: BACK as Pick }] : []),
    ];
    const progress = `[${i + 1}/${all.length}]`;
    const lines = [`${progress} ${tr(dimension.label, lang)}`, statement];
    if (previous !== undefined) lines.push(chalk.dim(t.yourAnswer(answerLabel(previous, instrument, lang))));
    const pick = await prompter.select<Pick>({
      message: lines.join('\n'),
      choices: extras.length ? [...scale, 'separator', ...extras] : scale,
      ...(previous !== undefined ? { default: previous === null ? DONT_KNOW : previous } : {}),
      help: t.help(scale.length + extras.length),
    });
    if (pick === BACK) {
      i -= 1;
      continue;
    }
    const value = pick === DONT_KNOW ? null : pick;
    answers[question.id] = value;
    store.save(inInstrumentOrder(answers, instrument));
    prompter.say(wrap(`${chalk.green('✔')} ${progress} ${statement} ${chalk.dim('→')} ${chalk.bold(answerLabel(value, instrument, lang))}`, width, '  '));
    i += 1;
  }
  return inInstrumentOrder(answers, instrument);
}

/** The whole interview: welcome, resume or restart, then the questions; rejects with ExitPromptError on Ctrl+C. */
export async function conductInterview(ctx: InterviewContext, choice: StartChoice): Promise<Answers> {
  ctx.prompter.say(welcome(ctx.instrument, ctx.lang, ctx.width));
  return askQuestions(ctx, await startingAnswers(ctx, choice));
}

/** The header shown when a dimension starts: its name, its place, and its description. */
function dimensionHeader(dimension: Dimension, index: number, instrument: Instrument, lang: Lang, width: number): string {
  const head = chalk.bold(tr(dimension.label, lang)) + chalk.dim(` (${index + 1}/${instrument.dimensions.length})`);
  return dimension.description ? `\n${head}\n${wrap(tr(dimension.description, lang), width)}` : `\n${head}`;
}

function inInstrumentOrder(answers: Answers, instrument: Instrument): Answers {
  const ordered: Answers = {};
  for (const { question } of interviewSteps(instrument)) if (question.id in answers) ordered[question.id] = answers[question.id]!;
  return ordered;
}
