// Terminal text: wrapping at word boundaries and score bars.

const PUNCTUATION = ':;!?»';

/** Words of a text, French punctuation kept with its word (never « or : alone at the start or end of a line). No-break spaces never break. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(/[ \t\r\n\f\v]+/).filter(Boolean)) {
    const prev = out[out.length - 1];
    if (prev !== undefined && ((PUNCTUATION.includes(w[0]!) && /^[:;!?\u00bb]+[.,]?$/.test(w)) || prev.endsWith('«'))) out[out.length - 1] = `${prev}\u00a0${w}`;
    else out.push(w);
  }
  return out;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Text with no colour code and no combining mark (none is below U+0300, in the punctuation block or among box lines,
 * blocks and shapes): one column each. Tables and bars are made of U+2500–U+25FF: measured one character at a time,
 * they were most of the cost of wrapping a result (0.7 ms).
 */
const PLAIN = /^[\x20-\x7e\u00a0-\u02ff\u2000-\u206f\u2500-\u25ff]*$/;

/** The columns a text takes in a terminal: colour codes take none, combining marks none, each other character one. */
export function displayWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  let n = 0;
  for (const ch of text.replace(ANSI, '')) if (!/\p{M}/u.test(ch)) n++;
  return n;
}

/** A word wider than the width (a long path) in pieces that fit, cut after each `/` (or, with none, every `width` characters). */
function pieces(word: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const part of word.split(/(?<=\/)/)) {
    if (cur && displayWidth(cur + part) > width) {
      out.push(cur);
      cur = '';
    }
    cur += part;
    while (displayWidth(cur) > width) {
      const chars = [...cur];
      out.push(chars.slice(0, width).join(''));
      cur = chars.slice(width).join('');
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Wraps text to a width (in terminal columns), each line after the first starting with `indent`; `rest` is the width of
 * those following lines' text (by default the same: give `width - indent` for lines that all fit the same columns).
 */
export function wrap(text: string, width: number, indent = '', rest = width): string {
  const out: string[] = [];
  let line = '';
  let used = 0;
  const place = (word: string, w: number) => {
    if (line && used + 1 + w > (out.length ? rest : width)) {
      out.push(line);
      line = word;
      used = w;
    } else if (line) {
      line = `${line} ${word}`;
      used += 1 + w;
    } else {
      line = word;
      used = w;
    }
  };
  for (const word of words(text)) {
    const w = displayWidth(word);
    if (w <= Math.min(width, rest)) place(word, w);
    else for (const piece of pieces(word, Math.min(width, rest))) place(piece, displayWidth(piece));
  }
  if (line) out.push(line);
  return out.join(`\n${indent}`);
}

/** The left eighths of a cell, from one eighth to seven. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `width` cells filled in proportion to a 0–100 score, to the eighth of a cell (an 8-cell bar tells 44.9 from 54.5). */
export function bar(score: number | null, width = 20): string {
  if (score === null) return '·'.repeat(width);
  const eighths = Math.round((Math.max(0, Math.min(100, score)) / 100) * width * 8);
  const full = Math.floor(eighths / 8);
  const part = EIGHTHS[eighths % 8]!;
  return '█'.repeat(full) + part + '░'.repeat(width - full - (part ? 1 : 0));
}

/** A line that starts a list entry or a mark: its following lines go under its text. */
const MARK = /^(?:[!\u2022\u25b8\u2714?>\u2013-]|\d+\.|\[[^\]]*\])\s/u;

/**
 * Wraps each line of a text that is wider than `width`, at word boundaries: a line's following lines keep its
 * indentation (under the text after a mark such as "! ", "1. ", "✔ "). Lines that fit are left as they are (tables
 * included); the one place where messages meet the width of the terminal.
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (displayWidth(line) <= width) return line;
      const indent = /^\s*/.exec(line)![0];
      const rest = line.slice(indent.length);
      const mark = MARK.exec(rest.replace(ANSI, ''));
      const hang = indent + (mark ? ' '.repeat(displayWidth(mark[0])) : '');
      // The first line after its own indentation, the following ones after the hang: each as wide as the width allows.
      return indent + wrap(rest, Math.max(10, width - indent.length), hang, Math.max(10, width - hang.length));
    })
    .join('\n');
}
