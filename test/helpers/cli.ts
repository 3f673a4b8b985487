import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the binary installed from the packed tarball, as a user would: no colour, no CI, English unless told; 1000
 * columns unless told (tests of widths set COLUMNS); a cache folder of its own unless told (XDG_CACHE_HOME), so that
 * the register of released figures of one run never meets another's.
 */
export function cli(args: string[], opts: CliOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [inject('installedBin'), ...args], {
    input: opts.input ?? '',
    env: cliEnv(opts),
    cwd: opts.cwd ?? process.cwd(),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same as `cli`, without waiting: several runs at once (no input). */
export function cliAsync(args: string[], opts: Omit<CliOptions, 'input'> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [inject('installedBin'), ...args], { env: cliEnv(opts), cwd: opts.cwd ?? process.cwd(), encoding: 'utf8', timeout: 30_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

interface CliOptions {
  input?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

function cliEnv(opts: CliOptions): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, CI: undefined, FORCE_COLOR: undefined, npm_command: undefined, COLUMNS: '1000', XDG_CACHE_HOME: tempDir(), ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env as NodeJS.ProcessEnv;
}

/** A fresh empty temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ex-maturity-test-'));
}

/** Path of a test fixture. */
export function fixture(name: string): string {
  return join(import.meta.dirname, '..', 'fixtures', name);
}
