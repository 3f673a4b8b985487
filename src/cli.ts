import { Command, CommanderError, Option } from 'commander';
import type { Lang } from './core/types.js';
import { TOOL, setupColor } from './env.js';
import { UserError } from './errors.js';
import { langFromArgv, type RawOptions } from './options.js';

const lang: Lang = langFromArgv(process.argv.slice(2));
const fr = lang === 'fr';
const t = (f: string, e: string) => (fr ? f : e);

/** Adds the options every scoring command shares. */
function common(cmd: Command, { gates = false, formats = '' } = {}): Command {
  cmd
    .option('--lang <lang>', t('langue : fr ou en (défaut : LC_ALL / LC_MESSAGES / LANG)', 'language: fr or en (default: LC_ALL / LC_MESSAGES / LANG)'))
    .option('--instrument <file>', t('instrument personnalisé (YAML ou JSON)', 'custom instrument (YAML or JSON)'))
    .option('--matrix <file>', t("matrice d'actions personnalisée", 'custom action matrix'))
    .option('--no-color', t('sans couleur (aussi : NO_COLOR)', 'no colour (also: NO_COLOR)'));
  if (formats) {
    cmd
      .option('--format <format>', `${formats}`)
      .option('--output <file>', t("écrit dans un fichier (format déduit de l'extension)", 'write to a file (format inferred from the extension)'))
      .option('--bom', t('CSV : ajoute un BOM UTF-8 pour les tableurs', 'CSV: add a UTF-8 BOM for spreadsheets'));
  }
  if (gates) {
    cmd
      .option('--fail-under <score>', t('code 1 si le score global est sous ce seuil (0–100)', 'exit 1 when the overall score is below this (0–100)'))
      .option('--min-level <n>', t('code 1 si le niveau global est sous ce niveau', 'exit 1 when the overall level is below this'));
  }
  return cmd;
}

/** Runs a command module's function, loaded only when the command is used. */
function action<A extends unknown[]>(load: () => Promise<(...args: A) => Promise<number>>) {
  return async (...args: A) => {
    const opts = args.find((a) => a && typeof a === 'object' && !Array.isArray(a) && !(a instanceof Command)) as RawOptions | undefined;
    setupColor(opts?.color !== false);
    process.exitCode = await (await load())(...args);
  };
}

const examples = (lines: string[]) => `\n${t('Exemples', 'Examples')}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** The command line: every command, its options and examples. */
export function buildProgram(): Command {
  const program = new Command('ex-maturity')
    .description(t(
      "Autodiagnostic de maturité de l'expérience collaborateur : 25 affirmations, un niveau de maturité, un plan d'action.",
      'Employee-experience maturity self-diagnostic: 25 statements, a maturity level, an action plan.',
    ))
    .version(TOOL.version, '-V, --version', t('affiche la version', 'print the version'))
    .helpOption('-h, --help', t("affiche l'aide", 'show help'))
    .helpCommand(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addHelpText('after', examples([
      'ex-maturity',
      'ex-maturity assess --answers answers.yaml',
      'ex-maturity assess --answers answers.yaml --format json --min-level 2',
      'ex-maturity questions --format markdown --output questionnaire.md',
      'ex-maturity template --output answers.yaml',
    ]));

  common(program.command('run', { isDefault: true }), { gates: true, formats: 'table, json, markdown, html, csv' })
    .description(t("l'entretien interactif (25 questions, ~8 minutes), puis le résultat et le plan d'action", 'the interactive interview (25 questions, ~8 minutes), then the result and the action plan'))
    .option('--resume', t('reprend le brouillon sans demander', 'resume the draft without asking'))
    .option('--restart', t('recommence sans demander (le brouillon est effacé)', 'start again without asking (the draft is deleted)'))
    .action(action(async () => (await import('./commands/run.js')).run));

  common(program.command('assess'), { gates: true, formats: 'table, json, markdown, html, csv' })
    .description(t('note un fichier de réponses, sans jamais rien demander', 'score an answers file, never prompting'))
    .addOption(new Option('--answers <file>', t('fichier de réponses YAML ou JSON (- : entrée standard)', 'YAML or JSON answers file (- for standard input)')))
    .addHelpText('after', examples([
      'ex-maturity assess --answers answers.yaml',
      'ex-maturity assess --answers answers.yaml --format json > result.json',
      'ex-maturity assess --answers answers.yaml --fail-under 60 --min-level 2',
      'cat answers.json | ex-maturity assess --answers - --format json',
    ]))
    .action(action(async () => (await import('./commands/assess.js')).assess));

  common(program.command('questions'), { formats: 'table, markdown, csv, json' })
    .description(t('affiche le questionnaire (pour imprimer ou construire un formulaire)', 'print the questionnaire (to print or to build a form)'))
    .addHelpText('after', examples(['ex-maturity questions --lang fr', 'ex-maturity questions --format csv --output form.csv']))
    .action(action(async () => (await import('./commands/questions.js')).questions));

  common(program.command('template'))
    .description(t('écrit un fichier de réponses vierge, chaque affirmation en commentaire', 'write a blank answers file, each statement in a comment'))
    .option('--output <file>', t('fichier à écrire (défaut : sortie standard)', 'file to write (default: standard output)'))
    .addHelpText('after', examples(['ex-maturity template --output answers.yaml', 'ex-maturity template --lang en > answers.yaml']))
    .action(action(async () => (await import('./commands/template.js')).template));

  common(program.command('validate'))
    .description(t('vérifie des instruments, matrices et fichiers de réponses', 'check instruments, matrices and answers files'))
    .argument('<files...>')
    .addHelpText('after', examples(['ex-maturity validate my-instrument.yaml my-matrix.yaml', 'ex-maturity validate answers/*.yaml']))
    .action(action(async () => (await import('./commands/validate.js')).validate));

  // Teams and workshops: several respondents.
  common(program.command('aggregate'), { gates: true, formats: 'table, json, markdown, html, csv' })
    .description(t("vue d'équipe : plusieurs fichiers de réponses, résultats, dossiers, exports CSV", 'team view over many answers files, results, folders, CSV exports'))
    .argument('<paths...>')
    .option('--min-group <n>', t("seuil d'anonymat : un groupe plus petit ne montre que son effectif (défaut 5)", 'anonymity threshold: a smaller group shows only its count (default 5)'))
    .option('--group-by <column>', t('colonne CSV qui donne le groupe (défaut : group ou groupe)', 'CSV column giving the group (default: group or groupe)'))
    .option('--map <file>', t('YAML : en-têtes et libellés CSV → ids et valeurs', 'YAML: CSV headers and labels → ids and values'))
    .option('--strict', t('refuse toute ligne ou tout fichier invalide au lieu de les ignorer', 'refuse any bad row or file instead of skipping it'))
    .addHelpText('after', examples(['ex-maturity aggregate answers/', 'ex-maturity aggregate form-export.csv --group-by Service --format html --output team.html']))
    .action(action(async () => (await import('./commands/aggregate.js')).aggregate));

  common(program.command('compare'), { formats: 'table, json, markdown, html, csv' })
    .description(t('ce qui a changé entre deux résultats ou deux agrégats', 'what changed between two results or two aggregates'))
    .argument('<old>')
    .argument('<new>')
    .addHelpText('after', examples(['ex-maturity compare result-2025.json result-2026.json']))
    .action(action(async () => (await import('./commands/compare.js')).compare));

  common(program.command('workshop'), { formats: 'table, json, markdown, html, csv' })
    .description(t("atelier en direct : saisissez les votes de la salle, affirmation par affirmation", "live workshop: type the room's votes, statement by statement"))
    .option('--min-group <n>', t("seuil d'anonymat (défaut 5)", 'anonymity threshold (default 5)'))
    .option('--resume', t("reprend la session d'atelier sans demander", 'resume the workshop session without asking'))
    .option('--restart', t('recommence la session sans demander', 'start the session again without asking'))
    .action(action(async () => (await import('./commands/workshop.js')).workshop));

  return program;
}

/** A usage error from commander, in the user's language. */
function usageMessage(e: CommanderError): string {
  const m = e.message.replace(/^error: /, '');
  const arg = /'([^']+)'/.exec(m)?.[1] ?? '';
  const hint = t("Voir : ex-maturity --help", 'See: ex-maturity --help');
  switch (e.code) {
    case 'commander.unknownOption':
      return `${t(`option inconnue : ${arg}`, `unknown option: ${arg}`)}. ${hint}`;
    case 'commander.unknownCommand':
      return `${t(`commande inconnue : ${arg}`, `unknown command: ${arg}`)}. ${hint}`;
    case 'commander.optionMissingArgument':
      return `${t(`il manque la valeur de ${arg}`, `${arg} needs a value`)}. ${hint}`;
    case 'commander.missingArgument':
      return `${t('il manque un argument (un ou plusieurs fichiers)', 'an argument is missing (one or more files)')}. ${hint}`;
    case 'commander.excessArguments':
      return `${t('trop d\'arguments', 'too many arguments')}. ${hint}`;
    default:
      return `${m}. ${hint}`;
  }
}

/** Runs the command line with one error boundary: user mistakes exit 2, Ctrl+C exits 130, anything else is a bug. */
export async function main(argv: string[]): Promise<void> {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    const program = buildProgram();
    const first = argv[2];
    if (first && !first.startsWith('-') && !program.commands.some((c) => c.name() === first)) {
      const names = program.commands.map((c) => c.name()).join(', ');
      throw new UserError({ fr: `commande inconnue : ${first} (commandes : ${names}). Voir : ex-maturity --help`, en: `unknown command: ${first} (commands: ${names}). See: ex-maturity --help` });
    }
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return;
      process.stderr.write(`ex-maturity: ${usageMessage(e)}\n`);
      process.exitCode = 2;
    } else if (e instanceof UserError) {
      process.stderr.write(`ex-maturity: ${e.in(lang)}\n`);
      process.exitCode = e.exitCode;
    } else if (e instanceof Error && e.name === 'ExitPromptError') {
      process.exitCode = 130;
    } else {
      process.stderr.write(t(
        `ex-maturity : erreur interne, ce n'est pas de votre fait. Merci de la signaler avec ce qui suit :\n${(e as Error)?.stack ?? e}\n`,
        `ex-maturity: internal error, not your fault. Please report it with what follows:\n${(e as Error)?.stack ?? e}\n`,
      ));
      process.exitCode = 70;
    }
  }
}

await main(process.argv);
