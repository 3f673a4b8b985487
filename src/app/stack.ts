// An internal error's stack, with each frame in a bundle of dist/ followed by the src/ file and line it comes from.
// The bundles ship with linked source maps (scripts/build.mjs); Node reads them only when asked to
// (--enable-source-maps), which costs every run, so they are read here, once something has already gone wrong.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';

const FRAME = /([^\s(]+\.cjs):(\d+):(\d+)\)?$/;

/** `stack` with ` [src/…ts:LINE]` after every frame that a bundle's source map can place; other frames as they are. */
export function sourceStack(stack: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  return stack
    .split('\n')
    .map((line) => {
      const m = FRAME.exec(line);
      if (!m) return line;
      const [, file, row, col] = m as unknown as [string, string, string, string];
      if (!maps.has(file)) maps.set(file, mapOf(file));
      const entry = maps.get(file)?.findEntry(Number(row) - 1, Number(col) - 1);
      if (!entry || !('originalSource' in entry) || !entry.originalSource) return line;
      const source = entry.originalSource.replace(/^file:\/\//, '');
      const where = source.includes('node_modules') ? source.slice(source.lastIndexOf('node_modules')) : relative(join(dirname(file), '..'), join(dirname(file), source));
      return `${line} [${where}:${entry.originalLine + 1}]`;
    })
    .join('\n');
}

/** The source map beside a bundle, or undefined. */
function mapOf(file: string): SourceMap | undefined {
  try {
    return new SourceMap(JSON.parse(readFileSync(join(dirname(file), `${basename(file)}.map`), 'utf8')));
  } catch {
    return undefined;
  }
}
