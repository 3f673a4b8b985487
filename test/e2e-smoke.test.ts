import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

describe('installed package', () => {
  it('prints its version', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
