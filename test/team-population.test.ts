import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../src/core/types.js';
import { builtinModel } from '../src/io/load.js';
import { render } from '../src/render/registry.js';
import { buildWorkshopAggregate, newSession } from '../src/team/workshop.js';
import { cli, tempDir } from './helpers/cli.js';

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

describe('--population FILE: people invited per group (issue 21, point 1)', () => {
  const team = `${import.meta.dirname}/../examples/team`;
  const write = (text: string) => {
    const file = join(tempDir(), 'populations.csv');
    writeFileSync(file, text);
    return file;
  };

  it("gives each group its response rate and the finite-population correction, the team the sum of the groups'", () => {
    const file = write('group,invited\nfrontline,40\nmanagers,6\nsupport,8\n"leadership",6\n');
    const plain = JSON.parse(cli(['aggregate', team, '--format', 'json']).stdout);
    const r = cli(['aggregate', team, '--format', 'json', '--population', file]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.population).toEqual({ invited: 60, responseRate: 41.7 });
    const group = (d: typeof doc, name: string) => d.groups.find((g: { name: string }) => g.name === name);
    expect(group(doc, 'frontline').population).toEqual({ invited: 40, responseRate: 22.5 });
    // managers: all 6 invited answered, so their figures have no sampling error at all.
    const managers = group(doc, 'managers').dimensions[0];
    expect(managers.ci).toEqual([managers.score, managers.score]);
    const before = group(plain, 'frontline').dimensions[0].ci;
    const after = group(doc, 'frontline').dimensions[0].ci;
    expect(after[1] - after[0]).toBeLessThan(before[1] - before[0]);
    const table = cli(['aggregate', team, '--population', file]).stdout.replace(/\s+/g, ' ');
    expect(table).toContain('Response rate per group: frontline 9 of 40 (22.5%), leadership 5 of 6 (83.3%), managers 6 of 6 (100.0%), support 5 of 8 (62.5%).');
  });

  it('refuses a bad line, naming the file and the line, and a group with more respondents than people invited', () => {
    const bad = write('frontline,40\nmanagers,many\n');
    const r = cli(['aggregate', team, '--population', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:2: "managers,many" is not a group and its number of people invited.`);
    const small = write('frontline,4\nmanagers,6\n');
    const s = cli(['aggregate', team, '--population', small]);
    expect(s.code).toBe(2);
    expect(s.stderr.replace(/\s+/g, ' ')).toContain('the group frontline has 4 people invited but 9 answered');
    const partial = cli(['aggregate', team, '--population', write('frontline,10\n')]);
    expect(partial.code).toBe(2);
    expect(partial.stderr.replace(/\s+/g, ' ')).toContain('its groups add up to 10 people invited but 25 answered');
    expect(cli(['aggregate', team, '--population', join(tempDir(), 'none.csv')]).code).toBe(2);
  });
});
