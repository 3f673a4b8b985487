// Bundles src/ into dist/ (one ESM entry and lazily loaded chunks), so the package has no runtime dependencies.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { esbuildYaml } from './yaml-plugin.mjs';

/**
 * commander requires node:child_process when it loads, for subcommands that are separate executables (ex-maturity has
 * none): that one require loads Node's net, dgram and stream stacks, about 3 ms of every run. Here commander gets
 * child_process only when it really uses it.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let cp; module.exports = new Proxy({}, { get: (_, key) => (cp ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/**
 * Node built-ins through require() rather than ES imports: an ES import of a built-in makes Node fill in the module's
 * whole namespace, and for node:fs that runs its lazy getters (ReadStream, promises…), which load the stream stack —
 * about 2 ms of every run, where require() hands over the object and nothing more.
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => (args.namespace === 'builtin-by-require' || args.namespace === 'lazy-child-process' ? undefined : { path: args.path, namespace: 'builtin-by-require' }));
    b.onLoad({ filter: /.*/, namespace: 'builtin-by-require' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Build beside dist/ and swap it in at the end, so a build never leaves a half-written dist/ behind.
const out = `dist.tmp-${process.pid}`;

const result = await build({
  metafile: true,
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
  plugins: [esbuildYaml, lazyChildProcess, builtinsByRequire],
  logLevel: 'warning',
});

// The bundle carries code from these packages: their licences travel with it.
const bundled = Object.values(result.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f));
const packages = new Set(bundled.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.slice(1) ?? []));
const notices = [...packages].sort().map((name) => {
  const dir = join('node_modules', name);
  const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  return `${name}@${version} (${license})\n\n${file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8').trim() : ''}`;
});
writeFileSync(join(out, 'THIRD-PARTY-LICENSES.txt'), `ex-maturity bundles the following packages.\n\n${notices.join('\n\n' + '-'.repeat(72) + '\n\n')}\n`);

rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');
