import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLANK } from '../src/core/answers.js';
import { UserError } from '../src/errors.js';
import { DuplicateKey, parseSimpleYaml } from '../src/io/simple-yaml.js';
import { parseFull } from '../src/io/yaml-full.js';

/** What production's full reader (same options, same "?" rule) returns for a text: its data, or its error. */
function full(text: string): { data: unknown } | { error: string; line?: number; key?: string } {
  try {
    return { data: parseFull(text, 'f.yaml').data };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const p = (e.text as { params?: { key?: string } }).params;
    return { error: e.code ?? '?', ...(e.where.line === undefined ? {} : { line: e.where.line }), ...(p?.key === undefined ? {} : { key: p.key }) };
  }
}

const long = 'k'.repeat(1030);
const key = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/) },
  { weight: 2, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'answers', 'null', 'true', 'sense-1', 'a.b', '_x', long, 'k'.repeat(999)) },
);
const value = fc.oneof(
  fc.constantFrom('', '~', 'null', 'Null', 'true', 'FALSE', '?', '? x', '??', "'?'", '0', '4', '-3', '+2', '007', "'it''s'", '"quoted"', '""', "Plutôt d'accord", 'Strongly agree', 'ex-25', 'a, b', '3.5', '.5', '0x1F', '&a 1', '*a', '[1, 2]', '{a: 1}', 'a: b', '|', '- x', '! x', '"a\\"b"', "'x'y'", '12345678901234567890', 'x #c', 'x\t', '\t4'),
  fc.stringMatching(/^[A-Za-zé' ,.()?-]{0,12}$/),
  // any characters at all, YAML indicators and controls included: the fast reader must refuse or agree
  fc.string({ unit: fc.constantFrom(...'aZé’ \t\u00a0\u2028\u0085\ufeff\x7f-?:,[]{}#&*!|>\'"%@`\\0123456789+._/()'.split('')), maxLength: 10 }),
  fc.integer({ min: -100, max: 100 }).map(String),
);
const comment = fc.constantFrom('', '  # a comment', ' #x', '\t# tab', ' # ?');
const entry = fc.tuple(key, value, comment).map(([k, v, c]) => `${k}:${v === '' ? '' : ` ${v}`}${c}`);
const section = fc.tuple(fc.oneof(key, fc.constant('answers'), fc.constant('answers'), fc.constant('respondent')), fc.integer({ min: 1, max: 4 }), fc.array(fc.oneof({ weight: 6, arbitrary: entry }, { weight: 1, arbitrary: fc.constantFrom('# comment', '', '  # indented', 'x: ?') }), { maxLength: 6 }))
  .map(([k, n, children]) => [`${k}:`, ...children.map((c) => (c === '' ? '' : ' '.repeat(n) + c))].join('\n'));
const doc = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: entry }, { weight: 3, arbitrary: section }, { weight: 1, arbitrary: fc.constantFrom('# comment', '', '   ', '---', '  indented: 1', '\tkey: 1', 'key:\t1') }), { minLength: 1, maxLength: 8 }),
    fc.constantFrom('\n', '\r\n'),
    fc.constantFrom('', '', '', '\ufeff'),
    fc.boolean(),
  )
  .map(([lines, eol, bom, last]) => bom + lines.join('\n').replace(/\n/g, eol) + (last ? eol : ''));

// Close to what `ex-maturity template` writes once filled: comments, instrument, respondent, answers.
const answerValue = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('', '1', '2', '3', '4', '?', '~', 'null', "'?'", '"4"', 'Strongly agree', "Plutôt d'accord", '5') },
  { weight: 1, arbitrary: value },
);
const answerComment = fc.constantFrom('', '', '', '  # later', ' # ?', '\t# tab');
const templateDoc = fc
  .tuple(
    fc.array(fc.constantFrom('# Answer each statement', '#   1 = Strongly disagree', '#   null = Don\'t know (or ?)', ''), { maxLength: 3 }),
    fc.constantFrom('instrument: ex-25', "instrument: 'ex-25'", '', 'instrument: ?'),
    fc.constantFrom('', '# respondent:\n#   group: managers', 'respondent:\n  group: managers', 'respondent:\n  group: ?', 'respondent:\n  __proto__: x'),
    fc.array(fc.tuple(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...['sense', 'image', 'ecosystem'].flatMap((d) => [1, 2, 3, 4, 5].map((n) => `${d}-${n}`))) }, { weight: 1, arbitrary: key }), answerValue, answerComment, fc.boolean()), { minLength: 1, maxLength: 8 }),
    fc.constantFrom('\n', '\r\n'),
    fc.constantFrom('', '', '\ufeff'),
  )
  .map(([head, instrument, respondent, answers, eol, bom]) =>
    bom + [...head, instrument, respondent, 'answers:', ...answers.map(([k, v, c, note]) => `${note ? '  # A statement?\n' : ''}  ${k}:${v === '' ? '' : ` ${v}`}${c}`)].join('\n').replace(/\n/g, eol) + eol);

describe('the fast reader of simple YAML', () => {
  it('reads every document it accepts exactly as the full YAML reader of production does, and refuses duplicates alike', () => {
    let accepted = 0;
    let duplicates = 0;
    fc.assert(
      fc.property(fc.oneof(doc, templateDoc), (text) => {
        let fast: ReturnType<typeof parseSimpleYaml>;
        try {
          fast = parseSimpleYaml(text);
        } catch (e) {
          expect(e).toBeInstanceOf(DuplicateKey);
          const d = e as DuplicateKey;
          duplicates++;
          expect(full(text)).toEqual({ error: 'io.duplicateKey', line: d.line, key: d.key });
          return;
        }
        if (fast) {
          accepted++;
          expect(fast.data).toEqual((full(text) as { data: unknown }).data);
          expect(Object.getPrototypeOf(fast.data)).toBeNull();
        }
      }),
      { numRuns: 8000, seed: 20260101 },
    );
    // the generator must exercise the fast path and its duplicate check, not only the fallback
    expect(accepted).toBeGreaterThan(800);
    expect(duplicates).toBeGreaterThan(20);
  });

  it('accepts the shape of a filled template, with line numbers and "?" as the text the answers reader takes for don\'t know', () => {
    const lines = new Map<string, number>();
    const r = parseSimpleYaml('# c\ninstrument: ex-25\nrespondent:\n  group: RH Paris\nanswers:\n  sense-1: 4\n  sense-2: ?\n  sense-3:   # later\n  sense-4: ~\n', lines)!;
    expect(r.data).toEqual({ instrument: 'ex-25', respondent: { group: 'RH Paris' }, answers: { 'sense-1': 4, 'sense-2': '?', 'sense-3': BLANK, 'sense-4': null } });
    expect(lines.get('answers\u0000sense-3')).toBe(8);
  });

  it('gives __proto__ no special meaning', () => {
    const r = parseSimpleYaml('answers:\n  __proto__: 4\n  x: 1\n')!;
    expect(Object.keys(r.data.answers as object)).toEqual(['__proto__', 'x']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('leaves anything else to the full parser', () => {
    for (const text of ['a: [1, 2]', 'a:\n  b:\n    c: 1', 'a: 3.5', '- 1', 'a: &x 1\nb: *x', '{"a": 1}', 'a: ?', 'respondent:\n  group: ?', `${long}: 1`]) expect(parseSimpleYaml(text)).toBeUndefined();
  });

  it('names the key written twice and its line', () => {
    expect(() => parseSimpleYaml('answers:\n  a: 1\n  b: 2\n  a: 3\n')).toThrow(expect.objectContaining({ key: 'a', line: 4 }));
  });
});
