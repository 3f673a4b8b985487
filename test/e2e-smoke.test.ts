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

  it('holds the bin, plain bundles each with its source map, the licences, the data formats and the schemas', () => {
    const root = dirname(dirname(inject('installedBin')));
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(root.length + 1));
    expect(files.filter((f) => f.startsWith('bin/'))).toEqual(['bin/ex-maturity.cjs']);
    const dist = files.filter((f) => f.startsWith('dist/'));
    const bundles = dist.filter((f) => f.endsWith('.cjs'));
    expect(bundles).toContain('dist/cli.cjs');
    expect(bundles).toContain('dist/commands-assess.cjs');
    // Every bundle links its map, and every map is there: an internal error can name its source line (crash-report.test.ts).
    expect(dist.filter((f) => f.endsWith('.map')).sort()).toEqual(bundles.map((f) => `${f}.map`).sort());
    expect(dist.filter((f) => !/\.(cjs|cjs\.map|json)$/.test(f))).toEqual(['dist/THIRD-PARTY-LICENSES.txt']);
    expect(files.filter((f) => f.startsWith('examples/'))).toEqual([]);
  });
});
