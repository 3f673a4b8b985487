// Who a team view shows is decided from the counts alone: no group below the threshold, and no one worked out by
// subtracting the groups shown from the team. The notes say exactly why each group is hidden.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../src/core/types.js';
import { format } from '../src/i18n/index.js';
import { builtinModel } from '../src/io/load.js';
import { decideVisibility } from '../src/team/anonymity.js';
import { buildAggregate, type Aggregate } from '../src/team/aggregate.js';
import { TeamTally } from '../src/team/tally.js';

const { instrument, matrix } = builtinModel();
const ids = instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id));
const ctx = (minGroup: number) => ({ tool: { name: 'ex-maturity', version: 'test' }, lang: 'en' as const, generatedAt: '2026-01-01T00:00:00.000Z', schemaUrl: 'x', minGroup });
const same = (v: AnswerValue) => Object.fromEntries(ids.map((id) => [id, v]));
const sum = (xs: readonly { respondents: number }[]) => xs.reduce((n, x) => n + x.respondents, 0);

/** A team of groups of the given sizes (named a, b, c… in that order), plus respondents without a group. */
function team(sizes: readonly number[], ungrouped = 0, minGroup = 5): Aggregate {
  const tally = new TeamTally(instrument);
  sizes.forEach((n, i) => {
    for (let k = 0; k < n; k++) tally.add(same(((k % 4) + 1) as AnswerValue), String.fromCharCode(97 + i));
  });
  for (let k = 0; k < ungrouped; k++) tally.add(same(3));
  return buildAggregate(instrument, matrix, tally, ctx(minGroup));
}
const texts = (a: Aggregate) => a.notes.map((n) => format(n, 'en'));

describe('visibility from the counts alone (any sizes, any threshold)', () => {
  it('shows no group below the threshold, and leaves outside the groups shown nobody or at least the threshold', () => {
    const counts = fc.record({
      sizes: fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 10 }),
      ungrouped: fc.integer({ min: 0, max: 8 }),
      minGroup: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(counts, ({ sizes, ungrouped, minGroup }) => {
        const groups = sizes.map((respondents, i) => ({ name: `g${i}`, respondents }));
        const total = sum(groups) + ungrouped;
        const v = decideVisibility({ team: total, groups }, minGroup);
        const shown = v.groups.filter((g) => g.visibility === 'shown');
        const bySubtraction = v.groups.filter((g) => g.visibility === 'hidden-by-subtraction');
        const below = v.groups.filter((g) => g.visibility === 'below-threshold');

        expect(v.team).toBe(total >= minGroup);
        for (const g of shown) expect(g.respondents).toBeGreaterThanOrEqual(minGroup);
        // A team below the threshold shows nothing at all; a team shown leaves outside its groups shown nobody, or enough.
        const rest = total - sum(shown);
        if (v.team) expect(rest === 0 || rest >= minGroup).toBe(true);
        else expect(shown).toEqual([]);
        // Below the threshold means exactly that; the others hidden are large enough, and hidden smallest first.
        expect(below.map((g) => g.name)).toEqual(groups.filter((g) => g.respondents < minGroup).map((g) => g.name));
        for (const h of bySubtraction) {
          expect(h.respondents).toBeGreaterThanOrEqual(minGroup);
          for (const s of shown) expect(h.respondents).toBeLessThanOrEqual(s.respondents);
        }
        // No more hidden than needed: showing the largest of them again would give someone away.
        if (bySubtraction.length) {
          const back = rest - Math.max(...bySubtraction.map((g) => g.respondents));
          expect(back > 0 && back < minGroup).toBe(true);
        }
        expect([v.belowThreshold, v.hiddenBySubtraction]).toEqual([below.length, bySubtraction.length]);
        expect(v.groups.map((g) => [g.name, g.respondents])).toEqual(groups.map((g) => [g.name, g.respondents]));
      }),
      { seed: 20260101, numRuns: 1000 },
    );
  });

  it('the team view shows exactly those groups, with no figure at all for the others, and notes with exact counts', () => {
    const counts = fc.record({
      sizes: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 5 }),
      ungrouped: fc.integer({ min: 0, max: 4 }),
      minGroup: fc.integer({ min: 1, max: 8 }),
    });
    fc.assert(
      fc.property(counts, ({ sizes, ungrouped, minGroup }) => {
        const a = team(sizes, ungrouped, minGroup);
        const v = decideVisibility({ team: a.respondents, groups: a.groups.map((g) => ({ name: g.name!, respondents: g.respondents })) }, minGroup);
        expect(a.groups.map((g) => g.shown)).toEqual(v.groups.map((g) => g.visibility === 'shown'));
        expect(a.team.shown).toBe(v.team);
        for (const g of [a.team, ...a.groups].filter((x) => !x.shown)) expect(g).toEqual({ name: g.name, respondents: g.respondents, shown: false, ...(g.name === null ? {} : { hiddenBy: g.respondents < minGroup || !a.team.shown ? 'threshold' : 'subtraction' }), overall: null, dimensions: null, questions: null });
        const rest = a.respondents - sum(a.groups.filter((g) => g.shown));
        if (a.team.shown) expect(rest === 0 || rest >= minGroup).toBe(true);
        const n = (code: string) => a.notes.filter((x) => x.code === code).map((x) => (x.params as { n: number }).n);
        expect(n('team.note.belowThreshold')).toEqual(v.belowThreshold ? [v.belowThreshold] : []);
        expect(n('team.note.hiddenBySubtraction')).toEqual(v.hiddenBySubtraction ? [v.hiddenBySubtraction] : []);
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});

describe('the notes say why each group is hidden, and count right', () => {
  it('a group of 10 hidden to protect a group of 2 is not described as below the threshold', () => {
    const a = team([10, 2]);
    expect(a.groups.map((g) => [g.name, g.respondents, g.shown])).toEqual([['a', 10, false], ['b', 2, false]]);
    expect(a.notes).toEqual([
      { code: 'team.note.belowThreshold', params: { n: 1, minGroup: 5 } },
      { code: 'team.note.hiddenBySubtraction', params: { n: 1, minGroup: 5 } },
    ]);
    expect(texts(a)).toEqual([
      '1 group below the anonymity threshold (5): only its count is shown.',
      '1 more group hidden although large enough: otherwise the team minus the groups shown would give away the answers of fewer than 5 respondents.',
    ]);
    expect(a.notes.map((n) => format(n, 'fr'))).toEqual([
      '1 groupe sous le seuil d’anonymat (5)\u00a0: seul son effectif est montré.',
      '1 groupe de plus masqué, bien qu’assez grand\u00a0: sinon, l’équipe moins les groupes montrés redonnerait les réponses de moins de 5 personnes.',
    ]);
  });

  it('counts the groups below the threshold apart from those hidden by subtraction', () => {
    // 2 and 3 below 5 (and 3 + 2 + 1 ungrouped = 6 left outside: nothing more to hide); then 5 and 5 with a group of 3.
    expect(team([2, 3, 7], 1).notes.map((n) => [n.code, n.params])).toEqual([
      ['team.note.belowThreshold', { n: 2, minGroup: 5 }],
      ['team.note.ungrouped', { n: 1 }],
    ]);
    // dev 2, north 3, ops 5, south 3 at threshold 3: only dev is below it; north (the first of the smallest) protects it.
    const a = team([2, 3, 5, 3], 0, 3);
    expect(a.groups.map((g) => g.shown)).toEqual([false, false, true, true]);
    expect(texts(a)).toEqual([
      '1 group below the anonymity threshold (3): only its count is shown.',
      '1 more group hidden although large enough: otherwise the team minus the groups shown would give away the answers of fewer than 3 respondents.',
    ]);
  });

  it('protects respondents without a group too, and then no group is said to be below the threshold', () => {
    const a = team([5, 5], 1);
    expect(a.groups.map((g) => g.shown)).toEqual([false, true]);
    expect(a.notes.map((n) => n.code)).toEqual(['team.note.hiddenBySubtraction', 'team.note.ungrouped']);
    expect(texts(a).join('\n')).not.toMatch(/below the anonymity threshold/);
  });

  it('says how many groups are hidden in plain plurals, never "(s)"', () => {
    const a = team([6, 6, 1, 1, 2], 0, 5);
    expect(texts(a)[0]).toBe('3 groups below the anonymity threshold (5): only their count is shown.');
    expect(texts(a)[1]).toMatch(/^1 more group hidden although large enough/);
    expect(texts(team([1, 1], 3, 2)).join('\n')).not.toMatch(/\(s\)/);
  });
});
