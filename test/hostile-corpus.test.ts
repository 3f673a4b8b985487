// The hostile corpus: every file of test/fixtures/hostile (and the special files made here) run end to end against the
// packed binary, with a timeout. Each must exit 2 with one message naming the file (and the line where there is one),
// no stack trace, nothing on stdout, and nothing left behind in the folder the run writes to.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, constants, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { cli, fixture, tempDir } from './helpers/cli.js';
import { EX25_IDS } from './helpers/model.js';

const H = (name: string) => fixture(join('hostile', name));
const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'answers.yaml');
const HOSTILE2 = fixture(join('hostile2', 'instrument.yaml'));

/** What every refusal must look like. */
function refused(r: { code: number | null; stdout: string; stderr: string }, file: string, line?: number) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|internal error|node:/);
  expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  expect(r.stderr).toContain(line === undefined ? file : `${file}:${line}`);
}

const cases: { name: string; args: (f: string) => string[]; file: string; line?: number }[] = [
  { name: 'proto-under-answers.yaml', args: (f) => ['assess', '--answers', f], file: 'proto-under-answers.yaml', line: 2 },
  { name: 'proto-top-level.yaml', args: (f) => ['assess', '--answers', f], file: 'proto-top-level.yaml', line: 1 },
  { name: 'duplicate-key.yaml', args: (f) => ['assess', '--answers', f], file: 'duplicate-key.yaml', line: 3 },
  { name: 'huge-key.yaml', args: (f) => ['assess', '--answers', f], file: 'huge-key.yaml' },
  { name: 'json-comments.json', args: (f) => ['assess', '--answers', f], file: 'json-comments.json', line: 2 },
  { name: 'nul-byte.yaml', args: (f) => ['assess', '--answers', f], file: 'nul-byte.yaml' },
  { name: 'not-utf8.yaml', args: (f) => ['assess', '--answers', f], file: 'not-utf8.yaml' },
  { name: 'blank.yaml', args: (f) => ['assess', '--answers', f], file: 'blank.yaml' },
  { name: 'bad-syntax.yaml', args: (f) => ['assess', '--answers', f], file: 'bad-syntax.yaml' },
  { name: 'other-instrument.yaml', args: (f) => ['assess', '--answers', f], file: 'other-instrument.yaml', line: 1 },
  { name: 'proto-ids-instrument.yaml', args: (f) => ['validate', f], file: 'proto-ids-instrument.yaml', line: 14 },
  { name: 'symbol-labels-instrument.yaml', args: (f) => ['validate', f], file: 'symbol-labels-instrument.yaml', line: 5 },
  { name: 'emoji-labels-instrument.yaml', args: (f) => ['validate', f], file: 'emoji-labels-instrument.yaml', line: 5 },
  { name: 'huge-scale-instrument.yaml', args: (f) => ['validate', f], file: 'huge-scale-instrument.yaml', line: 6 },
  { name: 'proto-ids-instrument.yaml (as --instrument)', args: () => ['assess', '--instrument', H('proto-ids-instrument.yaml'), '--answers', EXAMPLE], file: 'proto-ids-instrument.yaml', line: 14 },
  { name: 'aggregate-negative-score.json', args: (f) => ['compare', H('aggregate-good.json'), f], file: 'aggregate-negative-score.json' },
  { name: 'aggregate-huge-score.json', args: (f) => ['compare', H('aggregate-good.json'), f], file: 'aggregate-huge-score.json' },
  { name: 'aggregate-shown-with-two.json', args: (f) => ['compare', f, H('aggregate-good.json')], file: 'aggregate-shown-with-two.json' },
  { name: 'aggregate-overall-tampered.json', args: (f) => ['compare', f, H('aggregate-good.json')], file: 'aggregate-overall-tampered.json' },
  { name: 'stray-quote.csv', args: (f) => ['aggregate', f, '--strict'], file: 'stray-quote.csv', line: 3 },
  { name: 'duplicate-key.yaml (aggregate --strict)', args: () => ['aggregate', H('duplicate-key.yaml'), '--strict', '--format', 'json'], file: 'duplicate-key.yaml', line: 3 },
  // ==== hostile2 ====
  { name: 'terminal-id-instrument.yaml', args: (f) => ['validate', f], file: 'terminal-id-instrument.yaml', line: 12 },
  { name: 'terminal-answer-value.yaml', args: (f) => ['assess', '--instrument', HOSTILE2, '--answers', f], file: 'terminal-answer-value.yaml', line: 3 },
  { name: 'complex-key.yaml', args: (f) => ['assess', '--answers', f], file: 'complex-key.yaml', line: 3 },
  { name: 'level-key-matrix.yaml', args: (f) => ['validate', '--instrument', fixture('custom-instrument.yaml'), f], file: 'level-key-matrix.yaml', line: 12 },
  { name: 'form-ids.csv (--group-by a question)', args: () => ['aggregate', fixture(join('csv', 'form-ids.csv')), '--group-by', 'sense-1'], file: 'form-ids.csv', line: 1 },
  { name: 'missing-map.yaml (--map)', args: () => ['aggregate', fixture(join('csv', 'form-ids.csv')), '--map', H('missing-map.yaml')], file: 'missing-map.yaml' },
  // ==== hostile2: end ====
];

describe('the hostile corpus, end to end', () => {
  it.each(cases)('$name: exit 2, located, no stack trace, nothing on stdout', ({ name, args, file, line }) => {
    const f = H(name.split(' ')[0]!);
    const r = cli(args(f));
    refused(r, file, line);
    // hostile2: messages that must not mislead (a question as the group, a map file is not an answers file, no Node warning).
    if (name.includes('--group-by a question')) expect(r.stderr).toMatch(/a question cannot be the group/);
    if (name.includes('--map')) expect(r.stderr).not.toMatch(/template/);
    expect(r.stderr).not.toMatch(/Warning:|mapAsMap/);
  });

  it('covers every file of the corpus', () => {
    const used = new Set(cases.map((c) => c.name.split(' ')[0]).concat(['aggregate-good.json', 'aggregate-eight.json']));
    expect(readdirSync(fixture('hostile')).filter((f) => !used.has(f))).toEqual([]);
  });

  it('--format json adds one JSON error line at the end of stderr, with file and line; GITHUB_ACTIONS adds the annotation', () => {
    const r = cli(['assess', '--answers', H('duplicate-key.yaml'), '--format', 'json'], { env: { GITHUB_ACTIONS: 'true' } });
    const lines = r.stderr.trim().split('\n');
    const json = JSON.parse(lines.find((l) => l.startsWith('{'))!);
    expect(json.error).toMatchObject({ code: 'io.duplicateKey', line: 3 });
    expect(json.error.file).toContain('duplicate-key.yaml');
    expect(lines.at(-1)).toMatch(/^::error file=.*duplicate-key\.yaml,line=3::/);
  });
});

describe('special files and fault targets', () => {
  it('reads a pipe that pauses to its end (no EAGAIN), for --answers -, validate - and --instrument -', () => {
    const bin = inject('installedBin');
    const env = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' };
    const run = (args: string, file: string) => spawnSync('sh', ['-c', `(sleep 0.3; cat '${file}') | '${process.execPath}' '${bin}' ${args}`], { encoding: 'utf8', env, timeout: 20_000 });
    expect(run('assess --answers - --format json', EXAMPLE).status).toBe(0);
    expect(run('validate -', EXAMPLE).status).toBe(0);
    const inst = join(import.meta.dirname, '..', 'questions', 'ex-25.yaml');
    expect(run(`assess --instrument - --answers '${EXAMPLE}'`, inst).status).toBe(0);
  });

  it('writes all of a long output to a non-blocking pipe read slowly, before it exits', async () => {
    // The tool exits as soon as a command is done and nothing waits in its output streams (bin/ex-maturity.cjs): here
    // the pipe fills, writeSync meets EAGAIN and the rest waits in process.stdout, which must drain first. (The pipe
    // reaches the tool through sh, as fd 3: Node makes the 0–2 it hands a child blocking, not the others.)
    const dir = tempDir();
    const csv = join(dir, 'groups.csv');
    const ids = EX25_IDS;
    const rows = Array.from({ length: 80 }, (_, i) => [`Group ${i >> 2}`, ...ids.map((_, k) => 1 + ((i + k) % 4))].join(','));
    writeFileSync(csv, `group,${ids.join(',')}\n${rows.join('\n')}\n`);
    const args = ['aggregate', csv, '--format', 'json', '--min-group', '3'];
    const env = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '0' };
    const expected = cli(args, { env }).stdout;
    expect(expected.length).toBeGreaterThan(256 * 1024);

    const fifo = join(dir, 'out');
    spawnSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    const child = spawn('sh', ['-c', `exec "$0" "$@" 1>&3`, process.execPath, inject('installedBin'), ...args], { stdio: ['ignore', 'ignore', 'ignore', writer], env });
    closeSync(writer);
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    await new Promise((r) => setTimeout(r, 300)); // the pipe fills while nobody reads
    const chunks: Buffer[] = [];
    const buf = Buffer.alloc(16 * 1024);
    for (let n = -1; n !== 0; ) {
      try {
        n = readSync(reader, buf);
        chunks.push(Buffer.from(buf.subarray(0, n)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
        await new Promise((r) => setTimeout(r, 5));
      }
    }
    closeSync(reader);
    expect(await exited).toBe(0);
    const got = Buffer.concat(chunks).toString('utf8');
    expect(got.length).toBe(expected.length);
    expect(got === expected).toBe(true);
  });

  it('never blocks on a FIFO nobody writes to, and refuses a device as input', () => {
    const dir = tempDir();
    const fifo = join(dir, 'answers.yaml');
    spawnSync('mkfifo', [fifo]);
    refused(cli(['assess', '--answers', fifo]), fifo);
    refused(cli(['assess', '--answers', '/dev/zero']), '/dev/zero');
    refused(cli(['assess', '--answers', dir]), dir);
  });

  it('refuses outputs that cannot be written before any work, naming them, and leaves nothing behind', () => {
    const dir = tempDir();
    const ro = join(dir, 'ro.json');
    writeFileSync(ro, 'keep');
    chmodSync(ro, 0o444);
    refused(cli(['assess', '--answers', EXAMPLE, '--output', ro]), ro);
    expect(readFileSync(ro, 'utf8')).toBe('keep');
    refused(cli(['assess', '--answers', EXAMPLE, '--output', join(ro, 'out.json')]), join(ro, 'out.json'));
    symlinkSync(join(dir, 'nowhere.json'), join(dir, 'dangling.json'));
    refused(cli(['assess', '--answers', EXAMPLE, '--output', join(dir, 'dangling.json')]), join(dir, 'dangling.json'));
    expect(readdirSync(dir).sort()).toEqual(['dangling.json', 'ro.json']);
  });

  it('keeps what an output replaces: the mode of a file, a symlink stays a link, a device stays a device, /dev/stdout is written', () => {
    const dir = tempDir();
    const real = join(dir, 'team.json');
    writeFileSync(real, 'old');
    chmodSync(real, 0o600);
    symlinkSync(real, join(dir, 'link.json'));
    expect(cli(['assess', '--answers', EXAMPLE, '--output', join(dir, 'link.json')]).code).toBe(0);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(real, 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'team.json']);
    expect(cli(['assess', '--answers', EXAMPLE, '--output', '/dev/null', '--format', 'json']).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const r = cli(['assess', '--answers', EXAMPLE, '--output', '/dev/stdout', '--format', 'json']);
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
  });

  it('a full disk on stdout is exit 2 with one message, never a dump', () => {
    if (!existsSync('/dev/full')) return;
    const bin = inject('installedBin');
    const r = spawnSync('sh', ['-c', `'${process.execPath}' '${bin}' assess --answers '${EXAMPLE}' > /dev/full`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' }, timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/standard output \(ENOSPC\)/);
    // One message (wrapped to the width), never a dump.
    expect(r.stderr.match(/ex-maturity:/g)).toHaveLength(1);
  });

  it('stale temporary files of this tool are removed on the next write to that folder', () => {
    const dir = tempDir();
    const stale = join(dir, '.report.json.999999-deadbeef.ex-maturity.tmp');
    writeFileSync(stale, 'x'.repeat(1000));
    writeFileSync(join(dir, '.not-ours.tmp'), 'x');
    // A user's file that merely looks like an old temporary file (no mark of this tool) is never touched.
    writeFileSync(join(dir, '.notes.12345.1700000000000.tmp'), 'mine');
    expect(cli(['assess', '--answers', EXAMPLE, '--output', join(dir, 'report.json')]).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.not-ours.tmp', '.notes.12345.1700000000000.tmp', 'report.json']);
  });

  it('killed by SIGTERM or SIGINT during writes: no temporary file left, the previous report intact or the new one complete', async () => {
    const dir = tempDir();
    const big = join(dir, 'big');
    mkdirSync(big);
    // An answers folder large enough for the write to take a moment.
    for (let i = 0; i < 6; i++) writeFileSync(join(big, `${i}.yaml`), readFileSync(EXAMPLE));
    const out = join(dir, 'team.html');
    writeFileSync(out, 'previous');
    const bin = inject('installedBin');
    const { spawn } = await import('node:child_process');
    let kills = 0;
    for (const [i, sig] of (['SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT', 'SIGTERM', 'SIGINT'] as const).entries()) {
      const child = spawn(process.execPath, [bin, 'aggregate', big, '--output', out], { env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
      // Listen for the exit at once: a run that ends before the signal must not leave the test waiting.
      const exited = new Promise((r) => child.on('exit', r));
      await new Promise((r) => setTimeout(r, 60 + i * 40));
      if (child.exitCode === null && child.kill(sig)) kills++;
      await exited;
      expect(readdirSync(dir).sort()).toEqual(['big', 'team.html']);
      const text = readFileSync(out, 'utf8');
      expect(text === 'previous' || (text.startsWith('<!doctype html>') && text.endsWith('</html>\n'))).toBe(true);
    }
    expect(kills).toBeGreaterThan(0);
  });
});

describe('anonymity end to end', () => {
  it('counts a file given five times once, and says so', () => {
    const r = cli(['aggregate', EXAMPLE, EXAMPLE, EXAMPLE, EXAMPLE, EXAMPLE, '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ respondents: 1, team: { shown: false } });
    expect(r.stderr).toMatch(/same file as .*counted once/);
  });

  it('counts a hard link and a folder given with a file inside it once', () => {
    const dir = tempDir();
    const f = join(dir, 'a.yaml');
    writeFileSync(f, readFileSync(EXAMPLE));
    spawnSync('ln', [f, join(dir, 'b.yaml')]);
    const r = cli(['aggregate', dir, f, '--format', 'json']);
    expect(JSON.parse(r.stdout).respondents).toBe(1);
  });

  it('follows symbolic links inside folders, once, without looping, and reports broken ones', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.yaml'), readFileSync(EXAMPLE));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    symlinkSync(join(dir, 'gone.yaml'), join(dir, 'broken.yaml'));
    const other = tempDir();
    writeFileSync(join(other, 'b.yaml'), readFileSync(EXAMPLE).toString().replace('sense-1: 4', 'sense-1: 1'));
    symlinkSync(join(other, 'b.yaml'), join(dir, 'linked.yaml'));
    const r = cli(['aggregate', dir, '--format', 'json', '--min-group', '2']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ respondents: 2, skipped: 1 });
    expect(r.stderr).toMatch(/broken\.yaml is a symbolic link to nothing/);
  });

  it('compare of two team views over nearly the same people warns', () => {
    const r = cli(['compare', H('aggregate-eight.json'), H('aggregate-good.json'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).subtraction.code).toBe('compare.subtraction');
    expect(r.stderr).toMatch(/differ by 2 respondents, fewer than the anonymity threshold/);
  });
});
