// The outcome questions in HTML: each set's NPS line, then per outcome the driver impact (a table, its priorities and
// strengths) and the importance–performance map (pure SVG: score across, impact r up with its interval, the team's
// mean score as the dividing line; numbered points listed in a legend). Every text escaped.
import type { DriversView, OutcomesView } from '../view/outcomes.js';
import { placeLabels } from './mirror-charts.js';
import { escapeHtml as h, FONT_STACK } from './page.js';

const fmt = (n: number) => String(Math.round(n * 10) / 10);
const ROLE_COLORS = { priority: '#b5563a', strength: '#2f7a58', none: '#6b7683' } as const;

/** CSS of the outcomes section. */
export const OUTCOMES_CSS = `
.ipmap { display: block; width: 100%; max-width: 520px; height: auto; }
.ipmap-legend { padding-left: 20px; font-size: 13px; }
.ipmap-legend .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
@media print { .ipmap-figure { display: none; } }
`;

/** The importance–performance map of one outcome's drivers; empty when there is nothing to place. */
export function importancePerformanceSvg(d: DriversView, id: string): string {
  const map = d.map;
  if (!map || !map.points.length) return '';
  const P = { x0: 48, y0: 12, w: 400, h: 260 };
  const X = (score: number) => P.x0 + (P.w * Math.min(100, Math.max(0, score))) / 100;
  const Y = (r: number) => P.y0 + (P.h * (1 - Math.min(1, Math.max(-1, r)))) / 2;
  const out: string[] = [`<rect x="${P.x0}" y="${P.y0}" width="${P.w}" height="${P.h}" fill="#fff" stroke="#b9c2cc"/>`];
  // The priority and strength zones: impact above 0, score below / at or above the team's mean.
  out.push(`<rect x="${P.x0}" y="${P.y0}" width="${fmt(X(map.cut) - P.x0)}" height="${fmt(Y(0) - P.y0)}" fill="#f7e4dc"/>`);
  out.push(`<rect x="${fmt(X(map.cut))}" y="${P.y0}" width="${fmt(P.x0 + P.w - X(map.cut))}" height="${fmt(Y(0) - P.y0)}" fill="#dfeee6"/>`);
  out.push(`<line x1="${P.x0}" x2="${P.x0 + P.w}" y1="${fmt(Y(0))}" y2="${fmt(Y(0))}" stroke="#66727f"/>`);
  out.push(`<line x1="${fmt(X(map.cut))}" x2="${fmt(X(map.cut))}" y1="${P.y0}" y2="${P.y0 + P.h}" stroke="#66727f" stroke-dasharray="5 3"/>`);
  for (const t of [0, 25, 50, 75, 100]) out.push(`<text x="${fmt(X(t))}" y="${P.y0 + P.h + 15}" text-anchor="middle" font-size="10.5" fill="#66727f">${t}</text>`);
  [-1, -0.5, 0, 0.5, 1].forEach((t, i) => out.push(`<text x="${P.x0 - 6}" y="${fmt(Y(t) + 4)}" text-anchor="end" font-size="10.5" fill="#66727f">${h(d.axes.yTicks[i] ?? String(t))}</text>`));
  out.push(`<text x="${fmt(P.x0 + P.w / 2)}" y="${P.y0 + P.h + 34}" text-anchor="middle" font-size="12" font-weight="600" fill="#1f2933">${h(d.axes.x)}</text>`);
  out.push(`<text transform="translate(14 ${fmt(P.y0 + P.h / 2)}) rotate(-90)" text-anchor="middle" font-size="12" font-weight="600" fill="#1f2933">${h(d.axes.y)}</text>`);
  const marks = map.points.map((p) => ({ x0: X(p.score) - 5, y0: Y(p.r) - 5, x1: X(p.score) + 5, y1: Y(p.r) + 5 }));
  map.points.forEach((p) => {
    const x = X(p.score);
    const colour = ROLE_COLORS[p.role ?? 'none'];
    out.push(`<line x1="${fmt(x)}" x2="${fmt(x)}" y1="${fmt(Y(p.low))}" y2="${fmt(Y(p.high))}" stroke="${colour}" stroke-width="1.5"/>`);
    out.push(`<circle class="point" cx="${fmt(x)}" cy="${fmt(Y(p.r))}" r="5" fill="${colour}" stroke="#fff" stroke-width="1.5"/>`);
  });
  // Numbers placed so that none overlaps another or a mark (as on the mirror's map), listed in the legend.
  const boxes = placeLabels(map.points.map((p, i) => ({ x: X(p.score), y: Y(p.r), w: String(i + 1).length * 7 + 2, h: 13 })), marks, { x0: P.x0 + 1, y0: P.y0 + 1, x1: P.x0 + P.w - 1, y1: P.y0 + P.h - 1 });
  boxes.forEach(({ box, far }, i) => {
    const p = map.points[i]!;
    const cx = (box.x0 + box.x1) / 2;
    if (far) out.push(`<line x1="${fmt(X(p.score))}" y1="${fmt(Y(p.r))}" x2="${fmt(cx)}" y2="${fmt((box.y0 + box.y1) / 2)}" stroke="#9aa5b1" stroke-width="0.75"/>`);
    out.push(`<text x="${fmt(cx)}" y="${fmt(box.y1 - 2.5)}" text-anchor="middle" font-size="11" font-weight="700" fill="#1f2933">${i + 1}</text>`);
  });
  const desc = map.points.map((p, i) => `${i + 1}. ${p.label}: ${d.rows.find((r) => r.label === p.label)?.score ?? ''}, r ${d.rows.find((r) => r.label === p.label)?.impact ?? ''}`).join(' ');
  return [
    `<svg class="ipmap" viewBox="0 0 ${P.x0 + P.w + 20} ${P.y0 + P.h + 44}" font-family="${FONT_STACK}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-title">${h(d.axes.title)}</title>`,
    `<desc id="${id}-desc">${h(desc)}</desc>`,
    ...out,
    '</svg>',
  ].join('\n');
}

/** The outcomes section of a team view. */
export function outcomesHtml(o: OutcomesView): string {
  const out = [`<section aria-labelledby="outcomes"><h2 id="outcomes">${h(o.title)}</h2>`];
  for (const l of o.lines) out.push(`<p>${h(l.text)}</p><ul>${l.sets.map((x) => `<li><strong>${h(x.set)}</strong> — ${h(x.figure)}</li>`).join('')}</ul>`);
  out.push(`<p class="muted">${h(o.note)}</p>`);
  o.drivers.forEach((d, k) => {
    out.push(`<h3>${h(d.title)}</h3><p class="muted">${h(d.note)}</p>`);
    if (d.rows.length) {
      const head = d.head.map((x, i) => `<th scope="col"${i === 1 || i === 2 ? ' class="num"' : ''}>${h(x)}</th>`).join('');
      const rows = d.rows.map((r) => `<tr><th scope="row">${h(r.label)}</th><td class="num">${h(r.score)}</td><td class="num">${h(r.impact)}</td><td>${h(r.reading)}</td></tr>`).join('');
      out.push(`<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`);
    }
    for (const line of [d.priorities, d.strengths]) if (line) out.push(`<p>${h(line)}</p>`);
    const svg = importancePerformanceSvg(d, `ipmap-${k}`);
    if (svg) {
      const legend = d.map!.points.map((p, i) => `<li value="${i + 1}"><span class="dot" style="background:${ROLE_COLORS[p.role ?? 'none']}"></span>${h(p.label)}</li>`).join('');
      out.push(`<figure class="ipmap-figure">${svg}<figcaption class="muted">${h(d.axes.caption)}</figcaption><ol class="ipmap-legend">${legend}</ol></figure>`);
    }
  });
  out.push('</section>');
  return out.join('\n');
}
