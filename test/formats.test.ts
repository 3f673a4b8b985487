// A format is registered once (src/render/registry.ts): its extensions and its label come with it, and the interview's
// save menu and the extension map are derived from that entry, so a new format can't be offered without a label or
// proposed under a name without an extension.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { offerToSave } from '../src/commands/interview/save.js';
import { buildResult } from '../src/core/result.js';
import { scoreSheet } from '../src/core/score.js';
import { format, LANGS, msg } from '../src/i18n/index.js';
import { ALL_FORMATS, FORMAT_INFO, type AnyFormat, formatOfExtension, formatsOf, type DocumentKind } from '../src/render/registry.js';
import { tempDir } from './helpers/cli.js';
import { testContext } from './helpers/context.js';
import { scriptedPrompter, ENTER } from './helpers/interview-fake.js';
import { ex25, ex25Matrix, sheet } from './helpers/model.js';

const KINDS: DocumentKind[] = ['result', 'aggregate', 'comparison', 'questionnaire', 'template', 'mirror', 'mirrorComparison'];

describe('every format', () => {
  it('that a document offers has an extension that means it and a label in every language', () => {
    for (const kind of KINDS) {
      for (const f of formatsOf(kind) as AnyFormat[]) {
        const { extensions, label } = FORMAT_INFO[f];
        for (const ext of extensions) expect(formatOfExtension(kind, ext), `${kind} ${ext}`).toBe(f);
        for (const lang of LANGS) {
          const text = format(msg(label), lang);
          expect(text.trim(), `${f} in ${lang}`).not.toBe('');
          expect(text).not.toBe(label);
        }
      }
    }
    // No two formats share an extension.
    const all = ALL_FORMATS.flatMap((f) => FORMAT_INFO[f].extensions);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("the interview's save menu", () => {
  it('offers each format of a result but the table under its label, and proposes a dated name with its extension', async () => {
    const cwd = tempDir();
    const answers = sheet(Array.from({ length: 5 }, () => [3, 3, 3, 3, 3]));
    const result = buildResult(ex25, ex25Matrix, answers, scoreSheet(ex25, answers), { tool: { name: 't', version: '1' }, lang: 'en', generatedAt: '2026-03-04T10:00:00Z', schemaUrl: 'x' });
    const prompter = scriptedPrompter(['CSV', ENTER, 'No, finish']);
    const out = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await offerToSave(testContext({ cwd }), result, { lang: 'en', langKnown: true, format: 'table', bom: false }, prompter);
    } finally {
      out.mockRestore();
    }
    // PDF is offered only when a browser is found (the test context has none: pdf-cli.test.ts covers it).
    expect(prompter.asked[0]!.choices).toEqual([...formatsOf('result').filter((f) => f !== 'table' && f !== 'pdf').map((f) => format(msg(FORMAT_INFO[f].label), 'en')), 'No, finish']);
    expect(prompter.asked[0]!.choices[0]).toBe('JSON — the data, to compare later (ex-maturity compare)');
    expect(prompter.asked[1]!.default).toBe('ex-maturity-2026-03-04.csv');
    expect(existsSync(join(cwd, 'ex-maturity-2026-03-04.csv'))).toBe(true);
    expect(readFileSync(join(cwd, 'ex-maturity-2026-03-04.csv'), 'utf8')).toMatch(/^\uFEFF?\w+,/);
  });
});
