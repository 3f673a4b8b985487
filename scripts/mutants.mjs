// `npm run mutants`: breaks, one at a time, guards that a round of hand mutations once found no test holding (issue 25),
// and expects the tests to fail each time. Each mutation is applied in place and the file is always put back (also on
// Ctrl+C); the tests build and pack the package themselves (test/helpers/global-setup.ts), so they run the mutant.
// Exit 0 when every mutant is killed, 1 when one survives (or the tests fail without any mutation).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const TESTS = ['test/guards.test.ts'];

/** Each mutant: the file, the exact text replaced (found once) and its replacement. */
const MUTANTS = [
  { name: 'CSV: a lone CR no longer quoted', file: 'src/render/csv/fields.ts', from: '/["\\r\\n]/.test(s)', to: '/["\\n]/.test(s)' },
  { name: 'CSV: a leading "-" no longer defused', file: 'src/render/csv/fields.ts', from: '/^[=+\\-@\\t\\r]/', to: '/^[=+@\\t\\r]/' },
  { name: 'HTML: " no longer escaped', file: 'src/render/html/page.ts', from: '/[&<>"\']/g', to: '/[&<>\']/g' },
  { name: 'HTML: & no longer escaped', file: 'src/render/html/page.ts', from: '/[&<>"\']/g', to: '/[<>"\']/g' },
  { name: 'plan: ties within a dimension reversed', file: 'src/core/plan.ts', from: 'a === b ? x.order - y.order', to: 'a === b ? y.order - x.order' },
  { name: 'room: a token compared on its first 4 bytes', file: 'src/room/state.ts', from: 'const a = Buffer.from(given);\n  const b = Buffer.from(expected);', to: 'const a = Buffer.from(given).subarray(0, 4);\n  const b = Buffer.from(expected).subarray(0, 4);' },
];

/** Runs the tests; true when they pass. */
function testsPass() {
  const r = spawnSync('npx', ['vitest', 'run', ...TESTS], { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
  return r.status === 0;
}

let restore = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    restore?.();
    process.exit(130);
  });
}

if (!testsPass()) {
  console.error('mutants: the tests fail without any mutation; fix them first.');
  process.exit(1);
}
let survivors = 0;
for (const m of MUTANTS) {
  const path = join(root, m.file);
  const original = readFileSync(path, 'utf8');
  if (original.split(m.from).length !== 2) {
    console.error(`mutants: ${m.file} no longer holds ${JSON.stringify(m.from)} exactly once: update scripts/mutants.mjs.`);
    process.exit(1);
  }
  restore = () => writeFileSync(path, original);
  try {
    writeFileSync(path, original.replace(m.from, m.to));
    const killed = !testsPass();
    if (!killed) survivors++;
    console.log(`${killed ? 'killed  ' : 'SURVIVED'}  ${m.name}  (${m.file})`);
  } finally {
    restore();
    restore = null;
  }
}
console.log(`${MUTANTS.length - survivors} of ${MUTANTS.length} mutants killed.`);
process.exitCode = survivors ? 1 : 0;
