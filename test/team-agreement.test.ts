import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../src/core/types.js';
import { builtinModel } from '../src/io/load.js';
import { render } from '../src/render/registry.js';
import { buildAggregate, type Aggregate } from '../src/team/aggregate.js';
import { TeamTally } from '../src/team/tally.js';

const { instrument, matrix } = builtinModel();
const ids = instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id));

/** Six people: sense-1 split between the two ends (1 1 1 4 4 4), every other statement 3 3 3 3 3 2. */
function team(lang: 'en' | 'fr' = 'en'): Aggregate {
  const tally = new TeamTally(instrument);
  for (let i = 0; i < 6; i++) {
    const answers: Record<string, AnswerValue> = {};
    for (const id of ids) answers[id] = i === 5 ? 2 : 3;
    answers['sense-1'] = i < 3 ? 1 : 4;
    tally.add(answers);
  }
  return buildAggregate(instrument, matrix, tally, { tool: { name: 'ex-maturity', version: 'test' }, lang, generatedAt: '2026-01-01T00:00:00.000Z', schemaUrl: 'x', minGroup: 5 });
}

describe('the agreement index per statement in the team view (issue 21, point 6)', () => {
  it('is 0 for a room split between the ends and 0.85 for five 3s and a 2 (Tastle–Wierman), in JSON', () => {
    const a = team();
    const q = (id: string) => a.team.questions!.find((x) => x.id === id)!;
    expect(q('sense-1').agreement).toBe(0);
    // mean 2.833; 1 + 5/6·log2(1 − 0.1667/3) + 1/6·log2(1 − 0.8333/3) = 1 − 0.0687 − 0.0783 = 0.853
    expect(q('sense-2').agreement).toBe(0.853);
  });

  it('shows beside each statement in Markdown and HTML, beside the statements to discuss in the terminal, and in CSV', async () => {
    const a = team();
    const opts = { lang: 'en' as const, width: 80, bom: false };
    const md = await render('aggregate', a, 'markdown', opts);
    expect(md).toMatch(/\| Agreement \|/);
    expect(md).toMatch(/`sense-2`\) \| 0 \| 1 \| 5 \| 0 \| 0 \| 2\.83\u00a0\(2\.40–3\.26\) \| 0\.37 \| 0\.85 \|/);
    expect(md).toMatch(/Agreement = Tastle and Wierman/);
    const html = await render('aggregate', a, 'html', opts);
    expect(html).toContain('<td class="num">0.85</td>');
    const table = await render('aggregate', a, 'table', opts);
    expect(table).toMatch(/Agreement 0\.00/);
    const csv = (await render('aggregate', a, 'csv', opts)).split('\r\n');
    expect(csv[0]).toMatch(/,n,ciLow,ciHigh,borderline,statement,mean,agreement$/);
    expect(csv.find((l) => l.includes(',sense-2,'))).toMatch(/,sense-2,2\.83,0\.853$/);
    const fr = await render('aggregate', team('fr'), 'markdown', { ...opts, lang: 'fr' });
    expect(fr).toMatch(/\| Accord \|/);
    expect(fr).toMatch(/\| 0,85 \|/);
  });
});
