// Markdown that stays inert whatever the instrument, the matrix or the inputs hold.

/**
 * Text from a file as inert Markdown: one line, with the characters that would make links, emphasis, HTML, math, table
 * cells or autolinks escaped (`http\://`, `www\.example\.com`, `a\@b`, `\$`: a backslash before ASCII punctuation is literal in
 * CommonMark, and it keeps GitHub's and markdown-it's autolinkers from seeing a URL). No-break spaces are kept.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[^\S\u00a0\u202f]+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>|#~$@]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/(?<=[A-Za-z0-9])\.(?=[A-Za-z]{2})|(?<=\bwww)\./gi, '\\.')
    .replace(/&(?=#?\w+;)/g, '&amp;');
}

/** An id as Markdown: a code span when it holds only characters that cannot break out of one, escaped text otherwise. */
export function code(id: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id) ? `\`${id}\`` : escapeMarkdown(id);
}

/** Escaped text that starts a line: also kept from turning into a list item or a heading underline. */
export function paragraph(text: string): string {
  return escapeMarkdown(text).replace(/^[-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A table row of cells already escaped. */
export function tableRow(cells: readonly (string | number)[]): string {
  return `| ${cells.map(String).join(' | ')} |`;
}

/** The method box that ends a report: a heading and its lines. */
export function methodMarkdown(method: { title: string; lines: readonly string[] }): string[] {
  return [`## ${escapeMarkdown(method.title)}`, '', ...method.lines.map((l) => `- ${escapeMarkdown(l)}`), ''];
}
