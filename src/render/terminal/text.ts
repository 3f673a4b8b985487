// Terminal text: wrapping at word boundaries and score bars.

/** Words of a text, French punctuation kept with its word (never « or : alone at the start or end of a line). No-break spaces never break. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(/[ \t\r\n\f\v]+/).filter(Boolean)) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (/^[:;!?»]+[.,]?$/.test(w) || prev.endsWith('«'))) out[out.length - 1] = `${prev}\u00a0${w}`;
    else out.push(w);
  }
  return out;
}

/** Wraps text to a width, each line after the first starting with `indent`. */
export function wrap(text: string, width: number, indent = ''): string {
  const out: string[] = [];
  let line = '';
  for (const word of words(text)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join(`\n${indent}`);
}

/** A bar of `width` cells filled in proportion to a 0–100 score. */
export function bar(score: number | null, width = 20): string {
  if (score === null) return '·'.repeat(width);
  const full = Math.round((Math.max(0, Math.min(100, score)) / 100) * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}
