// The radar chart: pure SVG text, no script, readable when printed in black and white.
import { escapeHtml, FONT_STACK, levelTone, TONES } from './page.js';

/** One polygon on the radar: a name (for the legend and the text alternative) and a 0–100 value per axis, null when not scored. */
export interface RadarSeries {
  label: string;
  values: (number | null)[];
}

/** Outline colours of successive series (the first is the report's accent). */
export const SERIES_COLORS = ['#25476a', '#b0602f', '#6a4f93', '#2f7d78', '#8a7a2a', '#a23b5a', '#3f7f3a', '#5a6b7d'];

const R = 160; // radius of the 100 ring; the chart is centred on 0,0 and the viewBox fitted around what is drawn
const LINE = 16; // label line height
const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** Words of a label cut into lines of about `max` characters (long labels would run off the chart). */
export function lines(text: string, max = 18): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out.length ? out : [''];
}

/**
 * A radar chart of 0–100 values on three axes or more, with the level bands shaded at their thresholds and one polygon per series.
 * `id` makes its title and description ids unique on a page; the text alternative lists every value.
 */
export function radarSvg(
  axes: readonly string[],
  levels: readonly { min: number; label: string }[],
  series: readonly RadarSeries[],
  opts: { title: string; id?: string; valueText?: (v: number | null) => string; notScored?: string; labelSize?: number; legend?: boolean } = { title: '' },
): string {
  const id = opts.id ?? 'radar';
  const notScored = opts.notScored ?? 'not scored';
  // A dimension without a score is never drawn at 0 (the worst score): it reads "not scored" wherever a value would.
  const show = (v: number | null) => (v === null ? notScored : (opts.valueText ?? ((x: number) => x.toFixed(1)))(v));
  const n = axes.length;
  // Labels in chart units: a chart printed small needs them larger to stay readable (at least 8 pt on paper).
  const size = opts.labelSize ?? 14;
  const line = Math.round((size * LINE) / 14);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const at = (i: number, value: number) => {
    const k = (R * Math.max(0, Math.min(100, value))) / 100;
    return [k * Math.cos(angle(i)), k * Math.sin(angle(i))] as const;
  };
  const ring = (value: number) => axes.map((_, i) => at(i, value).map(fmt).join(',')).join(' ');
  const box = { x0: -R, y0: -R, x1: R, y1: R };
  const grow = (x0: number, y0: number, x1: number, y1: number) => {
    box.x0 = Math.min(box.x0, x0); box.y0 = Math.min(box.y0, y0); box.x1 = Math.max(box.x1, x1); box.y1 = Math.max(box.y1, y1);
  };
  const textWidth = (t: string, size: number) => t.length * size * 0.58;
  const out: string[] = [];

  // Level bands, outermost first so that each inner one covers the rest; then their borders, the axes and the thresholds.
  for (let i = levels.length - 1; i >= 0; i--) {
    out.push(`<polygon fill="${TONES[levelTone(i + 1, levels.length)].tint}" points="${ring(levels[i + 1]?.min ?? 100)}"/>`);
  }
  for (const l of levels.slice(1)) out.push(`<polygon fill="none" stroke="#b9c2cc" stroke-dasharray="3 3" points="${ring(l.min)}"/>`);
  out.push(`<polygon fill="none" stroke="#b9c2cc" points="${ring(100)}"/>`);
  axes.forEach((_, i) => out.push(`<line stroke="#d3d9e0" x1="0" y1="0" x2="${fmt(at(i, 100)[0])}" y2="${fmt(at(i, 100)[1])}"/>`));
  for (const l of levels.slice(1)) out.push(`<text font-size="${size}" fill="#5f6b7a" x="4" y="${fmt(-(R * l.min) / 100 - 3)}">${l.min}</text>`);

  series.forEach((s, k) => {
    const color = SERIES_COLORS[k % SERIES_COLORS.length]!;
    const point = (i: number) => at(i, s.values[i]!).map(fmt).join(',');
    out.push(`<g fill="${color}" stroke="${color}">`);
    if (s.values.every((v) => v !== null)) {
      out.push(`<polygon fill-opacity="0.14" stroke-width="2.5" stroke-linejoin="round" points="${s.values.map((_, i) => point(i)).join(' ')}"/>`);
    } else {
      // A gap in the outline: only neighbouring scored dimensions are joined, and nothing is filled (an area would need every axis).
      s.values.forEach((v, i) => {
        const j = (i + 1) % n;
        if (v !== null && s.values[j] !== null && n > 1) out.push(`<polyline class="radar-edge" fill="none" stroke-width="2.5" stroke-linecap="round" points="${point(i)} ${point(j)}"/>`);
      });
    }
    s.values.forEach((v, i) => {
      if (v !== null) out.push(`<circle stroke="#fff" stroke-width="1.5" cx="${fmt(at(i, v)[0])}" cy="${fmt(at(i, v)[1])}" r="5"/>`);
      // Not scored: a hollow, dashed marker halfway along its axis, away from the 0 of the centre and the 100 of the rim.
      else out.push(`<circle class="not-scored" fill="#fff" stroke-width="2" stroke-dasharray="3 2" cx="${fmt(at(i, 50)[0])}" cy="${fmt(at(i, 50)[1])}" r="6"><title>${escapeHtml(`${axes[i] ?? ''}: ${notScored}`)}</title></circle>`);
    });
    out.push('</g>');
  });

  // Axis labels outside the outer ring; with a single series, each label carries its value.
  axes.forEach((label, i) => {
    const [x, y] = at(i, 100);
    const anchor = Math.abs(x) < 1 ? 'middle' : x > 0 ? 'start' : 'end';
    const ls = lines(label);
    if (series.length === 1) ls.push(show(series[0]!.values[i] ?? null));
    else if (series.some((x) => x.values[i] === null)) ls.push(...lines(series.every((x) => x.values[i] === null) ? notScored : `${notScored}: ${series.filter((x) => x.values[i] === null).map((x) => x.label).join(', ')}`, 24));
    const height = ls.length * line;
    const lx = x + (anchor === 'start' ? 10 : anchor === 'end' ? -10 : 0);
    const top = y < -1 ? y - 8 - height : y > 1 ? y + 8 : y - height / 2; // top of the text block
    const spans = ls.map((t, j) => `<tspan x="${fmt(lx)}" dy="${j ? line : 0}"${series.length === 1 && j === ls.length - 1 ? (series[0]!.values[i] === null ? ' font-style="italic" fill="#5f6b7a"' : ' font-weight="700"') : ''}>${escapeHtml(t)}</tspan>`);
    out.push(`<text font-size="${size}" fill="#1f2933" x="${fmt(lx)}" y="${fmt(top + (12 * size) / 14)}" text-anchor="${anchor}">${spans.join('')}</text>`);
    const w = Math.max(...ls.map((t) => textWidth(t, size)));
    const left = anchor === 'start' ? lx : anchor === 'end' ? lx - w : lx - w / 2;
    grow(left, top, left + w, top + height);
  });

  // Several series get a legend under the chart, unless the page gives its own (one legend per chart).
  if (series.length > 1 && opts.legend !== false) {
    const below = box.y1; // the legend starts under the chart (box grows as entries are added)
    series.forEach((s, k) => {
      const y = below + 14 + k * 18;
      out.push(`<rect fill="${SERIES_COLORS[k % SERIES_COLORS.length]}" x="${fmt(box.x0)}" y="${fmt(y - 10)}" width="12" height="12" rx="2"/><text font-size="13" fill="#1f2933" x="${fmt(box.x0 + 18)}" y="${fmt(y)}">${escapeHtml(s.label)}</text>`);
      grow(box.x0, y, box.x0 + 18 + textWidth(s.label, 13), y + 4);
    });
  }

  const pad = 8;
  const viewBox = [box.x0 - pad, box.y0 - pad, box.x1 - box.x0 + 2 * pad, box.y1 - box.y0 + 2 * pad].map(fmt).join(' ');
  const desc = series.map((s) => `${s.label}: ${axes.map((a, i) => `${a} ${show(s.values[i] ?? null)}`).join(', ')}.`).join(' ');
  return [
    `<svg class="radar" viewBox="${viewBox}" font-family="${FONT_STACK}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${escapeHtml(opts.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(desc)}</desc>`,
    ...out,
    '</svg>',
  ].join('\n');
}
