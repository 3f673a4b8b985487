// bin/ex-maturity.cjs turns on Node's own compile cache (module.enableCompileCache, Node 22.1 and later), so that a run
// after the first skips compiling the bundles. It changes nothing a user sees: the same commands give the same stdout,
// stderr and exit code with the cache off, cold and warm; and it is Node's cache, where Node keeps it.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
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

/** What a user sees of each run, with `env` added. */
function seen(env: Record<string, string>) {
  return RUNS.map((args) => {
    const r = cli(args, { env });
    return { args: args.join(' '), code: r.code, stdout: r.stdout, stderr: r.stderr };
  });
}

/** Every file under a folder (none when it does not exist). */
const filesUnder = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : []);

const hasCompileCache = typeof (createRequire(import.meta.url)('node:module') as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe("Node's compile cache", () => {
  let reference: ReturnType<typeof seen>;
  beforeAll(() => {
    reference = seen({ NODE_DISABLE_COMPILE_CACHE: '1', TMPDIR: tempDir() });
  });

  // Node's default place (NODE_COMPILE_CACHE unset): node-compile-cache in the temporary folder, TMPDIR here.
  it('gives the same output cold and warm as without it, and is written only where Node has one', () => {
    const tmp = tempDir();
    expect(seen({ TMPDIR: tmp })).toEqual(reference);
    expect(filesUnder(join(tmp, 'node-compile-cache')).length > 0).toBe(hasCompileCache);
    expect(seen({ TMPDIR: tmp })).toEqual(reference);
  });

  it('is not written when turned off', () => {
    const tmp = tempDir();
    seen({ NODE_DISABLE_COMPILE_CACHE: '1', TMPDIR: tmp });
    expect(filesUnder(join(tmp, 'node-compile-cache'))).toEqual([]);
  });
});
