// The mirror's two charts, as pure SVG text (no script): the butterfly (employees to the left, customers to the
// right, per dimension) and the quadrant map (employees across, customers up, the high and low lines, leaders as
// markers). The quadrant's labels are numbers placed so that none overlaps another or a mark, listed in a legend.
import type { MirrorRow, MirrorView } from '../view/mirror.js';
import { escapeHtml as h, FONT_STACK } from './page.js';
import { lines } from './svg.js';

const fmt = (n: number) => String(Math.round(n * 10) / 10);

/** The colour of each reading (marks and legend). */
export const READING_COLORS: Record<string, string> = {
  'positive-symmetry': '#2f7a58',
  'negative-symmetry': '#b5563a',
  'employees-ahead': '#25476a',
  'customers-ahead': '#a0602a',
  balanced: '#5f6b7a',
  undetermined: '#6b6b6b',
  overestimated: '#b5563a',
  underestimated: '#a0602a',
  aligned: '#2f7a58',
  none: '#6b7683',
};
const EMPLOYEES = '#25476a';
const CUSTOMERS = '#b0602f';
const LEADERS = '#6a4f93';

/** The butterfly chart: one row per dimension (largest gap first), the two favourable % as bars leaving a centre line. */
export function butterflySvg(v: MirrorView): string {
  const rows = v.rows;
  const LABEL = 230; // label column (right-aligned at LABEL - 10)
  const HALF = 200; // each side's area; 100 % = SCALE px
  const SCALE = 160;
  const centre = LABEL + HALF;
  const width = LABEL + 2 * HALF + 70;
  const top = 34;
  const rowH = 34;
  const height = top + rows.length * rowH + 26;
  const out: string[] = [];
  out.push(`<text x="${centre - 8}" y="18" text-anchor="end" font-size="13" font-weight="600" fill="${EMPLOYEES}">${h(v.sideLabel.employees)}</text>`);
  out.push(`<text x="${centre + 8}" y="18" font-size="13" font-weight="600" fill="${CUSTOMERS}">${h(v.sideLabel.customers)}</text>`);
  out.push(`<text x="${width - 4}" y="18" text-anchor="end" font-size="12" fill="#5f6b7a">${h(v.head.gap)}</text>`);
  // Guide lines at the high and low thresholds, on both sides.
  for (const [pct, dash] of [[v.thresholds.high, '4 3'], [v.thresholds.low, '2 3']] as const) {
    for (const x of [centre - (SCALE * pct) / 100, centre + (SCALE * pct) / 100]) out.push(`<line class="guide" x1="${fmt(x)}" x2="${fmt(x)}" y1="${top - 6}" y2="${top + rows.length * rowH}" stroke="#b9c2cc" stroke-dasharray="${dash}"/>`);
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const mid = y + rowH / 2;
    const ls = lines(r.label, 30).slice(0, 2);
    const spans = ls.map((t, j) => `<tspan x="${LABEL - 10}" dy="${j ? 14 : 0}">${h(t)}</tspan>`).join('');
    out.push(`<text x="${LABEL - 10}" y="${fmt(mid + 4 - (ls.length - 1) * 7)}" text-anchor="end" font-size="12.5" fill="#1f2933">${spans}</text>`);
    out.push(`<rect x="${LABEL}" y="${y + 4}" width="${2 * HALF}" height="${rowH - 8}" fill="${i % 2 ? '#ffffff' : '#f5f7f9'}"/>`);
    const bar = (value: number | null | undefined, left: boolean, color: string, cls: string) => {
      if (value === null || value === undefined) return;
      const w = (SCALE * Math.max(0, Math.min(100, value))) / 100;
      out.push(`<rect class="${cls}" x="${fmt(left ? centre - w : centre)}" y="${y + 9}" width="${fmt(w)}" height="${rowH - 18}" rx="2" fill="${color}"/>`);
    };
    bar(r.employees?.value, true, EMPLOYEES, 'bar-employees');
    bar(r.customers?.value, false, CUSTOMERS, 'bar-customers');
    if (r.employees?.value != null) out.push(`<text x="${fmt(centre - (SCALE * r.employees.value) / 100 - 5)}" y="${mid + 4}" text-anchor="end" font-size="11.5" fill="#1f2933">${h(r.employees.text)}</text>`);
    if (r.customers?.value != null) out.push(`<text x="${fmt(centre + (SCALE * r.customers.value) / 100 + 5)}" y="${mid + 4}" font-size="11.5" fill="#1f2933">${h(r.customers.text)}</text>`);
    // The leaders' belief about each side, as a marker on that side's half.
    const onEmployees = r.blind?.employees.leaders;
    for (const [belief, left, label] of [[r.leaders, false, v.blindSpots?.[1]?.belief], [onEmployees, true, v.blindSpots?.[0]?.belief]] as const) {
      if (belief?.value == null) continue;
      const x = centre + ((left ? -1 : 1) * SCALE * belief.value) / 100;
      out.push(`<path class="leaders" d="M${fmt(x)} ${y + 4}l5 5l-5 5l-5 -5z" fill="${LEADERS}" stroke="#fff" stroke-width="1"><title>${h(`${label ?? v.sideLabel.leaders} ${belief.text}`)}</title></path>`);
    }
    out.push(`<text x="${width - 4}" y="${mid + 4}" text-anchor="end" font-size="12" font-weight="600" fill="${READING_COLORS[r.reading ?? 'none']}">${h(r.gap)}</text>`);
  });
  out.push(`<line x1="${centre}" x2="${centre}" y1="${top - 6}" y2="${top + rows.length * rowH}" stroke="#1f2933" stroke-width="1.5"/>`);
  const ticks = [0, 50, 100].flatMap((p) => [centre - (SCALE * p) / 100, centre + (SCALE * p) / 100].map((x) => `<text x="${fmt(x)}" y="${top + rows.length * rowH + 16}" text-anchor="middle" font-size="10.5" fill="#66727f">${p}</text>`));
  out.push(...new Set(ticks));
  const { colon } = v.s;
  const desc = rows.map((r) => `${colon(r.label)} ${v.sideLabel.employees} ${r.employees?.text ?? '—'}, ${v.sideLabel.customers} ${r.customers?.text ?? '—'}${v.leaders ? `, ${v.sideLabel.leaders} ${r.leaders?.text ?? '—'}` : ''}, ${v.head.gap} ${r.gap}, ${r.readingText}.`).join(' ');
  return [
    `<svg class="butterfly" viewBox="0 0 ${width} ${height}" font-family="${FONT_STACK}" role="img" aria-labelledby="butterfly-title butterfly-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="butterfly-title">${h(v.s.w('mirror.butterfly'))}</title>`,
    `<desc id="butterfly-desc">${h(desc)}</desc>`,
    ...out,
    '</svg>',
  ].join('\n');
}

/** A rectangle on the chart. */
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box, pad = 1) => a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

/**
 * Places a label of size w × h near each point, so that no label overlaps another label or a mark: candidates on
 * growing rings around the point (8, then 16 directions), the first free one inside the plot wins; a label that finds
 * no room goes to a column beside the plot. Deterministic: points are placed in the order given.
 */
export function placeLabels(points: readonly { x: number; y: number; w: number; h: number }[], marks: readonly Box[], plot: Box): { box: Box; far: boolean }[] {
  const placed: Box[] = [];
  const result: { box: Box; far: boolean }[] = [];
  let column = 0;
  for (const p of points) {
    let found: Box | undefined;
    let far = false;
    for (const r of [9, 13, 18, 24, 31, 39, 48, 58]) {
      const n = r < 20 ? 8 : 16;
      for (let k = 0; k < n && !found; k++) {
        const a = (2 * Math.PI * k) / n;
        const cx = p.x + (r + p.w / 2) * Math.cos(a);
        const cy = p.y - (r + p.h / 2) * Math.sin(a);
        const box = { x0: cx - p.w / 2, y0: cy - p.h / 2, x1: cx + p.w / 2, y1: cy + p.h / 2 };
        if (box.x0 < plot.x0 || box.x1 > plot.x1 || box.y0 < plot.y0 || box.y1 > plot.y1) continue;
        if (placed.some((b) => overlaps(b, box)) || marks.some((b) => overlaps(b, box))) continue;
        found = box;
        far = r > 13;
      }
      if (found) break;
    }
    if (!found) {
      const x0 = plot.x1 + 8;
      const y0 = plot.y0 + column * (p.h + 3);
      column++;
      found = { x0, y0, x1: x0 + p.w, y1: y0 + p.h };
      far = true;
    }
    placed.push(found);
    result.push({ box: found, far });
  }
  return result;
}

/** The quadrant map: each dimension shown by both sides at (employees %, customers %), numbered as in the legend. */
export function quadrantSvg(v: MirrorView): string {
  const P = { x0: 54, y0: 14, size: 420 };
  const X = (pct: number) => P.x0 + (P.size * pct) / 100;
  const Y = (pct: number) => P.y0 + P.size - (P.size * pct) / 100;
  const width = P.x0 + P.size + 40;
  const height = P.y0 + P.size + 52;
  const { high, low, asymmetry } = v.thresholds;
  const out: string[] = [];
  out.push(`<rect x="${P.x0}" y="${P.y0}" width="${P.size}" height="${P.size}" fill="#fff" stroke="#b9c2cc"/>`);
  out.push(`<rect class="zone-positive" x="${fmt(X(high))}" y="${P.y0}" width="${fmt(X(100) - X(high))}" height="${fmt(Y(high) - P.y0)}" fill="#dfeee6"/>`);
  out.push(`<rect class="zone-negative" x="${P.x0}" y="${fmt(Y(low))}" width="${fmt(X(low) - P.x0)}" height="${fmt(P.y0 + P.size - Y(low))}" fill="#f7e4dc"/>`);
  // The asymmetry band's edges: customers = employees ± the asymmetry threshold.
  out.push(`<line x1="${fmt(X(asymmetry))}" y1="${fmt(Y(0))}" x2="${fmt(X(100))}" y2="${fmt(Y(100 - asymmetry))}" stroke="#c9ced4" stroke-dasharray="2 4"/>`);
  out.push(`<line x1="${fmt(X(0))}" y1="${fmt(Y(asymmetry))}" x2="${fmt(X(100 - asymmetry))}" y2="${fmt(Y(100))}" stroke="#c9ced4" stroke-dasharray="2 4"/>`);
  for (const [pct, dash, cls] of [[high, '5 3', 'line-high'], [low, '2 3', 'line-low']] as const) {
    out.push(`<line class="${cls}" x1="${fmt(X(pct))}" x2="${fmt(X(pct))}" y1="${P.y0}" y2="${P.y0 + P.size}" stroke="#66727f" stroke-dasharray="${dash}"/>`);
    out.push(`<line class="${cls}" x1="${P.x0}" x2="${P.x0 + P.size}" y1="${fmt(Y(pct))}" y2="${fmt(Y(pct))}" stroke="#66727f" stroke-dasharray="${dash}"/>`);
  }
  for (const t of [0, 25, 50, 75, 100]) {
    out.push(`<text x="${fmt(X(t))}" y="${P.y0 + P.size + 15}" text-anchor="middle" font-size="10.5" fill="#66727f">${t}</text>`);
    out.push(`<text x="${P.x0 - 6}" y="${fmt(Y(t) + 4)}" text-anchor="end" font-size="10.5" fill="#66727f">${t}</text>`);
  }
  out.push(`<text x="${fmt(P.x0 + P.size / 2)}" y="${P.y0 + P.size + 34}" text-anchor="middle" font-size="12" font-weight="600" fill="${EMPLOYEES}">${h(v.s.w('mirror.axisEmployees'))}</text>`);
  out.push(`<text transform="translate(16 ${fmt(P.y0 + P.size / 2)}) rotate(-90)" text-anchor="middle" font-size="12" font-weight="600" fill="${CUSTOMERS}">${h(v.s.w('mirror.axisCustomers'))}</text>`);

  const shown = v.ordered.map((r, i) => ({ r, n: i + 1 })).filter((x) => x.r.employees?.value != null && x.r.customers?.value != null);
  const marks: Box[] = [];
  const pts = shown.map(({ r, n }) => {
    const x = X(r.employees!.value!);
    const y = Y(r.customers!.value!);
    marks.push({ x0: x - 5, y0: y - 5, x1: x + 5, y1: y + 5 });
    const ly = r.leaders?.value != null ? Y(r.leaders.value) : null;
    if (ly !== null) marks.push({ x0: x - 5, y0: ly - 5, x1: x + 5, y1: ly + 5 });
    return { r, n, x, y, ly };
  });
  // Leader lines and markers first, under the dimensions' marks.
  for (const p of pts) {
    if (p.ly === null) continue;
    out.push(`<line x1="${fmt(p.x)}" y1="${fmt(p.y)}" x2="${fmt(p.x)}" y2="${fmt(p.ly)}" stroke="${LEADERS}" stroke-width="1" stroke-dasharray="2 2"/>`);
    out.push(`<path class="leaders" d="M${fmt(p.x)} ${fmt(p.ly - 5)}l5 5l-5 5l-5 -5z" fill="${LEADERS}" stroke="#fff" stroke-width="1"/>`);
  }
  for (const p of pts) out.push(`<circle class="point" cx="${fmt(p.x)}" cy="${fmt(p.y)}" r="5" fill="${READING_COLORS[p.r.reading ?? 'none']}" stroke="#fff" stroke-width="1.5"/>`);
  const size = (n: number) => ({ w: String(n).length * 7 + 2, h: 13 });
  const boxes = placeLabels(pts.map((p) => ({ x: p.x, y: p.y, ...size(p.n) })), marks, { x0: P.x0 + 1, y0: P.y0 + 1, x1: P.x0 + P.size - 1, y1: P.y0 + P.size - 1 });
  let right = width;
  pts.forEach((p, i) => {
    const { box, far } = boxes[i]!;
    const cx = (box.x0 + box.x1) / 2;
    const cy = (box.y0 + box.y1) / 2;
    right = Math.max(right, box.x1 + 4);
    if (far) out.push(`<line x1="${fmt(p.x)}" y1="${fmt(p.y)}" x2="${fmt(cx)}" y2="${fmt(cy)}" stroke="#9aa5b1" stroke-width="0.75"/>`);
    out.push(`<text class="q-label" x="${fmt(cx)}" y="${fmt(box.y1 - 2.5)}" text-anchor="middle" font-size="11" font-weight="700" fill="#1f2933">${p.n}</text>`);
  });
  const { colon } = v.s;
  const desc = pts.map((p) => `${p.n}. ${colon(p.r.label)} ${v.sideLabel.employees} ${p.r.employees!.text}, ${v.sideLabel.customers} ${p.r.customers!.text}${p.r.leaders?.value != null ? `, ${v.sideLabel.leaders} ${p.r.leaders.text}` : ''} (${p.r.readingText}).`).join(' ');
  return [
    `<svg class="quadrant" viewBox="0 0 ${fmt(right)} ${height}" font-family="${FONT_STACK}" role="img" aria-labelledby="quadrant-title quadrant-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="quadrant-title">${h(v.s.w('mirror.quadrant'))}</title>`,
    `<desc id="quadrant-desc">${h(desc)}</desc>`,
    ...out,
    '</svg>',
  ].join('\n');
}

/** The quadrant's legend: each number with its dimension, coloured by reading. */
export function quadrantLegend(v: MirrorView): string {
  const items = v.ordered.map((r: MirrorRow, i) => {
    const plotted = r.employees?.value != null && r.customers?.value != null;
    return `<li value="${i + 1}"><span class="dot" style="background:${READING_COLORS[r.reading ?? 'none']}"></span>${h(r.label)} <span class="muted">${plotted ? h(`${r.employees!.text} · ${r.customers!.text} · ${r.readingText}`) : '—'}</span></li>`;
  });
  return `<ol class="legend">${items.join('')}</ol>${v.leaders ? `<p class="muted small">${h(v.s.w('mirror.leadersMarker'))}</p>` : ''}`;
}
