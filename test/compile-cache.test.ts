// bin/load.cjs keeps V8's compiled code of the bundles in the user's cache folder. It changes nothing a user sees:
// the same commands give the same stdout, stderr and exit code with no cache, a cold one, a warm one and one that is
// damaged; and it never trusts a cache someone else could have written.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { cli, fixture, tempDir } from './helpers/cli.js';

const SAMPLE = join(import.meta.dirname, '..', 'examples', 'answers.yaml');
/** Commands through several bundles, with successes and a user's mistake. */
const RUNS: string[][] = [
  ['assess', '--answers', SAMPLE],
  ['assess', '--answers', SAMPLE, '--format', 'markdown', '--lang', 'fr'],
  ['assess', '--answers', join(tempDir(), 'missing.yaml')],
  ['aggregate', fixture('team'), '--format', 'csv'],
  ['assess', '--answerz', SAMPLE],
  ['questions', '--lang', 'fr'],
];

/** What a user sees of each run, with `cache` as XDG_CACHE_HOME (and `env` on top). */
function seen(cache: string, env: Record<string, string> = {}) {
  return RUNS.map((args) => {
    const r = cli(args, { env: { XDG_CACHE_HOME: cache, ...env } });
    return { args: args.join(' '), code: r.code, stdout: r.stdout, stderr: r.stderr };
  });
}

/** The cache folder of this Node, under a cache home. */
const folderOf = (cache: string) => join(cache, 'ex-maturity', 'code', `${process.version}-${process.arch}`);

describe('the compile cache', () => {
  let reference: ReturnType<typeof seen>;
  beforeAll(() => {
    reference = seen(tempDir(), { NODE_DISABLE_COMPILE_CACHE: '1' });
  });

  it('gives the same output cold and warm as without it, and keeps its entries private', () => {
    const cache = tempDir();
    expect(seen(cache)).toEqual(reference);
    const folder = folderOf(cache);
    const entries = readdirSync(folder);
    expect(entries.some((e) => e.startsWith('cli.cjs.'))).toBe(true);
    expect(entries.some((e) => e.startsWith('commands-assess.cjs.'))).toBe(true);
    for (const d of [join(cache, 'ex-maturity'), join(cache, 'ex-maturity', 'code'), folder]) expect(lstatSync(d).mode & 0o777).toBe(0o700);
    for (const e of entries) expect(lstatSync(join(folder, e)).mode & 0o777).toBe(0o600);
    expect(seen(cache)).toEqual(reference);
    expect(readdirSync(folder).sort()).toEqual(entries.sort());
  });

  it('is not written when turned off', () => {
    const cache = tempDir();
    seen(cache, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(existsSync(join(cache, 'ex-maturity', 'code'))).toBe(false);
  });

  it('replaces damaged or foreign-writable entries and gives the same output', () => {
    const cache = tempDir();
    seen(cache);
    const folder = folderOf(cache);
    const entries = readdirSync(folder);
    entries.forEach((e, i) => {
      if (i % 2) writeFileSync(join(folder, e), 'not compiled code');
      else chmodSync(join(folder, e), 0o666);
    });
    expect(seen(cache)).toEqual(reference);
    for (const e of readdirSync(folder)) expect(lstatSync(join(folder, e)).mode & 0o777).toBe(0o600);
  });

  it('is not used from a folder others can write, through a symbolic link, or where no folder can be made', () => {
    const open = tempDir();
    mkdirSync(join(open, 'ex-maturity'), { mode: 0o777 });
    chmodSync(join(open, 'ex-maturity'), 0o777);
    expect(seen(open)).toEqual(reference);
    expect(readdirSync(folderOf(open))).toEqual([]);

    const linked = tempDir();
    const elsewhere = tempDir();
    mkdirSync(join(linked, 'ex-maturity'), { mode: 0o700 });
    symlinkSync(elsewhere, join(linked, 'ex-maturity', 'code'));
    expect(seen(linked)).toEqual(reference);
    expect(readdirSync(elsewhere).flatMap((d) => readdirSync(join(elsewhere, d)))).toEqual([]);

    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    expect(seen(file)).toEqual(reference);
    rmSync(file);
  });

  it('keeps the entries of two installs side by side instead of replacing each other\'s', () => {
    const cache = tempDir();
    const copy = join(tempDir(), 'ex-maturity');
    cpSync(dirname(dirname(inject('installedBin'))), copy, { recursive: true });
    const run = (bin: string) => spawnSync(process.execPath, [bin, 'assess', '--answers', SAMPLE, '--format', 'json'], { env: { ...process.env, XDG_CACHE_HOME: cache }, encoding: 'utf8' });
    expect(run(inject('installedBin')).status).toBe(0);
    const folder = folderOf(cache);
    const first = new Map(readdirSync(folder).map((e) => [e, statSync(join(folder, e)).mtimeMs]));
    expect(run(join(copy, 'bin', 'ex-maturity.cjs')).status).toBe(0);
    expect(run(inject('installedBin')).status).toBe(0);
    const after = readdirSync(folder);
    expect(after.length).toBe(2 * first.size);
    for (const [e, mtime] of first) expect(statSync(join(folder, e)).mtimeMs).toBe(mtime);
  });
});
