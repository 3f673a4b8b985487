// Text from user files made harmless for a terminal: no control sequence of a file ever reaches stdout or stderr.

/**
 * Escape sequences (CSI `ESC [ … final`, OSC/DCS/APC/PM/SOS `ESC ] … BEL or ESC \`, two-byte `ESC x`), their 8-bit
 * forms (C1, U+0080–U+009F), and every other C0 control but newline and tab, and DEL.
 */
const CONTROL =
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)|\u001b[ -~]?|\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** A text with each control character or escape sequence shown as one � (a line break `\r\n` becomes `\n`); newlines and tabs are kept. */
export function inert(text: string): string {
  // (every match of CONTROL starts with a C0 or C1 control character or DEL: text with none is returned at once)
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(CONTROL, (m) => (m === '\r\n' ? '\n' : '\ufffd'));
}

/** A message parameter with every string in it made inert (arrays and plain objects are walked). */
export function inertParams<T>(value: T): T {
  if (typeof value === 'string') return inert(value) as T;
  if (Array.isArray(value)) return value.map(inertParams) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = inertParams(v);
    return out as T;
  }
  return value;
}
