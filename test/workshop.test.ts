import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it, vi } from 'vitest';
import { workshop } from '../src/commands/workshop/index.js';
import { sessionPath as storePath } from '../src/app/sessions.js';
import type { RawOptions } from '../src/app/options.js';
import { testContext } from './helpers/context.js';

const runWorkshop = (raw: RawOptions, deps: { prompter: Prompter; env: NodeJS.ProcessEnv }) => workshop(testContext({ env: deps.env, width: 200 }), raw, { prompter: deps.prompter });
const sessionPath = (id: string, env: NodeJS.ProcessEnv) => storePath('workshop', id, env);
import type { Prompter } from '../src/prompts.js';
import { tempDir } from './helpers/cli.js';

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'aggregate.schema.json'), 'utf8')));

/** A facilitator typing lines (and answering yes/no), recording what the workshop showed; fails if the script runs out. */
function facilitator(lines: string[], confirms: boolean[] = []) {
  const said: string[] = [];
  const prompts: string[] = [];
  const prompter: Prompter = {
    // The only choice the workshop asks for: resume a saved session (true) or start again (false).
    select: async <T,>({ message }: { message: string }) => {
      said.push(plain(message));
      const c = confirms.shift();
      if (c === undefined) throw new Error(`unexpected question: ${message}`);
      return (c ? 'resume' : 'restart') as T;
    },
    input: async ({ message }) => {
      prompts.push(message);
      const line = lines.shift();
      if (line === undefined) throw new Error(`script ran out at: ${said.at(-1)}`);
      return line;
    },
    confirm: async ({ message }) => {
      said.push(message);
      const c = confirms.shift();
      if (c === undefined) throw new Error(`unexpected question: ${message}`);
      return c;
    },
    say: (text) => said.push(plain(text)),
    read: async (pages) => void said.push(...pages.map(plain)),
  };
  return { prompter, said, prompts, left: () => lines.length };
}

const ROOM = '4 3 3 2 4 ?';
/** French typography puts no-break spaces before : ; ? !: the wording is what these tests read. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

describe('workshop driven by a facilitator', () => {
  it('shows the spread after each line, flags disagreement, goes back, and ends with an aggregate', async () => {
    const dir = tempDir();
    const out = join(dir, 'workshop.json');
    const env = { XDG_CACHE_HOME: dir };
    // statement 1: a typo (7), then votes; statement 2: votes, then "b" to redo it with calmer votes; then the rest.
    const lines = ['7', ROOM, '1 1 1 1 1', 'b', '3 3 3 3 3 3', ...Array(23).fill(ROOM)];
    const f = facilitator(lines);
    const code = await runWorkshop({ lang: 'en', output: out, minGroup: '3' }, { prompter: f.prompter, env });
    expect(code).toBe(0);
    expect(f.left()).toBe(0);
    const said = f.said.join('\n');
    expect(said).toMatch(/\[1\/25\] Purpose\nOur mission is explained/);
    expect(said).toMatch(/7 is not on the scale.*Type the line again/);
    expect(said).toMatch(/4 Strongly agree\s+██ 2/);
    expect(said).toMatch(/\? Don’t know\s+█ 1/);
    expect(said).toMatch(/⚠ The room disagrees \(votes two or more points apart\): discuss it/);
    expect(said.match(/\[2\/25\]/g)).toHaveLength(2);

    const a = JSON.parse(readFileSync(out, 'utf8'));
    expect(validate(a), JSON.stringify(validate.errors)).toBe(true);
    expect(a).toMatchObject({ kind: 'aggregate', source: 'workshop', respondents: 6, anonymity: { minGroup: 3, warning: null } });
    // sense pools 4 3 3 2 4 (four statements) and 3 3 3 3 3 3: 26 votes summing 82, mean 3.154 → 100 × 2.154 / 3 = 71.8;
    // the others pool 4 3 3 2 4 five times: mean 3.2 → 73.3.
    expect(a.team.dimensions.map((d: { score: number }) => d.score)).toEqual([71.8, 73.3, 73.3, 73.3, 73.3]);
    expect(a.team.dimensions[0]).toMatchObject({ level: 3, median: null, stdDevPopulation: null });
    expect(a.team.questions[1]).toMatchObject({ id: 'sense-2', disagreement: false, dontKnow: 0 });
    expect(a.team.questions[0]).toMatchObject({ id: 'sense-1', disagreement: true, dontKnow: 1 });
    expect(a.discuss.length).toBe(5);
    expect(a.recommendations.length).toBe(5);
    expect(existsSync(sessionPath('ex-25', env))).toBe(false);
  });

  it('saves after every line and resumes where it stopped', async () => {
    const dir = tempDir();
    const out = join(dir, 'w.json');
    const env = { XDG_CACHE_HOME: dir };
    const first = facilitator([ROOM, ROOM, 'q']);
    expect(await runWorkshop({ lang: 'fr', output: out, minGroup: '2' }, { prompter: first.prompter, env })).toBe(0);
    expect(first.said.join('\n')).toMatch(/Session gardée\. Pour reprendre, lancez :\n  ex-maturity workshop --resume/);
    const saved = JSON.parse(readFileSync(sessionPath('ex-25', env), 'utf8')).data;
    expect(saved).toMatchObject({ position: 2, votes: { 'sense-1': [4, 3, 3, 2, 4, null] } });
    expect(existsSync(out)).toBe(false);

    // Asked whether to resume: yes; 23 statements remain.
    const second = facilitator(Array(23).fill('2 2'), [true]);
    expect(await runWorkshop({ lang: 'fr', output: out, minGroup: '2' }, { prompter: second.prompter, env })).toBe(0);
    expect(second.said[0]).toMatch(/Une session d’atelier est enregistrée \(affirmation 3\/25\)/);
    const a = JSON.parse(readFileSync(out, 'utf8'));
    expect(a.anonymity.warning).toMatchObject({ code: 'team.note.lowThreshold', params: { minGroup: 2, safeMin: 3 } });
    expect(a.anonymity.warning.message).toMatch(/sous 3/);
    expect(a.team.questions[0].answers.map((x: { count: number }) => x.count)).toEqual([0, 1, 2, 2]);
    expect(a.team.questions[2].answers.map((x: { count: number }) => x.count)).toEqual([0, 2, 0, 0]);
  });

  it('starts again with --restart, and keeps the session on Ctrl+C', async () => {
    const dir = tempDir();
    const env = { XDG_CACHE_HOME: dir };
    await runWorkshop({ lang: 'en', minGroup: '2' }, { prompter: facilitator([ROOM, 'q']).prompter, env });
    const f = facilitator([]);
    f.prompter.input = async () => {
      const e = new Error('closed');
      e.name = 'ExitPromptError';
      throw e;
    };
    // Ctrl+C stops the workshop like the interview: exit 130, the session kept.
    await expect(runWorkshop({ lang: 'en', restart: true }, { prompter: f.prompter, env })).resolves.toBe(130);
    expect(f.said.join('\n')).toContain('The session is kept; to resume, run:\n  ex-maturity workshop --resume');
    // --restart deletes the saved session, as for the interview's draft; nothing was voted since, so nothing is kept.
    expect(existsSync(sessionPath('ex-25', env))).toBe(false);
  });

  it('shows the votes typed before when going back, refuses a bad line in the prompt, and shows the team view even with --output', async () => {
    const dir = tempDir();
    const out = join(dir, 'w.json');
    const f = facilitator([ROOM, 'b', ROOM, ...Array(24).fill('3 3 4 3 2')]);
    const seen: { validate?: (v: string) => true | string; default?: string }[] = [];
    const input = f.prompter.input;
    f.prompter.input = async (opts) => (seen.push(opts), input(opts));
    let stdout = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    try {
      expect(await runWorkshop({ lang: 'en', output: out, minGroup: '3' }, { prompter: f.prompter, env: { XDG_CACHE_HOME: dir } })).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(f.said.join('\n')).toContain('Votes typed before: 4 3 3 2 4 ? (Enter keeps them');
    expect(seen[2]!.default).toBe('4 3 3 2 4 ?');
    expect(seen[0]!.validate!('7 7')).toMatch(/7 is not on the scale/);
    expect(seen[0]!.validate!('4 3 ?')).toBe(true);
    expect(stdout).toMatch(/Anonymity threshold: 3/);
    expect(existsSync(out)).toBe(true);
  });

  it('hides the figures of a room smaller than the threshold', async () => {
    const dir = tempDir();
    const out = join(dir, 'w.json');
    await runWorkshop({ lang: 'en', output: out }, { prompter: facilitator(Array(25).fill('3 4')).prompter, env: { XDG_CACHE_HOME: dir } });
    const a = JSON.parse(readFileSync(out, 'utf8'));
    expect(a.team).toEqual({ name: null, respondents: 2, shown: false, overall: null, dimensions: null, questions: null });
  });
});
