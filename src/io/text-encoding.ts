// The encodings a spreadsheet or a form writes its CSV in (issue 23): UTF-8 with or without BOM, UTF-16 with a BOM
// (Excel's "Unicode text"), and Windows-1252 (French Excel's "CSV (séparateur : point-virgule)") when the bytes are
// not valid UTF-8. Node's TextDecoder reads the label windows-1252 as Latin-1 (0x80–0x9F become control characters),
// so the 27 characters where they differ are mapped here (test/exports-readers.test.ts holds it to iconv-lite).
import { isUtf8 } from 'node:buffer';

/** The encodings a CSV is read in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Windows-1252 bytes 0x80–0x9F; 0 where the byte is undefined (never written by a spreadsheet: not text). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Whether a byte is a control character a text never holds (tab, line feed and carriage return aside). */
const isControl = (b: number) => b < 0x20 ? b !== 9 && b !== 10 && b !== 13 : b === 0x7f;

/** Windows-1252 bytes as text, or undefined when a byte is undefined there or a control character (binary content). */
export function decodeWindows1252(buf: Uint8Array): string | undefined {
  let out = '';
  let from = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (isControl(b)) return undefined;
    if (b < 0x80 || b > 0x9f) continue;
    const c = CP1252_HIGH[b - 0x80]!;
    if (c === 0) return undefined;
    out += Buffer.from(buf.buffer, buf.byteOffset + from, i - from).toString('latin1') + String.fromCharCode(c);
    from = i + 1;
  }
  return out + Buffer.from(buf.buffer, buf.byteOffset + from, buf.length - from).toString('latin1');
}

/**
 * The text of a CSV file's bytes and the encoding it was read in: a UTF-16 or UTF-8 byte-order mark decides; without
 * one, UTF-8 when the bytes are valid UTF-8, else Windows-1252. Undefined when the bytes are not text in any of them
 * (a NUL or another control character, invalid UTF-16, a byte Windows-1252 leaves undefined).
 */
export function decodeText(buf: Buffer): { text: string; encoding: TextEncoding } | undefined {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    const encoding = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    if (buf.length % 2 !== 0) return undefined;
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(buf);
    } catch {
      return undefined;
    }
    return text.includes('\0') ? undefined : { text, encoding };
  }
  if (buf.includes(0)) return undefined;
  if (isUtf8(buf)) {
    const text = buf.toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'utf-8' };
  }
  const text = decodeWindows1252(buf);
  return text === undefined ? undefined : { text, encoding: 'windows-1252' };
}
