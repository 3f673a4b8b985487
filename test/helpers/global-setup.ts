// Packs the package as npm would publish it and installs the tarball into an empty folder:
// the end-to-end tests run that installed binary, so a missing `files` entry or a dev-only import fails here.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject) {
  // One temporary folder for the whole run: every test file, the binaries they start and tmux put their temporary
  // files and sockets under it (TMPDIR, TMUX_TMPDIR are inherited by the workers), and it is removed at the end.
  const runRoot = mkdtempSync(join(tmpdir(), 'ex-maturity-run-'));
  process.env.TMPDIR = runRoot;
  process.env.TMUX_TMPDIR = runRoot;
  // The binaries keep their drafts and sessions there too (and Node its compile cache, under TMPDIR), not in the home folder of whoever runs the tests.
  process.env.XDG_CACHE_HOME = join(runRoot, 'cache');
  const root = mkdtempSync(join(runRoot, 'ex-maturity-e2e-'));
  const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  npm(['pack', '--pack-destination', root, '--silent'], process.cwd());
  const tarball = readdirSync(root).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  const app = join(root, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{"name":"e2e-app","private":true}');
  npm(['install', '--no-audit', '--no-fund', '--offline', join(root, tarball)], app);
  project.provide('installedBin', join(app, 'node_modules', 'ex-maturity', 'bin', 'ex-maturity.cjs'));
  project.provide('packRoot', root);
  return () => {
    // tmux servers a test left running: killed by their socket, then everything under the run's folder removed.
    for (const dir of readdirSync(runRoot).filter((d) => d.startsWith('tmux-'))) {
      for (const socket of readdirSync(join(runRoot, dir))) spawnSync('tmux', ['-S', join(runRoot, dir, socket), 'kill-server'], { stdio: 'ignore' });
    }
    rmSync(runRoot, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    installedBin: string;
    packRoot: string;
  }
}
