// The interview driven by a scripted Prompter (no terminal): what is asked, what is kept in the draft, what is returned.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import chalk from 'chalk';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { interview } from '../src/commands/interview/index.js';
import { sessionPath } from '../src/app/sessions.js';
import { UserError } from '../src/errors.js';
import type { RawOptions } from '../src/app/options.js';
import { testContext } from './helpers/context.js';
import { EX25_IDS } from './helpers/model.js';
import { tempDir } from './helpers/cli.js';
import { CTRL_C, ENTER, scriptedPrompter, type Step } from './helpers/interview-fake.js';

const IDS = EX25_IDS;

let cache: string;
let cwd: string;
let stdout: string;
let stderr: string;

beforeEach(() => {
  chalk.level = 0;
  cache = tempDir();
  cwd = tempDir();
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** Runs the interview command with a script, in English unless told, with a private cache folder. */
async function run(script: Step[], raw: RawOptions = {}, env: Record<string, string> = { LANG: 'en_US.UTF-8' }) {
  const prompter = scriptedPrompter(script);
  const code = await interview(testContext({ env: { XDG_CACHE_HOME: cache, ...env }, cwd }), raw, { prompter });
  // French typography puts no-break spaces before : ; ? !: the wording is what these tests read.
  return { code, prompter, said: prompter.said.join('\n').replace(/[\u00a0\u202f]/g, ' ') };
}

const draftFile = () => sessionPath('draft', 'ex-25', { XDG_CACHE_HOME: cache });
const draft = () => { const d = JSON.parse(readFileSync(draftFile(), 'utf8')) as { instrument: { id: string; version: string }; data: Record<string, number | null> }; return { instrument: d.instrument, answers: d.data }; };
const questionsAsked = (p: ReturnType<typeof scriptedPrompter>) => p.asked.map((a) => /^\[(\d+)\/25\]/.exec(a.message)?.[1]).filter(Boolean).map(Number);

function writeDraft(answers: Record<string, number | null>, version = '3.0.1') {
  mkdirSync(join(cache, 'ex-maturity'), { recursive: true });
  writeFileSync(draftFile(), JSON.stringify({ sessionVersion: 2, kind: 'draft', instrument: { id: 'ex-25', version }, data: answers }));
}

/** The first n answers of a full sheet. */
const firstAnswers = (n: number, value = 3) => Object.fromEntries(IDS.slice(0, n).map((id) => [id, value]));

describe('answering', () => {
  it('asks the 25 statements with progress and dimension, keeps every answer, and saves with --output', async () => {
    const out = join(cwd, 'result.json');
    const script: Step[] = IDS.map((_, i) => (i === 2 ? 'Don’t know' : (i % 4) + 1));
    const { code, prompter, said } = await run(script, { output: out });
    expect(code).toBe(0);
    expect(prompter.left()).toBe(0);
    expect(said).toContain('About 8 minutes');
    expect(said).toContain('Your answers stay on this machine');
    expect(said).toContain('Ctrl+C');
    expect(prompter.asked[0]!.message).toContain('[1/25] Purpose');
    expect(prompter.asked[24]!.message).toContain('[25/25] Ecosystem');
    // The scale labels in full and in order, then don't know; no way back from the first question.
    expect(prompter.asked[0]!.choices).toEqual(['Strongly disagree', 'Somewhat disagree', 'Somewhat agree', 'Strongly agree', 'Don’t know']);
    expect(prompter.asked[1]!.choices).toContain('← previous question');
    // A one-line introduction when each dimension starts.
    expect(said).toContain('The foundation: a mission');
    expect(said.match(/\(\d\/5\)/g)).toEqual(['(1/5)', '(2/5)', '(3/5)', '(4/5)', '(5/5)']);

    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.answers['sense-1']).toBe(1);
    expect(result.answers['sense-3']).toBeNull();
    expect(result.answers['ecosystem-5']).toBe(1);
    expect(Object.keys(result.answers)).toEqual(IDS);
    expect(result.dimensions).toHaveLength(5);
    expect(result.overall.level).not.toBeNull();
    // The same result view as assess, on stdout.
    expect(stdout).toContain('Overall result');
    expect(stderr).toContain(`Saved: ${out}`);
    // A finished interview removes its draft.
    expect(existsSync(draftFile())).toBe(false);
  });

  it('goes back, shows the previous answer, and lets it be changed', async () => {
    const { code, prompter } = await run([4, 3, '← previous question', 1, ENTER, CTRL_C]);
    expect(code).toBe(130);
    expect(questionsAsked(prompter)).toEqual([1, 2, 3, 2, 3, 4]);
    const back = prompter.asked[3]!;
    expect(back.message).toContain('Your answer: Somewhat agree');
    expect(back.default).toBe(3);
    expect(draft().answers).toEqual({ 'sense-1': 4, 'sense-2': 1, 'sense-3': 1 });
  });

  it('Enter on a question already answered keeps the answer', async () => {
    await run([2, '← previous question', ENTER, CTRL_C]);
    expect(draft().answers).toEqual({ 'sense-1': 2 });
  });

  it('applies the gates at the end, like assess', async () => {
    const { code } = await run(IDS.map(() => 1), { output: join(cwd, 'r.json'), minLevel: '2' });
    expect(code).toBe(1);
    expect(stderr).toContain('Gate not met');
  });
});

describe('Ctrl+C', () => {
  it('at the first question: exit 130, nothing kept, says how to start again', async () => {
    const { code, said } = await run([CTRL_C]);
    expect(code).toBe(130);
    expect(existsSync(draftFile())).toBe(false);
    expect(said).toContain('Stopped. No answer was given yet; to start again, run:\n  ex-maturity');
  });

  it('in the middle: exit 130, the answers kept in the draft, a line saying how to resume', async () => {
    const { code, said } = await run([...IDS.slice(0, 12).map(() => 4), CTRL_C]);
    expect(code).toBe(130);
    expect(draft().instrument).toEqual({ id: 'ex-25', version: '3.0.1' });
    expect(draft().answers).toEqual(firstAnswers(12, 4));
    expect(said).toContain('Stopped. Your 12 answers are kept on this machine. To resume, run:\n  ex-maturity --resume');
  });

  it('at the last question: the 24 answers are kept', async () => {
    const { code } = await run([...IDS.slice(0, 24).map(() => 2), CTRL_C]);
    expect(code).toBe(130);
    expect(draft().answers).toEqual(firstAnswers(24, 2));
  });

  it('at the offer to save: the complete draft is kept, so nothing is lost', async () => {
    const { code } = await run([...IDS.map(() => 3), CTRL_C]);
    expect(code).toBe(130);
    expect(Object.keys(draft().answers)).toHaveLength(25);
  });

  it('the resume line names the instrument and language that select the same draft', async () => {
    const { said } = await run([3, CTRL_C], { lang: 'fr' });
    expect(said).toContain('Interrompu. 1 réponse est gardée sur cet ordinateur. Pour reprendre, lancez :\n  ex-maturity --lang fr --resume');
  });
});

describe('resume and restart', () => {
  it('offers to resume, showing how many answers are kept, and continues at the first unanswered question', async () => {
    writeDraft(firstAnswers(12));
    const out = join(cwd, 'r.json');
    const { code, prompter, said } = await run(['Resume', ...IDS.slice(12).map(() => 4)], { output: out });
    expect(code).toBe(0);
    expect(prompter.asked[0]!.message).toContain('12 of 25 answers');
    expect(questionsAsked(prompter)[0]).toBe(13);
    expect(said).toContain('Resuming: 12 answers already given.');
    const answers = JSON.parse(readFileSync(out, 'utf8')).answers;
    expect(answers).toEqual({ ...firstAnswers(12), ...Object.fromEntries(IDS.slice(12).map((id) => [id, 4])) });
  });

  it('--resume resumes without asking', async () => {
    writeDraft(firstAnswers(5));
    const { prompter } = await run([CTRL_C], { resume: true });
    expect(questionsAsked(prompter)).toEqual([6]);
    expect(draft().answers).toEqual(firstAnswers(5));
  });

  it('"Start again" deletes the draft and starts with the first question', async () => {
    writeDraft(firstAnswers(5));
    const { prompter } = await run(['Start again', CTRL_C]);
    expect(questionsAsked(prompter)).toEqual([1]);
    expect(existsSync(draftFile())).toBe(false);
  });

  it('--restart starts again without asking', async () => {
    writeDraft(firstAnswers(5));
    const { prompter } = await run([1, CTRL_C], { restart: true });
    expect(questionsAsked(prompter)).toEqual([1, 2]);
    expect(draft().answers).toEqual({ 'sense-1': 1 });
  });

  it('--resume and --restart together is a usage error, before any question', async () => {
    await expect(run([], { resume: true, restart: true })).rejects.toThrow(UserError);
  });

  it('--resume with no draft says so and starts with the first question', async () => {
    const { said, prompter } = await run([CTRL_C], { resume: true });
    expect(said).toContain('Nothing started to resume');
    expect(questionsAsked(prompter)).toEqual([1]);
  });

  it('a corrupt draft is set aside calmly and the interview starts afresh', async () => {
    mkdirSync(join(cache, 'ex-maturity'), { recursive: true });
    writeFileSync(draftFile(), '{"draftVersion": 1, "answ');
    const { said, prompter } = await run([4, CTRL_C]);
    expect(said).toContain('The kept session cannot be read: starting afresh');
    expect(questionsAsked(prompter)).toEqual([1, 2]);
    expect(draft().answers).toEqual({ 'sense-1': 4 });
  });

  it('a draft from another version of the instrument is set aside calmly', async () => {
    writeDraft(firstAnswers(5), '0.9.0');
    const { said, prompter } = await run([CTRL_C]);
    expect(said).toContain('another version of the questionnaire');
    expect(questionsAsked(prompter)).toEqual([1]);
  });
});

describe('before the first question', () => {
  it('checks the options: a bad --output extension fails before anything is asked', async () => {
    await expect(run([], { output: 'result.xyz' })).rejects.toThrow(/extension/);
    await expect(run([], { failUnder: '120' })).rejects.toThrow(/between 0 and 100/);
    await expect(run([], { minLevel: '4' })).rejects.toThrow(/only 3 levels/);
    await expect(run([], { output: join(cwd, 'missing', 'r.json') })).rejects.toThrow(/missing does not exist/);
  });

  it('asks the language when the environment does not tell it', async () => {
    const { prompter, said } = await run(['Français', CTRL_C], {}, { LANG: 'C' });
    expect(prompter.asked[0]!.choices).toEqual(['English', 'Français']);
    expect(said).toContain('Vos réponses restent sur cet ordinateur');
    expect(prompter.asked[1]!.message).toContain('[1/25] Sens');
    expect(said).toContain('pour recommencer, lancez :\n  ex-maturity --lang fr');
  });

  it('uses --lang without asking', async () => {
    const { prompter } = await run([CTRL_C], { lang: 'fr' }, { LANG: 'C' });
    expect(prompter.asked[0]!.choices[0]).toBe('Pas du tout d’accord');
  });
});

describe('saving at the end', () => {
  it('offers to save under a dated name in the current folder, and never overwrites silently', async () => {
    const epoch = String(Date.UTC(2026, 10, 24, 12) / 1000);
    const day = '2026-11-24';
    writeFileSync(join(cwd, `ex-maturity-${day}.json`), 'mine');
    const script: Step[] = [...IDS.map(() => 3), 'JSON', ENTER, 'HTML', `ex-maturity-${day}.json`, 'No', 'missing/report.html', 'HTML', 'report.html', 'No, finish'];
    const { code, prompter, said } = await run(script, {}, { LANG: 'en_US.UTF-8', SOURCE_DATE_EPOCH: epoch });
    expect(code).toBe(0);
    expect(prompter.left()).toBe(0);
    // The default name is free: the existing file is kept.
    const proposed = prompter.asked.find((a) => a.message.startsWith('File name'))!.default;
    expect(proposed).toBe(`ex-maturity-${day}-2.json`);
    expect(readFileSync(join(cwd, `ex-maturity-${day}.json`), 'utf8')).toBe('mine');
    expect(JSON.parse(readFileSync(join(cwd, proposed as string), 'utf8')).answers['sense-1']).toBe(3);
    // Typing an existing name asks first; "No, choose another name" asks for another name.
    expect(prompter.asked.some((a) => a.message.includes('already exists. Replace it?'))).toBe(true);
    // A file that cannot be written says why and offers again.
    expect(said).toContain('Cannot write');
    expect(readFileSync(join(cwd, 'report.html'), 'utf8')).toContain('<html');
    expect(said).toContain('Thank you');
    expect(existsSync(draftFile())).toBe(false);
  });
});

describe('a custom instrument', () => {
  it('is interviewed with its own count, scale and dimensions', async () => {
    const file = join(cwd, 'mini.yaml');
    writeFileSync(file, [
      'id: mini',
      'version: "2"',
      'title: {fr: Mini, en: Mini}',
      'scale:',
      '  - {value: 0, label: {fr: Non, en: "No"}}',
      '  - {value: 1, label: {fr: Un peu, en: A little}}',
      '  - {value: 2, label: {fr: Oui, en: "Yes"}}',
      'levels:',
      '  - {level: 1, min: 0, label: {fr: Bas, en: Low}}',
      '  - {level: 2, min: 50, label: {fr: Haut, en: High}}',
      'dimensions:',
      '  - id: alpha',
      '    label: {fr: Alpha, en: Alpha}',
      '    questions:',
      '      - {id: a1, text: {fr: A un, en: A one}}',
      '      - {id: a2, text: {fr: A deux, en: A two}}',
      '  - id: beta',
      '    label: {fr: Bêta, en: Beta}',
      '    questions:',
      '      - {id: b1, text: {fr: B un, en: B one}}',
      '',
    ].join('\n'));
    const out = join(cwd, 'mini.json');
    const { code, prompter } = await run([2, 0, CTRL_C], { instrument: file });
    expect(code).toBe(130);
    expect(prompter.asked[0]!.message).toContain('[1/3] Alpha');
    expect(prompter.asked[0]!.choices).toEqual(['No', 'A little', 'Yes']);
    expect(prompter.asked[2]!.message).toContain('[3/3] Beta');
    expect(prompter.said.join('\n')).toContain(`ex-maturity --instrument ${file} --resume`);
    expect(JSON.parse(readFileSync(sessionPath('draft', 'mini', { XDG_CACHE_HOME: cache }), 'utf8')).data).toEqual({ a1: 2, a2: 0 });

    const again = await run(['Resume', 1], { instrument: file, output: out });
    expect(again.code).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.answers).toEqual({ a1: 2, a2: 0, b1: 1 });
    expect(result.dimensions.map((d: { score: number }) => d.score)).toEqual([50, 50]);
  });
});
