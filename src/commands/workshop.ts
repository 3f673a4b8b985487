import { format } from '../i18n/index.js';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { byLang as t, tr } from '../core/text.js';
import type { Lang } from '../core/types.js';
import { TOOL, generatedAt, isInteractive, schemaUrl } from '../env.js';
import { L, UserError } from '../errors.js';
import { draftFolder } from '../interview/draft.js';
import { loadModel, type Model } from '../io/load.js';
import { writeAtomic } from '../io/write.js';
import { checkOptions, FORMATS, type CommonOptions, type RawOptions } from '../options.js';
import type { Prompter } from '../prompts.js';
import { buildWorkshopAggregate, newSession, parseVoteLine, readSession, statements, voteSpread, type WorkshopSession } from '../team/workshop.js';
import { deliverAggregate, parseMinGroup } from './aggregate.js';

/** The message for a workshop started without a terminal. */
export const NO_TERMINAL_WORKSHOP = L(
  "Pas de terminal : l'atelier en direct a besoin d'un terminal (et CI non défini). Pour une vue d'équipe à partir de fichiers : ex-maturity aggregate DOSSIER-OU-EXPORT.csv",
  'No terminal: the live workshop needs one (and CI unset). For a team view from files: ex-maturity aggregate FOLDER-OR-EXPORT.csv',
);

/** Where the workshop session of an instrument is saved: $XDG_CACHE_HOME/ex-maturity/workshop-<instrument>.json. */
export function sessionPath(instrumentId: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(draftFolder(env), `workshop-${instrumentId.replace(/[^\w.-]/g, '_')}.json`);
}

/** What the workshop needs from the outside: the prompter, and the environment (for the cache folder). */
export interface WorkshopDeps {
  prompter: Prompter;
  env?: NodeJS.ProcessEnv;
}

interface Setup {
  opts: CommonOptions;
  minGroup: number;
  model: Model;
  resume: boolean | undefined;
}

/** Checks the options and loads the instrument, before anything is asked. */
async function prepare(raw: RawOptions): Promise<Setup> {
  const opts = checkOptions(raw, FORMATS);
  const minGroup = parseMinGroup(raw);
  if (raw.resume && raw.restart) throw new UserError(L('--resume et --restart sont contraires : choisissez-en un.', '--resume and --restart contradict each other: choose one.'));
  return { opts, minGroup, model: await loadModel(opts), resume: raw.resume ? true : raw.restart ? false : undefined };
}

/** `ex-maturity workshop`: live facilitation in a terminal. */
export async function workshop(raw: RawOptions): Promise<number> {
  const setup = await prepare(raw);
  if (!isInteractive()) throw new UserError(NO_TERMINAL_WORKSHOP);
  const { terminalPrompter } = await import('../prompts.js');
  return conductWorkshop(setup, { prompter: terminalPrompter() });
}

/** Runs a workshop with a given prompter (tests drive it with a fake): options first, then statement by statement. */
export async function runWorkshop(raw: RawOptions, deps: WorkshopDeps): Promise<number> {
  return conductWorkshop(await prepare(raw), deps);
}

async function conductWorkshop({ opts, minGroup, model, resume }: Setup, { prompter, env = process.env }: WorkshopDeps): Promise<number> {
  const { instrument } = model;
  const lang = opts.lang;
  const file = sessionPath(instrument.id, env);
  const all = statements(instrument);
  let session = newSession(instrument);
  if (existsSync(file) && resume !== false) {
    let saved: WorkshopSession | undefined;
    try {
      saved = readSession(JSON.parse(readFileSync(file, 'utf8')), instrument);
    } catch {
      saved = undefined;
    }
    if (!saved) prompter.say(t(lang, 'La session enregistrée est illisible ou pour une autre version de l\'instrument : on repart de zéro.', 'The saved session is unreadable or for another version of the instrument: starting afresh.'));
    else if (resume || (await prompter.confirm({ message: t(lang, `Une session d'atelier est enregistrée (affirmation ${Math.min(saved.position + 1, all.length)}/${all.length}). La reprendre ?`, `A workshop session is saved (statement ${Math.min(saved.position + 1, all.length)}/${all.length}). Resume it?`), default: true }))) session = saved;
  }
  const save = () => {
    mkdirSync(dirname(file), { recursive: true });
    writeAtomic(file, JSON.stringify(session) + '\n');
  };
  const scale = [...instrument.scale.map((p) => `${p.value} = ${tr(p.label, lang)}`), ...(instrument.dontKnow ? [`? = ${tr(instrument.dontKnow.label, lang)}`] : [])].join(' · ');
  prompter.say(t(lang,
    `Atelier : tapez les votes de la salle sur une ligne (${instrument.scale.map((p) => p.value).join(' ')}${instrument.dontKnow ? ' ?' : ''}), b pour revenir, q pour arrêter (la session est gardée).`,
    `Workshop: type the room's votes on one line (${instrument.scale.map((p) => p.value).join(' ')}${instrument.dontKnow ? ' ?' : ''}), b to go back, q to stop (the session is kept).`));
  prompter.say(scale);

  try {
    while (session.position < all.length) {
      const { question, dimension } = all[session.position]!;
      prompter.say(`\n[${session.position + 1}/${all.length}] ${tr(dimension.label, lang)}\n${tr(question.text, lang)}`);
      const line = await prompter.input({ message: t(lang, 'Votes', 'Votes') });
      const parsed = parseVoteLine(line, instrument);
      if (parsed.kind === 'error') {
        prompter.say(format(parsed.message, lang));
        continue;
      }
      if (parsed.kind === 'quit') {
        save();
        prompter.say(t(lang, 'Session gardée. Pour reprendre : ex-maturity workshop --resume', 'Session kept. To resume: ex-maturity workshop --resume'));
        return 0;
      }
      if (parsed.kind === 'back') {
        if (session.position > 0) session.position--;
        save();
        continue;
      }
      session.votes[question.id] = parsed.votes;
      session.position++;
      save();
      prompter.say(spreadText(model, parsed.votes, lang));
    }
  } catch (e) {
    if (e instanceof Error && e.name === 'ExitPromptError') {
      process.stderr.write(t(lang, '\nInterrompu. La session est gardée : ex-maturity workshop --resume\n', '\nInterrupted. The session is kept: ex-maturity workshop --resume\n'));
    }
    throw e;
  }

  const agg = buildWorkshopAggregate(instrument, model.matrix, session, { tool: TOOL, lang, generatedAt: generatedAt(env), schemaUrl: schemaUrl('aggregate'), minGroup });
  const code = await deliverAggregate(agg, opts);
  rmSync(file, { force: true });
  return code;
}

/** The spread of a statement's votes as a few lines: a bar and a count per answer, and a flag when the room disagrees. */
function spreadText(model: Model, votes: Parameters<typeof voteSpread>[1], lang: Lang): string {
  const s = voteSpread(model.instrument, votes, lang);
  const rows = [...s.counts.map((c) => ({ key: String(c.value), label: c.label, count: c.count })), ...(model.instrument.dontKnow ? [{ key: '?', label: tr(model.instrument.dontKnow.label, lang), count: s.dontKnow }] : [])];
  const width = Math.max(...rows.map((r) => r.label.length));
  const lines = rows.map((r) => `  ${r.key} ${r.label.padEnd(width)}  ${'█'.repeat(r.count)}${r.count ? ' ' : ''}${r.count}`);
  if (s.disagreement) lines.push(t(lang, '  ⚠ La salle n\'est pas d\'accord (votes à deux points d\'écart ou plus) : à discuter.', '  ⚠ The room disagrees (votes two or more points apart): discuss it.'));
  return lines.join('\n');
}
