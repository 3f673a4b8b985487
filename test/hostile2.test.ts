// Injection through the texts and ids of user files (issue 11, points 18–20): Markdown stays inert, terminals get no
// control sequence, the answers template stays a blank answers file whatever the statements say.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { code, escapeMarkdown, paragraph } from '../src/render/markdown/escape.js';
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
