// The HTML report as the installed CLI writes it: self-contained, complete, accessible, printable, and safe with a hostile instrument.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, tempDir } from './helpers/cli.js';

const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'answers.yaml');
const ENV = { SOURCE_DATE_EPOCH: '1764000000' };
const HOSTILE = ['--instrument', fixture('hostile-instrument.yaml'), '--matrix', fixture('hostile-matrix.yaml'), '--answers', fixture('hostile-answers.yaml')];

function assess(args: string[]): string {
  const r = cli(['assess', ...args], { env: ENV });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** What a reader sees: the text with the tags taken out and the character references decoded. */
function visibleText(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, ref: string) =>
      ref.startsWith('#x') ? String.fromCodePoint(parseInt(ref.slice(2), 16)) : ref.startsWith('#') ? String.fromCodePoint(Number(ref.slice(1))) : (named[ref] ?? m))
    .replace(/\s+/g, ' ');
}

/** The cells of the table rows, as text. */
function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => visibleText(c[1]!).trim()));
}

describe('assess --format html', () => {
  const result = JSON.parse(assess(['--answers', EXAMPLE, '--lang', 'en', '--format', 'json']));
  const html = assess(['--answers', EXAMPLE, '--lang', 'en', '--format', 'html']);
  const text = visibleText(html);

  it('is one self-contained page: no script, nothing loaded from the network', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(|\ssrc=|\shref=/i);
    // The only URL is the SVG namespace, an identifier that is never fetched.
    expect(html.match(/https?:\/\/[^\s"'<>)]+/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(html).toContain("Content-Security-Policy\" content=\"default-src 'none'");
  });

  it('shows the title, the date, the instrument and the overall score and level explained', () => {
    expect(html.match(/<h1>(.*?)<\/h1>/)![1]).toBe(result.instrument.title);
    expect(text).toContain('24 November 2025');
    expect(text).toContain('Instrument: ex-25 3.0.1');
    expect(text).toContain(`${result.overall.score.toFixed(1)} / 100`);
    expect(text).toContain(`Level ${result.overall.level}/3 · ${result.overall.levelLabel}`);
    expect(text).toContain(result.overall.levelDescription);
    for (const [i, l] of result.levels.entries()) expect(text).toContain(`Level ${l.level} · ${l.label} (${['below 50', '50 to under 70', '70 and above'][i]})`);
    expect(text).toContain('(50 to under 70) — your level');
  });

  it('has a radar chart with level bands and a text alternative giving every score', () => {
    const svg = html.match(/<svg[\s\S]*?<\/svg>/)![0];
    expect(svg).toMatch(/role="img" aria-labelledby="radar-title radar-desc"/);
    const desc = svg.match(/<desc id="radar-desc">(.*?)<\/desc>/)![1]!;
    for (const d of result.dimensions) expect(desc).toContain(`${d.label} ${d.score.toFixed(1)}`);
    // One band per level, the series polygon, and a point per scored dimension.
    expect(svg.match(/<polygon fill="#/g)!.length).toBe(result.levels.length);
    expect(svg.match(/<circle /g)!.length).toBe(result.dimensions.length);
    expect(text).toContain('Emerging (below 50) Developing (50 to under 70) Advanced (70 and above)');
  });

  it('has a table of the dimensions whose numbers match the JSON, with a bar per dimension', () => {
    expect(html).toMatch(/<th scope="col">Dimension<\/th><th scope="col" class="num">Score<\/th>/);
    const table = html.split('<h2 id="dimensions">')[1]!.split('</table>')[0]!;
    const rows = tableRows(table).slice(1);
    expect(rows).toEqual([
      ...result.dimensions.map((d: { label: string; score: number; level: number; levelLabel: string; answered: number; total: number }) =>
        [d.label, d.score.toFixed(1), '', `Level ${d.level}/3 · ${d.levelLabel}`, `${d.answered}/${d.total}`]),
      ['Overall result', result.overall.score.toFixed(1), '', `Level ${result.overall.level}/3 · ${result.overall.levelLabel}`, '24/25'],
    ]);
    for (const d of result.dimensions) expect(html).toContain(`<span class="fill" style="width:${d.score}%">`);
  });

  it('gives the action plan as cards, dimension by dimension in priority order, with horizon and owner', () => {
    const plan = html.split('<h2 id="plan">')[1]!.split('<h2 id="posture">')[0]!;
    const headings = [...plan.matchAll(/<h3>(\d+)\. (.*?) <span/g)].map((m) => [Number(m[1]), m[2]]);
    expect(headings).toEqual(result.recommendations.map((r: { priority: number; label: string }) => [r.priority, r.label]));
    const cards = [...plan.matchAll(/<article class="card action(?: focus)?"><h4>(.*?)<\/h4>/g)].map((m) => visibleText(m[1]!).trim());
    const todo = result.recommendations.flatMap((r: { actions: { title: string; status: string }[] }) => r.actions.filter((a) => a.status === 'to-do').map((a) => a.title));
    expect(cards).toEqual(todo);
    // The "start here" actions stand out; every card says when it is done.
    expect(plan.match(/<article class="card action focus">/g)).toHaveLength(result.focus.length);
    expect(plan).toContain('<ul class="tags"><li>Horizon: quick win</li><li>Owner: executive committee</li><li>With: HR and internal communications</li></ul>');
    expect(plan).toContain('<p class="why">Why this action: ');
    expect(plan.match(/<p class="done">Done when: /g)).toHaveLength(todo.length);
    expect(visibleText(plan)).toContain('✓ In place according to the answers: check that it holds everywhere — Have each manager explain pay to each team member');
    expect(text).toContain(result.posture);
  });

  it('says "not scored" where a dimension or the overall result has too few answers, never a made-up number', () => {
    const answers = { ...result.answers, 'sense-1': null, 'sense-2': null, 'sense-3': null };
    const r = cli(['assess', '--answers', '-', '--format', 'html', '--lang', 'en'], { input: JSON.stringify({ answers }), env: ENV });
    expect(r.code).toBe(0);
    const rows = tableRows(r.stdout.split('<h2 id="dimensions">')[1]!.split('</table>')[0]!).slice(1);
    expect(rows[0]).toEqual(['Purpose', '—', '', 'not scored', '2/5']);
    expect(rows.at(-1)).toEqual(['Overall result', '—', '', 'not scored', '21/25']);
    expect(visibleText(r.stdout)).toContain('Purpose is not scored: 2 of 5 answers, it needs at least 60%');
    expect(r.stdout).not.toMatch(/undefined|NaN|null/);
  });

  it('prints cleanly on A4', () => {
    expect(html).toMatch(/@media print \{\s*@page \{ size: A4;/);
    expect(html).toMatch(/break-inside: avoid/);
    expect(html).toMatch(/print-color-adjust: exact/);
  });

  it('is in French with --lang fr, and the same when written with --output report.html', () => {
    const dir = tempDir();
    const r = cli(['assess', '--answers', EXAMPLE, '--lang', 'fr', '--output', join(dir, 'report.html')], { env: ENV });
    expect(r.code).toBe(0);
    const fr = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(fr).toBe(assess(['--answers', EXAMPLE, '--lang', 'fr', '--format', 'html']));
    expect(fr).toContain('<html lang="fr">');
    const frText = visibleText(fr);
    for (const s of ['Rapport de résultats', 'Résultat global', 'Niveau 2/3 · En structuration', 'Plan d’action', 'Posture à adopter', 'Comment lire ce rapport', 'Horizon : action rapide', '24 novembre 2025']) {
      expect(frText).toContain(s);
    }
    expect(frText).not.toMatch(/Action plan|Overall result|Strengths|How to read/);
  });
});

describe('HTML escaping with a hostile custom instrument', () => {
  const html = assess([...HOSTILE, '--lang', 'en', '--format', 'html']);
  const text = visibleText(html);

  it('adds no element and no attribute: every text from the files stays text', () => {
    expect(html).not.toMatch(/<script|<img|<iframe|<link|<svg onload|<textarea|<i>|<br>/i);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i); // no event handler attribute on any tag
    expect(html.match(/https?:\/\/[^\s"'<>)]+/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('shows the hostile texts to the reader exactly as written', () => {
    for (const s of [
      `Audit <script>document.title='pwned'</script> & "co" </style><h1>injected</h1>`,
      'Alpha <script>alert(1)</script>',
      'Beta " onmouseover="x',
      'Gamma </style>',
      'Low <script>x()</script>',
      '</style><style>body{display:none}</style>',
      `<img src=x onerror="document.title='pwned'">`,
      'Act <script>alert(2)</script>',
      'Detail & "quoted" </style>',
      'Title " onclick="x',
      `<script>alert('group')</script> & "managers"`,
      'hostile 1.0.0<b>',
      `Posture & "middle" </style>`,
      'Gamma 2 <iframe src=//example.invalid>',
      'Beta 2 </textarea><script>alert(5)</script>',
      'R&D <link rel=stylesheet href=//example.invalid/x.css>',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('escapes the chart labels and its text alternative too', () => {
    const svg = html.match(/<svg[\s\S]*?<\/svg>/)![0];
    expect(svg).not.toMatch(/<script|<\/style>/);
    expect(visibleText(svg)).toContain('Alpha <script>alert(1)</script> 11.1, Beta " onmouseover="x 50.0, Gamma </style> 66.7');
  });
});

describe('the radar legend', () => {
  it('lists several series one under the other, evenly spaced, each with its own colour', async () => {
    const { radarSvg, SERIES_COLORS } = await import('../src/render/html/svg.js');
    const svg = radarSvg(['A', 'B', 'C'], [{ min: 0, label: 'low' }, { min: 50, label: 'high' }], ['Team', 'North', 'South', 'East'].map((label) => ({ label, values: [10, 50, 90] })), { title: 't' });
    const rects = [...svg.matchAll(/<rect fill="([^"]+)" x="[^"]+" y="([^"]+)"/g)];
    expect(rects.map((m) => m[1])).toEqual(SERIES_COLORS.slice(0, 4));
    const ys = rects.map((m) => Number(m[2]));
    expect(ys.slice(1).map((y, i) => y - ys[i]!)).toEqual([18, 18, 18]);
  });
});
