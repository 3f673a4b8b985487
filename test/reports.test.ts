// Reports that print and read well, and the README's promises: page counts of the printed HTML (Chromium's
// print-to-PDF), the not-scored radar marker, the heat table of a team with several groups, the README's commands
// on the shipped examples, and no temporary folder left behind.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { radarSvg } from '../src/render/html/svg.js';
import { cli, tempDir } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const EXAMPLE = join(ROOT, 'examples', 'answers.yaml');
const ENV = { SOURCE_DATE_EPOCH: '1764000000' };

/** Pages of an HTML file printed by Chromium on A4 (the page objects of the PDF). */
function printedPages(html: string): number {
  const dir = tempDir();
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const pdf = join(dir, 'report.pdf');
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`, `--print-to-pdf=${pdf}`, '--no-pdf-header-footer', file], { stdio: 'ignore', timeout: 60_000 });
  return (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

function run(args: string[]): string {
  const r = cli(args, { env: ENV });
  expect(r.stderr.replace(/^Saved: .*\n/m, '')).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('printed reports', () => {
  it.each([['en'], ['fr']])('the ex-25 result prints on 2 A4 pages in %s: the result and its start-here cards, then the roadmap', (lang) => {
    const html = run(['assess', '--answers', EXAMPLE, '--lang', lang, '--format', 'html']);
    expect(printedPages(html)).toBe(2);
    // The full plan is there on screen; printed, the start-here actions come as cards, two per row, the odd one spanning.
    expect(html).toContain('class="screen-only"');
    expect(html).toMatch(/class="print-only"[\s\S]*class="card action focus"/);
    expect(html).toContain('.cards > .action:last-child:nth-child(odd) { grid-column: 1 / -1; }');
  });

  it('stays on 2 pages with targets, and with every dimension at level 1', () => {
    expect(printedPages(run(['assess', '--answers', EXAMPLE, '--target', '70', '--format', 'html']))).toBe(2);
    const low = readFileSync(EXAMPLE, 'utf8').replace(/^(\s+[a-z]+-\d+): .*$/gm, '$1: 1');
    const dir = tempDir();
    writeFileSync(join(dir, 'low.yaml'), low);
    expect(printedPages(run(['assess', '--answers', join(dir, 'low.yaml'), '--lang', 'fr', '--format', 'html']))).toBe(2);
  });

  it('the comparison of the two example results prints on one page', () => {
    const html = run(['compare', join(ROOT, 'examples/results/2025.json'), join(ROOT, 'examples/results/2026.json'), '--format', 'html']);
    expect(printedPages(html)).toBe(1);
  });
});

describe('the radar', () => {
  const axes = ['A', 'B', 'C', 'D', 'E'];
  const levels = [{ min: 0, label: 'L1' }, { min: 50, label: 'L2' }, { min: 70, label: 'L3' }];

  it('marks a dimension without a score as not scored, never as a point at 0', () => {
    const svg = radarSvg(axes, levels, [{ label: 'r', values: [60, null, 80, 40, 70] }], { title: 't', notScored: 'not scored', valueText: (v) => String(v) });
    expect(svg).toContain('class="not-scored"');
    expect(svg).toMatch(/<tspan[^>]*>not scored<\/tspan>/);
    // No point drawn at the centre and no closed, filled shape through it: the outline has a gap at B.
    expect(svg).not.toMatch(/<circle[^>]*cx="0" cy="0"/);
    expect(svg).not.toMatch(/<polygon fill-opacity/);
    expect(svg.match(/class="radar-edge"/g)).toHaveLength(3); // C–D, D–E, E–A; A–B and B–C are gaps
  });

  it('draws a closed polygon when every dimension is scored', () => {
    const svg = radarSvg(axes, levels, [{ label: 'r', values: [60, 50, 80, 40, 70] }], { title: 't' });
    expect(svg).toMatch(/<polygon fill-opacity/);
    expect(svg).not.toContain('not-scored');
  });

  it('says "non noté" in a French report with a dimension not scored', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), readFileSync(EXAMPLE, 'utf8').replace(/^(\s+sense-[123]): .*$/gm, '$1: null'));
    const html = run(['assess', '--answers', join(dir, 'a.yaml'), '--lang', 'fr', '--format', 'html']);
    expect(html).toContain('class="not-scored"');
    expect(html).toMatch(/<tspan[^>]*font-style="italic"[^>]*>non noté<\/tspan>/);
  });
});

describe('the team view with several groups', () => {
  it('shows a heat table of groups × dimensions beyond two groups, and the team alone on the radar', () => {
    const html = run(['aggregate', join(ROOT, 'examples/team'), '--format', 'html']);
    const table = html.match(/<table class="heat">[\s\S]*?<\/table>/)?.[0] ?? '';
    expect(table).not.toBe('');
    for (const g of ['leadership', 'managers', 'frontline', 'support']) expect(table).toContain(`<th scope="row">${g}</th>`);
    expect(table).toMatch(/class="cell tone-[012]"[^>]*>\d+\.\d<small>\d+ (people|person)<\/small>/);
    const radar = html.match(/<svg class="radar"[\s\S]*?<\/svg>/)![0];
    expect(radar.match(/<g fill=/g)).toHaveLength(1);
  });

  it('keeps the groups on the radar with two groups', () => {
    const dir = tempDir();
    for (const g of ['leadership', 'managers']) symlinkSync(join(ROOT, 'examples/team', g), join(dir, g));
    const html = run(['aggregate', dir, '--format', 'html']);
    expect(html).not.toContain('class="heat"');
    expect(html.match(/<svg class="radar"[\s\S]*?<\/svg>/)![0].match(/<g fill=/g)).toHaveLength(3);
  });
});

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const commands = [...readme.matchAll(/^npx ex-maturity (.*examples\/.*)$/gm)].map((m) => m[1]!.replace(/\s+#.*$/, '').trim());

  it('shows aggregate, compare and workshop on the shipped examples', () => {
    expect(commands.some((c) => c.startsWith('aggregate '))).toBe(true);
    expect(commands.some((c) => c.startsWith('compare '))).toBe(true);
    expect(readme).toMatch(/npx ex-maturity workshop/);
  });

  it.each(commands.map((c) => [c]))('runs as shown: ex-maturity %s', (command) => {
    const dir = tempDir();
    symlinkSync(join(ROOT, 'examples'), join(dir, 'examples'));
    const r = cli(command.split(/\s+/), { cwd: dir, env: ENV });
    expect(r.code, r.stderr).toBe(0);
  });

  it('states the engines range of package.json', () => {
    const engines = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node as string;
    expect(readme).toContain(`\`${engines}\``);
  });

  it('example data is what scripts/make-team-examples.mjs writes', () => {
    const before = readdirSync(join(ROOT, 'examples/team'), { recursive: true }).length;
    expect(before).toBeGreaterThanOrEqual(25);
    expect(readFileSync(join(ROOT, 'examples/team-form.csv'), 'utf8').split('\r\n')[0]).toMatch(/^Timestamp,Email,Group,Our mission is explained/);
    const [a, b] = ['2025', '2026'].map((y) => JSON.parse(readFileSync(join(ROOT, `examples/results/${y}.json`), 'utf8')).generatedAt as string);
    expect(Number(b!.slice(0, 4)) - Number(a!.slice(0, 4))).toBe(1);
  });
});

describe('temporary files', () => {
  it('live under the run folder that the global teardown removes, not loose in the system temporary directory', () => {
    expect(tmpdir()).toMatch(/ex-maturity-run-/);
    expect(tempDir().startsWith(tmpdir())).toBe(true);
    mkdirSync(join(tempDir(), 'x'));
  });
});
