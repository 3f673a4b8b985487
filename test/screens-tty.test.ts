// The interview in a real terminal at 60 and 80 columns: nothing wider than the pane, no word cut, a quick double
// Enter records nothing for the next statement, a digit is the value on a 0–10 scale, letters never jump in a menu.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { fixture, tempDir } from './helpers/cli.js';
import { columnsOf, sleep, tmuxTerminal } from './helpers/tmux.js';

const term = tmuxTerminal('screens');

/** Presses Enter through the intro's pages until the first statement is asked (issue 25: the intro waits for Enter). */
async function pastIntro(): Promise<void> {
  for (let page = 0; page < 3 && !term.history().includes('[1/'); page++) {
    await term.waitFor(/Enter to go on|Entrée pour continuer|\[1\//);
    await sleep(400);
    if (!term.history().includes('[1/')) term.keys('Enter');
    await sleep(300);
  }
}

afterAll(() => term.close());

describe('the interview at 60 and 80 columns', () => {
  for (const [cols, lang] of [[60, 'fr_FR.UTF-8'], [80, 'en_US.UTF-8'], [60, 'en_US.UTF-8'], [80, 'fr_FR.UTF-8']] as const)
    it(`fits ${cols} columns (${lang}), no word cut, a double Enter answers nothing, the recap comes before the save offer`, async () => {
      const cache = tempDir();
      const cwd = tempDir();
      term.start(`i${cols}${lang.slice(0, 2)}`, cols, 24, { cache, cwd, lang });
      await pastIntro();
      await term.waitFor('[1/25]');
      await sleep(400);
      // A quick double Enter: the second lands while question 2 is drawn and must not answer it.
      term.keys('3', 'Enter', 'Enter');
      await term.waitFor('[2/25]');
      await sleep(600);
      const draft = JSON.parse(readFileSync(join(cache, 'ex-maturity', 'draft-ex-25.json'), 'utf8')).data;
      expect(draft).toEqual({ 'sense-1': 3 });
      const questions = JSON.parse(execFileSync(process.execPath, [inject('installedBin'), 'questions', '--format', 'json', '--lang', lang.slice(0, 2)], { encoding: 'utf8' }));
      const texts: string[] = questions.dimensions.flatMap((d: { questions: { text: string }[] }) => d.questions.map((q) => q.text.replace(/\s+/g, ' ')));
      for (let k = 2; k <= 25; k++) {
        await term.waitFor(`[${k}/25]`);
        await sleep(300);
        // No word cut: the last statements, joined back from the wrapped lines, appear whole while they are asked.
        if (k >= 23) expect(term.joined().replace(/\s+/g, ' ')).toContain(texts[k - 1]);
        term.keys(String((k % 4) + 1), 'Enter');
      }
      await term.waitFor(/Save the result\?|Enregistrer le résultat/);
      const shown = term.history();
      for (const l of shown.split('\n')) expect(columnsOf(l), l).toBeLessThanOrEqual(cols);
      expect(shown).toMatch(/In short|En bref/);
      // Typing a file name into the menu moves nothing ("n…" must not land on "No, finish"); Enter saves as Markdown, the first entry.
      await sleep(300);
      term.literal('notes.md');
      await sleep(300);
      term.keys('Enter');
      await term.waitFor(/File name|Nom du fichier/);
      term.keys('C-c');
      await term.waitFor('[exit');
    });
});

describe('a 0–10 scale', () => {
  it('the digit typed is the value chosen', async () => {
    const cache = tempDir();
    const cwd = tempDir();
    term.start('custom', 80, 24, { cache, cwd, lang: 'en_US.UTF-8' }, ['--instrument', fixture('custom-instrument.yaml')]);
    await pastIntro();
    await term.waitFor('[1/');
    await sleep(400);
    term.keys('5', 'Enter');
    await term.waitFor('[2/');
    await sleep(300);
    const draft = JSON.parse(readFileSync(join(cache, 'ex-maturity', 'draft-pulse-6.json'), 'utf8')).data;
    expect(draft).toEqual({ 'clarity-1': 5 });
    term.keys('C-c');
    await term.waitFor('[exit');
  });
});
