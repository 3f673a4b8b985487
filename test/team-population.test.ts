import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../src/core/types.js';
import { builtinModel } from '../src/io/load.js';
import { render } from '../src/render/registry.js';
import { buildWorkshopAggregate, newSession } from '../src/team/workshop.js';

const { instrument, matrix } = builtinModel();
const ctx = { tool: { name: 'ex-maturity', version: 'test' }, lang: 'en' as const, generatedAt: '2026-01-01T00:00:00.000Z', schemaUrl: 'x', minGroup: 3 };
const ids = instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id));

describe("a workshop's dimension scores carry intervals (issue 21, point 1)", () => {
  it('hand-computed: six votes 4 3 3 2 4 3 on each statement give 72.2 (45.9–98.6), n 6, and the overall an interval too', () => {
    const session = newSession(instrument);
    for (const id of ids) session.votes[id] = [4, 3, 3, 2, 4, 3] as AnswerValue[];
    const a = buildWorkshopAggregate(instrument, matrix, session, ctx);
    const sense = a.team.dimensions![0]!;
    // s = 0.7528 per statement; SE ≤ 5·√6·0.7528 / 30 = 0.3073 on the scale = 10.24 points; t(5) = 2.5706: ± 26.33
    expect(sense).toMatchObject({ score: 72.2, n: 6, ci: [45.9, 98.6], borderline: 2 });
    expect(a.team.overall).toMatchObject({ score: 72.2, n: 6, ci: [45.9, 98.6] });
  });

  it('puts the score inside its interval when the statements are voted differently', () => {
    const session = newSession(instrument);
    const rows = [[4, 1, 3], [3, 2, 3], [2, 4, 3], [4, 4, 2], [1, 3, 4], [3, 3, 3]];
    instrument.dimensions[0]!.questions.forEach((q, j) => (session.votes[q.id] = rows.map((r) => r[j % 3]!) as AnswerValue[]));
    const sense = buildWorkshopAggregate(instrument, matrix, session, ctx).team.dimensions![0]!;
    expect(sense.ci![1] - sense.ci![0]).toBeGreaterThan(0);
    expect(sense.ci![0]).toBeLessThanOrEqual(sense.score!);
    expect(sense.ci![1]).toBeGreaterThanOrEqual(sense.score!);
  });

  it('shows the interval beside the workshop scores in the Markdown report', async () => {
    const session = newSession(instrument);
    for (const id of ids) session.votes[id] = [4, 3, 3, 2, 4, 3] as AnswerValue[];
    const md = await render('aggregate', buildWorkshopAggregate(instrument, matrix, session, ctx), 'markdown', { lang: 'en', width: 80, bom: false });
    expect(md).toMatch(/\| Purpose \| 72\.2 \(45\.9–98\.6\) \|/);
  });
});
