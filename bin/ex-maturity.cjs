#!/usr/bin/env node
// The command's entry, in CommonJS like the bundles it loads (plain files of dist/): no ES module loader on any run.
// `ex-maturity --version` (or -V) alone is answered here, before anything else is loaded: through the bundle
// (commander and the ES module loader) it took 1.3–1.6× `node -e 0`, here about 1.0× (issue 14, `npm run bench`).
// It prints exactly what commander prints for it (test/fast-paths.test.ts compares them); anything else, even
// `--version` with another argument, goes to the bundle and its one argument parser.
'use strict';
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const text = `${require('../package.json').version}\n`;
  try {
    require('node:fs').writeSync(1, text);
  } catch (e) {
    if (e.code !== 'EPIPE') process.stdout.write(text);
  }
} else {
  // Node (22.1 and later) keeps the compiled code of the bundles in its compile cache (NODE_COMPILE_CACHE, else
  // the system's temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a run after the first skips compiling.
  require('node:module').enableCompileCache?.();
  const cli = require('../dist/cli.cjs');
  // Once the command is done, if nothing keeps the process alive (no stream created, no write or timer pending), exit
  // at once with the exit code it set. Left to end on its own, Node then ran a garbage collection V8 had scheduled and
  // tore down its heap and threads: about 1 ms of `assess` (median of 150 paired runs), an eighth of its time over
  // `node -e 0` on most machines (issue 14). Anything still in flight (output waiting on a slow pipe, a terminal) ends
  // as it always did (test/hostile-corpus.test.ts).
  cli.main(process.argv).then(() => process.getActiveResourcesInfo().length === 0 && process.exit());
}
