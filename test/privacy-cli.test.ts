// Issue 19, the privacy half, through the installed binary: comments of a hidden team, names that read the same,
// don't-know labels that read as an answer, hexadecimal answers, JSON nested too deep, the mirror on contributors, the
// register of released figures. Every run gets its own cache folder, so the register of one test never meets another's.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as run, cliAsync as runAsync, tempDir, fixture, type CliRun } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const EX25 = [...readFileSync(join(ROOT, 'questions', 'ex-25.yaml'), 'utf8').matchAll(/^\s+- id: ([a-z]+-\d)\s*$/gm)].map((m) => m[1]!);
const MIRROR = ['facilitation', 'trust', 'courtesy', 'cooperation', 'consideration', 'responsibility', 'listening', 'autonomy', 'competence', 'human-digital', 'values'].flatMap((d) => [`${d}-1`, `${d}-2`]);

/** The CLI with a cache folder of its own (the register stays empty unless the test passes one). */
function cli(args: string[], opts: { cache?: string; env?: Record<string, string> } = {}): CliRun {
  return run(args, { env: { XDG_CACHE_HOME: opts.cache ?? tempDir(), SOURCE_DATE_EPOCH: '1764547200', ...opts.env } });
}

/** A CSV of rows (one per respondent) with ids as headers, optional extra columns first. */
function csv(dir: string, name: string, ids: string[], rows: { cells: (id: string, q: number) => string; extra?: Record<string, string> }[]): string {
  const extra = Object.keys(rows[0]?.extra ?? {});
  const lines = [[...extra, ...ids].join(',')];
  for (const r of rows) lines.push([...extra.map((k) => r.extra![k]!), ...ids.map((id, q) => r.cells(id, q))].join(','));
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
const all = (v: string) => () => v;

describe('point 5: comments', () => {
  it('prints no comment of a hidden team, whatever --min-comments, and warns below 3', () => {
    const dir = tempDir();
    const body = EX25.map((id) => `  ${id}: 3`).join('\n');
    writeFileSync(join(dir, 'p1.yaml'), `instrument: ex-25\ncomment: "Paul in room 4 hates it"\nanswers:\n${body}\n`);
    for (const format of ['table', 'json', 'markdown', 'html']) {
      const r = cli(['aggregate', join(dir, 'p1.yaml'), '--min-comments', '1', '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('Paul');
    }
    const doc = JSON.parse(cli(['aggregate', join(dir, 'p1.yaml'), '--min-comments', '1', '--format', 'json']).stdout);
    expect(doc.comments).toMatchObject({ shown: false, items: [] });
    expect(doc.notes.map((n: { code: string }) => n.code)).toContain('team.note.lowCommentThreshold');
    // A shown team with comments from 2 on: shown, with the warning in every human format.
    for (let i = 2; i <= 5; i++) writeFileSync(join(dir, `p${i}.yaml`), `instrument: ex-25\ncomment: "idea ${i}"\nanswers:\n${body}\n`);
    const shown = cli(['aggregate', dir, '--min-comments', '2']);
    expect(shown.stdout).toContain('idea 3');
    expect(shown.stdout).toMatch(/comments shown from 2 on, below 3/);
    expect(cli(['aggregate', dir]).stdout).not.toMatch(/comments shown from/);
  });
});

describe('point 7: names that read the same', () => {
  it('makes one group of "sales", "sales" + a zero-width space and "sales" wrapped in bidi marks, in every format', () => {
    const dir = tempDir();
    const names = ['sales', 'sales\u200b', '\u202asales\u202c', 'sa\u200dles', 'other'];
    const rows = Array.from({ length: 25 }, (_, i) => ({ extra: { group: names[i % 5]! }, cells: all(String((i % 4) + 1)) }));
    const file = csv(dir, 'team.csv', EX25, rows);
    const doc = JSON.parse(cli(['aggregate', file, '--format', 'json']).stdout);
    expect(doc.groups.map((g: { name: string; respondents: number }) => [g.name, g.respondents])).toEqual([
      ['other', 5],
      ['sales', 20],
    ]);
    for (const format of ['table', 'markdown', 'html', 'csv']) expect(cli(['aggregate', file, '--format', format]).stdout).not.toMatch(/\u200b|\u200d|[\u202a-\u202e]/);
  });

  it('shows a respondent label and group without their invisible and bidi characters, in every format of a result', () => {
    const dir = tempDir();
    const file = join(dir, 'a.yaml');
    const body = EX25.map((id) => `  ${id}: 3`).join('\n');
    writeFileSync(file, `instrument: ex-25\nrespondent:\n  label: "Ali\\u200bce \\u202eevil\\u202c"\n  group: "sa\\u200dles"\nanswers:\n${body}\n`);
    const doc = JSON.parse(cli(['assess', '--answers', file, '--format', 'json']).stdout);
    expect(doc.respondent).toEqual({ label: 'Alice evil', group: 'sales' });
    for (const format of ['table', 'markdown', 'html', 'csv']) {
      const r = cli(['assess', '--answers', file, '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      if (format === 'markdown' || format === 'html') expect(r.stdout).toContain('Alice evil');
      expect(r.stdout).not.toMatch(/\u200b|\u200d|[\u202a-\u202e]/);
    }
  });
});

describe('point 14: never an internal error on a bad cache folder or deep JSON', () => {
  it('refuses JSON nested 8,000 deep in assess and validate: exit 2, the file named', () => {
    const dir = tempDir();
    const file = join(dir, 'deep.json');
    writeFileSync(file, '['.repeat(8000) + ']'.repeat(8000));
    for (const args of [['assess', '--answers', file], ['validate', file]]) {
      const r = cli(args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`${file}:1: arrays or objects nested more than 100 deep`);
      expect(r.stderr).not.toMatch(/internal error|RangeError/);
    }
  });
});

describe('point 18: one reading of an answer', () => {
  it('refuses an instrument whose don\'t-know label reads as a scale value or label', () => {
    const dir = tempDir();
    const base = readFileSync(fixture('custom-instrument.yaml'), 'utf8');
    for (const [label, value] of [['"7"', 7], ['"COMPLETELY!"', 10], ['not at all', 0]] as const) {
      const file = join(dir, `dk-${value}.yaml`);
      writeFileSync(file, base.replace(/^scale:/m, `dontKnow: {label: ${label}}\nscale:`));
      const r = cli(['validate', file]);
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stdout + r.stderr).toContain(`reads as the scale point ${value}`);
    }
  });

  it('reads 0x3 alike in a YAML answers file and a CSV cell: refused in both', () => {
    const dir = tempDir();
    const yaml = join(dir, 'a.yaml');
    writeFileSync(yaml, `instrument: ex-25\nanswers:\n${EX25.map((id, i) => `  ${id}: ${i === 0 ? '0x3' : '3'}`).join('\n')}\n`);
    const y = cli(['assess', '--answers', yaml]);
    expect(y.code).toBe(2);
    expect(y.stderr).toContain('0x3');
    const c = cli(['aggregate', '--strict', csv(dir, 'a.csv', EX25, [{ cells: (_id, q) => (q === 0 ? '0x3' : '3') }])]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('0x3');
  });
});

describe('point 1: the mirror on contributors', () => {
  it('5 employees, 4 of them don’t know on listening: the one answer is in no format, and every format says withheld', () => {
    const dir = tempDir();
    const e = csv(dir, 'e.csv', MIRROR, [...Array.from({ length: 4 }, () => ({ cells: (id: string) => (id.startsWith('listening') ? '?' : '3') })), { cells: (id: string) => (id.startsWith('listening') ? '1' : '3') }]);
    const c = csv(dir, 'c.csv', MIRROR, Array.from({ length: 10 }, () => ({ cells: all('3') })));
    const args = ['mirror', '--employees', e, '--customers', c];
    const m = JSON.parse(cli([...args, '--format', 'json']).stdout);
    const li = m.dimensions.find((d: { id: string }) => d.id === 'listening');
    expect(li.employees).toMatchObject({ contributors: 1, favourable: null, withheld: true });
    expect(li.gap).toBeNull();
    expect(m.pairs.filter((p: { id: string }) => p.id.startsWith('listening')).map((p: { employees: { withheld: boolean } }) => p.employees.withheld)).toEqual([true, true]);
    expect(cli([...args, '--format', 'csv']).stdout).toMatch(/^dimension,,listening,listening,[^\n]*,5,withheld,2,,,/m);
    for (const format of ['table', 'markdown', 'html']) {
      const out = cli([...args, '--format', format]).stdout;
      expect(out, format).toContain('withheld');
      expect(out, format).toMatch(/figures withheld so that none rests on fewer than 5 people who answered/);
    }
  });
});

describe('point 6: what the notes and the lines say is true', () => {
  it('a group hidden by subtraction says so on its own line, in every format; the withheld note names what', () => {
    const dir = tempDir();
    const rows = [
      ...Array.from({ length: 10 }, (_, i) => ({ extra: { group: 'a' }, cells: all(String((i % 4) + 1)) })),
      ...Array.from({ length: 9 }, (_, i) => ({ extra: { group: 'b' }, cells: all(String((i % 4) + 1)) })),
      ...Array.from({ length: 2 }, () => ({ extra: { group: 'c' }, cells: all('3') })),
    ];
    const file = csv(dir, 'team.csv', EX25, rows);
    const doc = JSON.parse(cli(['aggregate', file, '--min-group', '6', '--format', 'json']).stdout);
    expect(doc.groups.map((g: { name: string; hiddenBy?: string }) => [g.name, g.hiddenBy ?? null])).toEqual([
      ['a', null],
      ['b', 'subtraction'],
      ['c', 'threshold'],
    ]);
    for (const format of ['table', 'markdown', 'html']) {
      const out = cli(['aggregate', file, '--min-group', '6', '--format', format]).stdout.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
      expect(out, format).toContain('9 respondents: enough, but hidden so that the team minus the groups shown gives away no group smaller than 6');
      expect(out, format).not.toContain('9 respondents: below the threshold');
    }
    // 6 in a, 5 in b of whom 4 don't know on sense-1: b's sense-1 rests on 1 person, and the team minus a would give it.
    const rows2 = [
      ...Array.from({ length: 6 }, () => ({ extra: { group: 'a' }, cells: all('3') })),
      ...Array.from({ length: 5 }, (_, i) => ({ extra: { group: 'b' }, cells: (id: string) => (id === 'sense-1' && i < 4 ? '?' : '2') })),
    ];
    const note = JSON.parse(cli(['aggregate', csv(dir, 'team2.csv', EX25, rows2), '--format', 'json']).stdout).notes.find((n: { code: string }) => n.code === 'team.note.withheld');
    expect(note.message).toMatch(/2 statements \(their counts only\); a: sense-1; b: sense-1\.$/);
  });
});

describe('point 4: the register of released figures', () => {
  /** Six respondents answering 1–4 in turn (the leaver answers 1 everywhere), with ids as headers. */
  const team = (dir: string, name: string, n: number) => csv(dir, name, EX25, Array.from({ length: n }, (_, i) => ({ cells: all(String(i === n - 1 ? 1 : (i % 3) + 2)) })));

  it('an aggregate of the same team with one person gone withholds what the difference would give; --allow-overlap shows it with a warning', () => {
    const dir = tempDir();
    const cache = tempDir();
    const before = JSON.parse(cli(['aggregate', team(dir, 'march.csv', 7), '--format', 'json'], { cache }).stdout);
    expect(before.team.overall.score).not.toBeNull();
    // The same file again: the same set, nothing to hide.
    expect(JSON.parse(cli(['aggregate', join(dir, 'march.csv'), '--format', 'json'], { cache }).stdout).team.overall).toEqual(before.team.overall);
    const after = cli(['aggregate', team(dir, 'april.csv', 6), '--format', 'json'], { cache });
    expect(after.code, after.stderr).toBe(0);
    const doc = JSON.parse(after.stdout);
    expect(doc.team.overall.score).toBeNull();
    expect(doc.team.dimensions.every((d: { score: number | null }) => d.score === null)).toBe(true);
    expect(doc.team.questions.every((q: { mean: number | null; answers: unknown[] }) => q.mean === null && q.answers.length === 0)).toBe(true);
    expect(doc.notes.find((n: { code: string }) => n.code === 'team.note.overlap').message).toMatch(/^Withheld because a document released earlier from this machine rests on nearly the same people \(fewer than 5 different\).*team: Purpose/);
    for (const format of ['table', 'markdown', 'html', 'csv']) expect(cli(['aggregate', join(dir, 'april.csv'), '--format', format], { cache }).stdout, format).not.toMatch(/\b\d+\.\d\b.*level|Level \d/);
    const allowed = JSON.parse(cli(['aggregate', join(dir, 'april.csv'), '--format', 'json', '--allow-overlap'], { cache }).stdout);
    expect(allowed.team.overall.score).not.toBeNull();
    expect(allowed.notes.find((n: { code: string }) => n.code === 'team.note.overlap').message).toMatch(/^Warning: shown with --allow-overlap/);
    // The register holds fingerprints only: no answer, no name, no path.
    const register = readFileSync(join(cache, 'ex-maturity', 'released-ex-25.json'), 'utf8');
    expect(register).not.toMatch(/march|april|csv|"[1-4]"/);
  });

  it('two runs at once lose no entry of the register: each waits for the other, and the later one sees the earlier', async () => {
    const dir = tempDir();
    const cache = tempDir();
    // Four teams of six people no one shares (each team answers its own values), written at the same time.
    const teams = [0, 1, 2, 3].map((t) => csv(dir, `t${t}.csv`, EX25, Array.from({ length: 6 }, (_, i) => ({ cells: (_id: string, q: number) => String(((q + i * 5 + t * 7) % 4) + 1) }))));
    const runs = await Promise.all(teams.map((file) => runAsync(['aggregate', file, '--format', 'json'], { env: { XDG_CACHE_HOME: cache, SOURCE_DATE_EPOCH: '1764547200' } })));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const register = JSON.parse(readFileSync(join(cache, 'ex-maturity', 'released-ex-25.json'), 'utf8'));
    expect(register.sets).toHaveLength(4);
    expect(readdirSync(join(cache, 'ex-maturity')).filter((f) => f.endsWith('.lock'))).toEqual([]);
  });

  it('a register larger than any input file (a survey of 100,000 released twice) is read whole, not refused as damaged', () => {
    const dir = tempDir();
    const cache = tempDir();
    const file = team(dir, 't.csv', 6);
    expect(cli(['aggregate', file], { cache }).code).toBe(0);
    const path = join(cache, 'ex-maturity', 'released-ex-25.json');
    const saved = JSON.parse(readFileSync(path, 'utf8'));
    // 200,000 more fingerprints of other people: about 12 MiB, over the 10 MiB cap of an answers file.
    const others = Array.from({ length: 200_000 }, (_, i) => [`f${i.toString(16).padStart(15, '0')}`, '1'.repeat(30)]);
    writeFileSync(path, JSON.stringify({ ...saved, sets: [...saved.sets, { scope: 'team', sheets: others }] }));
    const again = cli(['aggregate', file, '--format', 'json'], { cache });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).team.overall.score).not.toBeNull();
  });

  it('a mirror of the same employees with one gone withholds their side; the output never carries the register', () => {
    const dir = tempDir();
    const cache = tempDir();
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ cells: all(String(i === n - 1 ? 1 : (i % 3) + 2)) }));
    const c = csv(dir, 'c.csv', MIRROR, Array.from({ length: 10 }, () => ({ cells: all('3') })));
    const first = JSON.parse(cli(['mirror', '--employees', csv(dir, 'e1.csv', MIRROR, rows(7)), '--customers', c, '--format', 'json'], { cache }).stdout);
    expect(first.sides.employees.favourable).not.toBeNull();
    const second = JSON.parse(cli(['mirror', '--employees', csv(dir, 'e2.csv', MIRROR, rows(6)), '--customers', c, '--format', 'json'], { cache }).stdout);
    expect(second.sides.employees.favourable).toBeNull();
    expect(second.dimensions.every((d: { employees: { withheld: boolean }; gap: number | null }) => d.employees.withheld && d.gap === null)).toBe(true);
    expect(second.sides.customers.favourable).not.toBeNull(); // the same customers: the same set, nothing to hide
    expect(second.notes.map((n: { code: string }) => n.code)).toContain('mirror.note.overlap');
  });

  it('a cache folder that is a file, or a damaged register: exit 2 naming it, nothing written; --allow-overlap goes on and says so', () => {
    const dir = tempDir();
    const file = team(dir, 't.csv', 6);
    writeFileSync(join(dir, 'cache-file'), 'x');
    const r = cli(['aggregate', file], { cache: join(dir, 'cache-file') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Cannot use the register of released figures ${join(dir, 'cache-file', 'ex-maturity', 'released-ex-25.json')}`);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stdout).toBe('');
    const ok = cli(['aggregate', file, '--allow-overlap'], { cache: join(dir, 'cache-file') });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('Going on without the register (--allow-overlap).');
    const cache = tempDir();
    cli(['aggregate', file], { cache });
    writeFileSync(join(cache, 'ex-maturity', 'released-ex-25.json'), '{broken');
    const bad = cli(['aggregate', file], { cache });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('released-ex-25.json (EBADMSG)');
  });
});

describe('point 4: both compares withhold what the difference would give', () => {
  it('compare of two team views one person apart shows no delta, in any format', () => {
    const [a, b] = [fixture('hostile/aggregate-eight.json'), fixture('hostile/aggregate-good.json')];
    const doc = JSON.parse(cli(['compare', a, b, '--format', 'json']).stdout);
    expect(doc.subtraction.code).toBe('compare.subtraction');
    expect([...doc.dimensions, doc.overall].every((d: { delta: number | null; old: { score: number | null }; new: { score: number | null } }) => d.delta === null && d.old.score === null && d.new.score === null)).toBe(true);
    expect(cli(['compare', a, b]).stderr + cli(['compare', a, b]).stdout).toMatch(/so no figure is shown/);
  });

  it('compare of two mirrors whose employees differ by one withholds the employees’ changes and the gaps, and says so', () => {
    const dir = tempDir();
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ cells: all(String(i === n - 1 ? 1 : (i % 3) + 2)) }));
    const c = csv(dir, 'c.csv', MIRROR, Array.from({ length: 10 }, () => ({ cells: all('3') })));
    for (const n of [7, 6]) writeFileSync(join(dir, `m${n}.json`), cli(['mirror', '--employees', csv(dir, `e${n}.csv`, MIRROR, rows(n)), '--customers', c, '--format', 'json']).stdout);
    const doc = JSON.parse(cli(['compare', join(dir, 'm7.json'), join(dir, 'm6.json'), '--format', 'json']).stdout);
    expect(doc.withheld).toEqual(['employees']);
    expect(doc.sides.find((s: { side: string }) => s.side === 'employees')).toMatchObject({ old: null, new: null, delta: null });
    expect(doc.dimensions.every((d: { employees: { delta: null }; gap: { delta: null } }) => d.employees.delta === null && d.gap.delta === null)).toBe(true);
    expect(cli(['compare', join(dir, 'm7.json'), join(dir, 'm6.json')]).stdout).toMatch(/Employees: the number of respondents changed by fewer than the side's threshold/);
  });
});
