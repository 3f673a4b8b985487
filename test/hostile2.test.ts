// Injection through the texts and ids of user files (issue 11, points 18–20): Markdown stays inert, terminals get no
// control sequence, the answers template stays a blank answers file whatever the statements say.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinModel } from '../src/io/load.js';
import { code, escapeMarkdown, paragraph } from '../src/render/markdown/escape.js';
import { MAX_VOTES, newSession, readSession } from '../src/team/workshop.js';
import { cli, fixture, tempDir } from './helpers/cli.js';

const INSTRUMENT = fixture(join('hostile2', 'instrument.yaml'));
const IDS = ['q-1', 'q-2', 'd2-1', '1.0', 'true'];

describe('Markdown escaping (18)', () => {
  // markdown-it is not a devDependency: the escaper's output is held to what CommonMark leaves inert.
  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['`a` b', '\\`a\\` b'],
    ['$x^2$', '\\$x^2\\$'],
    ['see http://evil.example/x', 'see http\\://evil\\.example/x'],
    ['www.evil.com', 'www\\.evil\\.com'],
    ['a@evil.com', 'a\\@evil\\.com'],
    ['a | b', 'a \\| b'],
    ['*b* _i_ [l](u)', '\\*b\\* \\_i\\_ \\[l\\](u)'],
    ['&amp; & x', '&amp;amp; & x'],
    ['two\nlines', 'two lines'],
  ])('escapes %j', (text, md) => {
    expect(escapeMarkdown(text)).toBe(md);
  });

  it('leaves no raw <, >, `, $, |, *, _, [ and no bare URL in any escaped text', () => {
    const out = escapeMarkdown('<>`$|*_[ http://x www.y');
    expect(out.replace(/\\./g, '')).not.toMatch(/[<>`$|*_[]|:\/\/|www\./);
  });

  it('puts an id in a code span only when nothing in it can break out', () => {
    expect(code('sense-1')).toBe('`sense-1`');
    expect(code('a`<img src=x onerror=alert(1)>`')).toBe('a\\`\\<img src=x onerror=alert(1)\\>\\`');
    expect(paragraph('1. not a list')).toBe('1\\. not a list');
  });

  it('a hostile instrument gives a Markdown report with nothing that renders as HTML, link or math', () => {
    const answers = join(tempDir(), 'a.yaml');
    writeFileSync(answers, `instrument: hostile2\nanswers:\n${IDS.map((id) => `  ${JSON.stringify(id)}: 3`).join('\n')}\n`);
    const r = cli(['assess', '--instrument', INSTRUMENT, '--answers', answers, '--format', 'markdown']);
    expect(r.code, r.stderr).toBe(0);
    const inert = r.stdout.replace(/\\./g, '');
    expect(inert).not.toMatch(/<img|https?:\/\/|www\.evil|\$x/);
  });
});

/** Control bytes a terminal acts on: C0 but newline and tab, DEL, C1 (ESC, BEL, CSI among them). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const inert = (r: { stdout: string; stderr: string }) => {
  expect(r.stdout).not.toMatch(CONTROL);
  expect(r.stderr).not.toMatch(CONTROL);
};

describe('terminal escape sequences from user files (19)', () => {
  const ANSWERS = fixture(join('hostile2', 'answers.yaml'));

  it('assess in table format: titles and labels reach the terminal without a control byte', () => {
    const r = cli(['assess', '--instrument', INSTRUMENT, '--answers', ANSWERS]);
    expect(r.code, r.stderr).toBe(0);
    inert(r);
    expect(r.stdout).toMatch(/^Title �� �$/m);
  });

  it("the tool's own colours still pass, and only they", () => {
    const r = cli(['assess', '--instrument', INSTRUMENT, '--answers', ANSWERS], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\u001b\[\d+m/);
    expect(r.stdout.replace(/\u001b\[[\d;]*m/g, '')).not.toMatch(CONTROL);
  });

  it('aggregate of answers files with a hostile group name, in table format', () => {
    const dir = tempDir();
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `${i}.yaml`), readFileSync(ANSWERS));
    const r = cli(['aggregate', '--instrument', INSTRUMENT, dir, '--group-by', 'group']);
    expect(r.code, r.stderr).toBe(0);
    inert(r);
    expect(r.stdout).toMatch(/│ Team �� � � end │/);
  });

  it('aggregate of a CSV with hostile group cells and a hostile bad cell: the warning quotes it inert', () => {
    const r = cli(['aggregate', fixture(join('hostile2', 'team.csv')), '--group-by', 'team']);
    expect(r.code, r.stderr).toBe(0);
    inert(r);
    expect(r.stderr).toMatch(/team\.csv:8: sense-3: .�9�. is not on the scale/);
  });

  it('JSON output holds every control character as an escape, and gives back the text as it was', () => {
    const r = cli(['assess', '--instrument', INSTRUMENT, '--answers', ANSWERS, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    inert(r);
    expect(r.stdout).toMatch(/\\u009b/);
    const raw = parse(readFileSync(ANSWERS, 'utf8'));
    expect(JSON.parse(r.stdout).respondent).toEqual(raw.respondent);
  });

  it('validate and assess refusals quote hostile values inert', () => {
    const v = cli(['validate', fixture(join('hostile', 'terminal-id-instrument.yaml'))]);
    expect(v.code).toBe(2);
    inert(v);
    const a = cli(['assess', '--instrument', INSTRUMENT, '--answers', fixture(join('hostile', 'terminal-answer-value.yaml'))]);
    expect(a.code).toBe(2);
    inert(a);
  });
});

describe('the answers template of a hostile instrument (20)', () => {
  it('reads, with the full YAML parser, as exactly the blank answers: every id, no value pre-filled', () => {
    const r = cli(['template', '--instrument', INSTRUMENT]);
    expect(r.code, r.stderr).toBe(0);
    const doc = parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['instrument', 'answers']);
    expect(doc.instrument).toBe('hostile2');
    expect(Object.keys(doc.answers)).toEqual(IDS);
    expect(Object.values(doc.answers)).toEqual(IDS.map(() => null));
    // Every line of a statement stays a comment.
    for (const line of r.stdout.split('\n')) expect(line).toMatch(/^\s*(#.*)?$|^(instrument|answers):|^ {2}("[^"]+"|[\w.-]+):$/);
  });

  it('once filled, is scored against every id', () => {
    const r = cli(['template', '--instrument', INSTRUMENT]);
    const file = join(tempDir(), 'filled.yaml');
    writeFileSync(file, r.stdout.replace(/^( {2}\S+:)$/gm, '$1 4'));
    const a = cli(['assess', '--instrument', INSTRUMENT, '--answers', file, '--format', 'json']);
    expect(a.code, a.stderr).toBe(0);
    expect(JSON.parse(a.stdout).overall.score).toBe(100);
  });

  it('quotes an instrument id or question id that YAML would read as something else', () => {
    expect(readFileSync(INSTRUMENT, 'utf8')).toContain("id: '1.0'");
  });
});

describe('a saved workshop session (smaller items)', () => {
  it(`is refused when a statement holds more than ${MAX_VOTES} votes, as typing them would be`, () => {
    const { instrument } = builtinModel();
    const session = (n: number) => ({ ...newSession(instrument), votes: { 'sense-1': Array(n).fill(3) } });
    expect(readSession(JSON.parse(JSON.stringify(session(MAX_VOTES))), instrument)?.votes['sense-1']).toHaveLength(MAX_VOTES);
    expect(readSession(JSON.parse(JSON.stringify(session(MAX_VOTES + 1))), instrument)).toBeUndefined();
    expect(readSession(JSON.parse(JSON.stringify(session(400_000))), instrument)).toBeUndefined();
  });
});
