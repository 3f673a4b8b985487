// What the facilitator's terminal shows: the join link as a QR code (half-block characters, two modules per
// character cell), and the live board (joined, completed, per statement the spread and the disagreement flag), fitted
// to the terminal's width and height. Pure: text in, text out.
import qrcode from 'qrcode-generator';
import type { Instrument } from '../core/types.js';
import { format, wordsFor, type Lang } from '../i18n/index.js';
import { wrap } from '../render/terminal/text.js';
import type { FacilitatorView } from './state.js';

/**
 * The QR code of a text as terminal lines, with a quiet zone of 2 modules: light modules are drawn as blocks, dark ones
 * as blanks. With colour they are forced white on black, whatever the terminal's theme; without, this suits the usual
 * dark terminal (and phone readers also read a code in reverse video).
 */
export function qrLines(text: string, color: boolean): string[] {
  const { size, dark: isDark } = qrMatrix(text);
  const quiet = 2;
  const dark = (r: number, c: number) => r >= quiet && c >= quiet && r < size + quiet && c < size + quiet && isDark(r - quiet, c - quiet);
  const total = size + 2 * quiet;
  const lines: string[] = [];
  for (let r = 0; r < total; r += 2) {
    let line = '';
    for (let c = 0; c < total; c++) {
      const top = dark(r, c);
      const bottom = r + 1 < total ? dark(r + 1, c) : false;
      line += top && bottom ? ' ' : top ? '▄' : bottom ? '▀' : '█';
    }
    lines.push(color ? `\x1b[97;40m${line}\x1b[0m` : line);
  }
  return lines;
}

/** The modules of a text's QR code (error correction M): its size and whether a module is dark. */
export function qrMatrix(text: string): { size: number; dark: (row: number, col: number) => boolean } {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  return { size: qr.getModuleCount(), dark: (r, c) => qr.isDark(r, c) };
}

/** The sparkline of counts (one character per answer). */
function spark(counts: readonly number[]): string {
  const marks = '▁▂▃▄▅▆▇█';
  const most = Math.max(1, ...counts);
  return counts.map((c) => (c === 0 ? '·' : marks[Math.min(7, Math.floor((c / most) * 7.999))]!)).join('');
}

/** The lines the board and the projector share: the counts, the low-threshold warning, where the figures stand. */
export function boardHead(view: FacilitatorView, lang: Lang): string[] {
  const { w } = wordsFor(lang);
  const lines = [view.seats === undefined ? w('room.boardCounts', { joined: view.joined, completed: view.completed }) : w('room.boardCountsSeats', { joined: view.joined, completed: view.completed, seats: view.seats })];
  if (view.warning) lines.push(format(view.warning, lang));
  if (!view.shown) lines.push(w('room.waiting', { minGroup: view.minGroup, completed: view.completed, more: view.nextNeeds }));
  else lines.push(w('room.published', { sheets: view.publishedSheets, more: view.nextNeeds, minGroup: view.minGroup }));
  return lines;
}

/** The live board: counts, then (once published) one line per statement, as many as fit in `rows`. */
export function boardText(view: FacilitatorView, instrument: Instrument, lang: Lang, width: number, rows = Infinity): string {
  const { w } = wordsFor(lang);
  const lines = boardHead(view, lang).map((l) => wrap(l, width));
  if (!view.shown) return lines.join('\n');
  const keys = [...instrument.scale.map((p) => String(p.value)), ...(instrument.dontKnow ? ['?'] : [])];
  lines.push(wrap(w('room.boardLegend', { keys: keys.join(' '), flag: '⚠' }), width));
  const idWidth = Math.min(16, Math.max(...view.statements.map((s) => s.id.length)));
  const room = Math.max(1, rows - lines.join('\n').split('\n').length - 1);
  const shown = view.statements.length > room ? view.statements.slice(0, room - 1) : view.statements;
  for (const s of shown) {
    const id = s.id.length > idWidth ? `${s.id.slice(0, idWidth - 1)}…` : s.id.padEnd(idWidth);
    if (!s.answers.length) {
      lines.push(`${id}  ${w('room.withheld')}`.slice(0, width));
      continue;
    }
    const parts = [...s.answers.map((c) => c.count), ...(instrument.dontKnow ? [s.dontKnow] : [])];
    const flag = s.disagreement ? ' ⚠' : '';
    const full = `${id}  ${parts.map((c, i) => `${keys[i]}:${String(c).padStart(2)}`).join(' ')}${flag}`;
    lines.push([...full].length <= width ? full : `${id} ${spark(parts)}${flag}`.slice(0, width));
  }
  if (shown.length < view.statements.length) lines.push(w('room.boardMore', { n: view.statements.length - shown.length }));
  return lines.join('\n');
}
