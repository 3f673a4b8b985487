// The command line: commander only. Every command is loaded when used; one error boundary turns a user's mistake
// into a clear message and exit 2, a stop into 130, anything else into a bug report (70). Nothing runs on import.
import { Command, CommanderError, Option } from 'commander';
import { langOfArgv, processContext, type AppContext } from './app/context.js';
import type { RawOptions } from './app/options.js';
import { onStdoutFailure, stdoutIsTTY, stdoutStream } from './app/stdout.js';
import { setupColor, TOOL } from './app/tool.js';
import { sourceStack } from './app/stack.js';
import { UserError } from './errors.js';
import { format, msg, wordsFor, type Lang, type Message } from './i18n/index.js';
import { formatsOf, type DocumentKind } from './render/registry.js';

type Run = (ctx: AppContext, raw: RawOptions, args: string[]) => Promise<number>;

/** The commands, in the order of the help. */
export const COMMANDS = ['run', 'assess', 'questions', 'template', 'validate', 'aggregate', 'health', 'plan-sample', 'compare', 'trend', 'mirror', 'workshop', 'room', 'plan'] as const;

/**
 * Builds the program in one language, with the context every command receives. With `only`, the one command the
 * arguments name (they start with it): its options, help, errors and suggestions are the same as in the whole
 * program (test/cli-program.test.ts), and declaring the others' sixty options was a tenth of a run's cost over
 * `node -e 0` (issue 14, `npm run bench`).
 */
export function buildProgram(lang: Lang, ctx: AppContext, only?: (typeof COMMANDS)[number]): Command {
  const { w } = wordsFor(lang);
  const want = (name: (typeof COMMANDS)[number]) => only === undefined || only === name;
  const examples = (lines: string[]) => `\n${w('app.helpExamples')}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

  /** Runs a command module's function, loaded only when the command is used. */
  const action = (load: () => Promise<Run>) => async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const raw = cmd.opts() as RawOptions;
    setupColor(raw.color !== false, stdoutIsTTY, ctx.env);
    process.exitCode = await (await load())(ctx, raw, args.slice(0, -2).flat() as string[]);
  };

  // Option sets, each declared once.
  const base = (cmd: Command) =>
    cmd
      .option('--lang <lang>', w('app.optLang'))
      .option('--instrument <file>', w('app.optInstrument'))
      .option('--matrix <file>', w('app.optMatrix'))
      .option('--no-color', w('app.optNoColor'));
  const output = (cmd: Command, kind: DocumentKind) => {
    cmd.option('--format <format>', formatsOf(kind).join(', ')).option('--output <file>', w('app.optOutput')).option('--bom', w('app.optBom'));
    return (formatsOf(kind) as string[]).includes('pdf') ? cmd.option('--browser <path>', w('deliverable.optBrowser')) : cmd;
  };
  const gates = (cmd: Command) => cmd.option('--fail-under <score>', w('app.optFailUnder')).option('--min-level <n>', w('app.optMinLevel'));
  const strictGates = (cmd: Command) => cmd.option('--strict-gates', w('uncertainty.optStrictGates'));
  const targets = (cmd: Command) =>
    cmd.option('--target <score>', w('app.optTarget')).option('--targets <file>', w('app.optTargets')).option('--fail-under-target <pct>', w('app.optFailUnderTarget'));
  const planOption = (cmd: Command) => cmd.option('--plan <file>', w('plan.optPlan'));
  const minGroup = (cmd: Command) => cmd.option('--min-group <n>', w('app.optMinGroup'));
  const resume = (cmd: Command) => cmd.option('--resume', w('app.optResume')).option('--restart', w('app.optRestart'));

  const program = new Command('ex-maturity')
    .description(w('app.helpProgram'))
    .version(TOOL.version, '-V, --version', w('app.optVersion'))
    .helpOption('-h, --help', w('app.optHelp'))
    .helpCommand(false)
    // Set before the commands are declared: each one inherits it. The help's titles in the help's language.
    .configureHelp({ styleTitle: (title) => w('terminal.helpTitle', { title }) })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {}, writeOut: (text) => void stdoutStream().write(text) })
    .addHelpText('after', examples([
      'ex-maturity',
      'ex-maturity --lang fr --resume',
      'ex-maturity assess --answers answers.yaml',
      'ex-maturity assess --answers answers.yaml --format json --min-level 2',
      'ex-maturity questions --format markdown --output questionnaire.md',
      'ex-maturity template --output answers.yaml',
    ]));

  if (want('run'))
    resume(targets(gates(output(base(program.command('run', { isDefault: true })), 'result'))))
      .description(w('app.helpRun'))
      .action(action(async () => { const { interview } = await import('./commands/interview/index.js'); return (c, raw) => interview(c, raw); }));

  if (want('assess'))
    planOption(targets(gates(output(base(program.command('assess')), 'result'))))
      .description(w('app.helpAssess'))
      .addOption(new Option('--answers <file>', w('app.optAnswers')))
      .addHelpText('after', examples([
        'ex-maturity assess --answers answers.yaml',
        'ex-maturity assess --answers answers.yaml --format json > result.json',
        'ex-maturity assess --answers answers.yaml --fail-under 60 --min-level 2',
        'cat answers.json | ex-maturity assess --answers - --format json',
      ]))
      .action(action(async () => (await import('./commands/assess.js')).assess));

  if (want('questions'))
    output(base(program.command('questions')), 'questionnaire')
      .description(w('app.helpQuestions'))
      .addHelpText('after', examples(['ex-maturity questions --lang fr', 'ex-maturity questions --format csv --output form.csv']))
      .action(action(async () => (await import('./commands/questions.js')).questions));

  if (want('template'))
    base(program.command('template'))
      .description(w('app.helpTemplate'))
      .option('--output <file>', w('app.optTemplateOutput'))
      .option('--force', w('app.optForce'))
      .addHelpText('after', examples(['ex-maturity template --output answers.yaml', 'ex-maturity template --lang en > answers.yaml']))
      .action(action(async () => (await import('./commands/template.js')).template));

  if (want('validate'))
    base(program.command('validate'))
      .description(w('app.helpValidate'))
      .argument('<files...>')
      .option('--sheet <name>', w('exports.optSheet'))
      .addHelpText('after', examples(['ex-maturity validate my-instrument.yaml my-matrix.yaml', 'ex-maturity validate answers/*.yaml', 'ex-maturity validate map.yaml forms-export.xlsx']))
      .action(action(async () => (await import('./commands/validate.js')).validate));

  if (want('aggregate'))
    planOption(strictGates(minGroup(gates(output(base(program.command('aggregate')), 'aggregate')))))
      .description(w('app.helpAggregate'))
      .option('--population <n>', w('uncertainty.optPopulation'))
      .argument('<paths...>')
      .option('--group-by <column>', w('app.optGroupBy'))
      .option('--map <file>', w('app.optMap'))
      .option('--sheet <name>', w('exports.optSheet'))
      .option('--map-suggest <file>', w('exports.optMapSuggest'))
      .option('--strict', w('app.optStrict'))
      .option('--min-comments <n>', w('room.optMinComments'))
      .option('--allow-overlap', w('privacy.optAllowOverlap'))
      .addHelpText('after', examples(['ex-maturity aggregate answers/', 'ex-maturity aggregate form-export.csv --group-by Service --format html --output team.html', 'ex-maturity aggregate forms-export.xlsx']))
      .action(action(async () => (await import('./commands/aggregate.js')).aggregate));

  if (want('health'))
    minGroup(output(base(program.command('health')), 'health'))
      .description(w('stats.helpHealth'))
      .argument('<paths...>')
      .option('--group-by <column>', w('app.optGroupBy'))
      .option('--map <file>', w('app.optMap'))
      .option('--sheet <name>', w('exports.optSheet'))
      .option('--strict', w('app.optStrict'))
      .addHelpText('after', examples(['ex-maturity health answers/', 'ex-maturity health form-export.csv --instrument my-instrument.yaml --format markdown --output health.md']))
      .action(action(async () => (await import('./commands/health.js')).health));

  if (want('plan-sample'))
    program
      .command('plan-sample')
      .description(w('uncertainty.helpPlanSample'))
      .option('--lang <lang>', w('app.optLang'))
      .option('--population <n>', w('uncertainty.optPopulationInvited'))
      .option('--margin <points>', w('uncertainty.optMargin'))
      .option('--groups <n>', w('uncertainty.optGroups'))
      .addHelpText('after', examples(['ex-maturity plan-sample --population 230 --margin 5', 'ex-maturity plan-sample --population 230 --margin 5 --groups 4']))
      .action(action(async () => (await import('./commands/plan-sample.js')).planSample));

  if (want('compare'))
    output(base(program.command('compare')), 'comparison')
      .description(w('app.helpCompare'))
      .argument('<old>')
      .argument('<new>')
      .option('--sheet <name>', w('exports.optSheet'))
      .addHelpText('after', examples(['ex-maturity compare result-2025.json result-2026.json']))
      .action(action(async () => (await import('./commands/compare.js')).compare));

  if (want('trend'))
    output(base(program.command('trend')), 'trend')
      .description(w('trend.help'))
      .argument('<files...>')
      .addHelpText('after', examples([
        'ex-maturity trend wave-1.json wave-2.json wave-3.json wave-4.json',
        'ex-maturity trend waves/*.json --format html --output trend.html',
      ]))
      .action(action(async () => (await import('./commands/trend.js')).trend));

  if (want('mirror'))
    planOption(minGroup(output(base(program.command('mirror')), 'mirror')))
      .description(w('mirror.helpMirror'))
      .option('--employees <paths...>', w('mirror.optEmployees'))
      .option('--customers <paths...>', w('mirror.optCustomers'))
      .option('--leaders <paths...>', w('mirror.optLeaders'))
      .option('--asymmetry <points>', w('mirror.optAsymmetry'))
      .option('--high <pct>', w('mirror.optHigh'))
      .option('--low <pct>', w('mirror.optLow'))
      .option('--min-customers <n>', w('mirror.optMinCustomers'))
      .option('--min-leaders <n>', w('mirror.optMinLeaders'))
      .option('--fail-under <pct>', w('mirror.optFailUnder'))
      .option('--min-side <pct>', w('mirror.optMinSide'))
      .option('--unit-column <column>', w('mirror.optUnitColumn'))
      .option('--map <file>', w('app.optMap'))
      .option('--sheet <name>', w('exports.optSheet'))
      .option('--strict', w('app.optStrict'))
      .option('--allow-overlap', w('privacy.optAllowOverlap'))
      .option('--employees-instrument <id-or-file>', w('mirror.optSideInstrument', { side: 'employees' }))
      .option('--customers-instrument <id-or-file>', w('mirror.optSideInstrument', { side: 'customers' }))
      .option('--leaders-instrument <id-or-file>', w('mirror.optSideInstrument', { side: 'leaders' }))
      .addHelpText('after', examples([
        'ex-maturity questions --instrument mirror-customers --format csv --output customers-form.csv',
        'ex-maturity mirror --employees employees.csv --customers customers.csv',
        'ex-maturity mirror --employees staff/ --customers customers.csv --leaders leaders/ --format html --output mirror.html',
      ]))
      .action(action(async () => (await import('./commands/mirror.js')).mirror));

  if (want('workshop'))
    strictGates(resume(minGroup(gates(output(base(program.command('workshop')), 'aggregate')))))
      .description(w('app.helpWorkshop'))
      .action(action(async () => { const { workshop } = await import('./commands/workshop/index.js'); return (c, raw) => workshop(c, raw); }));

  if (want('room'))
    strictGates(resume(minGroup(gates(output(base(program.command('room')), 'aggregate')))))
      .description(w('room.help'))
      .option('--host <address>', w('room.optHost'))
      .option('--port <n>', w('room.optPort'))
      .option('--min-comments <n>', w('room.optMinComments'))
      .option('--seats <n>', w('room.optSeats'))
      .addHelpText('after', examples(['ex-maturity room --seats 12', 'ex-maturity room --output team.html', 'ex-maturity room --host 127.0.0.1 --port 8080 --min-group 5', 'ex-maturity room --resume']))
      .action(action(async () => { const { room } = await import('./commands/room/index.js'); return (c, raw) => room(c, raw); }));

  if (want('plan')) {
    const plan = program.command('plan').description(w('plan.help')).helpCommand(false);
    base(plan.command('init'))
      .description(w('plan.helpInit'))
      .argument('<result-or-aggregate>')
      .option('--output <file>', w('plan.optOutput'))
      .option('--all', w('plan.optAll'))
      .option('--force', w('plan.optForce'))
      .addHelpText('after', examples(['ex-maturity aggregate answers/ --format json --output wave-1.json', 'ex-maturity plan init wave-1.json --output plan.yaml', 'ex-maturity plan init result.json --all --output plan.yaml']))
      .action(action(async () => (await import('./commands/plan/init.js')).planInit));
    output(base(plan.command('status')), 'planStatus')
      .description(w('plan.helpStatus'))
      .argument('<plan>')
      .option('--fail-overdue', w('plan.optFailOverdue'))
      .addHelpText('after', examples(['ex-maturity plan status plan.yaml', 'ex-maturity plan status plan.yaml --fail-overdue', 'ex-maturity plan status plan.yaml --format html --output status.html']))
      .action(action(async () => (await import('./commands/plan/status.js')).planStatus));
    output(base(plan.command('review')), 'planReview')
      .description(w('plan.helpReview'))
      .argument('<plan>')
      .argument('<new-result-or-aggregate>')
      .addHelpText('after', examples(['ex-maturity plan review plan.yaml wave-2.json --format html --output review.html']))
      .action(action(async () => (await import('./commands/plan/review.js')).planReview));
  }

  return program;
}

/** The names of the commands, for suggestions. */
function closest(word: string, names: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  };
  return names.map((n) => ({ n, d: distance(word, n) })).filter((x) => x.d <= 2 && x.n !== word).sort((a, b) => a.d - b.d)[0]?.n;
}

/** A usage error from commander, as a coded message. */
function usageMessage(e: CommanderError, program: Command): Message {
  const arg = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const names = program.commands.map((c) => c.name());
  switch (e.code) {
    case 'commander.unknownOption':
      return msg('app.unknownOption', { option: arg });
    case 'commander.optionMissingArgument':
      return msg('app.optionNeedsValue', { option: arg });
    case 'commander.missingArgument':
      return msg('app.missingArgument');
    case 'commander.unknownCommand':
    case 'commander.excessArguments': {
      // The default command (the interview) takes no argument: a word left over there is a mistyped command.
      const word = e.code === 'commander.unknownCommand' ? arg : program.commands.find((c) => c.name() === 'run')?.args[0];
      if (word === undefined) return msg('app.tooManyArguments');
      if (names.includes(word)) return msg('terminal.commandFirst', { command: word });
      const suggestion = closest(word, names);
      return suggestion ? msg('app.unknownCommandSuggest', { command: word, suggestion }) : msg('app.unknownCommand', { command: word, commands: names });
    }
    default:
      return msg('app.usage', { detail: e.message.replace(/^error: /, '') });
  }
}

/** What a user error also says to machines: one JSON line under --format json, a workflow annotation on GitHub. */
function machineLines(e: UserError, text: string, argv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const lines: string[] = [];
  const json = argv.some((a, i) => a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));
  if (json) lines.push(JSON.stringify({ error: { code: e.code ?? 'user-error', message: text, file: e.where.file ?? null, line: e.where.line ?? null } }));
  if (env.GITHUB_ACTIONS === 'true') {
    const props = [e.where.file ? `file=${e.where.file}` : '', e.where.line ? `line=${e.where.line}` : ''].filter(Boolean).join(',');
    lines.push(`::error${props ? ` ${props}` : ''}::${text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`);
  }
  return lines;
}

/** The global options every command takes (base() above); those that take a value. */
const GLOBAL_VALUED = ['--lang', '--instrument', '--matrix'];

/** The arguments with the global options typed before the command moved after it: `--lang fr assess …` is `assess --lang fr …`. */
function commandFirst(args: string[]): string[] {
  let i = 0;
  while (i < args.length) {
    const a = args[i]!;
    if (GLOBAL_VALUED.includes(a)) i += 2;
    else if (a === '--no-color' || GLOBAL_VALUED.some((o) => a.startsWith(`${o}=`))) i += 1;
    else break;
  }
  if (i === 0 || !COMMANDS.some((c) => c === args[i])) return args;
  return [args[i]!, ...args.slice(0, i), ...args.slice(i + 1)];
}

/** Runs the command line with one error boundary: user mistakes exit 2, stops exit 130, anything else is a bug (70). */
export async function main(argv: string[], ctx: AppContext = processContext()): Promise<void> {
  // A closed pipe (`ex-maturity questions | head`) is not an error: app/stdout.ts stops writing, the exit code stays.
  // A full disk or a broken device after the write was accepted: say so once, exit 2 (never a stack trace).
  onStdoutFailure((code) => {
    if (process.exitCode !== 2) ctx.err(`ex-maturity: ${format(msg('io.stdoutFailed', { code }), lang)}`);
    process.exitCode = 2;
  });
  const args = commandFirst(argv.slice(2));
  const lang = langOfArgv(args, ctx.env);
  const program = buildProgram(lang, ctx, COMMANDS.find((c) => c === args[0]));
  try {
    await program.parseAsync([...argv.slice(0, 2), ...args]);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return;
      ctx.err(`ex-maturity: ${format(usageMessage(e, program), lang)}`);
      process.exitCode = 2;
    } else if (e instanceof UserError) {
      const text = e.in(lang);
      ctx.err(`ex-maturity: ${text}`);
      for (const line of machineLines(e, text, args, ctx.env)) ctx.err(line);
      process.exitCode = e.exitCode;
    } else if (e instanceof Error && e.name === 'ExitPromptError') {
      process.exitCode = 130;
    } else {
      const detail = e instanceof Error && e.stack ? sourceStack(e.stack) : String(e);
      ctx.err(`ex-maturity: ${format(msg('app.internal', { detail }), lang)}`);
      process.exitCode = 70;
    }
  }
}
