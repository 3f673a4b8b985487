// A streaming RFC 4180 reader: text goes in chunk by chunk, records come out with the line each starts on.
// Written for form exports of 100,000 rows: it scans each chunk once, keeps only the unfinished record between
// chunks, and refuses a record over a size limit instead of growing without bound.

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A CSV the reader cannot go on with; `line` is where the bad record starts. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly code: 'quote-not-closed' | 'text-after-quote' | 'quote-in-field' | 'record-too-big',
    readonly line: number,
  ) {
    super(`${code} at line ${line}`);
  }
}

/** Splits CSV text into records of fields: quoted fields may hold separators, doubled quotes and line breaks. */
export class CsvRecords {
  private rest = '';
  private line: number;
  private first: boolean;
  private until: (() => boolean) | undefined;

  /** `from`: where the text starts when it is not the start of the file (its line; no byte-order mark is looked for). */
  constructor(
    private readonly delimiter: string,
    private readonly onRecord: (fields: string[], line: number) => void,
    private readonly maxRecord: number,
    from?: { line: number },
  ) {
    this.line = from?.line ?? 1;
    this.first = from === undefined;
  }

  /** The line the next record starts on. */
  get nextLine(): number {
    return this.line;
  }

  /**
   * Reads the records of a whole text (the entire file) until `done()` says so after one: returns where the next
   * record starts (text.length when all are read). The fast path reads the header this way, with the general rules.
   */
  readUntil(text: string, done: () => boolean): number {
    const from = this.first && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.first = false;
    this.until = done;
    try {
      return this.records(text, true, from);
    } finally {
      this.until = undefined;
    }
  }

  /** Reads a chunk of text; records completed by it are handed over at once. */
  push(chunk: string): void {
    let text = this.rest + chunk;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.rest = text.slice(this.records(text, false));
    if (this.rest.length > this.maxRecord) throw new CsvSyntaxError('record-too-big', this.line);
  }

  /** Reads what is left at the end of the text. */
  end(): void {
    if (this.rest) this.records(this.rest, true);
    this.rest = '';
  }

  /** Hands over the complete records of `text`; returns where the unfinished one starts (text.length when none). */
  private records(text: string, final: boolean, from = 0): number {
    const n = text.length;
    const delim = this.delimiter.charCodeAt(0);
    let i = from;
    while (i < n) {
      const start = i;
      const fields: string[] = [];
      let breaks = 0;
      for (;;) {
        let c: number;
        if (text.charCodeAt(i) === QUOTE) {
          let value = '';
          let j = i + 1;
          for (;;) {
            const q = text.indexOf('"', j);
            if (q === -1 || (q + 1 === n && !final)) {
              if (!final) return start;
              throw new CsvSyntaxError('quote-not-closed', this.line);
            }
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += text.slice(j, q + 1);
              j = q + 2;
              continue;
            }
            value += text.slice(j, q);
            i = q + 1;
            break;
          }
          for (let k = value.indexOf('\n'); k !== -1; k = value.indexOf('\n', k + 1)) breaks++;
          fields.push(value);
          c = i < n ? text.charCodeAt(i) : -1;
          if (c !== delim && c !== LF && c !== CR && c !== -1) throw new CsvSyntaxError('text-after-quote', this.line);
        } else {
          let j = i;
          for (; j < n; j++) {
            const d = text.charCodeAt(j);
            if (d === delim || d === LF || d === CR) break;
          }
          const field = text.slice(i, j);
          // A quote inside an unquoted field (`…,Strongly agree"`) is refused, as csv-parse refuses it: it is a
          // broken export, and reading it as text would count differently from any other reader.
          if (field.includes('"') && (j < n || final)) throw new CsvSyntaxError('quote-in-field', this.line);
          fields.push(field);
          i = j;
          c = i < n ? text.charCodeAt(i) : -1;
        }
        if (c === delim) {
          i++;
          continue;
        }
        if (c === -1 && !final) return start;
        if (c === CR) {
          if (i + 1 === n && !final) return start;
          i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        } else if (c === LF) i++;
        break;
      }
      if (i - start > this.maxRecord) throw new CsvSyntaxError('record-too-big', this.line);
      this.onRecord(fields, this.line);
      this.line += breaks + 1;
      if (this.until?.()) return i;
    }
    return n;
  }
}
