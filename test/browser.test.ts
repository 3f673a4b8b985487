// The HTML report rendered by a real browser (Chromium, headless): it loads without a single console message,
// the radar chart is drawn on the first screen, and a hostile instrument cannot add anything to the page.
// Screenshots are kept under test-artifacts/ (git-ignored) for a human to look at.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cli, fixture } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const EXAMPLE = join(ROOT, 'examples', 'answers.yaml');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const WIDTH = 1200;
const HEIGHT = 1600;

/** Runs headless Chromium on a local file, with everything that could reach the network turned off. */
function chromium(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const profile = mkdtempSync(join(tmpdir(), 'ex-maturity-chromium-'));
  try {
    const r = spawnSync(CHROMIUM!, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--enable-logging=stderr', '--v=0',
      `--user-data-dir=${profile}`, `--window-size=${WIDTH},${HEIGHT}`, ...args,
    ], { encoding: 'utf8', timeout: 90_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes), decoded with zlib alone. */
function decodePng(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => [number, number, number] } {
  let width = 0, height = 0, channels = 0;
  const idat: Buffer[] = [];
  for (let pos = 8; pos < png.length; ) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const body = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      expect([body[8], body[12]]).toEqual([8, 0]); // bit depth 8, no interlace
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0;
      expect(channels).not.toBe(0);
    } else if (type === 'IDAT') idat.push(body);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      out[y * stride + x] = (v + [0, a, b, (a + b) >> 1, paeth][filter]!) & 0xff;
    }
  }
  return { width, height, pixel: (x, y) => [out[y * stride + x * channels]!, out[y * stride + x * channels + 1]!, out[y * stride + x * channels + 2]!] };
}

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const OUTER_BAND = hex('#dfeee6'); // the tint of the highest level, the radar's outer band
const SERIES = hex('#25476a'); // the result's polygon and points

/** Where the radar chart is on a screenshot: the box of its outer band, and how much of the result's polygon lies inside. */
function findChart(png: Buffer) {
  const img = decodePng(png);
  const box = { x0: img.width, y0: img.height, x1: -1, y1: -1, band: 0, series: 0 };
  const is = (p: number[], c: number[]) => p.every((v, i) => Math.abs(v - c[i]!) <= 2);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (!is(img.pixel(x, y), OUTER_BAND)) continue;
      box.band++;
      Object.assign(box, { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x), y1: Math.max(box.y1, y) });
    }
  }
  for (let y = Math.max(0, box.y0); y <= box.y1; y++) for (let x = Math.max(0, box.x0); x <= box.x1; x++) if (is(img.pixel(x, y), SERIES)) box.series++;
  return { ...img, ...box };
}

/** Writes a report with the installed CLI into test-artifacts/, renders it, keeps the screenshot, returns what the browser saw. */
function render(name: string, args: string[]) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const html = join(ARTIFACTS, `${name}.html`);
  const png = join(ARTIFACTS, `${name}.png`);
  rmSync(png, { force: true });
  const r = cli(['assess', ...args, '--output', html], { env: { SOURCE_DATE_EPOCH: '1764000000' } });
  expect(r.code).toBe(0);
  const shot = chromium([`--screenshot=${png}`, `file://${html}`]);
  const dom = chromium(['--dump-dom', `file://${html}`]);
  return { html: readFileSync(html, 'utf8'), png, shot, dom };
}

/** Lines where the page itself spoke: console messages, script errors, blocked loads (Chromium's own start-up noise is not about the page). */
const pageMessages = (stderr: string) => stderr.split('\n').filter((l) => /:CONSOLE|Uncaught|Refused to|net::ERR_|Failed to load/.test(l));

describe('the HTML report in headless Chromium', () => {
  it('has Chromium available (.ci/run installs it; locally: apt-get install chromium)', () => {
    expect(CHROMIUM, 'Chromium is missing: apt-get install chromium (the CI must run this test, never skip it)').toBeDefined();
  });

  it.runIf(CHROMIUM)('loads without any console message and draws the radar chart on the first screen', () => {
    const { png, shot, dom } = render('report-en', ['--answers', EXAMPLE, '--lang', 'en']);
    expect(shot.code).toBe(0);
    expect(pageMessages(shot.stderr)).toEqual([]);
    expect(dom.code).toBe(0);
    expect(pageMessages(dom.stderr)).toEqual([]);

    // The browser parsed the whole page: the heading, the chart with its text alternative, the table, the plan.
    expect(dom.stdout).toMatch(/<h1>Employee experience maturity self-assessment<\/h1>/);
    expect(dom.stdout).toMatch(/<svg class="radar"[^>]*role="img"/);
    expect(dom.stdout).toContain('<desc id="radar-desc">');
    expect(dom.stdout.split('aria-labelledby="dimensions"')[1]!.split('</table>')[0]!.match(/<tr>/g)).toHaveLength(7);
    expect(dom.stdout).toContain('</footer>');

    const chart = findChart(readFileSync(png));
    expect([chart.width, chart.height]).toEqual([WIDTH, HEIGHT]);
    // The outer band is a large visible area in the top part of the page, right of the overall score, and the result's polygon is drawn inside it.
    expect(chart.band).toBeGreaterThan(10_000);
    expect(chart.x1 - chart.x0).toBeGreaterThan(200);
    expect(chart.y1 - chart.y0).toBeGreaterThan(200);
    expect(chart.y1).toBeLessThan(HEIGHT / 2);
    expect(chart.x0).toBeGreaterThan(WIDTH / 2 - 100);
    expect(chart.series).toBeGreaterThan(200);
  });

  it.runIf(CHROMIUM)('renders the French report the same way', () => {
    const { png, shot, dom } = render('report-fr', ['--answers', EXAMPLE, '--lang', 'fr']);
    expect(shot.code).toBe(0);
    expect(pageMessages(shot.stderr)).toEqual([]);
    expect(dom.stdout).toContain('<html lang="fr">');
    expect(findChart(readFileSync(png)).series).toBeGreaterThan(200);
  });

  it.runIf(CHROMIUM)('runs nothing and adds nothing from a hostile custom instrument', () => {
    const args = ['--instrument', fixture('hostile-instrument.yaml'), '--matrix', fixture('hostile-matrix.yaml'), '--answers', fixture('hostile-answers.yaml'), '--lang', 'en'];
    const { png, shot, dom } = render('report-hostile', args);
    expect(shot.code).toBe(0);
    // Nothing was blocked because nothing tried to run or load: the texts never became markup.
    expect(pageMessages(shot.stderr)).toEqual([]);
    expect(pageMessages(dom.stderr)).toEqual([]);
    const page = dom.stdout;
    expect(page).not.toMatch(/<(script|img|iframe|link|textarea)\b/i);
    expect(page.match(/<h1>/g)).toHaveLength(1);
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    expect(page).toContain('<title>Audit &lt;script&gt;document.title=\'pwned\'&lt;/script&gt; &amp; "co" &lt;/style&gt;&lt;h1&gt;injected&lt;/h1&gt; — Results report</title>');
    // The page is still there to read (the level description tried to hide the body), chart included.
    expect(findChart(readFileSync(png)).series).toBeGreaterThan(100);
  });
});
