// The interview in a real terminal at 60 and 80 columns: nothing wider than the pane, no word cut, a quick double
// Enter records nothing for the next statement, a digit is the value on a 0–10 scale, letters never jump in a menu.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { fixture, tempDir } from './helpers/cli.js';

const socket = `ex-maturity-screens-${process.pid}-${Date.now()}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', env: { ...process.env, TERM: process.env.TERM || 'xterm-256color' } });
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const width = (line: string) => [...line].filter((ch) => !/\p{M}/u.test(ch)).length;
let session = '';
const screen = () => tmux('capture-pane', '-p', '-J', '-t', session, '-S', '-300');
const pane = () => tmux('capture-pane', '-p', '-t', session, '-S', '-300');

async function waitFor(expected: string | RegExp, ms = 15_000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const shown = pane();
    if (typeof expected === 'string' ? shown.includes(expected) : expected.test(shown)) return shown;
    if (Date.now() > until) throw new Error(`the terminal never showed ${String(expected)}; it shows:\n${shown}`);
    await sleep(50);
  }
}

/** Presses Enter through the intro's pages until the first statement is asked (issue 25: the intro waits for Enter). */
async function pastIntro(): Promise<void> {
  for (let page = 0; page < 3 && !pane().includes('[1/'); page++) {
    await waitFor(/Enter to go on|Entrée pour continuer|\[1\//);
    await sleep(400);
    if (!pane().includes('[1/')) tmux('send-keys', '-t', session, 'Enter');
    await sleep(300);
  }
}

function start(name: string, cols: number, rows: number, cache: string, cwd: string, lang: string, args: string[]): void {
  session = name;
  const command = ['env -u CI -u LC_ALL -u LC_MESSAGES -u FORCE_COLOR -u npm_command -u COLUMNS', `XDG_CACHE_HOME=${quote(cache)} LANG=${lang} NO_COLOR=1`, quote(process.execPath), quote(inject('installedBin')), ...args.map(quote), '; echo "[exit $?]"; exec sleep 600'].join(' ');
  tmux('new-session', '-d', '-x', String(cols), '-y', String(rows), '-s', session, '-c', cwd, command);
}

afterAll(() => {
  const path = spawnSync('tmux', ['-L', socket, 'display-message', '-p', '#{socket_path}'], { encoding: 'utf8' }).stdout.trim();
  spawnSync('tmux', ['-L', socket, 'kill-server']);
  if (path) rmSync(path, { force: true });
});

describe('the interview at 60 and 80 columns', () => {
  for (const [cols, lang] of [[60, 'fr_FR.UTF-8'], [80, 'en_US.UTF-8'], [60, 'en_US.UTF-8'], [80, 'fr_FR.UTF-8']] as const)
    it(`fits ${cols} columns (${lang}), no word cut, a double Enter answers nothing, the recap comes before the save offer`, async () => {
      const cache = tempDir();
      const cwd = tempDir();
      start(`i${cols}${lang.slice(0, 2)}`, cols, 24, cache, cwd, lang, []);
      await pastIntro();
      await waitFor('[1/25]');
      await sleep(400);
      // A quick double Enter: the second lands while question 2 is drawn and must not answer it.
      tmux('send-keys', '-t', session, '3', 'Enter', 'Enter');
      await waitFor('[2/25]');
      await sleep(600);
      const draft = JSON.parse(readFileSync(join(cache, 'ex-maturity', 'draft-ex-25.json'), 'utf8')).data;
      expect(draft).toEqual({ 'sense-1': 3 });
      for (let k = 2; k <= 25; k++) {
        await waitFor(`[${k}/25]`);
        await sleep(300);
        tmux('send-keys', '-t', session, String((k % 4) + 1), 'Enter');
      }
      await waitFor(/Save the result\?|Enregistrer le résultat/);
      const shown = pane();
      for (const l of shown.split('\n')) expect(width(l), l).toBeLessThanOrEqual(cols);
      // No word cut: each statement, joined back from the wrapped lines, appears whole.
      const flat = screen().replace(/\s+/g, ' ');
      const questions = JSON.parse(execFileSync(process.execPath, [inject('installedBin'), 'questions', '--format', 'json', '--lang', lang.slice(0, 2)], { encoding: 'utf8' }));
      for (const q of questions.dimensions[4].questions.slice(2)) expect(flat).toContain(q.text.replace(/\s+/g, ' '));
      expect(shown).toMatch(/In short|En bref/);
      // Typing a file name into the menu moves nothing ("n…" must not land on "No, finish"); Enter saves as Markdown, the first entry.
      await sleep(300);
      tmux('send-keys', '-t', session, '-l', 'notes.md');
      await sleep(300);
      tmux('send-keys', '-t', session, 'Enter');
      await waitFor(/File name|Nom du fichier/);
      tmux('send-keys', '-t', session, 'C-c');
      await waitFor('[exit');
    });
});

describe('a 0–10 scale', () => {
  it('the digit typed is the value chosen', async () => {
    const cache = tempDir();
    const cwd = tempDir();
    start('custom', 80, 24, cache, cwd, 'en_US.UTF-8', ['--instrument', fixture('custom-instrument.yaml')]);
    await pastIntro();
    await waitFor('[1/');
    await sleep(400);
    tmux('send-keys', '-t', session, '5', 'Enter');
    await waitFor('[2/');
    await sleep(300);
    const draft = JSON.parse(readFileSync(join(cache, 'ex-maturity', 'draft-pulse-6.json'), 'utf8')).data;
    expect(draft).toEqual({ 'clarity-1': 5 });
    tmux('send-keys', '-t', session, 'C-c');
    await waitFor('[exit');
  });
});
