import { tempDir } from './cli.js';
import { processContext, terminalWidth, timestamp, type AppContext } from '../../src/app/context.js';

/** A context for driving a command in-process: the real streams (tests spy on them), a given environment and folder, a terminal. */
export function testContext(over: { env?: NodeJS.ProcessEnv; cwd?: string; interactive?: boolean; width?: number } = {}): AppContext {
  // A cache folder of its own unless told: the register of released figures of one run never meets another's.
  const env = { XDG_CACHE_HOME: tempDir(), ...over.env };
  return {
    ...processContext(),
    // Through process.stdout, where tests spy (the real context writes with writeSync when stdout is not a terminal).
    out: (text) => void process.stdout.write(text),
    env,
    cwd: over.cwd ?? process.cwd(),
    width: over.width ?? terminalWidth(undefined, env),
    terminal: over.interactive ?? true,
    interactive: over.interactive ?? true,
    ci: false,
    now: () => timestamp(env),
  };
}
