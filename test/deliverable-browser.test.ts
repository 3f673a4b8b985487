// The documents people hand over, in a real headless Chromium (Debian's, through playwright-core): the team view and a
// 30-person room print on at most 3 A4 pages in both languages (through `--format pdf`), no report is wider than the
// screen from a 360 px phone to a 1280 px laptop, the printed radar's labels are at least 8 pt, and every HTML page —
// the reports (the trend over four waves too), the room's participant and projector pages — passes axe-core's WCAG 2.1 AA rules.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdf } from '../src/io/pdf.js';
import { cli, tempDir } from './helpers/cli.js';
import { http, Participant, startRoom } from './helpers/room.js';

const ROOT = join(import.meta.dirname, '..');
const EX = join(ROOT, 'examples');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const ENV = { SOURCE_DATE_EPOCH: '1764000000' };
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [360, 390, 768, 1280];

/** Pages of a PDF (its page objects). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** Runs the installed CLI; expects success. */
function run(args: string[]): void {
  const r = cli(args, { env: ENV });
  expect(r.code, r.stderr).toBe(0);
}

let browser: Browser;
let dir: string;
/** The HTML reports checked for width and accessibility, by name. */
const reports: Record<string, string> = {};
/** The room's pages, as served. */
const roomPages: Record<string, string> = {};

/** A 30-person room in a language: 30 participants answer (and comment), the projector page is kept, the room closes into its HTML document. */
async function room30(lang: 'en' | 'fr'): Promise<string> {
  const cache = tempDir();
  const ids = (JSON.parse(cli(['questions', '--format', 'json']).stdout) as { dimensions: { questions: { id: string }[] }[] }).dimensions.flatMap((d) => d.questions.map((q) => q.id));
  const r = await startRoom(['--lang', lang, '--format', 'html', '--output', 'team.html'], cache);
  try {
    roomPages[`participant-${lang}`] = (await http(r.join)).body;
    for (let p = 0; p < 30; p++) await new Participant(r.join).answerAll(ids, (i) => (i % 7 === 3 ? '?' : String(1 + ((i * 3 + p * 5) % 4))), `Comment ${p + 1}: shorter meetings and clearer priorities for the next quarter, please`);
    roomPages[`projector-${lang}`] = (await http(r.facilitator)).body;
  } finally {
    expect((await r.stop('SIGTERM')).code).toBe(0);
  }
  return readFileSync(join(cache, 'team.html'), 'utf8');
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  dir = tempDir();
  const out = (name: string) => join(dir, name);
  run(['assess', '--answers', join(EX, 'answers.yaml'), '--format', 'html', '--output', out('result.html')]);
  run(['assess', '--answers', join(EX, 'answers.yaml'), '--lang', 'fr', '--format', 'html', '--output', out('result-fr.html')]);
  run(['compare', join(EX, 'results/2025.json'), join(EX, 'results/2026.json'), '--format', 'html', '--output', out('comparison.html')]);
  for (const lang of ['en', 'fr']) run(['aggregate', join(EX, 'team'), join(EX, 'team-form.csv'), '--lang', lang, '--format', 'html', '--output', out(`team-${lang}.html`)]);
  run(['mirror', '--employees', join(EX, 'mirror/employees.csv'), '--customers', join(EX, 'mirror/customers.csv'), '--leaders', join(EX, 'mirror/leaders'), '--format', 'json', '--output', out('mirror.json')]);
  run(['mirror', '--employees', join(EX, 'mirror/employees.csv'), '--customers', join(EX, 'mirror/customers.csv'), '--leaders', join(EX, 'mirror/leaders'), '--format', 'html', '--output', out('mirror.html')]);
  run(['compare', out('mirror.json'), out('mirror.json'), '--format', 'html', '--output', out('mirror-comparison.html')]);
  // The trend over the four example waves, each aggregated on its own date.
  const waves = ['1773446400', '1789344000', '1804982400', '1820880000'].map((epoch, i) => {
    const r = cli(['aggregate', join(EX, 'waves', `wave-${i + 1}`), '--format', 'json', '--output', out(`wave-${i + 1}.json`)], { env: { SOURCE_DATE_EPOCH: epoch } });
    expect(r.code, r.stderr).toBe(0);
    return out(`wave-${i + 1}.json`);
  });
  for (const lang of ['en', 'fr']) run(['trend', ...waves, '--lang', lang, '--format', 'html', '--output', out(`trend-${lang}.html`)]);
  for (const name of ['result', 'result-fr', 'comparison', 'team-en', 'team-fr', 'mirror', 'mirror-comparison', 'trend-en', 'trend-fr']) reports[name] = readFileSync(out(`${name}.html`), 'utf8');
  for (const lang of ['en', 'fr'] as const) reports[`room-${lang}`] = await room30(lang);
  // Kept for a human to look at (test-artifacts/ is git-ignored).
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const [name, html] of Object.entries({ ...reports, ...roomPages })) writeFileSync(join(ARTIFACTS, `deliverable-${name}.html`), html);
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens HTML in a fresh page of a given width (scripts allowed past the page's policy only to run axe). */
async function open(html: string, width: number, name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  const file = join(dir, `${name}-${width}.html`);
  writeFileSync(file, html);
  await page.goto(pathToFileURL(file).href);
  return page;
}

describe('printed on A4', () => {
  it.each([['en'], ['fr']])('the example team (examples/team + team-form.csv) prints on at most 3 pages in %s, through --format pdf', (lang) => {
    const pdf = join(dir, `team-${lang}.pdf`);
    run(['aggregate', join(EX, 'team'), join(EX, 'team-form.csv'), '--lang', lang, '--output', pdf, '--browser', CHROMIUM]);
    const pages = pdfPages(readFileSync(pdf));
    expect(pages).toBeGreaterThanOrEqual(2); // page 1 the team at a glance, page 2 the roadmap
    expect(pages).toBeLessThanOrEqual(3);
    // Page 1 holds "start here", page 2 the roadmap; the per-statement table prints only the rows with something to say.
    const html = reports[`team-${lang}`]!;
    expect(html.indexOf('id="start-here"')).toBeLessThan(html.indexOf('class="roadmap"'));
    expect(html.match(/<tr class="quiet">/g)!.length).toBeGreaterThan(15);
  });

  it.each([['en'], ['fr']])('a 30-person room document prints on at most 3 pages in %s', (lang) => {
    const html = reports[`room-${lang}`]!;
    expect(html).toContain('<b>30</b>');
    const pages = pdfPages(printPdf(CHROMIUM, html));
    expect(pages).toBeLessThanOrEqual(3);
  });

  it.each([['team-en'], ['team-fr'], ['result'], ['result-fr'], ['comparison']])('prints the radar of the %s report with labels of at least 8 pt', async (name) => {
    const page = await open(reports[name]!, 688, `radar-${name}`); // 210 mm less the 2 × 14 mm margins, in CSS px
    await page.emulateMedia({ media: 'print' });
    const sizes = await page.evaluate(() => [...document.querySelectorAll('svg.radar text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGGraphicsElement).getScreenCTM()!.a * 0.75));
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(8);
    await page.context().close();
  });
});

describe('on every screen', () => {
  const names = ['result', 'comparison', 'team-en', 'team-fr', 'mirror', 'mirror-comparison', 'room-en', 'trend-en', 'trend-fr'];
  it.each(names.map((n) => [n]))('%s is never wider than the viewport at 360, 390, 768 and 1280 px', async (name) => {
    const wider: string[] = [];
    for (const width of WIDTHS) {
      const page = await open(reports[name]!, width, name);
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      if (w > width) wider.push(`${width} px: ${w} px`);
      await page.context().close();
    }
    expect(wider).toEqual([]);
  });

  it('keeps the team Dimension table inside its column at 1280 px', async () => {
    const page = await open(reports['team-en']!, 1280, 'dims');
    const [table, column] = await page.evaluate(() => [document.querySelector('table.dims')!.getBoundingClientRect().right, document.querySelector('.page')!.getBoundingClientRect().right]);
    expect(table).toBeLessThanOrEqual(column!);
    await page.context().close();
  });
});

describe('accessibility (axe-core, WCAG 2.1 A and AA rules)', () => {
  const violations = async (html: string, name: string) => {
    const page = await open(html, 1280, `axe-${name}`);
    await page.addScriptTag({ content: AXE });
    const found = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    await page.context().close();
    return found;
  };

  it.each(['result', 'comparison', 'team-en', 'team-fr', 'mirror', 'mirror-comparison', 'room-en', 'room-fr', 'trend-en', 'trend-fr'].map((n) => [n]))('the %s report has no violation', async (name) => {
    expect(await violations(reports[name]!, name)).toEqual([]);
  });

  it.each(['participant-en', 'participant-fr'].map((n) => [n]))('the room %s page has no violation', async (name) => {
    expect(await violations(roomPages[name]!, name)).toEqual([]);
  });

  // The projector page updates itself by a script with a pause button (no timed <meta http-equiv="refresh">): checked as served.
  it.each(['projector-en', 'projector-fr'].map((n) => [n]))('the room %s page has no violation', async (name) => {
    expect(roomPages[name]).not.toMatch(/http-equiv="refresh"/);
    expect(await violations(roomPages[name]!, name)).toEqual([]);
  });
});
