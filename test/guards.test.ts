// Issue 25, point 16: what the hand mutations of the last round showed no test held. Each test here is what a user
// would meet if that guard broke; scripts/mutants.mjs (`npm run mutants`) breaks each guard and expects a test to fail.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cli, tempDir } from './helpers/cli.js';
import { csvField, csvText } from '../src/render/csv/fields.js';
import { http, startRoom, type RunningRoom } from './helpers/room.js';

const root = join(import.meta.dirname, '..');

/** The bundled instrument with texts a consultant might write: a statement starting with "-", one with a lone CR, labels with quotes and "&". */
function trickyInstrument(): string {
  const doc = parse(readFileSync(join(root, 'questions', 'ex-25.yaml'), 'utf8'));
  doc.title = { fr: 'Diagnostic "R&D"', en: 'The "R&D" diagnostic' };
  doc.dimensions[0].label = { fr: 'Sens "d’abord" & cap', en: 'Purpose "first" & course' };
  doc.dimensions[0].questions[0].text = { fr: '-1 point si la mission est absente', en: '-1 point when the mission is missing' };
  doc.dimensions[0].questions[1].text = { fr: 'Les valeurs\rsont affichées', en: 'Values\rare on the wall' };
  const file = join(tempDir(), 'tricky.yaml');
  writeFileSync(file, stringify(doc));
  return file;
}

/** A CSV's records as a spreadsheet reads them (RFC 4180: quoted fields may hold separators, quotes and line breaks). */
function records(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rows.at(-1)!.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.at(-1)!.push(field);
      field = '';
      rows.push([]);
      i++;
    }
    else field += c;
  }
  return rows.filter((r) => r.length);
}

describe('CSV for spreadsheets', () => {
  const file = trickyInstrument();
  const csv = cli(['questions', '--instrument', file, '--format', 'csv', '--lang', 'en']);

  it('a lone carriage return stays inside its field', () => {
    // Texts from files reach the CSV with their control characters made inert (the CR below shows as U+FFFD), so the
    // quoting rule is held here at the source: a spreadsheet ends a row at a lone CR that is not inside quotes.
    expect(csv.code, csv.stderr).toBe(0);
    const rows = records(csv.stdout);
    expect(rows).toHaveLength(27); // the header, 25 statements and the team-only recommendation question
    for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
    expect(csvField('Values\rare on the wall')).toBe('"Values\rare on the wall"');
    // The first row of a spreadsheet CSV is its header, worded in the document's language: the cell is in the second.
    expect(csvText([['id', 'x'], ['a\rb', 'c']], { bom: true, lang: 'fr' })).toMatch(/\r\n"a\rb";c\r\n$/);
  });

  it('a text starting with "-" is never run as a formula', () => {
    const cells = records(csv.stdout).flat();
    expect(cells).toContain("'-1 point when the mission is missing");
    expect(cells.some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });
});

describe('HTML with quotes and ampersands in the instrument’s labels', () => {
  it('every label is escaped, in text and in attributes (title=, aria-label=)', () => {
    const answers = join(root, 'examples', 'answers.yaml');
    const r = cli(['assess', '--answers', answers, '--instrument', trickyInstrument(), '--format', 'html', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('The &#34;R&#38;D&#34; diagnostic');
    expect(r.stdout).toContain('Purpose &#34;first&#34; &#38; course');
    expect(r.stdout).not.toContain('"R&D"');
    expect(r.stdout).not.toContain('"first" &');
    // No attribute is cut short by a quote from a label: each title= / aria-label= value is a whole, escaped text.
    for (const [, value] of r.stdout.matchAll(/(?:title|aria-label)="([^"]*)"/g)) expect(value).not.toMatch(/&(?!#\d+;|[a-z]+;)/);
  });
});

describe('the plan’s order', () => {
  it('within a dimension, actions on equally low answers keep the matrix order (the example’s five dimensions)', () => {
    const r = cli(['assess', '--answers', join(root, 'examples', 'answers.yaml'), '--format', 'json']);
    const result = JSON.parse(r.stdout);
    expect(result.recommendations.map((x: { dimension: string; actions: { id: string }[] }) => [x.dimension, x.actions.map((a) => a.id)])).toEqual([
      ['sense', ['sense-1-c', 'sense-1-a', 'sense-1-b']],
      ['image', ['image-1-f', 'image-1-e', 'image-1-c', 'image-1-a', 'image-1-b', 'image-1-d']],
      ['connections', ['connections-2-d', 'connections-2-a', 'connections-2-b', 'connections-2-c', 'connections-2-e']],
      ['fulfilment', ['fulfilment-2-a', 'fulfilment-2-b', 'fulfilment-2-c', 'fulfilment-2-d', 'fulfilment-2-e', 'fulfilment-2-f']],
      ['ecosystem', ['ecosystem-2-b', 'ecosystem-2-a', 'ecosystem-2-d', 'ecosystem-2-e', 'ecosystem-2-c']],
    ]);
    expect(result.focus).toEqual(['sense-1-c', 'image-1-f', 'connections-2-d']);
  });
});

describe('the room’s links', () => {
  let room: RunningRoom;
  beforeAll(async () => {
    room = await startRoom(['--min-group', '3'], tempDir());
  });
  afterAll(async () => {
    await room?.stop();
  });

  it('a token that differs from the real one only after its first characters opens nothing', async () => {
    for (const link of [room.join, room.facilitator]) {
      expect((await http(link)).status).toBe(200);
      const token = link.split('/').at(-1)!;
      const other = token.slice(0, 4) + [...token.slice(4)].map((c) => (c === 'A' ? 'B' : 'A')).join('');
      expect(other).toHaveLength(token.length);
      expect((await http(link.replace(token, other))).status).toBe(404);
    }
  });
});
