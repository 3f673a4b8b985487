// `--format pdf` as a user meets it, through the installed binary: the same HTML printed by the browser found on the
// machine (or --browser), page counts as the HTML prints; without a browser, exit 2 naming what was looked for and
// nothing written; never a download.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const ANSWERS = join(ROOT, 'examples', 'answers.yaml');
const ENV = { SOURCE_DATE_EPOCH: '1764000000' };
const pages = (file: string) => (readFileSync(file).toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

describe('--format pdf', () => {
  it('prints a result on 2 A4 pages and a comparison on 1, with the browser found in PATH (format from the extension)', () => {
    const dir = tempDir();
    const result = join(dir, 'result.pdf');
    const r = cli(['assess', '--answers', ANSWERS, '--lang', 'fr', '--output', result], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(result);
    expect(readFileSync(result).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages(result)).toBe(2);
    const change = join(dir, 'change.pdf');
    expect(cli(['compare', join(ROOT, 'examples/results/2025.json'), join(ROOT, 'examples/results/2026.json'), '--format', 'pdf', '--output', change], { env: ENV }).code).toBe(0);
    expect(pages(change)).toBe(1);
  });

  it('with no browser anywhere: exit 2, what was looked for and how to install one, no file', () => {
    const dir = tempDir();
    const out = join(dir, 'result.pdf');
    const r = cli(['assess', '--answers', ANSWERS, '--output', out], { env: { ...ENV, PATH: dir } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/none was found: looked for chromium, chromium-browser, google-chrome/);
    expect(r.stderr).toContain('sudo apt-get install chromium');
    expect(r.stderr).toContain('--browser PATH');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a --browser that is not a program, and a PDF without --output, with exit 2', () => {
    const bad = cli(['assess', '--answers', ANSWERS, '--output', join(tempDir(), 'r.pdf'), '--browser', join(ROOT, 'README.md')], { env: ENV });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--browser .*README\.md: there is no program to run there/);
    const stdout = cli(['assess', '--answers', ANSWERS, '--format', 'pdf'], { env: ENV });
    expect(stdout.code).toBe(2);
    expect(stdout.stderr).toContain('--format pdf writes a file: add --output FILE.pdf.');
    expect(stdout.stdout).toBe('');
  });

  it('is offered by help for every document with an HTML report, not for the questionnaire', () => {
    expect(cli(['aggregate', '--help']).stdout).toMatch(/--format <format>\s+table, json, markdown, html, csv, pdf/);
    expect(cli(['aggregate', '--help']).stdout).toContain('--browser <path>');
    expect(cli(['questions', '--help']).stdout).not.toContain('pdf');
  });
});
