// The CSV as a spreadsheet reads it: LibreOffice Calc (headless) opens the spreadsheet variant (--bom) with the
// language's locale and conventions, and plain CSV with English ones; every score must come out as a number, not a
// text (a French spreadsheet reading 53.3 as text silently drops it from a sum). Calc writes what it read as flat
// ODS, where each cell says its type.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const TEAM = [join(ROOT, 'examples/team'), join(ROOT, 'examples/team-form.csv')];
/** LibreOffice's language ids for the CSV import: French (France), English (USA). */
const LOCALE = { fr: 1036, en: 1033 } as const;

/** The cells of the first sheet as Calc read them: per row, each cell's type and value (float cells carry their number). */
function openInCalc(csv: string, separator: ',' | ';', lang: keyof typeof LOCALE): { type: string; value: string }[][] {
  const dir = tempDir();
  writeFileSync(join(dir, 'doc.csv'), csv);
  // Filter options: separator, text delimiter ("), UTF-8 (76), from line 1, default column formats, the locale.
  const filter = `CSV:${separator.charCodeAt(0)},34,76,1,,${LOCALE[lang]}`;
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, `--infilter=${filter}`, '--convert-to', 'fods', '--outdir', dir, join(dir, 'doc.csv')], { stdio: 'ignore', timeout: 120_000 });
  const xml = readFileSync(join(dir, 'doc.fods'), 'utf8');
  return [...xml.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((row) =>
    [...row[1]!.matchAll(/<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].flatMap((c) => {
      const attrs = c[1]!;
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
      const type = /office:value-type="(\w+)"/.exec(attrs)?.[1] ?? 'empty';
      const value = /office:value="([^"]*)"/.exec(attrs)?.[1] ?? (c[2] ?? '').replace(/<[^>]+>/g, '').trim();
      return Array.from({ length: Math.min(repeat, 64) }, () => ({ type, value }));
    }),
  );
}

/** The CSV the installed CLI writes. */
function csv(args: string[]): string {
  const r = cli(args, { env: { SOURCE_DATE_EPOCH: '1764000000' } });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('CSV in LibreOffice Calc', () => {
  it.each([
    ['fr', ';', 'Score', 'Groupe'],
    ['en', ',', 'Score', 'Group'],
  ] as const)('the team view for a spreadsheet (--bom, %s): headers in the language, every score a number', (lang, separator, score, group) => {
    const text = csv(['aggregate', ...TEAM, '--format', 'csv', '--bom', '--lang', lang]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    if (lang === 'fr') expect(text).toMatch(/;\d+,\d;/); // the decimal comma
    const rows = openInCalc(text, separator, lang);
    const head = rows[0]!.map((c) => c.value);
    expect(head[0]).toBe(group);
    const col = head.indexOf(score);
    // Dimension rows (the statement rows, whose `statement` column is filled, carry a mean instead: numbers too).
    const statement = head.length - 3;
    // (Outcome and driver rows, `outcome:enps`, `driver:…`, may be withheld in a group: an empty cell, checked elsewhere.)
    const scores = rows.slice(1).filter((r) => r[2]?.value === 'yes' && !r[statement]?.value && !/^(outcome|driver):/.test(String(r[3]?.value))).map((r) => r[col]!);
    const means = rows.slice(1).filter((r) => r[statement]?.value && r[statement + 1]?.value).map((r) => r[statement + 1]!);
    expect(means.length).toBeGreaterThan(20);
    expect(means.filter((c) => c.type !== 'float')).toEqual([]);
    expect(scores.length).toBeGreaterThan(20);
    expect(scores.filter((c) => c.type !== 'float')).toEqual([]);
    // A decimal survived as a decimal: 53.3 is not read as 533 nor as a date.
    expect(scores.some((c) => !Number.isInteger(Number(c.value)) && Number(c.value) < 100)).toBe(true);
  });

  it('the result for a spreadsheet in French: scores and answered counts are numbers', () => {
    const rows = openInCalc(csv(['assess', '--answers', join(ROOT, 'examples/answers.yaml'), '--format', 'csv', '--bom', '--lang', 'fr']), ';', 'fr');
    const head = rows[0]!.map((c) => c.value);
    expect(head.slice(0, 5)).toEqual(['Type', 'Identifiant', 'Libellé', 'Dimension', 'Score']);
    const dims = rows.filter((r) => r[0]!.value === 'dimension' || r[0]!.value === 'overall');
    expect(dims.map((r) => r[4]!.type)).toEqual(dims.map(() => 'float'));
  });

  it('plain CSV stays RFC 4180 for machines (ids as headers, "." and ","), and reads as numbers with English conventions', () => {
    const text = csv(['aggregate', ...TEAM, '--format', 'csv', '--lang', 'fr']);
    expect(text.startsWith('group,respondents,shown,dimension,label,score,')).toBe(true);
    expect(text).toMatch(/,\d+\.\d,/);
    const rows = openInCalc(text, ',', 'en');
    const col = rows[0]!.findIndex((c) => c.value === 'score');
    const statement = rows[0]!.findIndex((c) => c.value === 'statement');
    // (Outcome and driver rows, `outcome:enps`, `driver:…`, may be withheld in a group: an empty cell, checked elsewhere.)
    const scores = rows.slice(1).filter((r) => r[2]?.value === 'yes' && !r[statement]?.value && !/^(outcome|driver):/.test(String(r[3]?.value))).map((r) => r[col]!);
    expect(scores.filter((c) => c.type !== 'float')).toEqual([]);
  });
});
