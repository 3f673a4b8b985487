import type { Lang } from './core/types.js';
import { writeAtomic } from './io/write.js';

/** Sends a document where the user asked: a file written atomically (and a line on stderr saying so), else stdout. */
export function emit(content: string, output: string | undefined, lang: Lang): void {
  if (!output) {
    process.stdout.write(content);
    return;
  }
  writeAtomic(output, content);
  process.stderr.write(lang === 'fr' ? `Enregistré : ${output}\n` : `Saved: ${output}\n`);
}

/** Prints a message for the user on stderr. */
export function say(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
