// Issue 25, the command line as a new user meets it: the installed binary from the packed tarball, run as typed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format, msg } from '../src/i18n/index.js';
import { cli, tempDir } from './helpers/cli.js';

const example = (name: string) => join(import.meta.dirname, '..', 'examples', name);

describe('global options before the command', () => {
  it('--lang en assess runs assess in English', () => {
    const r = cli(['--lang', 'en', 'assess', '--answers', example('answers.yaml'), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ language: 'en', overall: { score: 53 } });
  });

  it('--lang fr assess --answers takes --answers as assess’s own option', () => {
    const r = cli(['--lang', 'fr', '--no-color', 'assess', '--answers', example('answers.yaml')], { env: { COLUMNS: '80' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Résultat global');
    const missing = cli(['--lang=fr', 'assess', '--answers', 'x.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Fichier introuvable\u00a0: x\.yaml/);
    expect(missing.stderr).not.toMatch(/option inconnue/);
  });

  it('never suggests the word that was typed', () => {
    const r = cli(['--resume', 'assess']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/Did you mean assess/);
    expect(r.stderr).toContain('assess is a command: write it first');
  });
});

describe('workshop checks its options before any work', () => {
  it('--min-level 4 on a 3-level instrument fails at once, before asking for a terminal', () => {
    const r = cli(['workshop', '--min-level', '4', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--min-level 4\u00a0: l’instrument n’a que 3 niveaux.');
    expect(r.stderr).not.toMatch(/terminal/i);
  });
});

describe('help in French', () => {
  it('titles in French, nothing English above French text', () => {
    for (const args of [['--help'], ['assess', '--help'], ['validate', '--help']]) {
      const r = cli([...args, '--lang', 'fr']);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/^(Usage|Options|Commands|Arguments):/m);
      expect(r.stdout).toMatch(/^Utilisation\u00a0:/m);
      expect(r.stdout).toMatch(/^Options\u00a0:/m);
    }
    expect(cli(['--help', '--lang', 'fr']).stdout).toMatch(/^Commandes\u00a0:/m);
    expect(cli(['--help', '--lang', 'en']).stdout).toMatch(/^Usage:/m);
  });
});

describe('plan lines', () => {
  it('the actions already in place: one colon, with its no-break space', () => {
    const fr = cli(['assess', '--answers', example('answers.yaml'), '--lang', 'fr'], { env: { COLUMNS: '80' } });
    expect(fr.stdout).toMatch(/✓ Déjà en place selon les réponses\u00a0: vérifiez que c’est vrai partout —\s+Faire expliquer/);
    expect(fr.stdout).not.toMatch(/partout:/);
    const en = cli(['assess', '--answers', example('answers.yaml'), '--lang', 'en'], { env: { COLUMNS: '80' } });
    expect(en.stdout).toMatch(/✓ In place according to the answers: check that it holds\s+everywhere\s+—/);
    expect(en.stdout).not.toMatch(/holds\s+everywhere:/);
  });
});

describe('validate reads a CSV export as aggregate does', () => {
  it('a form export is valid; results come in the order the files were given', () => {
    const r = cli(['validate', example('team-form.csv'), example('answers.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^✓ .*team-form\.csv: a form export for ex-25, 14 respondents$/);
    expect(lines[1]).toMatch(/^✓ .*answers\.yaml: complete answers for ex-25$/);
    expect(r.stdout).not.toMatch(/YAML/);
  });

  it('a bad cell is reported with its file and line, as aggregate reports it, naming the labels, "?" and the empty cell', () => {
    const rows = readFileSync(example('team-form.csv'), 'utf8').split(/\r?\n/);
    const file = join(tempDir(), 'form.csv');
    writeFileSync(file, [rows[0], rows[1]!.replace(',Somewhat agree,', ',Maybe,'), rows[2]].join('\r\n') + '\r\n');
    const v = cli(['validate', file]);
    expect(v.code).toBe(2);
    const a = cli(['aggregate', file]);
    const problem = `${file}:2: sense-1: "Maybe" is not on the scale: write a value or its label, 1 (Strongly disagree), 2 (Somewhat disagree), 3 (Somewhat agree), 4 (Strongly agree); for don't know, "?", "Don’t know" or an empty cell.`;
    expect(v.stderr.replace(/\s+/g, ' ')).toContain(problem);
    expect(a.stderr.replace(/\s+/g, ' ')).toContain(problem);
    expect(v.stderr).not.toMatch(/null/);
    const fr = cli(['validate', file, '--lang', 'fr']);
    expect(fr.stderr.replace(/[\s\u00a0\u202f]+/g, ' ')).toContain('pour « je ne sais pas », « ? », « Je ne sais pas » ou une cellule vide.');
  });
});

describe('the targets table has its heading', () => {
  it('in Markdown and HTML, in both languages', () => {
    const answers = example('answers.yaml');
    const md = cli(['assess', '--answers', answers, '--target', '70', '--format', 'markdown']).stdout;
    expect(md).toMatch(/## Targets and gaps\n\n\| Dimension \| Target \| Gap \|/);
    const mdFr = cli(['assess', '--answers', answers, '--target', '70', '--format', 'markdown', '--lang', 'fr']).stdout;
    expect(mdFr).toMatch(/## Cibles et écarts\n\n\| Dimension \| Cible \| Écart \|/);
    const html = cli(['assess', '--answers', answers, '--target', '70', '--format', 'html']).stdout;
    expect(html).toMatch(/<section aria-labelledby="targets"><h2 id="targets">Targets and gaps<\/h2>(<div class="scroll"[^>]*>)?<table>/);
  });
});

describe('changes that add up on the page', () => {
  const [older, newer] = [example('results/2025.json'), example('results/2026.json')];
  it('says, right under the table, why 54.7 − 45.3 shows +9.3 (terminal, Markdown, HTML)', () => {
    const table = cli(['compare', older, newer, '--lang', 'fr'], { env: { COLUMNS: '80' } }).stdout;
    const note = /└[─┴]+┘\n\nLes écarts sont calculés sur les scores exacts, puis arrondis[^]*\(Résultat global\u00a0: 54,7 − 45,3 = \+9,4, écart exact \+9,3\)\./;
    expect(table).toMatch(note);
    expect(table).not.toMatch(/demi loin/);
    const md = cli(['compare', older, newer, '--format', 'markdown']).stdout;
    expect(md).toMatch(/\| \*\*Overall result\*\* \|[^\n]*\n\nChanges are computed from the exact scores, then rounded[^\n]*\(Overall result: 54\.7 − 45\.3 = \+9\.4, exact change \+9\.3\)\./);
    const html = cli(['compare', older, newer, '--format', 'html']).stdout;
    expect(html).toMatch(/<\/tfoot><\/table>(<\/div>)?\n<p>Changes are computed from the exact scores/);
  });
});

describe('the README says what the tool does', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  it('the prompt without a locale, the CSV rows, the room commands, the schema paths', () => {
    expect(readme).toContain('the interview first asks "Language / Langue"');
    const kinds = new Set(cli(['assess', '--answers', example('answers.yaml'), '--format', 'csv']).stdout.trim().split('\r\n').slice(1).map((l) => l.split(',')[0]));
    expect([...kinds]).toEqual(['focus', 'dimension', 'overall', 'moment', 'action']);
    const csvLine = readme.split('\n').find((l) => l.startsWith('- `--format csv`'))!;
    for (const k of kinds) expect(csvLine).toContain(`\`${k}\``);
    expect(readme).not.toMatch(/^ex-maturity room/m);
    expect(readme).toMatch(/^npx ex-maturity room --resume/m);
    expect(readme).toContain('in a clone of this repository it is `schemas/result.schema.json`');
    expect(readFileSync(join(import.meta.dirname, '..', 'schemas', 'result.schema.json'), 'utf8')).toContain('"$schema"');
  });
});

describe('French wording', () => {
  it('the room’s counts, the workshop’s participants, the offer to resume', () => {
    const fr = (m: Parameters<typeof format>[0]) => format(m, 'fr').replace(/[\u00a0\u202f]/g, ' ');
    expect(fr(msg('room.boardCounts', { joined: 6, completed: 5 }))).toBe('Personnes arrivées : 6 · ayant terminé : 5');
    expect(fr(msg('render.participants'))).toBe('Participants (nombre maximal de votes sur une affirmation)');
    expect(fr(msg('app.sessionResume'))).toBe('Reprendre là où j’en étais');
    expect(fr(msg('render.deltaDefinition'))).not.toMatch(/demi loin/);
  });
});
