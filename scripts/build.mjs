// Bundles src/ into dist/ (one ESM entry and lazily loaded chunks), so the package has no runtime dependencies.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { esbuildYaml } from './yaml-plugin.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // commander and cli-table3 are CommonJS: give the ESM bundle a require() for the Node built-ins they use.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [esbuildYaml],
  logLevel: 'warning',
});
