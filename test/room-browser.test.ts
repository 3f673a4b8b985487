// The participant's page in a real headless Chromium (Debian's, driven through the DevTools protocol by
// playwright-core): answer, go back, change an answer, comment, send — with JavaScript (no reload) and without it
// (plain forms). The page loads nothing from outside, breaks no CSP rule and fits a 320 px wide phone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/cli.js';
import { http, Participant, startRoom, type RunningRoom } from './helpers/room.js';

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

  it('the projector page updates itself without reloading, pauses and resumes from the keyboard, and has a refresh link without JavaScript', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    const cache2 = tempDir();
    const r2 = await startRoom(['--min-group', '1'], cache2);
    try {
      const problems: string[] = [];
      let loads = 0;
      page.on('console', (m) => problems.push(m.text()));
      page.on('load', () => loads++);
      await page.goto(r2.facilitator);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('The room, live');
      expect(await page.locator('meta[http-equiv]').count()).toBe(0);
      const joined = () => page.locator('#live .counts p').first().textContent();
      expect(await joined()).toBe('0joined');
      await new Participant(r2.join).post({ nav: 'start', step: '0' });
      await expect.poll(joined, { timeout: 10_000 }).toBe('1joined');
      expect(loads).toBe(1);
      // Paused from the keyboard: another participant joins and the page keeps what it shows until resumed.
      const pause = page.getByRole('button', { name: 'Pause the updates' });
      await pause.focus();
      await page.keyboard.press('Enter');
      const resume = page.getByRole('button', { name: 'Resume the updates' });
      expect(await resume.count()).toBe(1);
      await new Participant(r2.join).post({ nav: 'start', step: '0' });
      await page.waitForTimeout(6_500); // two update periods
      expect(await joined()).toBe('1joined');
      await resume.press('Space');
      await expect.poll(joined, { timeout: 10_000 }).toBe('2joined');
      expect(problems).toEqual([]);

      // Without JavaScript: no button, a link that shows the figures of now.
      const plain = await browser.newContext({ javaScriptEnabled: false });
      const still = await plain.newPage();
      await still.goto(r2.facilitator);
      expect(await still.getByRole('button', { name: 'Pause the updates' }).count()).toBe(0);
      await new Participant(r2.join).post({ nav: 'start', step: '0' });
      await still.getByRole('link', { name: 'Refresh' }).click();
      await expect.poll(() => still.locator('#live .counts p').first().textContent()).toBe('3joined');
      await plain.close();
    } finally {
      await ctx.close();
      await r2.stop();
    }
  });

  it('a participant slowed down (429) sees a line asking to wait a second, keeps what was chosen, and goes on after', async () => {
    const cache3 = tempDir();
    const r3 = await startRoom(['--min-group', '1'], cache3);
    const ctx = await browser.newContext({ viewport: { width: 390, height: 800 } });
    try {
      const page = await ctx.newPage();
      await page.goto(r3.join);
      await page.getByRole('button', { name: 'Start' }).click();
      await expect.poll(() => page.getByText('Statement 1 of 25').count()).toBe(1);
      await page.getByLabel('Somewhat agree').check();
      // The same participant (its cookie) hammering from elsewhere: the browser's next post leaves only once a request
      // of the hammer has been refused (its allowance spent), and the hammer goes on meanwhile.
      const cookie = (await ctx.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
      const hammer = () => Promise.all(Array.from({ length: 20 }, () => http(r3.join, { headers: { cookie } }).then((x) => x.status, () => 0)));
      let flooding = true;
      const flood = (async () => {
        while (flooding) await hammer();
      })();
      await page.route(r3.join, async (route) => {
        if (route.request().method() === 'POST') while (!(await hammer()).includes(429));
        await route.continue();
      });
      await page.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'wait a second' }).isVisible(), { timeout: 10_000 }).toBe(true);
      flooding = false;
      await flood;
      await page.unroute(r3.join);
      expect(await page.getByText('Statement 1 of 25').count()).toBe(1);
      expect(await page.getByLabel('Somewhat agree').isChecked()).toBe(true);
      await expect
        .poll(async () => {
          if ((await page.getByText('Statement 2 of 25').count()) === 0) await page.getByRole('button', { name: 'Next' }).click();
          return page.getByText('Statement 2 of 25').count();
        }, { timeout: 10_000, interval: 1_000 })
        .toBe(1);
    } finally {
      await ctx.close();
      await r3.stop();
    }
  });
});
