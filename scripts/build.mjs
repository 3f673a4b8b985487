// Bundles src/ into dist/ (one ESM entry and lazily loaded chunks), so the package has no runtime dependencies.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { esbuildYaml } from './yaml-plugin.mjs';

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
  plugins: [esbuildYaml],
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
