// Properties under hostile input: the anonymity rules for random teams, the CSV reader against csv-parse on mixed line
// endings and stray quotes, documents given to compare, sessions. Fixed seeds; the counts tried are in the report.
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../src/core/types.js';
import { UserError } from '../src/errors.js';
import { compareSide } from '../src/io/compare-input.js';
import { readDeclaredFile } from '../src/io/parse.js';
import { CsvRecords, CsvSyntaxError } from '../src/io/csv-records.js';
import { builtinModel } from '../src/io/load.js';
import { buildAggregate, type GroupView } from '../src/team/aggregate.js';
import { TeamTally } from '../src/team/tally.js';
import { buildWorkshopAggregate, newSession } from '../src/team/workshop.js';
import { sessionStore } from '../src/app/sessions.js';
import { readDraftAnswers } from '../src/commands/interview/flow.js';
import { inert } from '../src/i18n/control.js';

const { instrument, matrix } = builtinModel();
const ids = instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id));
const ctx = { tool: { name: 'ex-maturity', version: 'test' }, lang: 'en' as const, generatedAt: '2026-01-01T00:00:00.000Z', schemaUrl: 'x' };
/** Answers with heavy don't-know patterns: whole dimensions left as don't know, or nearly everything. */
const answers = fc
  .tuple(fc.array(fc.constantFrom<AnswerValue>(1, 2, 3, 4, null), { minLength: ids.length, maxLength: ids.length }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([values, blankDims, dk]) => Object.fromEntries(ids.map((id, i) => [id, blankDims[Math.floor(i / 5)] || values[i]! === null || (i * 7919) % 100 < dk * 100 ? null : values[i]!])));

/** Every published figure of a report and how many people it rests on. */
function published(v: GroupView): { dims: (number | null)[]; questions: (number | null)[] } {
  return {
    dims: v.dimensions ? v.dimensions.map((d) => (d.scoreExact === null ? null : (d.scored ?? 0))) : [],
    questions: v.questions ? v.questions.map((q) => (q.answers.length && q.answered ? q.answered : null)) : [], // no answer: no figure
  };
}

describe('anonymity, for random groups, thresholds and don’t-know patterns', () => {
  it('no published figure rests on fewer contributors than the threshold, directly or by subtraction between two figures', () => {
    let tried = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(answers, fc.constantFrom('a', 'b', 'c', 'd', '')), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (people, t) => {
        tried++;
        const tally = new TeamTally(instrument);
        for (const [a, g] of people) if (Object.values(a).some((v) => v !== null)) tally.add(a, g || undefined);
        const agg = buildAggregate(instrument, matrix, tally, { ...ctx, minGroup: t });
        const views = [agg.team, ...agg.groups].filter((v) => v.shown);
        for (const v of views) {
          const p = published(v);
          for (const c of [...p.dims, ...p.questions]) if (c !== null) expect(c).toBeGreaterThanOrEqual(t);
          // Min, max, median and level shares never appear without a published score.
          for (const d of v.dimensions ?? []) if (d.scoreExact === null) expect([d.min, d.max, d.median, d.levels.length]).toEqual([null, null, null, 0]);
        }
        // Subtraction: the team's figure minus any set of groups' published figures rests on 0 or at least t people.
        if (agg.team.shown) {
          const team = published(agg.team);
          const groups = agg.groups.filter((g) => g.shown).map(published);
          for (const key of ['dims', 'questions'] as const) {
            team[key].forEach((c, i) => {
              if (c === null) return;
              const parts = groups.map((g) => g[key][i]).filter((x): x is number => x !== null);
              for (let mask = 1; mask < 1 << parts.length; mask++) {
                const rest = c - parts.reduce((n, x, j) => n + (mask & (1 << j) ? x : 0), 0);
                expect(rest === 0 || rest >= t).toBe(true);
              }
            });
          }
        }
        // Gaps only between published scores; the discussion list only from published statements.
        for (const gap of agg.gaps) for (const name of [gap.high.group, gap.low.group]) {
          const g = agg.groups.find((x) => x.name === name)!;
          expect(g.dimensions!.find((d) => d.id === gap.dimension)!.scoreExact).not.toBeNull();
        }
        for (const d of agg.discuss) expect(agg.team.questions!.find((q) => q.id === d.question)!.answered).toBeGreaterThanOrEqual(t);
      }),
      { numRuns: 1500, seed: 11 },
    );
    expect(tried).toBe(1500);
  });

  it('a workshop publishes a statement only when it has at least the threshold of votes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom<AnswerValue>(1, 2, 3, 4, null), { maxLength: 9 }), { minLength: ids.length, maxLength: ids.length }), fc.integer({ min: 1, max: 8 }), (votes, t) => {
        const session = newSession(instrument);
        ids.forEach((id, i) => (session.votes[id] = votes[i]!));
        session.position = ids.length;
        const agg = buildWorkshopAggregate(instrument, matrix, session, { ...ctx, minGroup: t });
        for (const q of agg.team.questions ?? []) if (q.answers.length && q.answered) expect(q.answered).toBeGreaterThanOrEqual(t);
      }),
      { numRuns: 500, seed: 10 },
    );
  });
});

describe('the CSV reader against csv-parse, on mixed line endings and stray quotes', () => {
  const field = fc.oneof(
    fc.stringMatching(/^[a-z 0-9?-]{0,6}$/),
    fc.stringMatching(/^[a-z ]{0,4}"[a-z ]{0,4}$/), // a stray quote inside an unquoted field: refused by both
    fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' '), maxLength: 6 }).map((s) => `"${s.replace(/"/g, '""')}"`),
  );
  const text = fc.array(fc.tuple(fc.array(field, { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n')), { minLength: 1, maxLength: 6 }).map((rows) => rows.map(([r, eol]) => r.join(',') + eol).join(''));
  it('reads each line ending as csv-parse does with every line ending allowed, and refuses what it refuses', () => {
    fc.assert(
      fc.property(text, (t) => {
        let ours: string[][] | 'refused';
        try {
          const out: string[][] = [];
          const r = new CsvRecords(',', (f) => out.push(f), 1 << 20);
          r.push(t);
          r.end();
          ours = out;
        } catch (e) {
          if (!(e instanceof CsvSyntaxError)) throw e;
          ours = 'refused';
        }
        let ref: string[][] | 'refused';
        try {
          ref = parse(t, { relax_column_count: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n'] }) as string[][];
        } catch {
          ref = 'refused';
        }
        expect(ours).toEqual(ref);
      }),
      { numRuns: 3000, seed: 15 },
    );
  });
});

describe('documents given to compare', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ex-maturity-cmp-'));
  const tally = new TeamTally(instrument);
  for (let i = 0; i < 6; i++) tally.add(Object.fromEntries(ids.map((id) => [id, ((i % 4) + 1) as AnswerValue])), undefined);
  const good = JSON.parse(JSON.stringify(buildAggregate(instrument, matrix, tally, { ...ctx, minGroup: 5 })));
  const bad = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(null, 'x', true, [], {}, -0, 1e308, -500, Number.MAX_SAFE_INTEGER + 2));
  const where = fc.constantFrom('team.respondents', 'anonymity.minGroup', 'team.dimensions.0.scoreExact', 'team.overall.scoreExact', 'team.shown', 'team.dimensions.2.id', 'schemaVersion');
  it('are believed only when every value is one the tool could have written; otherwise refused as a user error', () => {
    let n = 0;
    fc.assert(
      fc.asyncProperty(where, bad, async (path, value) => {
        const doc = JSON.parse(JSON.stringify(good));
        const keys = path.split('.');
        let o = doc;
        for (const k of keys.slice(0, -1)) o = o[k];
        o[keys.at(-1)!] = value;
        const file = join(dir, `d${n++}.json`);
        writeFileSync(file, JSON.stringify(doc, null, 2));
        try {
          const side = compareSide(await readDeclaredFile(file), instrument);
          for (const s of [...Object.values(side.dimensions), side.overall]) if (s !== null) expect(s >= 0 && s <= 100).toBe(true);
          expect(side.respondents! >= (side.minGroup ?? 1)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(UserError);
        }
      }),
      { numRuns: 600, seed: 17 },
    );
  });
});

describe('sessions', () => {
  it('any bytes in a draft file are resumed, or set aside as unusable: never a crash', () => {
    const cache = mkdtempSync(join(tmpdir(), 'ex-maturity-cache-'));
    const env = { XDG_CACHE_HOME: cache } as NodeJS.ProcessEnv;
    const store = sessionStore('draft', instrument, readDraftAnswers, env);
    const payload = fc.oneof(
      fc.string(),
      fc.json(),
      fc.record({ sessionVersion: fc.constantFrom(1, 2, 3), kind: fc.constantFrom('draft', 'workshop'), instrument: fc.constant({ id: 'ex-25', version: '1.0.0' }), data: fc.dictionary(fc.constantFrom(...ids, '__proto__', 'constructor'), fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constant(null), fc.string())) }).map((x) => JSON.stringify(x)),
    );
    fc.assert(
      fc.property(payload, (text) => {
        store.save({});
        writeFileSync(store.path, text);
        const found = store.load();
        expect(['none', 'found', 'unusable']).toContain(found.kind);
        if (found.kind === 'found') for (const [id, v] of Object.entries(found.data)) expect(ids.includes(id) && (v === null || [1, 2, 3, 4].includes(v as number))).toBe(true);
      }),
      { numRuns: 1000, seed: 22 },
    );
  });
});

describe('inert', () => {
  it('returns text without a control character at once, and otherwise what its full rule gives', () => {
    const units = [...'aé’ «»\t\n\r', '\x1b', '\x1b[31m', '\x1b]0;t\x07', '\x9b', '\x90', '\x07', '\x00', '\x7f', '\x9f', '\xa0', '\u202f', '\r\n'];
    // The rule itself, without the shortcut: every escape sequence or control character but \n and \t becomes �.
    const CONTROL = /\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)|\u001b[ -~]?|\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
    const full = (t: string) => t.replace(CONTROL, (m) => (m === '\r\n' ? '\n' : '\ufffd'));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 16 }).map((u) => u.join('')), (t) => inert(t) === full(t)),
      { numRuns: 5000, seed: 23 },
    );
  });
});
