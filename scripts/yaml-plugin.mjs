// Turns `import data from '….yaml'` into the parsed data at build time, for esbuild and for vitest,
// so that the bundled instrument and matrix cost no YAML parsing when the tool starts.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

/** The data of a YAML file, refusing any error or warning. */
export function yamlData(file) {
  const doc = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new Error(`${file}: ${problem.message}`);
  return doc.toJS();
}

/** esbuild plugin. */
export const esbuildYaml = {
  name: 'yaml-data',
  setup(build) {
    // JSON.parse of a string literal is faster for V8 than the same data as an object literal.
    build.onLoad({ filter: /\.yaml$/ }, (args) => ({ contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(yamlData(args.path)))});`, loader: 'js' }));
  },
};

/** vite / vitest plugin. */
export const viteYaml = {
  name: 'yaml-data',
  transform(_code, id) {
    if (id.endsWith('.yaml')) return { code: `export default ${JSON.stringify(yamlData(id))};`, map: null };
  },
};
