import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cli } from './helpers/cli.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('installed package', () => {
  it('prints its version', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    // The version written in at build time, not the fallback of an unbuilt run.
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});
