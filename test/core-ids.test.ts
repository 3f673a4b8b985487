import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../src/core/answers.js';
import { parseInstrument } from '../src/core/instrument.js';
import { issueText } from '../src/errors.js';
import { instrumentOf } from './helpers/model.js';

const withQuestion = (id: string, dimension = 'd') => ({
  id: 'mini',
  version: '1',
  scale: [{ value: 1, label: 'no' }, { value: 2, label: 'yes' }],
  levels: [{ level: 1, min: 0, label: 'low' }, { level: 2, min: 50, label: 'high' }],
  dimensions: [{ id: dimension, label: 'D', questions: [{ id, text: 'a' }] }],
});

describe('ids of questions and dimensions', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a b', '-x', 'x'.repeat(65), 'é'])('refuses the question id %j with a clear issue', (id) => {
    const { instrument, issues } = parseInstrument(withQuestion(id));
    expect(instrument).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'core.idPattern', path: ['dimensions', 0, 'questions', 0, 'id'] });
    expect(issueText(issues[0]!, 'en')).toMatch(/is not allowed: an id starts with a letter or a digit, holds at most 64/);
  });

  it('refuses __proto__ as a dimension id', () => {
    expect(parseInstrument(withQuestion('q1', '__proto__')).issues[0]).toMatchObject({ code: 'core.idPattern', path: ['dimensions', 0, 'id'] });
  });

  it.each(['sense-1', 'Q1', '1.2', 'a_b', 'x'.repeat(64)])('accepts %j', (id) => {
    expect(parseInstrument(withQuestion(id)).issues).toEqual([]);
  });

  it('never takes an inherited property for an answer', () => {
    const inst = instrumentOf(withQuestion('q1'));
    const answers = JSON.parse('{"__proto__": {"q1": 2}}') as Record<string, unknown>;
    const r = parseAnswers({ answers }, inst);
    expect(r.sheet).toBeUndefined();
    expect(r.issues.map((i) => i.code)).toEqual(['core.answerUnknownId', 'core.answersMissing']);
  });
});
