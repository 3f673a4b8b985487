// Markdown that stays inert whatever the instrument, the matrix or the inputs hold.

/** Text from a file as inert Markdown: one line, with the characters that would make links, emphasis, HTML or table cells escaped. No-break spaces are kept. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[^\S\u00a0\u202f]+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>|#~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;');
}

/** Escaped text that starts a line: also kept from turning into a list item or a heading underline. */
export function paragraph(text: string): string {
  return escapeMarkdown(text).replace(/^[-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A table row of cells already escaped. */
export function tableRow(cells: readonly (string | number)[]): string {
  return `| ${cells.map(String).join(' | ')} |`;
}
