// `assess` must stay fast: it must never load the prompt library, which only the interview needs.
//
// How this is checked, robustly: the installed binary runs under `node --require recorder.cjs`, where the recorder
// appends to a file the name of every module loaded by Node's CommonJS loader (bin/ and the bundles of dist/).
// Then every bundle that was run is read, and none may contain code of @inquirer/core (its "User force
// closed the prompt" message survives minification). As a control, that marker must exist in some bundle of dist/
// (so the check cannot pass by looking for something that is never there), and the recorder must have seen the assess
// bundle itself (so the check cannot pass by recording nothing).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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
const load = Module.prototype.load;
Module.prototype.load = function (filename) {
  appendFileSync(process.env.EX_MATURITY_RECORD, filename + '\\n');
  return load.call(this, filename);
};
`,
    );

    const bin = inject('installedBin');
    const pkg = dirname(dirname(bin));
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', EX_MATURITY_RECORD: record };
    delete env.CI;
    const r = spawnSync(process.execPath, ['--require', join(dir, 'recorder.cjs'), bin, 'assess', '--answers', join(import.meta.dirname, '..', 'examples', 'answers.yaml')], {
      env,
      encoding: 'utf8',
      input: '',
      timeout: 30_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Overall result');

    const dist = join(pkg, 'dist');
    const source = (name: string) => readFileSync(join(dist, name), 'utf8');
    const loaded = readFileSync(record, 'utf8')
      .split('\n')
      .filter((f) => f.startsWith(dist))
      .map((f) => relative(dist, f));
    expect(loaded).toContain('commands-assess.cjs');
    for (const name of loaded) expect(source(name).includes(MARKER), name).toBe(false);

    const withPrompts = readdirSync(dist).filter((name) => name.endsWith('.cjs') && source(name).includes(MARKER));
    expect(withPrompts.length).toBeGreaterThan(0);
  });
});
