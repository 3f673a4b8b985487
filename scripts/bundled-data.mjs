// For scripts/build.mjs: src/io/bundled.ts with its instruments and matrices already validated.
// The module is bundled on its own and run once here; its exports become JSON that dist/ parses only when a command
// asks for that instrument (see the top of src/io/bundled.ts for what it buys). Any problem in the data fails the build.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { esbuildYaml } from './yaml-plugin.mjs';

export const BUNDLED_SOURCE = resolve('src/io/bundled.ts');

/** Refuses what JSON would not give back as it is (undefined, a Map, a class instance, a non-finite number). */
function plain(value, path) {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Object.is(value, -0)) throw new Error(`${path}: ${value} does not survive JSON`);
    return;
  }
  if (Array.isArray(value)) return value.forEach((v, i) => plain(v, `${path}[${i}]`));
  const proto = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (proto !== Object.prototype && proto !== null) throw new Error(`${path}: ${typeof value === 'object' ? value.constructor?.name : typeof value} does not survive JSON`);
  for (const [k, v] of Object.entries(value)) plain(v, `${path}.${k}`);
}

/** The source of the module that replaces src/io/bundled.ts in dist/. */
export async function validatedBundledModule() {
  const out = await build({ entryPoints: [BUNDLED_SOURCE], bundle: true, format: 'cjs', platform: 'node', target: 'node20', write: false, plugins: [esbuildYaml], logLevel: 'warning' });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(BUNDLED_SOURCE));
  const { BUNDLED, mirrorMatrix } = mod.exports;
  const json = (value, name) => {
    plain(value, name);
    return JSON.stringify(JSON.stringify(value));
  };
  const models = Object.entries(BUNDLED).map(([id, model]) => `  ${JSON.stringify(id)}: () => JSON.parse(${json(model(), id)}),`);
  return [
    '// Made by scripts/bundled-data.mjs from src/io/bundled.ts: the bundled data, validated at build time.',
    `export const BUNDLED = {\n${models.join('\n')}\n};`,
    `export const mirrorMatrix = () => JSON.parse(${json(mirrorMatrix(), 'mirrorMatrix')});`,
  ].join('\n');
}
