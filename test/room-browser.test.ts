// The participant's page in a real headless Chromium (Debian's, driven through the DevTools protocol by
// playwright-core): answer, go back, change an answer, comment, send — with JavaScript (no reload) and without it
// (plain forms). The page loads nothing from outside, breaks no CSP rule and fits a 320 px wide phone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/cli.js';
import { http, startRoom, type RunningRoom } from './helpers/room.js';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
let browser: Browser;
let room: RunningRoom;
let cache: string;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  cache = tempDir();
  room = await startRoom(['--min-group', '2', '--min-comments', '2', '--format', 'json', '--output', 'team.json'], cache);
});

afterAll(async () => {
  await browser?.close();
  await room?.stop();
});

/** Follows one participant through the room; returns what the page let us observe. */
async function takePart(page: Page, opts: { js: boolean; comment: string }): Promise<{ reloads: number; outside: string[]; problems: string[] }> {
  const outside: string[] = [];
  const problems: string[] = [];
  let reloads = 0;
  const origin = new URL(room.join).origin;
  page.on('request', (r) => {
    if (!r.url().startsWith(origin)) outside.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('load', () => reloads++);
  await page.goto(room.join);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByRole('button', { name: 'Start' }).click();

  // Statement 1: "Strongly disagree", then statement 2, back to 1, changed to "Strongly agree".
  await expect.poll(() => page.getByText('Statement 1 of 25').count()).toBe(1);
  await page.getByLabel('Strongly disagree').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => page.getByText('Statement 2 of 25').count()).toBe(1);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect.poll(() => page.getByText('Statement 1 of 25').count()).toBe(1);
  expect(await page.getByLabel('Strongly disagree').isChecked()).toBe(true);
  await page.getByLabel('Strongly agree').check();
  // Keyboard: Enter on a checked radio submits the form with its first button (Next).
  await page.getByLabel('Strongly agree').press('Enter');
  for (let n = 2; n <= 25; n++) {
    await expect.poll(() => page.getByText(`Statement ${n} of 25`).count()).toBe(1);
    await page.getByLabel(n % 5 === 0 ? 'Don’t know' : 'Somewhat agree').check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect.poll(() => page.getByText('Last step').count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByLabel('The one thing to change first (optional)').fill(opts.comment);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Sent. Thank you!');
  void opts.js;
  return { reloads, outside, problems };
}

describe('room in Chromium', () => {
  it('works with JavaScript (no reload) and without it (plain forms), and the answers changed are the ones counted', async () => {
    const js = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'en-GB', javaScriptEnabled: true });
    const withJs = await takePart(await js.newPage(), { js: true, comment: 'Fewer meetings, more decisions' });
    const plain = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'en-GB', javaScriptEnabled: false });
    const noJs = await takePart(await plain.newPage(), { js: false, comment: 'A real onboarding <b>plan</b>' });

    expect(withJs.reloads).toBe(1); // the first load only: every step after it came without a reload
    expect(noJs.reloads).toBeGreaterThan(25); // each step a page posted and rendered by the server
    expect([...withJs.outside, ...noJs.outside]).toEqual([]);
    expect([...withJs.problems, ...noJs.problems]).toEqual([]);

    // The French switch keeps the step, in the browser's other language.
    const fr = await js.newPage();
    await fr.goto(room.join);
    await fr.getByRole('link', { name: 'Français' }).click();
    expect(await fr.locator('html').getAttribute('lang')).toBe('fr');
    expect(await fr.getByRole('button', { name: 'Continuer' }).count()).toBe(1);
    await js.close();
    await plain.close();

    const projector = (await http(room.facilitator)).body;
    expect(projector).toContain('<b>2</b>completed');

    const r = await room.stop();
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(cache, 'team.json'), 'utf8'));
    expect(doc.respondents).toBe(2);
    // sense-1 was changed from 1 to 4 by both: only the 4s count.
    expect(doc.team.questions[0].answers.map((a: { count: number }) => a.count)).toEqual([0, 0, 0, 2]);
    expect(doc.team.questions[4].dontKnow).toBe(2);
    expect(doc.comments.items).toEqual(['A real onboarding <b>plan</b>', 'Fewer meetings, more decisions']);
  });

  it('the projector page shows the figures big, with no script and nothing from outside', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    const cache2 = tempDir();
    const r2 = await startRoom(['--min-group', '1'], cache2);
    try {
      const problems: string[] = [];
      page.on('console', (m) => problems.push(m.text()));
      await page.goto(r2.facilitator);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The room, live');
      expect(await page.locator('script').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await ctx.close();
      await r2.stop();
    }
  });
});
