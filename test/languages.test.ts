// A language is one folder (src/i18n/<lang>/: its catalog and its locale) and one line in src/i18n/languages.ts.
// Proof: German, from the folder test/fixtures/i18n/de/, added to that list and nothing else; a result, a CSV for a
// spreadsheet and a room page then come out in German, with German conventions, and English where its partial
// catalog has no word (the explicit fallback). And the JSON schemas name exactly the languages of the list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { assess } from '../src/commands/assess.js';
import type { Lang } from '../src/i18n/index.js';
import type * as Languages from '../src/i18n/languages.js';
import { builtinModel } from '../src/io/load.js';
import { langOfAcceptLanguage, participantPage } from '../src/room/pages.js';
import { parseSubmission, RoomState } from '../src/room/state.js';
import { tempDir } from './helpers/cli.js';
import { testContext } from './helpers/context.js';

vi.mock('../src/i18n/languages.js', async (importOriginal) => {
  const real = await importOriginal<typeof Languages>();
  const de = await import('./fixtures/i18n/de/index.js');
  const LANGUAGES = { ...real.LANGUAGES, de };
  // The same function as the real one, over the longer list.
  const entryOf = (lang: string, code: string) => (LANGUAGES as Record<string, { catalog: Record<string, unknown> }>)[lang]!.catalog[code] ?? real.LANGUAGES.en.catalog[code as 'app.internal'];
  return { ...real, LANGUAGES, entryOf };
});

const SAMPLE = join(import.meta.dirname, '..', 'examples', 'answers.yaml');
const de = 'de' as Lang;

/** What a command writes on stdout, run in-process. */
async function stdoutOf(run: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  try {
    return { code: await run(), out };
  } finally {
    spy.mockRestore();
  }
}

describe('a third language from one folder', () => {
  it('gives a result in German, English where its catalog has no word, with the decimal comma', async () => {
    const { code, out } = await stdoutOf(() => assess(testContext({ env: { SOURCE_DATE_EPOCH: '1764547200' } }), { answers: SAMPLE, lang: 'de' }));
    expect(code).toBe(0);
    expect(out).toMatch(/Gesamtergebnis/);
    expect(out).toMatch(/Punktzahl/);
    expect(out).toMatch(/53,0/);
    expect(out).toMatch(/Start here/); // (no German word for it: the fallback's)
  });

  it('writes a CSV for a German spreadsheet: semicolons and decimal commas', async () => {
    const file = join(tempDir(), 'r.csv');
    await stdoutOf(() => assess(testContext(), { answers: SAMPLE, lang: 'de', output: file, bom: true }));
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toMatch(/;33,3;/);
    expect(text).not.toMatch(/33\.3/);
  });

  it('serves the room in German to a German browser and takes its posts', async () => {
    const { instrument } = builtinModel();
    const state = new RoomState(instrument);
    expect(langOfAcceptLanguage('de-CH,de;q=0.9,en;q=0.5')).toBe('de');
    const page = participantPage({ state, base: '/j/x', lang: de, minComments: 8 }, { kind: 'intro' }, undefined);
    expect(page).toMatch(/<html lang="de"/);
    expect(parseSubmission('nav=next&step=0&lang=de', state)?.lang).toBe('de');
    expect(parseSubmission('nav=next&step=0&lang=xx', state)).toBeUndefined();
  });
});

describe('the JSON schemas', () => {
  it('name exactly the languages of src/i18n/languages.ts', async () => {
    const real = await vi.importActual<typeof Languages>('../src/i18n/languages.js');
    const dir = join(import.meta.dirname, '..', 'schemas');
    const enums: string[][] = [];
    const walk = (node: unknown, key?: string): void => {
      if (!node || typeof node !== 'object') return;
      if (key === 'language' && Array.isArray((node as { enum?: unknown }).enum)) enums.push((node as { enum: string[] }).enum);
      for (const [k, v] of Object.entries(node)) walk(v, k);
    };
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.schema.json'))) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    expect(enums.length).toBeGreaterThanOrEqual(6);
    for (const e of enums) expect([...e].sort()).toEqual(Object.keys(real.LANGUAGES).sort());
  });
});
