declare const __VERSION__: string;

/** The tool's name and version (the version is written in at build time). */
export const TOOL = { name: 'ex-maturity', version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev' };

/** Where the JSON Schema of a document kind is published (it also ships in the package, under schemas/). */
export function schemaUrl(kind: 'result' | 'aggregate' | 'questions' | 'compare' | 'mirror' | 'mirror-compare' | 'plan' | 'plan-status' | 'plan-review' | 'trend' | 'health'): string {
  return `https://unpkg.com/${TOOL.name}@${TOOL.version}/schemas/${kind}.schema.json`;
}

/** Decides colour once: off with NO_COLOR, --no-color or a non-terminal stdout; FORCE_COLOR turns it on. */
export function setupColor(wantColor: boolean, stdoutIsTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  let on = stdoutIsTTY;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') on = true;
  if ((env.NO_COLOR !== undefined && env.NO_COLOR !== '') || !wantColor) on = false;
  setLevel(on ? 1 : 0);
  return on;
}

/** Runs a rendering with colour off (for files), then puts colour back as it was. */
export async function withoutColor<T>(work: () => Promise<T>): Promise<T> {
  const before = color.level;
  setLevel(0);
  try {
    return await work();
  } finally {
    if (before !== undefined) setLevel(before);
  }
}

// The colour level is decided here and followed by chalk (app/chalk.ts), which is loaded only by what prints colour:
// chalk's own terminal detection (node:os, node:tty) stays off runs like `assess --format json` (issue 14).
// One state for every bundle of the tool (the command line decides, a command's renderers follow).
const color: { level: 0 | 1 | undefined; followers: ((level: 0 | 1) => void)[] } = ((globalThis as Record<symbol, unknown>)[Symbol.for('ex-maturity.color')] ??= {
  level: undefined,
  followers: [],
}) as never;

function setLevel(l: 0 | 1): void {
  color.level = l;
  for (const follow of color.followers) follow(l);
}

/** Calls `follow` with the colour level now (once decided) and at every change. */
export function followColor(follow: (level: 0 | 1) => void): void {
  color.followers.push(follow);
  if (color.level !== undefined) follow(color.level);
}
