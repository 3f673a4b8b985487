import type { Issue } from '../src/core/types.js';
import { issueText } from '../src/errors.js';
import { describe, expect, it } from 'vitest';
import { BLANK, parseAnswers } from '../src/core/answers.js';
import { tr } from '../src/core/text.js';
import { parseInstrument } from '../src/core/instrument.js';
import { parseMatrix } from '../src/core/matrix.js';
import { buildResult } from '../src/core/result.js';
import { scoreSheet } from '../src/core/score.js';
import { ex25, ex25Matrix, sheet } from './helpers/model.js';

const base = () => ({
  id: 'mini',
  version: '1',
  languages: ['fr', 'en'],
  scale: [{ value: 1, label: { fr: 'non', en: 'no' } }, { value: 2, label: { fr: 'oui', en: 'yes' } }],
  levels: [{ level: 1, min: 0, label: { fr: 'bas', en: 'low' } }, { level: 2, min: 50, label: { fr: 'haut', en: 'high' } }],
  dimensions: [{ id: 'd', label: { fr: 'D', en: 'D' }, questions: [{ id: 'q1', text: { fr: 'a', en: 'a' } }] }],
});
const _ = null;
const messages = (issues: Issue[]) => issues.map((i) => issueText(i, 'en')).join('\n');

describe('instrument validation', () => {
  it('accepts a minimal instrument', () => {
    expect(parseInstrument(base()).issues).toEqual([]);
  });

  it('keeps a conditional statement’s notApplicable flag and the information notice', () => {
    const data: any = { ...base(), notice: 'Controller: Example Ltd.' };
    data.dimensions[0].questions[0].notApplicable = true;
    const { instrument } = parseInstrument(data);
    expect(instrument!.dimensions[0]!.questions[0]!.notApplicable).toBe(true);
    expect(tr(instrument!.notice, 'en')).toBe('Controller: Example Ltd.');
  });

  it.each([
    ['thresholds not ascending', (i: any) => (i.levels = [{ level: 1, min: 0, label: 'a' }, { level: 2, min: 60, label: 'b' }, { level: 3, min: 50, label: 'c' }]), /strictly ascending: 50 comes after 60/],
    ['a first threshold other than 0', (i: any) => (i.levels[0].min = 10), /first level's "min" must be 0/],
    ['a threshold above 100', (i: any) => (i.levels[1].min = 120), /above 100/],
    ['levels out of order', (i: any) => (i.levels[1].level = 3), /numbered 1, 2, 3/],
    ['duplicate question ids', (i: any) => i.dimensions[0].questions.push({ id: 'q1', text: 'b' }), /"q1" is already used/],
    ['a dimension without questions', (i: any) => (i.dimensions[0].questions = []), /questions" must be a non-empty list/],
    ['a text missing a declared language', (i: any) => (i.dimensions[0].questions[0].text = { fr: 'seulement' }), /no "en" version/],
    ['a scale not ascending', (i: any) => (i.scale = [{ value: 2, label: 'a' }, { value: 1, label: 'b' }]), /distinct and ascending/],
    ['a one-point scale', (i: any) => (i.scale = [{ value: 1, label: 'a' }]), /2 to 11 points/],
    ['a numeric version', (i: any) => (i.version = 1.1), /quoted text/],
    ['an unknown key', (i: any) => (i.dimensions[0].questons = []), /Unknown key "questons"/],
    ['a foundation that is not a dimension', (i: any) => (i.foundation = 'nope'), /"nope", which is not in "dimensions"/],
    ['a notApplicable flag that is not true or false', (i: any) => (i.dimensions[0].questions[0].notApplicable = 'yes'), /"notApplicable" must be true or false/],
  ])('refuses %s', (_name, mutate, expected) => {
    const data = base();
    mutate(data);
    const { instrument, issues } = parseInstrument(data);
    expect(instrument).toBeUndefined();
    expect(messages(issues)).toMatch(expected);
  });
});

describe('matrix validation', () => {
  const inst = parseInstrument(base()).instrument!;
  const action = { id: 'x', title: { fr: 't', en: 't' }, horizon: 'quick-win', owner: 'hr' };

  it('accepts every cell present, an empty list included', () => {
    expect(parseMatrix({ instrument: 'mini', dimensions: { d: { 1: [action], 2: [] } } }, inst).issues).toEqual([]);
  });

  it('names a missing cell, an unknown dimension, a bad horizon and another instrument', () => {
    const { issues } = parseMatrix({ instrument: 'other', dimensions: { d: { 1: [{ ...action, horizon: 'soon' }] }, e: {} } }, inst);
    const text = messages(issues);
    expect(text).toMatch(/for the instrument "other", not "mini"/);
    expect(text).toMatch(/cell "d" × level 2 is missing/);
    expect(text).toMatch(/"e" does not exist/);
    expect(text).toMatch(/"horizon" must be one of/);
  });

  it('validates the bundled ex-25 matrix: 15 cells of 2–4 actions, each with detail, horizon and owner', () => {
    for (const dim of ex25.dimensions) {
      for (const level of [1, 2, 3]) {
        const cell = ex25Matrix.dimensions[dim.id]![level]!;
        expect(cell.length).toBeGreaterThanOrEqual(2);
        // Up to six: at the lowest level the roadmap keeps the first three for now and the rest for later.
        expect(cell.length).toBeLessThanOrEqual(6);
        for (const a of cell) expect(a.detail && a.horizon && a.owner).toBeTruthy();
      }
    }
  });
});

describe('answers validation', () => {
  const full = () => Object.fromEntries(ex25.dimensions.flatMap((d) => d.questions.map((q) => [q.id, 3])));

  it('reads numbers, numeric strings, labels in either language and every spelling of "don\'t know"', () => {
    const answers = { ...full(), 'sense-1': '4', 'sense-2': "Plutôt pas d'accord", 'sense-3': 'strongly agree', 'sense-4': '?', 'sense-6': null, 'image-6': 'Je ne sais pas' };
    const { sheet: s, issues } = parseAnswers({ answers }, ex25);
    expect(issues).toEqual([]);
    expect(s!.answers).toMatchObject({ 'sense-1': 4, 'sense-2': 2, 'sense-3': 4, 'sense-4': null, 'sense-6': null, 'image-6': null });
  });

  it('lists every missing id, and refuses blanks, unknown ids and values off the scale', () => {
    const answers: Record<string, unknown> = full();
    delete answers['sense-1'];
    delete answers['ecosystem-5'];
    Object.assign(answers, { 'sense-2': BLANK, 'sense-3': 7, 'sense-4': 2.5, 'sense-9': 3 });
    const text = messages(parseAnswers({ answers }, ex25).issues);
    expect(text).toMatch(/2 answers missing: sense-1, ecosystem-5/);
    expect(text).toMatch(/"sense-2": answer left blank/);
    expect(text).toMatch(/"sense-3": 7 is not on the scale/);
    expect(text).toMatch(/"sense-4": 2.5 is not on the scale/);
    expect(text).toMatch(/"sense-9" is not a question/);
  });

  it('refuses an answer to a retired statement (sense-5 changed meaning), naming the statement that replaced it', () => {
    // An answers file or a result made with 1.x or 2.0.0 holds sense-5, whose meaning changed twice: never counted for sense-6.
    const answers: Record<string, unknown> = full();
    delete answers['sense-6'];
    answers['sense-5'] = 4;
    const { sheet: s, issues } = parseAnswers({ answers }, ex25);
    expect(s).toBeUndefined();
    const text = messages(issues);
    expect(text).toMatch(/"sense-5" is no longer asked by "ex-25" 3\.0\.1: its meaning changed, so it was retired in version 3\.0\.0 and its answer cannot be counted for "sense-6"/);
    expect(text).toMatch(/1 answer missing: sense-6/);
  });

  it('refuses an instrument that lists as retired an id a dimension still asks', () => {
    const { issues } = parseInstrument({ ...base(), retired: [{ id: 'q1', since: '2' }] });
    expect(messages(issues)).toMatch(/"q1" is listed as retired but a dimension still asks it/);
  });

  it('refuses answers for another instrument and a respondent holding more than group and label', () => {
    expect(messages(parseAnswers({ instrument: 'other', answers: full() }, ex25).issues)).toMatch(/for the instrument "other"/);
    expect(messages(parseAnswers({ respondent: { group: 'a', email: 'x@y' }, answers: full() }, ex25).issues)).toMatch(/Unknown key "email"/);
    expect(messages(parseAnswers({ respondent: { group: 'jane@example.com' }, answers: full() }, ex25).issues)).toMatch(/"respondent.group" holds an e-mail address/);
  });

  it('accepts a result document as answers (its stored scores are ignored)', () => {
    const scores = scoreSheet(ex25, sheet(Array.from({ length: 5 }, () => [4, 4, 4, 4, 4])));
    const result = buildResult(ex25, ex25Matrix, sheet(Array.from({ length: 5 }, () => [4, 4, 4, 4, 4])), scores, { tool: { name: 't', version: '1' }, lang: 'en', generatedAt: 'x', schemaUrl: 'x' });
    const tampered = JSON.parse(JSON.stringify({ ...result, overall: { score: 1 } }));
    const { sheet: s } = parseAnswers(tampered, ex25);
    expect(scoreSheet(ex25, s!).overall.score).toBe(100);
  });
});

describe('recommendations', () => {
  const ctx = { tool: { name: 't', version: '1' }, lang: 'en' as const, generatedAt: 'x', schemaUrl: 'x' };
  it('lists the scored dimensions weakest first, ties in instrument order, with the actions of the level reached', () => {
    const sh = sheet([[3, 3, 3, 3, 3], [2, 2, 2, 2, 2], [3, 3, 3, 3, 3], [1, 1, 1, _, _], [1, 1, _, _, _]]);
    const r = buildResult(ex25, ex25Matrix, sh, scoreSheet(ex25, sh), ctx);
    expect(r.recommendations.map((x) => [x.dimension, x.priority, x.level])).toEqual([
      ['image', 1, 1],
      ['fulfilment', 2, 1],
      ['sense', 3, 2],
      ['connections', 4, 2],
    ]);
    // Every action of the level reached, whatever their order (the order is held by test/plan.test.ts).
    expect(r.recommendations[0]!.actions.map((a) => a.id).sort()).toEqual(ex25Matrix.dimensions.image![1]!.map((a) => a.id).sort());
    // 5 of 25 answers are "don't know": exactly the 20 % from which it is a finding.
    expect(r.notes.map((n) => n.code)).toEqual(['note.dimensionNotScored', 'note.overallNotScored', 'note.manyDontKnow']);
  });

  it('says first when the foundation is at a lower level than the overall result', () => {
    const sh = sheet([[2, 2, 2, 2, 2], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4], [4, 4, 4, 4, 4]]);
    const r = buildResult(ex25, ex25Matrix, sh, scoreSheet(ex25, sh), ctx);
    expect(r.overall.level).toBe(3);
    expect(r.notes[0]).toMatchObject({ code: 'note.foundationBelowOverall', dimension: 'sense' });
    expect(r.posture).toBeTruthy();
  });
});


describe('one rule for numbers in answers', () => {
  it('reads an answer by its value: 3, 3.0, "3", "3.0" and " +3 " are all 3; "3.5", "0x3" and "three" are refused', async () => {
    const { readAnswer } = await import('../src/core/answers.js');
    for (const v of [3, 3.0, '3', '3.0', ' +3 ', '3.00']) expect(readAnswer(v, ex25), String(v)).toEqual({ value: 3 });
    for (const v of ['3.5', '0x3', 'three', 3.5, '1e0']) expect('error' in readAnswer(v, ex25), String(v)).toBe(true);
  });
});
