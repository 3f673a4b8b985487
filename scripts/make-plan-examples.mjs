// Writes the two waves of the action-loop example into examples/waves/ (run: node scripts/make-plan-examples.mjs).
// Generated, never edited by hand: see plan-waves.mjs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waveFiles } from './plan-waves.mjs';

const root = fileURLToPath(new URL('../examples/', import.meta.url));
rmSync(`${root}waves`, { recursive: true, force: true });
for (const [path, text] of Object.entries(waveFiles())) {
  mkdirSync(dirname(`${root}${path}`), { recursive: true });
  writeFileSync(`${root}${path}`, text);
}
console.log('examples/waves/ written');
