// The line chart of a trend: pure SVG text, no script; one line per series over the waves, each with its colour and
// its own marker shape (readable in black and white), a line drawn only where the change between two waves is.
import { escapeHtml, FONT_STACK } from './page.js';
import { SERIES_COLORS } from './svg.js';

/** One line: its label, its id (for tests and styles), a 0–100 value per wave (null: no figure), and which segments are drawn (joined[i]: wave i−1 to wave i). */
export interface LineSeries {
  id: string;
  label: string;
  values: (number | null)[];
  joined: boolean[];
}

const W = 480;
const H = 260;
const PLOT = { left: 36, right: 18, top: 14, bottom: 44 };
const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** The marker of the k-th series at x, y: circle, square, diamond, triangle, triangle down, in turn. */
export function marker(k: number, x: number, y: number): string {
  const r = 5;
  switch (k % 5) {
    case 0: return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${r}"/>`;
    case 1: return `<rect x="${fmt(x - r)}" y="${fmt(y - r)}" width="${2 * r}" height="${2 * r}"/>`;
    case 2: return `<polygon points="${fmt(x)},${fmt(y - r - 1)} ${fmt(x + r + 1)},${fmt(y)} ${fmt(x)},${fmt(y + r + 1)} ${fmt(x - r - 1)},${fmt(y)}"/>`;
    case 3: return `<polygon points="${fmt(x)},${fmt(y - r - 1)} ${fmt(x + r + 1)},${fmt(y + r)} ${fmt(x - r - 1)},${fmt(y + r)}"/>`;
    default: return `<polygon points="${fmt(x)},${fmt(y + r + 1)} ${fmt(x + r + 1)},${fmt(y - r)} ${fmt(x - r - 1)},${fmt(y - r)}"/>`;
  }
}

/** The colour of the k-th series. */
export function seriesColor(k: number): string {
  return SERIES_COLORS[k % SERIES_COLORS.length]!;
}

/**
 * A line chart of 0–100 values over waves (x labels), the level thresholds dashed; `desc` is the text alternative
 * (every value, said by the caller in the page's language).
 */
export function lineChartSvg(waves: readonly string[], series: readonly LineSeries[], opts: { id: string; title: string; desc: string; thresholds: readonly number[] }): string {
  const width = W - PLOT.left - PLOT.right;
  const height = H - PLOT.top - PLOT.bottom;
  const x = (i: number) => PLOT.left + (waves.length < 2 ? width / 2 : (width * i) / (waves.length - 1));
  const y = (v: number) => PLOT.top + height * (1 - Math.max(0, Math.min(100, v)) / 100);
  const out: string[] = [];
  for (const v of [0, 25, 50, 75, 100]) {
    out.push(`<line stroke="#e1e5ea" x1="${PLOT.left}" x2="${W - PLOT.right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}"/>`);
    out.push(`<text font-size="14" fill="#5f6b7a" text-anchor="end" x="${PLOT.left - 6}" y="${fmt(y(v) + 4)}">${v}</text>`);
  }
  for (const v of opts.thresholds) out.push(`<line stroke="#8a96a3" stroke-dasharray="4 3" x1="${PLOT.left}" x2="${W - PLOT.right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}"/>`);
  waves.forEach((label, i) => out.push(`<text font-size="15" fill="#1f2933" text-anchor="middle" x="${fmt(x(i))}" y="${H - PLOT.bottom + 20}">${escapeHtml(label)}</text>`));
  series.forEach((s, k) => {
    const segments = s.values.flatMap((v, i) => (i > 0 && s.joined[i] && v !== null && s.values[i - 1] !== null ? [`M${fmt(x(i - 1))} ${fmt(y(s.values[i - 1]!))}L${fmt(x(i))} ${fmt(y(v))}`] : []));
    out.push(`<g class="line" data-series="${escapeHtml(s.id)}" fill="${seriesColor(k)}" stroke="${seriesColor(k)}">`);
    if (segments.length) out.push(`<path fill="none" stroke-width="2.5" stroke-linecap="round" d="${segments.join('')}"/>`);
    s.values.forEach((v, i) => v !== null && out.push(marker(k, x(i), y(v))));
    out.push('</g>');
  });
  return [
    `<svg class="trend-chart" viewBox="0 0 ${W} ${H}" font-family="${FONT_STACK}" role="img" aria-labelledby="${opts.id}-title ${opts.id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${opts.id}-title">${escapeHtml(opts.title)}</title>`,
    `<desc id="${opts.id}-desc">${escapeHtml(opts.desc)}</desc>`,
    ...out,
    '</svg>',
  ].join('\n');
}
