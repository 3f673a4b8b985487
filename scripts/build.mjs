// Bundles src/ into dist/ (one ESM entry and lazily loaded chunks), so the package has no runtime dependencies.
import { build } from 'esbuild';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { esbuildYaml } from './yaml-plugin.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Build beside dist/ and swap it in at the end, so a build never leaves a half-written dist/ behind.
const out = `dist.tmp-${process.pid}`;

await build({
  entryPoints: ['src/cli.ts'],
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.MINIFY !== "0", // MINIFY=0 npm run build: readable names in CPU profiles
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // commander and cli-table3 are CommonJS: give the ESM bundle a require() for the Node built-ins they use.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [esbuildYaml],
  logLevel: 'warning',
});

rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');
