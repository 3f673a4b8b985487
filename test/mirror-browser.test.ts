// The mirror's HTML in headless Chromium: both charts drawn, the quadrant's labels never overlap (bounding boxes
// measured by the browser, on the example data and on data where every dimension lands on the same point), hostile
// text from a custom instrument and unit names stays text, and the printed report takes one or two A4 pages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const EX = join(ROOT, 'examples', 'mirror');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const IDS = ['facilitation', 'trust', 'courtesy', 'cooperation', 'consideration', 'responsibility', 'listening', 'autonomy', 'competence', 'human-digital', 'values'].flatMap((d) => [`${d}-1`, `${d}-2`]);
const HOSTILE = `<script>document.title='pwned'</script> & "x" </svg><h1>injected</h1>`;

function chromium(args: string[]) {
  const profile = mkdtempSync(join(tmpdir(), 'ex-maturity-chromium-'));
  try {
    const r = spawnSync(CHROMIUM!, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`, '--window-size=1200,1600', ...args], { encoding: 'utf8', timeout: 90_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Measures the page in the browser: a copy with a script that writes the boxes of the quadrant's labels (the report itself runs no script). */
function measure(html: string) {
  const script = `<script>addEventListener('load', () => {
    const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
    const out = { labels: [...document.querySelectorAll('svg.quadrant text.q-label')].map(box), points: document.querySelectorAll('svg.quadrant circle.point').length,
      bars: document.querySelectorAll('svg.butterfly rect.bar-employees, svg.butterfly rect.bar-customers').length, leaders: document.querySelectorAll('svg.quadrant .leaders').length,
      h1: document.querySelectorAll('h1').length, scripts: document.querySelectorAll('script').length, title: document.title };
    const pre = document.createElement('pre'); pre.id = 'measured'; pre.textContent = JSON.stringify(out); document.body.append(pre);
  });</script>`;
  const probe = join(ARTIFACTS, `probe-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(probe, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace('</body>', `${script}</body>`));
  const dom = chromium(['--virtual-time-budget=3000', '--dump-dom', `file://${probe}`]);
  rmSync(probe, { force: true });
  const m = /<pre id="measured">([^<]*)<\/pre>/.exec(dom.stdout);
  expect(m, dom.stderr.slice(-500)).not.toBeNull();
  return JSON.parse(m![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')) as { labels: number[][]; points: number; bars: number; leaders: number; h1: number; scripts: number; title: string };
}

const overlap = (a: number[], b: number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
function expectNoOverlap(labels: number[][]) {
  for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!, labels[j]!), `labels ${i + 1} and ${j + 1}: ${labels[i]} / ${labels[j]}`).toBe(false);
}

function report(name: string, args: string[]): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.html`);
  const r = cli([...args, '--output', file], { env: { SOURCE_DATE_EPOCH: '1764547200' } });
  expect(r.code, r.stderr).toBe(0);
  return file;
}

describe('the mirror HTML in headless Chromium', () => {
  it('has Chromium available', () => expect(CHROMIUM).toBeDefined());

  it.runIf(CHROMIUM)('draws the butterfly and the quadrant map, with 11 numbered labels that do not overlap, and fits three A4 pages', () => {
    const file = report('mirror-en', ['mirror', '--employees', join(EX, 'employees.csv'), '--customers', join(EX, 'customers.csv'), '--leaders', join(EX, 'leaders')]);
    const html = readFileSync(file, 'utf8');
    const m = measure(html);
    expect(m.bars).toBe(22);
    expect(m.points).toBe(11);
    expect(m.leaders).toBe(11);
    expect(m.labels).toHaveLength(11);
    expectNoOverlap(m.labels);
    const pdf = join(ARTIFACTS, 'mirror-en.pdf');
    const p = chromium(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${file}`]);
    expect(p.code, p.stderr.slice(-500)).toBe(0);
    const pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    // Three with leaders on both sides and the recommendation side by side (two blind-spot tables print their departures only).
    expect(pages).toBeLessThanOrEqual(3);
  });

  it.runIf(CHROMIUM)('keeps labels apart when every dimension lands on the same point', () => {
    const dir = tempDir();
    const write = (name: string, n: number) => {
      const f = join(dir, name);
      writeFileSync(f, [IDS.join(','), ...Array.from({ length: n }, () => IDS.map(() => '3').join(','))].join('\n') + '\n');
      return f;
    };
    const file = report('mirror-same-point', ['mirror', '--employees', write('e.csv', 5), '--customers', write('c.csv', 10), '--lang', 'fr']);
    const m = measure(readFileSync(file, 'utf8'));
    expect(m.points).toBe(11);
    expect(m.labels).toHaveLength(11);
    expectNoOverlap(m.labels);
  });

  it.runIf(CHROMIUM)('escapes hostile text from a custom instrument and from unit names', () => {
    const dir = tempDir();
    const data = parseDocument(readFileSync(join(ROOT, 'questions', 'mirror-employees.yaml'), 'utf8')).toJS();
    data.dimensions[0].label = { fr: HOSTILE, en: HOSTILE };
    data.dimensions[0].questions[0].text = { fr: HOSTILE, en: HOSTILE };
    const inst = join(dir, 'hostile-employees.yaml');
    writeFileSync(inst, stringify(data));
    const unit = `"<img src=x onerror=alert(1)>"`;
    const rows = (n: number) => [`unit,${IDS.join(',')}`, ...Array.from({ length: n }, (_, i) => `${unit},${IDS.map((_, j) => String(1 + ((i + j) % 4))).join(',')}`)].join('\n') + '\n';
    writeFileSync(join(dir, 'e.csv'), rows(6));
    writeFileSync(join(dir, 'c.csv'), rows(12));
    const file = report('mirror-hostile', ['mirror', '--employees-instrument', inst, '--employees', join(dir, 'e.csv'), '--customers', join(dir, 'c.csv')]);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script|<img|<h1>injected/);
    expect(html).toContain('&#60;script&#62;');
    const shot = chromium(['--dump-dom', `file://${file}`]);
    expect(shot.stderr).not.toMatch(/:CONSOLE|Refused to|Uncaught/);
    const m = measure(html);
    expect(m.h1).toBe(1);
    expect(m.scripts).toBe(1); // the probe's own
    expect(m.title).not.toBe('pwned');
    expectNoOverlap(m.labels);
  });
});
