// `assess` must stay fast: it must never load the prompt library, which only the interview needs.
//
// How this is checked, robustly: the installed binary runs under `node --require recorder.cjs`, where the recorder
// appends to a file the path of every file opened with fs.openSync (how bin/load.js reads each bundle) or loaded by
// Node's CommonJS loader (bin/ itself).
// Then every file of the package that was loaded is read, and none may contain code of @inquirer/core (its
// "User force closed the prompt" message survives minification). As a control, that marker must exist somewhere in
// the package's dist/ (so the check cannot pass by looking for something that is never there), and the recorder must
// have seen the assess chunk itself (so the check cannot pass by recording nothing).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { tempDir } from './helpers/cli.js';

const MARKER = 'User force closed the prompt';

describe('assess and the prompt library', () => {
  it('assess loads no module that contains prompt code', () => {
    const dir = tempDir();
    const record = join(dir, 'loaded.txt');
    writeFileSync(record, '');
    writeFileSync(
      join(dir, 'recorder.cjs'),
      `const { appendFileSync } = require('node:fs');
const Module = require('node:module');
const fs = require('node:fs');
const load = Module.prototype.load;
Module.prototype.load = function (filename) {
  appendFileSync(process.env.EX_MATURITY_RECORD, filename + '\\n');
  return load.call(this, filename);
};
const openSync = fs.openSync;
fs.openSync = function (file, ...rest) {
  appendFileSync(process.env.EX_MATURITY_RECORD, String(file) + '\\n');
  return openSync.call(this, file, ...rest);
};
`,
    );

    const bin = inject('installedBin');
    const pkg = dirname(dirname(bin));
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', EX_MATURITY_RECORD: record };
    delete env.CI;
    const r = spawnSync(process.execPath, ['--require', join(dir, 'recorder.cjs'), bin, 'assess', '--answers', join(pkg, 'examples', 'answers.yaml')], {
      env,
      encoding: 'utf8',
      input: '',
      timeout: 30_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Overall result');

    const loaded = readFileSync(record, 'utf8')
      .split('\n')
      .filter((f) => f.startsWith(join(pkg, 'dist')));
    expect(loaded.some((f) => /[\\/]commands-assess\.cjs$/.test(f))).toBe(true);
    for (const file of loaded) expect(readFileSync(file, 'utf8').includes(MARKER), file).toBe(false);

    const dist = join(pkg, 'dist');
    const withPrompts = readdirSync(dist).filter((f) => f.endsWith('.cjs') && readFileSync(join(dist, f), 'utf8').includes(MARKER));
    expect(withPrompts.length).toBeGreaterThan(0);
  });
});
