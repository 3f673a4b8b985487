// Bundles src/ into dist/, so the package has no runtime dependencies. CommonJS bundles, plain files that Node's own
// require() loads (bin/ex-maturity.cjs turns on Node's compile cache where Node has it), each with its source map:
// - cli.cjs, the command line;
// - one bundle per module loaded with `import()` anywhere in src/ (each command from cli.ts, each renderer from the
//   registry, the full YAML reader, the prompts), named after its path: commands-assess.cjs, …; import() becomes
//   require() of that bundle, so nothing is loaded before it is needed;
// - shared.cjs: the modules that must be one for all the others (src/i18n/, errors.ts whose UserError the command line
//   recognises, app/tool.ts and its one colour level), required by every bundle;
// - i18n-<language>.cjs: each catalog of words, loaded when a text in its language is first asked for;
// - data-<id>.json: the bundled instruments and matrices, validated here (scripts/bundled-data.mjs).
// Why bundles (issue 14, `npm run bench`): the ES module loader resolved, linked and compiled a dozen chunks on every run
// (assess --format json 1.6–1.9× `node -e 0`).
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BUNDLED_SOURCE, validatedBundledModule } from './bundled-data.mjs';
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
 * chalk's own colour detection (supports-color) loads node:os and node:tty, and through tty the net and stream stacks,
 * about 3 ms; the tool never uses it (app/tool.ts decides the level and sets it), so chalk gets its browser variant,
 * which detects nothing.
 */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) => ({ path: join(args.resolveDir, 'vendor', 'supports-color', 'browser.js') }));
  },
};

/**
 * cli-table3 (with @colors/colors and string-width behind it) draws only the tables with a line break in a cell
 * (src/render/terminal/frame.ts draws the others): it is evaluated the first time such a table is drawn, not every
 * time a terminal renderer loads.
 */
const lazyCliTable3 = {
  name: 'lazy-cli-table3',
  setup(b) {
    b.onResolve({ filter: /^cli-table3$/ }, (args) => (args.importer === resolve('src/render/terminal/frame.ts') ? { path: 'cli-table3', namespace: 'lazy-cli-table3' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-cli-table3' }, () => ({
      contents: "let Table; module.exports = function LazyTable(options) { return new (Table ??= require('cli-table3'))(options); };",
      loader: 'js',
      resolveDir: resolve('src/render/terminal'),
    }));
  },
};

/** src/io/bundled.ts with its data validated at build time (scripts/bundled-data.mjs). */
const bundledData = {
  name: 'bundled-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]io[\\/]bundled\.ts$/ }, async (args) => (args.path === BUNDLED_SOURCE ? { contents: await validatedBundledModule(out), loader: 'js' } : undefined));
    b.onResolve({ filter: /^\.\/data-[\w-]+\.json$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/** cli-table3 measures its cells with src/render/terminal/string-width.ts, string-width without its cost for plain text. */
const fastStringWidth = {
  name: 'fast-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) => (/node_modules[\\/]cli-table3[\\/]/.test(args.importer) ? { path: 'string-width', namespace: 'fast-string-width' } : undefined));
    // cli-table3 requires the function itself, not a module with a default export.
    b.onLoad({ filter: /.*/, namespace: 'fast-string-width' }, () => ({ contents: `module.exports = require(${JSON.stringify(resolve('src/render/terminal/string-width.ts'))}).default;`, loader: 'js', resolveDir: resolve('src') }));
  },
};

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Build beside dist/ and swap it in at the end, so a build never leaves a half-written dist/ behind.
const out = `dist.tmp-${process.pid}`;

/** Every .ts file under a folder. */
const sources = (dir) => readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath ?? e.path, e.name));
/** The flat name of a bundle: src/commands/interview/index.ts → commands-interview-index. */
const bundleName = (file) => relative('src', file).replace(/\.ts$/, '').split(/[\\/]/).join('-');

// Each module loaded with import() is its own bundle.
const lazy = new Set();
for (const file of sources('src')) {
  for (const m of readFileSync(file, 'utf8').matchAll(/import\('(\.{1,2}\/[^']+)\.js'\)/g)) lazy.add(resolve(file, '..', `${m[1]}.ts`));
}
// Each language's catalog (src/i18n/<lang>/catalog.ts) is a bundle of its own (i18n-en.cjs…), loaded when a text in
// that language is first asked for: the language's index.ts imports it, and gets here a module whose export requires
// that bundle on first use.
const catalogs = readdirSync('src/i18n', { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join('src/i18n', e.name, 'catalog.ts')))
  .map(({ name: lang }) => {
    const file = resolve('src/i18n', lang, 'catalog.ts');
    const name = /^export const (\w+)/m.exec(readFileSync(file, 'utf8'))?.[1];
    if (!name) throw new Error(`${file} exports no catalog (export const ${lang}: Catalog = …)`);
    return { lang, name, file, bundle: `i18n-${lang}` };
  });
const lazyCatalogs = {
  name: 'lazy-catalogs',
  setup(b) {
    b.onResolve({ filter: /^\.\/catalog\.js$/ }, (args) => {
      const c = catalogs.find((x) => resolve(args.resolveDir, 'catalog.ts') === x.file);
      return c && args.importer !== c.file ? { path: c.lang, namespace: 'lazy-catalogs' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-catalogs' }, (args) => {
      const c = catalogs.find((x) => x.lang === args.path);
      return { contents: `let loaded;\nObject.defineProperty(exports, ${JSON.stringify(c.name)}, { enumerable: true, get: () => (loaded ??= require('./${c.bundle}.cjs')).${c.name} });`, loader: 'js' };
    });
    b.onResolve({ filter: /^\.\/i18n-[\w-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// The modules every bundle shares (one copy, in dist/shared.cjs).
const catalogFiles = new Set(catalogs.map((c) => c.file));
const shared = new Set([...sources('src/i18n'), 'src/errors.ts', 'src/app/tool.ts'].map((f) => resolve(f)).filter((f) => !catalogFiles.has(f)));
const sharedEntry = [...shared].map((f) => `export * as ${JSON.stringify(relative('src', f))} from ${JSON.stringify(f)};`).join('\n');

const bundles = {
  name: 'bundles',
  setup(b) {
    b.onResolve({ filter: /^shared-entry$/ }, () => ({ path: 'shared-entry', namespace: 'shared-entry' }));
    b.onLoad({ filter: /.*/, namespace: 'shared-entry' }, () => ({ contents: sharedEntry, loader: 'js', resolveDir: process.cwd() }));
    b.onResolve({ filter: /^\.{1,2}\// }, (args) => {
      if (args.namespace !== 'file' || !args.importer.startsWith(resolve('src'))) return undefined;
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      if (args.kind === 'dynamic-import' && lazy.has(target)) return { path: `./${bundleName(target)}.cjs`, external: true };
      if (shared.has(target) && !shared.has(args.importer)) return { path: relative('src', target), namespace: 'shared' };
      return undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'shared' }, (args) => ({ contents: `module.exports = require('./shared.cjs')[${JSON.stringify(args.path)}];`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/shared\.cjs$/ }, () => ({ path: './shared.cjs', external: true }));
  },
};

const result = await build({
  metafile: true,
  entryPoints: Object.fromEntries([['cli', 'src/cli.ts'], ['shared', 'shared-entry'], ...catalogs.map((c) => [c.bundle, c.file]), ...[...lazy].map((f) => [bundleName(f), f])]),
  outdir: out,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  // import() becomes require(): a bundle is loaded without the ES module loader. Node 20 has \p{…} in regular
  // expressions, which esbuild would otherwise turn into `new RegExp(…)`, compiled again on every call (6 ms of the
  // result table, where the width of each character was tested that way).
  supported: { 'dynamic-import': false, 'regexp-unicode-property-escapes': true },
  platform: 'node',
  target: 'node20',
  // MINIFY=0 npm run build: readable names in CPU profiles
  ...(process.env.MINIFY === '0' ? { minifyWhitespace: true } : { minify: true }),
  // A linked map beside each bundle (no sources inside): an internal error names the src/ file and line (src/app/stack.ts).
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'linked',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  plugins: [lazyCatalogs, bundledData, esbuildYaml, lazyChildProcess, lazyCliTable3, chalkWithoutDetection, fastStringWidth, bundles],
  logLevel: 'warning',
});

const MIT = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

// The bundle carries code from these packages: their licences travel with it.
const bundled = Object.values(result.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f));
const packages = new Set(bundled.flatMap((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.slice(1) ?? []));
const notices = [...packages].sort().map((name) => {
  const dir = join('node_modules', name);
  const { version, license, main, module } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  return `${name}@${version} (${license})\n\n${file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8').trim() : headerNotice(dir, module ?? main, license)}`;
});
/** A package without a licence file (qrcode-generator): the copyright and licence comment at the top of its code. */
function headerNotice(dir, entry, license) {
  if (!entry || !existsSync(join(dir, entry))) return '';
  const lines = readFileSync(join(dir, entry), 'utf8').split('\n');
  const head = [];
  for (const line of lines) {
    if (!line.startsWith('//')) break;
    head.push(line.replace(/^\/\/ ?/, '').replace(/^-+$/, '').trimEnd());
  }
  const text = head.join('\n').trim();
  if (!/licen[cs]e/i.test(text)) return '';
  return license === 'MIT' ? `${text}\n\n${MIT}` : text;
}

writeFileSync(join(out, 'THIRD-PARTY-LICENSES.txt'), `ex-maturity bundles the following packages.\n\n${notices.join('\n\n' + '-'.repeat(72) + '\n\n')}\n`);

rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');
