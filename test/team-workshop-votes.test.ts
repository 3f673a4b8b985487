// The facilitator's vote line: at most 500 votes on one line (a room, not a survey), and every refusal a coded
// message with its text in both languages.
import { describe, expect, it } from 'vitest';
import type { Instrument } from '../src/core/types.js';
import { format } from '../src/i18n/index.js';
import { builtinModel } from '../src/io/load.js';
import { buildWorkshopAggregate, newSession, parseVoteLine } from '../src/team/workshop.js';

const { instrument, matrix } = builtinModel();
const line = (n: number) => Array.from({ length: n }, (_, i) => String((i % 4) + 1)).join(' ');
const ctx = { tool: { name: 'ex-maturity', version: 'test' }, lang: 'en' as const, generatedAt: '2026-01-01T00:00:00.000Z', schemaUrl: 'x', minGroup: 5 };

describe('the most votes on one line', () => {
  it('takes 500 votes, and refuses 501 saying the limit', () => {
    const ok = parseVoteLine(line(500), instrument);
    expect(ok.kind).toBe('votes');
    expect(ok.kind === 'votes' && ok.votes.length).toBe(500);
    const over = parseVoteLine(line(501), instrument);
    expect(over).toEqual({ kind: 'error', message: { code: 'team.vote.tooMany', params: { max: 500 } } });
    if (over.kind !== 'error') throw new Error('refused');
    expect(format(over.message, 'en')).toBe('At most 500 votes per statement.');
    expect(format(over.message, 'fr')).toBe('Au plus 500 votes par affirmation.');
  });

  it('counts separators of any kind, not characters', () => {
    expect(parseVoteLine(line(500).replaceAll(' ', ' ,; '), instrument).kind).toBe('votes');
    expect(parseVoteLine(`${line(500)},?`, instrument).kind).toBe('error');
  });

  it('a room of 500 counts 500 participants', () => {
    const session = { ...newSession(instrument), votes: { 'sense-1': Array.from({ length: 500 }, () => 3) } };
    expect(buildWorkshopAggregate(instrument, matrix, session, ctx).respondents).toBe(500);
  });
});

describe('what the vote line refuses, as coded messages', () => {
  const error = (text: string, inst: Instrument = instrument) => {
    const r = parseVoteLine(text, inst);
    if (r.kind !== 'error') throw new Error(`accepted: ${text}`);
    return r.message;
  };

  it('an empty line says what to type', () => {
    expect(error('   ')).toEqual({ code: 'team.vote.empty' });
    expect(format(error(''), 'en')).toMatch(/b to go back, q to stop/);
  });

  it('a vote off the scale names it and the scale', () => {
    expect(error('4 7 3')).toEqual({ code: 'team.vote.notOnScale', params: { vote: '7', values: [1, 2, 3, 4], dontKnow: true } });
    expect(format(error('4 7 3'), 'en')).toBe("7 is not on the scale: choose among 1, 2, 3, 4 or ? (don't know). Type the line again.");
    expect(format(error('peut-être'), 'fr')).toBe('«\u202fpeut-être\u202f» n’est pas sur l’échelle\u00a0: choisissez parmi 1, 2, 3, 4 ou\u202f? (je ne sais pas). Retapez la ligne.');
  });

  it('"?" where the instrument has no don\'t know', () => {
    const { dontKnow: _dontKnow, ...noDontKnow } = instrument;
    expect(error('3 ?', noDontKnow as Instrument)).toEqual({ code: 'team.vote.noDontKnow', params: { values: [1, 2, 3, 4] } });
    expect(error('3 5', noDontKnow as Instrument)).toMatchObject({ code: 'team.vote.notOnScale', params: { dontKnow: false } });
  });

  it('still reads back, quit and votes', () => {
    expect(parseVoteLine(' B ', instrument)).toEqual({ kind: 'back' });
    expect(parseVoteLine('quitter', instrument)).toEqual({ kind: 'quit' });
    expect(parseVoteLine('4,3;?', instrument)).toEqual({ kind: 'votes', votes: [4, 3, null] });
  });
});
