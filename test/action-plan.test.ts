// The plan file's core: dates, validation with located issues, what is overdue, how statements moved.
import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, dueState, movements, parsePlanFile, reviewPlan, type PlanFile } from '../src/core/action-plan.js';
import { format } from '../src/i18n/index.js';
import { ex25, ex25Matrix } from './helpers/model.js';

const base = (): Record<string, unknown> => ({
  kind: 'plan',
  schemaVersion: 1,
  instrument: 'ex-25',
  version: ex25.version,
  language: 'en',
  baseline: { kind: 'aggregate', measuredAt: null, respondents: 4, statements: { 'sense-1': { 1: 2, 2: 2, 3: 0, 4: 0 } } },
  actions: [{ id: 'sense-1-a', title: 'x', dimension: 'sense', owner: 'hr', role: null, due: '2027-01-31', status: 'planned', note: null, addresses: ['sense-1'] }],
});
const issues = (raw: unknown) => parsePlanFile(raw, ex25, ex25Matrix).issues.map((i) => `${i.path.join('.')}: ${format(i, 'en')}`);

describe('dates', () => {
  it('reads only real calendar dates', () => {
    expect(dayNumber('2026-03-14')).toBe(20526);
    expect(dayNumber('2026-02-30')).toBeUndefined();
    expect(dayNumber('2026-3-14')).toBeUndefined();
  });
  it('adds months, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-14', 12)).toBe('2027-03-14');
  });
  it('says what is overdue, due soon, later', () => {
    expect(dueState({ due: '2026-03-13', status: 'in-progress' }, '2026-03-14')).toEqual({ state: 'overdue', daysLeft: -1 });
    expect(dueState({ due: '2026-03-14', status: 'planned' }, '2026-03-14')).toEqual({ state: 'due-soon', daysLeft: 0 });
    expect(dueState({ due: '2026-04-14', status: 'planned' }, '2026-03-14').state).toBe('later');
    expect(dueState({ due: '2020-01-01', status: 'done' }, '2026-03-14').state).toBe('done');
  });
});

describe('parsePlanFile', () => {
  it('accepts a well-formed plan; blank role and note are none', () => {
    const raw = base();
    (raw.actions as Record<string, unknown>[])[0]!.note = Symbol('blank');
    const { plan } = parsePlanFile(raw, ex25, ex25Matrix);
    expect(plan?.actions[0]).toMatchObject({ id: 'sense-1-a', note: null, role: null, due: '2027-01-31' });
  });
  it('locates each problem: unknown action, dimension, due date, status, owner, statement, version', () => {
    const raw = base();
    raw.version = '0.1';
    const a = (raw.actions as Record<string, unknown>[])[0]!;
    (raw.actions as unknown[]).push({ ...a, id: 'fulfilment-1-a', dimension: 'sense', due: '2027-01-01', status: 'done', owner: 'hr' });
    Object.assign(a, { id: 'sense-9-z', due: '31/01/2027', status: 'started', owner: 'Alice', extra: 1 });
    (raw.baseline as { statements: Record<string, unknown> }).statements['sense-99'] = { 1: 1 };
    expect(issues(raw)).toEqual([
      expect.stringMatching(/^version: This plan was made for version "0.1" of ex-25/),
      expect.stringMatching(/^baseline\.statements\.sense-99: "sense-99" is not a statement of ex-25/),
      expect.stringMatching(/^actions\.0\.extra: Unknown key "extra": an action holds id, title/),
      expect.stringMatching(/^actions\.0\.id: The action "sense-9-z" is not in the action matrix of ex-25/),
      expect.stringMatching(/^actions\.0\.owner: Unknown owner "Alice"/),
      expect.stringMatching(/^actions\.0\.due: The due date "31\/01\/2027" is not a date/),
      expect.stringMatching(/^actions\.0\.status: The status "started" is not one of/),
      expect.stringMatching(/^actions\.1\.dimension: The action "fulfilment-1-a" belongs to "fulfilment", not "sense"/),
    ]);
  });
  it('refuses what is not a plan, and a plan for another instrument', () => {
    expect(issues({ answers: {} })).toContainEqual(expect.stringMatching(/^kind: This is not a plan file/));
    expect(issues({ ...base(), instrument: 'mirror-employees' })).toContain('instrument: This plan was made for the instrument "mirror-employees", not "ex-25": pass that instrument with --instrument, or make a new plan with plan init.');
  });
});

describe('movements', () => {
  it('a team: the 0–100 score of the statement and Welch on the change', () => {
    const [m] = movements('sense-1', { counts: { 1: 10, 2: 10, 3: 0, 4: 0 } }, { counts: { 1: 0, 2: 10, 3: 10, 4: 0 } }, ex25);
    expect(m).toMatchObject({ before: 16.7, after: 50, change: 33.3, n: { before: 20, after: 20 }, verdict: 'improved' });
    expect(m!.interval![0]).toBeGreaterThan(0);
  });
  it('a person: a plain delta, no interval', () => {
    expect(movements('sense-1', { answer: 2 }, { answer: 4 }, ex25)[0]).toMatchObject({ before: 2, after: 4, change: 2, interval: null, verdict: 'improved' });
    expect(movements('sense-1', { answer: null }, { answer: 4 }, ex25)[0]).toMatchObject({ change: null, verdict: null });
  });
  it('the mirror: each side, Newcombe on the favourable %', () => {
    const [e, c] = movements('trust-1', { sides: { employees: { k: 48, n: 80 }, customers: { k: 10, n: 20 } } }, { sides: { employees: { k: 56, n: 70 } } }, ex25);
    expect(e).toMatchObject({ side: 'employees', before: 60, after: 80, change: 20, interval: [5.2, 33.4], verdict: 'improved' });
    expect(c).toMatchObject({ side: 'customers', before: 50, after: null, change: null, interval: null, verdict: null });
  });
  it('review: a done action whose statements did not move calls for a conversation; improvements outside the plan are listed', () => {
    const plan: PlanFile = {
      instrument: { id: 'ex-25', version: ex25.version },
      language: 'en',
      baseline: { kind: 'result', measuredAt: null, respondents: null, statements: { 'sense-1': { answer: 2 }, 'sense-2': { answer: 1 } } },
      actions: [{ id: 'sense-1-a', title: '', dimension: 'sense', owner: null, role: null, due: '2026-01-01', status: 'done', note: null, addresses: ['sense-1'] }],
    };
    const r = reviewPlan(plan, { statements: { 'sense-1': { answer: 2 }, 'sense-2': { answer: 3 } } }, ex25, '2026-03-01');
    expect(r.actions[0]).toMatchObject({ conversation: true, state: 'done' });
    expect(r.unplanned.map((m) => m.id)).toEqual(['sense-2']);
  });
});
