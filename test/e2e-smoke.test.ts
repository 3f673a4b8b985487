import { describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cli } from './helpers/cli.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('installed package', () => {
  it('prints its version', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    // The version written in at build time, not the fallback of an unbuilt run.
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('holds few files: the bins, one pack of bundles, the licences, the data formats and the schemas', () => {
    // npm spends about 4 ms installing each file (issue 14): the package went from 92 files to 19 and should stay near.
    const root = dirname(dirname(inject('installedBin')));
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(root.length + 1));
    expect(files.filter((f) => f.startsWith('bin/') || f.startsWith('dist/')).sort()).toEqual(['bin/ex-maturity.cjs', 'bin/load.cjs', 'dist/THIRD-PARTY-LICENSES.txt', 'dist/bundles.pack']);
    expect(files.filter((f) => f.startsWith('examples/'))).toEqual([]);
    expect(files.length).toBeLessThanOrEqual(22); // 19, and the schemas of the plan file, plan status and plan review (issue 26)
  });
});
