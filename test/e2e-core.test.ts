// The core capability, as a user meets it: the binary installed from the packed tarball, run on files.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, tempDir } from './helpers/cli.js';

const sample = join(import.meta.dirname, '..', 'examples', 'answers.yaml');
const sampleText = readFileSync(sample, 'utf8');

/** A user mistake: exit 2, a message on stderr, nothing on stdout, no stack trace. */
function expectUserError(r: { code: number | null; stdout: string; stderr: string }, message: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/internal error/);
}

function withFile(name: string, content: string | Buffer): string {
  const file = join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}

describe('assess', () => {
  it('shows the overall level first, the dimensions, then the plan weakest first', () => {
    const r = cli(['assess', '--answers', sample]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    const flat = out.replace(/\s+/g, ' ');
    expect(out).toMatch(/Overall result: Level 2\/3 · Developing\s+53\.0 \/ 100/);
    expect(flat).toMatch(/! Purpose, the foundation dimension, is at a lower level \(1\) than the overall result \(2\)/);
    expect(out).toMatch(/│ Purpose\s+│\s+33\.3 │ █+[▏▎▍▌▋▊▉]?░+ │ 1 Emerging/);
    expect(out).toMatch(/│ Connections\s+│\s+58\.3 │.*│\s+4\/5 │/);
    // "Start here" comes right after the table (the top fits one 80×24 screen): one action from each of the three weakest dimensions.
    const start = out.indexOf('Start here');
    expect(start).toBeGreaterThan(out.indexOf('│ Ecosystem'));
    expect(out.slice(start, out.indexOf('Action plan'))).toMatch(/1\. .* — Purpose[\s\S]*2\. .* — Image[\s\S]*3\. .* — Connections/);
    const order = ['1. Purpose', '2. Image', '3. Connections', '4. Fulfilment', '5. Ecosystem'].map((s) => out.indexOf(s, out.indexOf('Action plan')));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
    expect(out).not.toMatch(/\x1b\[/);
  });

  it('speaks French with --lang fr or a French locale', () => {
    expect(cli(['assess', '--answers', sample, '--lang', 'fr']).stdout).toMatch(/Résultat global\u00a0: Niveau 2\/3 · En structuration/);
    expect(cli(['assess', '--answers', sample], { env: { LANG: 'fr_FR.UTF-8' } }).stdout).toMatch(/Plan d’action/);
    expect(cli(['assess', '--answers', sample], { env: { LANG: 'fr_FR.UTF-8', LC_ALL: 'en_GB.UTF-8' } }).stdout).toMatch(/Action plan/);
  });

  it('writes strict JSON, byte-identical for identical input when SOURCE_DATE_EPOCH is set', () => {
    const env = { SOURCE_DATE_EPOCH: '1767225600' };
    const a = cli(['assess', '--answers', sample, '--format', 'json'], { env });
    const b = cli(['assess', '--answers', '-', '--format', 'json'], { env, input: sampleText });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const j = JSON.parse(a.stdout);
    expect(j).toMatchObject({ schemaVersion: 1, tool: { name: 'ex-maturity' }, instrument: { id: 'ex-25', version: '3.0.1' }, language: 'en', generatedAt: '2026-01-01T00:00:00.000Z', respondent: { group: 'leadership' } });
    expect(j.dimensions.map((d: any) => [d.id, d.score, d.level, d.answered, d.total])).toEqual([
      ['sense', 33.3, 1, 5, 5], ['fulfilment', 66.7, 2, 5, 5], ['connections', 58.3, 2, 4, 5], ['image', 40, 1, 5, 5], ['ecosystem', 66.7, 2, 5, 5],
    ]);
    expect(j.overall).toMatchObject({ score: 53, level: 2, levelLabel: 'Developing' });
    expect(j.recommendations.map((x: any) => [x.dimension, x.priority])).toEqual([['sense', 1], ['image', 2], ['connections', 3], ['fulfilment', 4], ['ecosystem', 5]]);
    expect(j.recommendations[0].actions[0]).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), detail: expect.any(String), horizon: expect.stringMatching(/^(quick-win|3-months|12-months)$/), owner: expect.stringMatching(/^(leadership|hr|managers)$/), status: 'to-do' }));
    expect(j.focus).toEqual([j.recommendations[0].actions[0].id, j.recommendations[1].actions[0].id, j.recommendations[2].actions[0].id]);
    expect(j.moments.map((m: any) => m.id)).toEqual(['before', 'during', 'after']);
    expect(j.answers['connections-4']).toBeNull();
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a time, in one paragraph, before anything is written', () => {
    for (const [value, lang] of [['next week', 'en_US.UTF-8'], ['99999999999999999', 'fr_FR.UTF-8']] as const) {
      const r = cli(['assess', '--answers', sample, '--format', 'json'], { env: { SOURCE_DATE_EPOCH: value, LANG: lang } });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(value);
      expect(r.stderr.replace(/\s+/g, ' ')).toMatch(lang.startsWith('fr') ? /^ex-maturity: SOURCE_DATE_EPOCH vaut « 99999999999999999 » : ce doit être un nombre entier de secondes/ : /^ex-maturity: SOURCE_DATE_EPOCH is "next week": it must be a whole number of seconds/);
      expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    }
    expect(JSON.parse(cli(['assess', '--answers', sample, '--format', 'json'], { env: { SOURCE_DATE_EPOCH: '' } }).stdout).generatedAt).toMatch(/^20\d\d-/);
  });

  it('accepts its own result JSON as answers', () => {
    const json = cli(['assess', '--answers', sample, '--format', 'json']).stdout;
    const again = cli(['assess', '--answers', withFile('result.json', json), '--format', 'json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).overall.score).toBe(53);
  });

  it('gates a pipeline on the unrounded overall score and level', () => {
    expect(cli(['assess', '--answers', sample, '--fail-under', '53']).code).toBe(0);
    const under = cli(['assess', '--answers', sample, '--fail-under', '53.1', '--format', 'json']);
    expect(under.code).toBe(1);
    expect(JSON.parse(under.stdout).overall.score).toBe(53);
    expect(under.stderr).toMatch(/Gate not met: the overall score 53\.0 is below --fail-under 53\.1/);
    expect(cli(['assess', '--answers', sample, '--min-level', '2']).code).toBe(0);
    const level = cli(['assess', '--answers', sample, '--min-level', '3']);
    expect(level.code).toBe(1);
    expect(level.stderr).toMatch(/overall level 2 is below --min-level 3/);
    expectUserError(cli(['assess', '--answers', sample, '--min-level', '4']), /the instrument has only 3 levels/);
    expectUserError(cli(['assess', '--answers', sample, '--fail-under', 'lots']), /--fail-under lots: give a number between 0 and 100/);
  });

  it('fails a gate when there is no overall score, and says why', () => {
    const allUnknown = sampleText.replace(/^(  [a-z]+-\d): .*$/gm, '$1: null');
    const r = cli(['assess', '--answers', '-', '--min-level', '1'], { input: allUnknown });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Overall result: not scored/);
    expect(r.stderr).toMatch(/Gate not met: there is no overall result/);
  });

  it('writes --output atomically in the format of its extension, and refuses an unknown extension before any work', () => {
    const dir = tempDir();
    const r = cli(['assess', '--answers', sample, '--output', join(dir, 'result.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Saved: .*result\.json/);
    expect(JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')).overall.level).toBe(2);
    expect(readdirSync(dir)).toEqual(['result.json']);
    expectUserError(cli(['assess', '--answers', 'missing.yaml', '--output', join(dir, 'result.docx')]), /--output .*result\.docx: the extension "\.docx" does not say which format/);
    expectUserError(cli(['assess', '--answers', sample, '--output', join(dir, 'no', 'such', 'dir', 'r.json')]), /Cannot write .*r\.json/);
  });

  it('scores a custom instrument on a 0–10 scale, without recommendations unless a matrix is given', () => {
    const bare = cli(['assess', '--instrument', fixture('custom-instrument.yaml'), '--answers', fixture('custom-answers.yaml'), '--format', 'json']);
    expect(bare.code).toBe(0);
    const j = JSON.parse(bare.stdout);
    expect(j.dimensions.map((d: any) => [d.score, d.level])).toEqual([[80, 4], [16.7, 1]]);
    expect(j.overall).toMatchObject({ score: 48.3, level: 2, levelLabel: 'Growing' });
    expect(j.recommendations).toEqual([]);
    expect(j.notes.map((n: any) => n.code)).toContain('note.noMatrix');
    const table = cli(['assess', '--instrument', fixture('custom-instrument.yaml'), '--answers', fixture('custom-answers.yaml')]);
    expect(table.stdout).toMatch(/No recommendations: this instrument has no action matrix/);
    const withMatrix = cli(['assess', '--instrument', fixture('custom-instrument.yaml'), '--matrix', fixture('custom-matrix.yaml'), '--answers', fixture('custom-answers.yaml'), '--format', 'json']);
    expect(JSON.parse(withMatrix.stdout).recommendations.map((x: any) => [x.dimension, x.actions.map((a: any) => a.id)])).toEqual([['care', ['k1']], ['clarity', []]]);
  });
});

describe('bad input: exit 2, one clear message naming the file and the line', () => {
  const answersWith = (edit: (s: string) => string) => withFile('answers.yaml', edit(sampleText));
  const lineOf = (s: string, needle: string) => s.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it.each([
    ['a missing file', () => 'nowhere/answers.yaml', /File not found: nowhere\/answers\.yaml/],
    ['an empty file', () => withFile('empty.yaml', '\n  \n'), /empty\.yaml is empty/],
    ['a binary file', () => withFile('photo.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])), /photo\.yaml is not a UTF-8 text file/],
    ['malformed YAML', () => withFile('bad.yaml', 'answers:\n  sense-1: [4\n  sense-2: 3\n'), /bad\.yaml:\d+: invalid syntax/],
    ['malformed JSON', () => withFile('bad.json', '{"answers": {"sense-1": 4,}'), /bad\.json:1: invalid syntax/],
    ['a YAML alias bomb', () => fixture('alias-bomb.yaml'), /too many YAML aliases/],
    ['a file that is not a mapping', () => withFile('list.yaml', '- 1\n- 2\n'), /The answers file must be a mapping/],
  ])('refuses %s', (_name, file, message) => {
    expectUserError(cli(['assess', '--answers', file()]), message);
  });

  it('names the line of a value off the scale, an unknown id and a duplicate key', () => {
    const off = answersWith((s) => s.replace('sense-3: 2', 'sense-3: 7'));
    expectUserError(cli(['assess', '--answers', off]), new RegExp(`answers\\.yaml:${lineOf(sampleText, 'sense-3:')}: "sense-3": 7 is not on the scale: choose among 1, 2, 3, 4 or null`));
    const unknown = answersWith((s) => s.replace('sense-3: 2', 'sense-3: 2\n  sense-9: 2'));
    expectUserError(cli(['assess', '--answers', unknown]), new RegExp(`answers\\.yaml:${lineOf(sampleText, 'sense-3:') + 1}: "sense-9" is not a question`));
    const dup = answersWith((s) => s.replace('sense-3: 2', 'sense-3: 2\n  sense-3: 4'));
    expectUserError(cli(['assess', '--answers', dup]), new RegExp(`answers\\.yaml:${lineOf(sampleText, 'sense-3:') + 1}: a key appears twice`));
  });

  it('lists every missing id at once, and tells a blank from "don\'t know"', () => {
    const missing = answersWith((s) => s.replace(/^  (sense-2|image-4|ecosystem-5):.*\n/gm, ''));
    expectUserError(cli(['assess', '--answers', missing]), /3 answers missing: sense-2, image-4, ecosystem-5/);
    const blank = answersWith((s) => s.replace('sense-3: 2', 'sense-3:'));
    expectUserError(cli(['assess', '--answers', blank]), /"sense-3": answer left blank/);
    const unknown = answersWith((s) => s.replace('sense-3: 2', 'sense-3: ?').replace('sense-4: 1', 'sense-4: ~'));
    expect(cli(['assess', '--answers', unknown]).code).toBe(0);
  });

  it('refuses a huge file without reading it', () => {
    const big = withFile('huge.yaml', Buffer.alloc(11 * 1024 * 1024, 0x61));
    expectUserError(cli(['assess', '--answers', big]), /huge\.yaml is too big \(11\.0 MB, at most 10 MB\)/);
  });

  it('says in French what is wrong when the user works in French', () => {
    expectUserError(cli(['assess', '--answers', 'absent.yaml', '--lang', 'fr']), /Fichier introuvable\s: absent\.yaml/);
  });

  it('refuses unknown options, commands and missing values as usage errors', () => {
    expectUserError(cli(['assess', '--answer', sample]), /unknown option: --answer/);
    expectUserError(cli(['asses']), /unknown command: asses/);
    expectUserError(cli(['assess', '--answers']), /--answers <file> needs a value/);
    expectUserError(cli(['assess']), /Missing --answers FILE/);
    expectUserError(cli(['assess', '--answers', sample, '--format', 'docx']), /--format docx: unknown format/);
    expectUserError(cli(['assess', '--answers', sample, '--lang', 'de']), /--lang de: unknown language/);
  });
});

describe('no terminal, never a hang', () => {
  it('exits 2 at once from the interview, pointing to assess --answers', () => {
    for (const args of [[], ['run']]) {
      expectUserError(cli(args), /No terminal.*ex-maturity assess --answers answers\.yaml/);
    }
    expectUserError(cli([], { env: { CI: 'true' } }), /No terminal/);
  });
});

describe('questions, template, validate', () => {
  it('prints the questionnaire as JSON in the chosen language', () => {
    const j = JSON.parse(cli(['questions', '--format', 'json', '--lang', 'fr']).stdout);
    expect(j).toMatchObject({ instrument: { id: 'ex-25', version: '3.0.1' }, language: 'fr', dontKnow: { label: 'Je ne sais pas', meaning: expect.stringMatching(/constat/) } });
    expect(j.intro).toMatch(/quel que soit leur contrat/);
    expect(j.scale.map((p: any) => p.value)).toEqual([1, 2, 3, 4]);
    expect(j.scale[0]).toEqual({ value: 1, label: 'Pas du tout d’accord', meaning: 'Jamais ou presque jamais' });
    expect(j.dimensions.map((d: any) => d.id)).toEqual(['sense', 'fulfilment', 'connections', 'image', 'ecosystem']);
    expect(j.dimensions.flatMap((d: any) => d.questions.map((q: any) => q.id))).toHaveLength(25);
  });

  it('prints the questionnaire for reading, every statement numbered', () => {
    const r = cli(['questions']);
    expect(r.code).toBe(0);
    // The scale is explained before the first statement, and who "employees" are.
    expect(r.stdout).toMatch(/Scale:\n  1 = Strongly disagree \(never or almost never\)\n[\s\S]*  4 = Strongly agree \(true everywhere or almost everywhere\)\n  \? = Don’t know/);
    expect(r.stdout.indexOf('whatever their')).toBeLessThan(r.stdout.indexOf(' 1. '));
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/ 25\. [^()]+\(ecosystem-5\)/);
  });

  it('writes a template that is refused while blank and scores once filled', () => {
    const dir = tempDir();
    const file = join(dir, 'answers.yaml');
    expect(cli(['template', '--output', file]).code).toBe(0);
    const blank = readFileSync(file, 'utf8');
    expect(blank).toMatch(/^#\s+1 = Strongly disagree \(never or almost never\)$/m);
    expect(blank).toMatch(/# Our mission is explained to candidates during recruitment\./);
    expectUserError(cli(['assess', '--answers', file]), /invalid answers file \(25 problems\)/);
    writeFileSync(file, blank.replace(/^(  [a-z]+-\d):$/gm, '$1: 4'));
    const j = JSON.parse(cli(['assess', '--answers', file, '--format', 'json']).stdout);
    expect(j.overall).toMatchObject({ score: 100, level: 3 });
  });

  it('validates good files and explains every problem of bad ones, with lines', () => {
    const good = cli(['validate', 'questions/ex-25.yaml', 'action-matrix/ex-25.yaml', sample, fixture('custom-instrument.yaml'), fixture('custom-matrix.yaml'), fixture('custom-answers.yaml')], { cwd: join(import.meta.dirname, '..') });
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/✓ questions\/ex-25\.yaml: instrument ex-25 3\.0\.1 \(5 dimensions, 25 questions, 3 levels\)/);
    expect(good.stdout).toMatch(/✓ .*custom-matrix\.yaml: action matrix for pulse-6/);

    const bad = cli(['validate', fixture('bad-instrument.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad-instrument\.yaml:10: Thresholds must be strictly ascending: 50 comes after 60/);
    expect(bad.stderr).toMatch(/bad-instrument\.yaml:15: The text "text" has no "en" version/);
    expect(bad.stderr).toMatch(/bad-instrument\.yaml:16: The id "a-1" is already used/);
    expect(bad.stderr).toMatch(/bad-instrument\.yaml:19: "b\.questions" must be a non-empty list/);

    const cell = cli(['validate', fixture('custom-instrument.yaml'), fixture('bad-matrix.yaml')]);
    expect(cell.code).toBe(2);
    // Exit 2 leaves stdout empty: the good file's line goes to stderr with the problems.
    expect(cell.stdout).toBe('');
    expect(cell.stderr).toMatch(/✓ .*custom-instrument\.yaml/);
    expect(cell.stderr).toMatch(/bad-matrix\.yaml:\d+: The cell "care" × level 2 is missing/);
  });
});

describe('help and version', () => {
  it('shows help with examples, in the user\'s language', () => {
    const r = cli(['assess', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n\s+\$ ex-maturity assess --answers answers\.yaml/);
    expect(cli(['--help', '--lang', 'fr']).stdout).toMatch(/Exemples/);
    expect(existsSync(fixture('custom-instrument.yaml'))).toBe(true);
  });
});
