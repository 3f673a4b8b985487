// The command line declares only the command its arguments start with (src/cli.ts, buildProgram's `only`). For every
// command, that program must answer exactly as the whole program does: the same help, the same options read, the
// same error and suggestion for a mistyped option, a missing value or a stray argument.
import { CommanderError, type Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, COMMANDS } from '../src/cli.js';
import { LANGS } from '../src/i18n/index.js';
import { testContext } from './helpers/context.js';

const TAILS: string[][] = [
  [],
  ['--help'],
  ['-h'],
  ['--bogus'],
  ['--answerz', 'a.yaml'],
  ['--format'],
  ['--format', 'json', '--output', 'out.json', '--lang', 'fr', '--no-color'],
  ['--answers', 'a.yaml', '--fail-under', '50', '--min-level', '2', '--target', '70'],
  ['extra', 'words'],
  ['a', 'b', '--strict', '--group-by', 'Service', '--min-group', '3'],
  ['--employees', 'e.csv', '--customers', 'c.csv', '--asymmetry', '5'],
  ['--resume', '--restart', '--port', '8080'],
  ['--version'],
  ['-V'],
];

/** What a program does with `name …tail`: the text it writes, the error it throws, the options and arguments it reads. */
async function outcome(program: Command, name: string, tail: string[]) {
  let written = '';
  const capture = (text: string) => void (written += text);
  let read: unknown;
  for (const c of [program, ...program.commands]) {
    c.configureOutput({ writeOut: capture, writeErr: capture, outputError: capture });
    // (the command's own action is never run: it would load and run the command)
    c.action((...args: unknown[]) => void (read = { opts: (args[args.length - 1] as Command).opts(), args: args.slice(0, -2) }));
  }
  try {
    await program.parseAsync(['node', 'ex-maturity', name, ...tail]);
    return { written, read };
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    return { written, read, error: { code: e.code, exitCode: e.exitCode, message: e.message } };
  }
}

describe('the program declared for one command', () => {
  it('lists the commands in the order the whole program has them', () => {
    expect(buildProgram('en', testContext()).commands.map((c) => c.name())).toEqual([...COMMANDS]);
  });

  for (const lang of LANGS) {
    it(`answers as the whole program does, for every command (${lang})`, async () => {
      for (const name of COMMANDS) {
        for (const tail of TAILS) {
          const whole = await outcome(buildProgram(lang, testContext()), name, tail);
          const alone = await outcome(buildProgram(lang, testContext(), name), name, tail);
          expect({ name, tail, ...alone }).toEqual({ name, tail, ...whole });
        }
      }
    });
  }
});
