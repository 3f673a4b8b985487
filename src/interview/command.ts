// `ex-maturity` in a terminal: options checked first, then the interview, the result as `assess` shows it, and an offer to save.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import chalk from 'chalk';
import type { Result } from '../core/result.js';
import type { Lang } from '../core/types.js';
import { assessSheet, checkMinLevel, deliver } from '../commands/assess.js';
import { L, UserError } from '../errors.js';
import { loadModel } from '../io/load.js';
import { checkOptions, FORMATS, type CommonOptions, type Format, type RawOptions } from '../options.js';
import { emit } from '../output.js';
import { terminalPrompter, type Prompter } from '../prompts.js';
import { renderResult } from '../render/index.js';
import { fileDraftStore } from './draft.js';
import { conductInterview, type StartChoice } from './logic.js';

/** What the interview uses from the outside world; tests pass a scripted prompter and a temporary environment. */
export interface InterviewDeps {
  prompter?: Prompter;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

const TEXT = {
  fr: {
    stopped: (n: number, cmd: string) =>
      n > 0
        ? `Interrompu. Vos ${n} réponse(s) sont gardées sur cet ordinateur : pour reprendre, lancez ${cmd} --resume`
        : `Interrompu. Aucune réponse n'était encore donnée : relancez ${cmd} quand vous voulez.`,
    saveFirst: 'Enregistrer le résultat ?',
    saveMore: 'Enregistrer aussi dans un autre format ?',
    formats: { json: 'JSON — les données, pour comparer plus tard (ex-maturity compare)', html: 'HTML — un rapport à imprimer ou partager', markdown: 'Markdown — un rapport en texte', csv: 'CSV — pour un tableur', table: 'Texte' } as Record<Format, string>,
    finish: 'Non, terminer',
    fileName: 'Nom du fichier :',
    emptyName: 'Donnez un nom de fichier.',
    exists: (f: string) => `${f} existe déjà. Le remplacer ?`,
    replace: 'Oui, le remplacer',
    keep: 'Non, choisir un autre nom',
    help: '↑↓ pour choisir · Entrée pour valider',
    done: 'Merci. Le brouillon de cet entretien est effacé.',
  },
  en: {
    stopped: (n: number, cmd: string) =>
      n > 0
        ? `Stopped. Your ${n} answer(s) are kept on this machine: to resume, run ${cmd} --resume`
        : `Stopped. No answer was given yet: run ${cmd} whenever you like.`,
    saveFirst: 'Save the result?',
    saveMore: 'Save it in another format too?',
    formats: { json: 'JSON — the data, to compare later (ex-maturity compare)', html: 'HTML — a report to print or share', markdown: 'Markdown — a text report', csv: 'CSV — for a spreadsheet', table: 'Text' } as Record<Format, string>,
    finish: 'No, finish',
    fileName: 'File name:',
    emptyName: 'Give a file name.',
    exists: (f: string) => `${f} already exists. Replace it?`,
    replace: 'Yes, replace it',
    keep: 'No, choose another name',
    help: '↑↓ to choose · Enter to confirm',
    done: 'Thank you. The draft of this interview is deleted.',
  },
};

const EXTENSION: Record<Format, string> = { json: '.json', html: '.html', markdown: '.md', csv: '.csv', table: '.txt' };

/** The interview command: returns the exit code (0, 1 when a gate is not met, 130 when stopped with Ctrl+C). */
export async function interview(raw: RawOptions, deps: InterviewDeps = {}): Promise<number> {
  const env = deps.env ?? process.env;
  const cwd = deps.cwd ?? process.cwd();
  const opts = checkOptions(raw, FORMATS, env);
  if (raw.resume && raw.restart) {
    throw new UserError(L('--resume et --restart ensemble : choisissez l\'un des deux.', '--resume and --restart together: choose one of them.'));
  }
  if (opts.output && !existsSync(dirname(resolve(cwd, opts.output)))) {
    throw new UserError(L(
      `--output ${opts.output} : le dossier n'existe pas. Créez-le ou choisissez un autre chemin, avant de commencer.`,
      `--output ${opts.output}: the folder does not exist. Create it or choose another path, before starting.`,
    ));
  }
  const model = await loadModel(opts);
  checkMinLevel(opts, model);
  const prompter = deps.prompter ?? terminalPrompter();
  const store = fileDraftStore(model.instrument, env);
  const choice: StartChoice = raw.resume ? 'resume' : raw.restart ? 'restart' : 'ask';
  let lang = opts.lang;
  try {
    if (raw.lang === undefined && !opts.langDetected) lang = await askLanguage(prompter);
    const width = Math.min(process.stdout.columns || 80, 100);
    const answers = await conductInterview({ instrument: model.instrument, lang, prompter, store, width }, choice);
    const { result, scores } = assessSheet(model, { instrument: model.instrument.id, respondent: {}, answers }, lang);
    const shown = { ...opts, lang };
    process.stdout.write('\n');
    const code = await deliver(result, scores, { ...shown, format: 'table', output: undefined });
    if (opts.output) await saveResult(result, opts.format, resolve(cwd, opts.output), shown);
    else await offerToSave(result, shown, prompter, cwd);
    store.remove();
    prompter.say(TEXT[lang].done);
    return code;
  } catch (e) {
    if (!(e instanceof Error && e.name === 'ExitPromptError')) throw e;
    const found = store.load();
    const kept = found.kind === 'draft' ? Object.keys(found.answers).length : 0;
    prompter.say(`\n${TEXT[lang].stopped(kept, resumeCommand(raw, lang, opts.langDetected))}`);
    return 130;
  }
}

/** The command that starts this interview again, with the options that select the same draft and language. */
function resumeCommand(raw: RawOptions, lang: Lang, langDetected: boolean): string {
  const parts = ['ex-maturity'];
  if (raw.instrument) parts.push('--instrument', raw.instrument);
  if (raw.lang !== undefined || !langDetected) parts.push('--lang', lang);
  return parts.join(' ');
}

/** Asks the language when the environment does not tell it. */
function askLanguage(prompter: Prompter): Promise<Lang> {
  return prompter.select<Lang>({
    message: 'Langue / Language',
    choices: [
      { name: 'Français', value: 'fr' },
      { name: 'English', value: 'en' },
    ],
    help: '↑↓ · Entrée / Enter',
  });
}

/** Writes the result to a file in a format (never in colour), saying where. */
async function saveResult(result: Result, format: Format, file: string, opts: CommonOptions): Promise<void> {
  const level = chalk.level;
  chalk.level = 0;
  let content: string;
  try {
    content = await renderResult(result, format, { width: 80, bom: opts.bom });
  } finally {
    chalk.level = level;
  }
  emit(content, file, opts.lang);
}

/** Offers to save the result in one format or more, each under a free default name in the current folder. */
async function offerToSave(result: Result, opts: CommonOptions, prompter: Prompter, cwd: string): Promise<void> {
  const t = TEXT[opts.lang];
  const remaining: Format[] = ['json', 'html', 'markdown', 'csv'];
  let preferred: Format | 'finish' = opts.format !== 'table' ? opts.format : 'json';
  for (;;) {
    const first = remaining.length === 4;
    const format = await prompter.select<Format | 'finish'>({
      message: first ? t.saveFirst : t.saveMore,
      choices: [...remaining.map((f) => ({ name: t.formats[f], value: f })), 'separator', { name: t.finish, value: 'finish' }],
      default: preferred,
      help: t.help,
    });
    if (format === 'finish') return;
    const file = await askFileName(prompter, opts.lang, cwd, defaultName(result, format, cwd));
    if (!file) continue;
    try {
      await saveResult(result, format, file, opts);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      prompter.say(e.in(opts.lang));
      continue;
    }
    remaining.splice(remaining.indexOf(format), 1);
    preferred = 'finish';
    if (!remaining.length) return;
  }
}

/** Asks a file name; an existing file is replaced only when the user says so (else undefined: back to the formats). */
async function askFileName(prompter: Prompter, lang: Lang, cwd: string, suggested: string): Promise<string | undefined> {
  const t = TEXT[lang];
  const name = await prompter.input({ message: t.fileName, default: suggested, validate: (v) => (v.trim() ? true : t.emptyName) });
  const file = resolve(cwd, name.trim());
  if (!existsSync(file)) return file;
  const replace = await prompter.select<boolean>({
    message: t.exists(name.trim()),
    choices: [
      { name: t.keep, value: false },
      { name: t.replace, value: true },
    ],
    help: t.help,
  });
  return replace ? file : undefined;
}

/** ex-maturity-YYYY-MM-DD.ext (the local date of the result), with -2, -3… when that name is taken. */
function defaultName(result: Result, format: Format, cwd: string): string {
  const d = new Date(result.generatedAt);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const ext = EXTENSION[format];
  for (let n = 1; ; n++) {
    const name = `ex-maturity-${day}${n > 1 ? `-${n}` : ''}${ext}`;
    if (!existsSync(resolve(cwd, name))) return name;
  }
}
