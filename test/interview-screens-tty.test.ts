// Issue 25: the interview as a new user meets it, in a real terminal at 60×20, 80×24 (French and English) and 120×40:
// the intro read before the first statement, a digit typed at once is the answer recorded, `?` is don't know, no line
// wider than the terminal, no word left alone on a line where the line above had room for it, every menu's last entry
// in sight, and the one yes/no question in the user's language.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';
import { columnsOf, sleep, tmuxTerminal } from './helpers/tmux.js';

const term = tmuxTerminal('issue25');
afterAll(() => term.close());

/** Lines that continue the line above them (by `follows`) must start with a word that did not fit on it. */
function wordsWrapAsLateAsPossible(lines: string[], cols: number, starts: RegExp, follows: RegExp): void {
  for (let i = 0; i < lines.length; i++) {
    if (!starts.test(lines[i]!)) continue;
    for (let j = i; j + 1 < lines.length && follows.test(lines[j + 1]!); j++) {
      const next = lines[j + 1]!.trimStart().split(' ')[0]!;
      expect(columnsOf(lines[j]!.trimEnd()) + 1 + columnsOf(next), `"${next}" fitted after: ${lines[j]}`).toBeGreaterThan(cols);
    }
  }
}

/** Every check of a screen: nothing wider than the terminal, the answers given, the key hint and a menu's entries wrapped late. */
function checkScreen(shown: string, cols: number): void {
  const lines = shown.split('\n');
  for (const l of lines) expect(columnsOf(l), l).toBeLessThanOrEqual(cols);
  // The interview's own texts keep to 100 columns on a wider terminal, to be read easily.
  wordsWrapAsLateAsPossible(lines, Math.min(cols, 100), /^✔ \[/, /^ {2}\S/);
  wordsWrapAsLateAsPossible(lines, cols, /^↑↓/, /^[^\s?❯✔]/);
  // A menu's entries (the lines after its question), each one's following lines under its text.
  const menu = lines.map((l) => /^\? (Enregistrer|Save)/.test(l)).lastIndexOf(true);
  if (menu >= 0) wordsWrapAsLateAsPossible(lines.slice(menu), cols, /^[❯ ] \d+\. /, /^ {5}\S/);
  // "→" never ends a line, an answer never starts one alone.
  expect(shown).not.toMatch(/→\n/);
}

const SIZES = [
  { cols: 60, rows: 20, lang: 'fr' },
  { cols: 80, rows: 24, lang: 'fr' },
  { cols: 80, rows: 24, lang: 'en' },
  { cols: 120, rows: 40, lang: 'en' },
] as const;

const WORDS = {
  fr: { title: 'Autodiagnostic de maturité', scale: 'Échelle', go: /Entrée pour continuer/, start: 'Commencer', resume: 'Reprendre là où j’en étais', finish: /[56]\. Non, terminer/, yesNo: '(o/N)', refused: 'Répondez o (oui) ou n (non)', yes: 'o', echo: /✔ Terminer sans enregistrer[\u00a0\u202f]\?[^✔?]*Oui/ },
  en: { title: 'Employee experience maturity', scale: 'Scale', go: /Enter to go on/, start: 'Start', resume: 'Resume where I stopped', finish: /[56]\. No, finish/, yesNo: '(y/N)', refused: 'Answer y (yes) or n (no)', yes: 'y', echo: /✔ Finish without saving\?[^✔?]*Yes/ },
};

describe('the interview as a new user meets it', () => {
  const questions = JSON.parse(cli(['questions', '--format', 'json']).stdout);
  const ids: string[] = questions.dimensions.flatMap((d: { questions: { id: string }[] }) => d.questions.map((q) => q.id));
  const version: string = questions.instrument.version;

  for (const { cols, rows, lang } of SIZES)
    it(`at ${cols}×${rows} in ${lang === 'fr' ? 'French' : 'English'}`, async () => {
      const w = WORDS[lang];
      const cache = tempDir();
      const cwd = tempDir();
      const draft = join(cache, 'ex-maturity', 'draft-ex-25.json');
      const env = { cache, cwd, lang: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' };
      term.start(`s${cols}${lang}`, cols, rows, env);

      // The intro waits for Enter: its title on screen first, then (on as many screens as it takes) the scale.
      await term.waitFor(w.go);
      await sleep(400);
      expect(term.screen()).toContain(w.title);
      for (let page = 0; page < 3 && !term.screen().includes(w.start); page++) {
        term.keys('Enter');
        await sleep(400);
      }
      const last = term.screen();
      expect(last).toContain(w.start);
      expect(last).toContain(w.scale);
      expect(last).not.toContain('[1/25]');
      term.keys('Enter');

      // `?` is don't know, as the intro says.
      await term.waitFor('[1/25]');
      await sleep(400);
      term.keys('?');
      await sleep(200);
      expect(term.screen()).toMatch(/❯ 5\. (Je ne sais pas|Don’t know)/);
      term.keys('Enter');
      // A digit typed the moment the next statement appears is the answer the Enter after it records.
      term.keys('2');
      await term.waitFor('[2/25]');
      await sleep(300);
      term.keys('Enter');
      await term.waitFor('[3/25]');
      for (const [k, key] of [[3, '4'], [4, '3'], [5, '1']] as const) {
        await term.waitFor(`[${k}/25]`);
        await sleep(300);
        term.keys(key, 'Enter');
      }
      await term.waitFor('[6/25]');
      await sleep(300);
      expect(JSON.parse(readFileSync(draft, 'utf8')).data).toEqual({ 'sense-1': null, 'sense-2': 2, 'sense-3': 4, 'sense-4': 3, 'sense-6': 1 });
      checkScreen(term.history(), cols);
      term.keys('C-c');
      await term.waitFor('[exit 130]');

      // Back with 24 answers kept: the offer to resume, the last statement, the save menu whole at the foot of the screen.
      mkdirSync(join(cache, 'ex-maturity'), { recursive: true });
      writeFileSync(draft, JSON.stringify({ sessionVersion: 2, kind: 'draft', instrument: { id: 'ex-25', version }, data: Object.fromEntries(ids.slice(0, 24).map((id, i) => [id, (i % 4) + 1])) }));
      term.start(`r${cols}${lang}`, cols, rows, env);
      await term.waitFor(w.go);
      await sleep(400);
      for (let page = 0; page < 3 && !term.screen().includes(w.resume); page++) {
        term.keys('Enter');
        await sleep(400);
      }
      expect(term.screen()).toContain(w.resume);
      term.keys('Enter');
      await term.waitFor('[25/25]');
      await sleep(300);
      term.keys('4', 'Enter');
      await term.waitFor(w.finish);
      await sleep(300);
      const menu = term.screen();
      expect(menu).toMatch(w.finish); // the last entry, 6 when a browser is found (PDF offered), 5 without
      checkScreen(menu, cols);
      checkScreen(term.history(), cols);

      // The yes/no question in the user's language: its letters, its refusal, its answer.
      term.keys(menu.match(w.finish)![0][0]!, 'Enter'); // the digit of "finish"
      await term.waitFor(w.yesNo);
      await sleep(300);
      term.keys('x', 'Enter');
      await term.waitFor(w.refused);
      term.keys('BSpace', w.yes, 'Enter');
      const end = await term.waitFor('[exit 0]');
      expect(end).toMatch(w.echo);
      checkScreen(end, cols);
    });
});

describe('the workshop at 60×20 in French', () => {
  it('keeps each "4 = label" whole, and its refusals wrapped by words', async () => {
    const cache = tempDir();
    term.start('workshop60', 60, 20, { cache, cwd: tempDir(), lang: 'fr_FR.UTF-8' }, ['workshop']);
    await term.waitFor('[1/25]');
    await sleep(400);
    term.literal('4 3 x');
    term.keys('Enter');
    const shown = await term.waitFor('Retapez la ligne.');
    for (const l of shown.split('\n')) expect(columnsOf(l), l).toBeLessThanOrEqual(60);
    const plain = shown.replace(/\u00a0/g, ' ');
    expect(plain).not.toMatch(/ =\n|\n= /);
    expect(plain).toContain('? = Je ne sais pas');
    expect(plain).toContain('(je ne sais pas)');
    expect(plain).toContain('(1 2 3 4 ?)');
    wordsWrapAsLateAsPossible(shown.split('\n'), 60, /^> /, /^[^\s>?]/);
    term.keys('C-c');
    await term.waitFor('[exit 130]');
  });
});
