import fc from 'fast-check';
import { parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BLANK } from '../src/core/answers.js';
import { DuplicateKey, parseSimpleYaml, quoteQuestionMarks } from '../src/io/simple-yaml.js';

/** What the full YAML library reads, blanks marked as the tool marks them. */
function full(text: string): unknown {
  const doc = parseDocument(quoteQuestionMarks(text), { uniqueKeys: true });
  if (doc.errors.length || doc.warnings.length) return 'error';
  visit(doc, { Scalar: (key, node) => void (key === 'value' && node.value === null && node.source === '' && (node.value = BLANK)) });
  return doc.toJS();
}

const key = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/).filter((k) => !/^(null|true|false)$/.test(k));
const value = fc.oneof(
  fc.constantFrom('', '~', 'null', 'Null', 'true', 'FALSE', '?', '0', '4', '-3', '+2', '007', "'it''s'", '"quoted"', '""', "Plutôt d'accord", 'Strongly agree', 'ex-25', 'a, b', '3.5', '.5', '0x1F', '&a 1', '*a', '[1, 2]', '{a: 1}', 'a: b', '|', '- x', '! x', '"a\\"b"', "'x'y'", '12345678901234567890', 'x #c'),
  fc.stringMatching(/^[A-Za-zé' ,.()-]{0,12}$/),
  // any characters at all, YAML indicators and controls included: the fast reader must refuse or agree
  fc.string({ unit: fc.constantFrom(...'aZé’ \u00a0\u2028\u0085\ufeff\x7f-?:,[]{}#&*!|>\'"%@`\\0123456789+._/()'.split('')), maxLength: 10 }),
  fc.integer({ min: -100, max: 100 }).map(String),
);
const comment = fc.constantFrom('', '  # a comment', ' #x');
const entry = fc.tuple(key, value, comment).map(([k, v, c]) => `${k}:${v === '' ? '' : ` ${v}`}${c}`);
const doc = fc.array(
  fc.oneof(
    entry,
    fc.tuple(key, fc.integer({ min: 1, max: 4 }), fc.array(entry, { maxLength: 5 })).map(([k, n, children]) => [`${k}:`, ...children.map((c) => ' '.repeat(n) + c)].join('\n')),
    fc.constantFrom('# comment', '', '   ', '---', '  indented: 1', '\tkey: 1'),
  ),
  { minLength: 1, maxLength: 8 },
).map((lines) => lines.join(fc.sample(fc.constantFrom('\n', '\r\n'), 1)[0]!));

describe('the fast reader of simple YAML', () => {
  it('reads every document it accepts exactly as the full YAML library does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(doc, (text) => {
        let fast: ReturnType<typeof parseSimpleYaml>;
        try {
          fast = parseSimpleYaml(text);
        } catch (e) {
          expect(e).toBeInstanceOf(DuplicateKey);
          expect(full(text)).toBe('error');
          return;
        }
        if (fast) {
          accepted++;
          expect(fast.data).toEqual(full(text));
        }
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300); // the generator must exercise the fast path, not only the fallback
  });

  it('accepts the shape of a filled template, with line numbers', () => {
    const r = parseSimpleYaml('# c\ninstrument: ex-25\nrespondent:\n  group: RH Paris\nanswers:\n  sense-1: 4\n  sense-2: ?\n  sense-3:   # later\n  sense-4: ~\n')!;
    expect(r.data).toEqual({ instrument: 'ex-25', respondent: { group: 'RH Paris' }, answers: { 'sense-1': 4, 'sense-2': '?', 'sense-3': BLANK, 'sense-4': null } });
    expect(r.lines.get('answers\u0000sense-3')).toBe(8);
  });

  it('leaves anything else to the full parser', () => {
    for (const text of ['a: [1, 2]', 'a:\n  b:\n    c: 1', 'a: 3.5', '- 1', 'a: &x 1\nb: *x', '{"a": 1}']) expect(parseSimpleYaml(text)).toBeUndefined();
  });
});
