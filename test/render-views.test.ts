// The rendering layer seen from its entry points: the registry, the views every format reads, the words of each
// language (French numbers, plurals, dates), notes as text, JSON with coded messages, CSV for spreadsheets, the template.
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Result } from '../src/core/result.js';
import type { Aggregate } from '../src/team/aggregate.js';
import { buildQuestionnaire } from '../src/core/questionnaire.js';
import type { Instrument, Lang } from '../src/core/types.js';
import { toJson } from '../src/render/json/index.js';
import { extensionsOf, formatOfExtension, formatsOf, render } from '../src/render/registry.js';
import type { RenderOptions } from '../src/render/options.js';
import { noteText } from '../src/render/view/notes.js';
import { renderTemplateYaml } from '../src/render/yaml/template.js';

const renderTemplate = (instrument: Instrument, lang: Lang) => renderTemplateYaml(buildQuestionnaire(instrument, lang, ''));
import { strengthsAndPriorities, HIGHLIGHTS } from '../src/render/view/highlights.js';
import { resultView } from '../src/render/view/result.js';
import { cli, fixture } from './helpers/cli.js';
import { ex25 } from './helpers/model.js';

const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'answers.yaml');
const DEC_1 = String(Date.UTC(2026, 11, 1, 9) / 1000); // 1 December 2026
const opts = (lang: 'fr' | 'en', more: Partial<RenderOptions> = {}): RenderOptions => ({ lang, width: 80, bom: false, ...more });

function json<T>(args: string[]): T {
  const r = cli([...args, '--format', 'json'], { env: { SOURCE_DATE_EPOCH: DEC_1 } });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}
const resultFr = json<Result>(['assess', '--answers', EXAMPLE, '--lang', 'fr']);
const resultEn = json<Result>(['assess', '--answers', EXAMPLE, '--lang', 'en']);
const teamFr = json<Aggregate>(['aggregate', fixture('team/folder'), fixture('csv/form-ids.csv'), '--min-group', '2', '--lang', 'fr']);

/** A result keeping only some dimensions (and their recommendations). */
function withDimensions(r: Result, n: number): Result {
  const ids = new Set(r.dimensions.slice(0, n).map((d) => d.id));
  const recommendations = r.recommendations.filter((x) => ids.has(x.dimension)).map((x, i) => ({ ...x, priority: i + 1 }));
  return { ...r, dimensions: r.dimensions.filter((d) => ids.has(d.id)), recommendations };
}

describe('the registry', () => {
  it('is the one table of documents and formats', () => {
    expect(formatsOf('result')).toEqual(['table', 'json', 'markdown', 'html', 'csv', 'pdf']);
    // A PDF is the HTML printed: a document without an HTML report has none.
    expect(formatsOf('questionnaire')).toEqual(['table', 'json', 'markdown', 'csv']);
    expect(formatOfExtension('mirror', '.pdf')).toBe('pdf');
    expect(formatsOf('template')).toEqual(['yaml']);
    expect(formatOfExtension('questionnaire', '.html')).toBeUndefined();
    expect(formatOfExtension('aggregate', '.MD')).toBe('markdown');
    expect(extensionsOf('comparison')).toContain('.htm');
  });

  it('renders the answers template in YAML, the same file the template command writes', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const yaml = await render('template', buildQuestionnaire(ex25, lang, ''), 'yaml', opts(lang));
      expect(yaml).toBe(renderTemplate(ex25, lang));
      expect(yaml.match(/^ {2}[a-z]+-\d+:$/gm)).toHaveLength(25);
    }
    // The French words now have typographic apostrophes and no-break spaces; the English file is the command's, byte for byte.
    expect(renderTemplate(ex25, 'fr')).toContain('# Répondez à chaque affirmation par une valeur de l’échelle\u00a0:');
    expect(renderTemplate(ex25, 'en')).toBe(cli(['template', '--lang', 'en']).stdout);
  });
});

describe('strengths and priorities', () => {
  it('name at most two of each: the weakest dimensions, then the strongest others', () => {
    expect(HIGHLIGHTS).toBe(2);
    const { strengths, priorities } = strengthsAndPriorities(resultEn);
    expect(priorities.map((d) => d.id)).toEqual(['sense', 'image']);
    expect(strengths.map((d) => d.id)).toEqual(['fulfilment', 'ecosystem']);
    expect(strengthsAndPriorities(withDimensions(resultEn, 3))).toMatchObject({ priorities: { length: 2 }, strengths: { length: 1 } });
    expect(strengthsAndPriorities(withDimensions(resultEn, 1))).toMatchObject({ priorities: { length: 0 }, strengths: { length: 0 } });
  });

  it('on ties: never a strength at the score of a priority, none at all when every score is the same, and the tie said', () => {
    const at = (scores: number[]) => ({ ...resultEn, recommendations: [], dimensions: resultEn.dimensions.map((d, i) => ({ ...d, score: scores[i]! })) });
    const four = strengthsAndPriorities(at([50, 66.7, 66.7, 66.7, 66.7]));
    expect(four.priorities.map((d) => d.id)).toEqual(['sense', 'fulfilment']);
    expect(four.strengths).toEqual([]);
    expect(four.tied.priorities.map((d) => d.id)).toEqual(['connections', 'image', 'ecosystem']);
    expect(strengthsAndPriorities(at([60, 60, 60, 60, 60]))).toMatchObject({ priorities: [], strengths: [] });
    const spread = strengthsAndPriorities(at([40, 50, 60, 70, 70]));
    expect(spread.strengths.map((d) => d.id)).toEqual(['image', 'ecosystem']);
    expect(spread.tied.strengths).toEqual([]);
  });

  it('are two and two in the Markdown and the HTML report', async () => {
    const md = await render('result', resultEn, 'markdown', opts('en'));
    const section = (title: string) => md.split(`## ${title}\n\n`)[1]!.split('\n\n')[0]!.split('\n');
    expect(section('Strengths')).toHaveLength(2);
    expect(section('Priorities')).toHaveLength(2);
    const html = await render('result', resultEn, 'html', opts('en'));
    for (const id of ['strengths', 'priorities']) expect(html.split(`<h2 id="${id}">`)[1]!.split('</ul>')[0]!.match(/<li>/g)).toHaveLength(2);
  });
});

describe('French in the human formats', () => {
  it('writes decimal commas, the date with "1er", no-break spaces and real plurals in table, Markdown and HTML', async () => {
    for (const format of ['table', 'markdown', 'html'] as const) {
      const out = await render('result', resultFr, format, opts('fr'));
      expect(out, format).toContain('53,0');
      const text = out.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]*>/g, ' '); // what a reader sees
      expect(text, format).not.toMatch(/(?<![\d.])\d+\.\d(?![\d.])/); // no decimal point (versions like 1.0.0 aside)
      expect(text, format).toMatch(/\S\u00a0:/);
      expect(text, format).not.toMatch(/\S [:;!?»]/); // never a plain space before French punctuation
      if (format !== 'table') expect(out, format).toContain('1er décembre 2026');
      const team = await render('aggregate', teamFr, format, opts('fr', { width: 200 })); // wide enough for the shares column
      expect(team, format).toMatch(/1 répondant\u00a0: sous le seuil/);
      expect(team, format).toMatch(/3 répondants\u00a0: assez, mais masqué /); // north: hidden by subtraction (issue 19 point 6)
      expect(team, format).not.toMatch(/répondant\(s\)/);
      expect(team, format).toMatch(/\d+\u00a0%\u00a0\(\d+–\d+\)( · |<br>)\d+\u00a0%/); // shares with their Wilson interval (HTML: one a line)
      if (format !== 'table') expect(team, format).toContain('1er décembre 2026');
    }
  });

  it('speaks English with decimal points, "60%" and "1 December 2026"', async () => {
    const md = await render('result', resultEn, 'markdown', opts('en'));
    expect(md).toContain('53.0 / 100');
    expect(md).toContain('1 December 2026');
    expect(md).toContain('at least 60% of its statements');
  });

  it('keeps decimal points in JSON and CSV, and uses the spreadsheet conventions with --bom', async () => {
    expect(await render('result', resultFr, 'json', opts('fr'))).toContain('"score": 33.3');
    const dimensionLine = (csv: string) => csv.split('\r\n').find((l) => /^dimension[,;]/.test(l));
    const plain = await render('result', resultFr, 'csv', opts('fr'));
    expect(dimensionLine(plain)).toBe('dimension,sense,Sens,sense,33.3,1,Émergent,5,5,,,,,');
    const fr = await render('result', resultFr, 'csv', opts('fr', { bom: true }));
    expect(fr.charCodeAt(0)).toBe(0xfeff);
    expect(dimensionLine(fr)).toBe('dimension;sense;Sens;sense;33,3;1;Émergent;5;5;;;;;');
    const en = await render('result', resultEn, 'csv', opts('en', { bom: true }));
    expect(dimensionLine(en)).toBe(`dimension,sense,${resultEn.dimensions[0]!.label},sense,33.3,1,Emerging,5,5,,,,,`);
    const team = parse(await render('aggregate', teamFr, 'csv', opts('fr', { bom: true })), { bom: true, delimiter: ';' }) as string[][];
    expect(team[1]![5]).toMatch(/^\d+(,\d)?$/);
  });
});

describe('notes and warnings', () => {
  const coded = { code: 'render.hidden', params: { n: 1, min: 5 } } as const;

  it('turn into text through one helper, with the typography of the language', () => {
    expect(noteText(coded, 'en')).toBe('1 respondent: below the threshold of 5, nothing else is shown');
    expect(noteText(coded, 'fr')).toBe('1 répondant\u00a0: sous le seuil de 5, rien d’autre n’est montré');
  });

  it('keep their code in JSON, with the message beside a coded one', () => {
    const doc = { notes: [coded, { code: 'note.noMatrix' }], warning: coded, anonymity: { minGroup: 2, warning: null } };
    expect(toJson(doc, 'en')).toEqual({
      notes: [{ ...coded, message: '1 respondent: below the threshold of 5, nothing else is shown' }, { code: 'note.noMatrix', message: 'No recommendations: this instrument has no action matrix (pass one with --matrix).' }],
      warning: { ...coded, message: '1 respondent: below the threshold of 5, nothing else is shown' },
      anonymity: { minGroup: 2, warning: null },
    });
  });

  it('are shown in every human format (the foundation note of the example)', async () => {
    const v = resultView(resultEn);
    expect(v.notes).toHaveLength(1);
    for (const format of ['table', 'markdown', 'html'] as const) expect(await render('result', resultEn, format, opts('en'))).toContain('the foundation dimension');
  });
});
