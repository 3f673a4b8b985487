// An internal error (exit 70) is a bug report a user pastes: each frame in a bundle names the src/ file and line it comes
// from, read from the source maps the package ships beside its bundles.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';

const SAMPLE = join(import.meta.dirname, '..', 'examples', 'answers.yaml');

it('an internal error names the original source file and line', () => {
  // Forced from outside the package: JSON.stringify fails on the result document, as a bug in the JSON renderer would.
  const preload = join(tempDir(), 'break.cjs');
  writeFileSync(preload, "const s = JSON.stringify;\nJSON.stringify = function (v, ...r) { if (v && v.kind === 'result') throw new TypeError('forced'); return s.call(this, v, ...r); };\n");
  const r = cli(['assess', '--answers', SAMPLE, '--format', 'json'], { env: { NODE_OPTIONS: `--require ${preload}` } });
  expect(r.code).toBe(70);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/internal error, not your fault/);
  expect(r.stderr).toMatch(/TypeError: forced/);
  expect(r.stderr).toMatch(/\[src\/render\/json\/index\.ts:\d+\]/);
  expect(r.stderr).toMatch(/\[src\/cli\.ts:\d+\]/);
});
