// The pieces every HTML report shares: escaping, the self-contained page with its styles, level colours, score bars.
import type { Lang } from '../../i18n/index.js';

/** Text made safe for HTML and SVG, in element content and in quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** System fonts only: nothing is loaded from the network. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** The colours of the levels, from the lowest to the highest: a solid one for marks and text, a light tint for backgrounds. */
export const TONES = [
  { solid: '#b5563a', tint: '#f7e4dc', ink: '#8a3a22' },
  { solid: '#c99a2e', tint: '#f8efd6', ink: '#7a5a10' },
  { solid: '#3f8a68', tint: '#dfeee6', ink: '#28644a' },
] as const;

/** The tone index (0 lowest, 1 between, 2 highest) of a level among `count` levels. */
export function levelTone(level: number, count: number): 0 | 1 | 2 {
  return level >= count ? 2 : level <= 1 ? 0 : 1;
}

const CSS = `
:root { --ink: #1f2933; --muted: #5f6b7a; --line: #e1e5ea; --soft: #f5f7f9; --accent: #25476a; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: var(--ink); font: 15px/1.55 ${FONT_STACK}; }
.page { max-width: 940px; margin: 0 auto; padding: 40px 32px 56px; }
header.top { border-bottom: 3px solid var(--accent); padding-bottom: 18px; margin-bottom: 28px; }
.eyebrow { margin: 0 0 6px; color: var(--accent); font-size: 12px; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; }
h1 { margin: 0 0 10px; font-size: 28px; line-height: 1.25; font-weight: 650; }
h2 { margin: 36px 0 14px; font-size: 19px; font-weight: 650; color: var(--accent); }
h3 { margin: 24px 0 10px; font-size: 16px; font-weight: 650; }
h4 { margin: 0 0 6px; font-size: 14.5px; font-weight: 650; }
p { margin: 0 0 10px; }
.meta { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px 22px; color: var(--muted); font-size: 13.5px; }
.meta b { font-weight: 600; color: var(--ink); }
.muted { color: var(--muted); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 16px 18px; background: #fff; }
.badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-size: 13px; font-weight: 600; white-space: nowrap; }
.callout { border-left: 4px solid ${TONES[1].solid}; background: ${TONES[1].tint}; padding: 10px 14px; border-radius: 0 6px 6px 0; margin: 16px 0; }
${TONES.map((t, i) => `.tone-${i} { --tone: ${t.solid}; --tint: ${t.tint}; } .badge.tone-${i} { background: ${t.tint}; color: ${t.ink}; }`).join('\n')}
.tone-none { --tone: #9aa5b1; --tint: var(--soft); } .badge.tone-none { background: var(--soft); color: var(--muted); }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { padding: 8px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; }
thead th { font-size: 12px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; border-bottom: 2px solid var(--line); }
tbody th { font-weight: 600; }
tfoot th, tfoot td { font-weight: 650; border-bottom: 0; border-top: 2px solid var(--line); }
/* A table wider than the screen scrolls inside its own box; on a phone every table does. */
.scroll { overflow-x: auto; max-width: 100%; }
@media (max-width: 720px) { .page { padding: 20px 14px 32px; } }
.bar { position: relative; height: 10px; min-width: 140px; background: var(--soft); border-radius: 5px; }
.bar > .fill { position: absolute; inset: 0 auto 0 0; border-radius: 5px; background: var(--tone); }
.bar > .mark { position: absolute; top: -3px; bottom: -3px; width: 0; border-left: 1px dashed #8a96a3; }
@media print {
  @page { size: A4; margin: 14mm 14mm 16mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10pt; }
  .page { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  .card, tr, figure, .callout { break-inside: avoid; page-break-inside: avoid; }
  .scroll { overflow: visible; }
}
`;

/** Every table in a box of its own that scrolls sideways when the table is wider than the screen (focusable, so a keyboard can scroll it). */
function scrollingTables(body: string): string {
  return body.replace(/<table\b/g, '<div class="scroll" tabindex="0"><table').replace(/<\/table>/g, '</table></div>');
}

/** A complete, self-contained HTML page: no script, nothing from the network (a Content-Security-Policy says so), print-ready on A4. */
export function htmlPage(title: string, lang: Lang, body: string, extraCss = ''): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<title>${escapeHtml(title)}</title>
<style>${CSS}${extraCss}</style>
</head>
<body>
<div class="page">
${scrollingTables(body)}
</div>
</body>
</html>
`;
}

/** A horizontal 0–100 bar in the colour of its level, with the level thresholds marked; decorative (the number sits beside it). */
export function scoreBar(score: number | null, level: number | null, levels: readonly { min: number }[]): string {
  const tone = level === null ? 'none' : levelTone(level, levels.length);
  const fill = score === null ? '' : `<span class="fill" style="width:${Math.max(0, Math.min(100, score))}%"></span>`;
  const marks = levels.slice(1).map((l) => `<span class="mark" style="left:${l.min}%"></span>`).join('');
  return `<div class="bar tone-${tone}" aria-hidden="true">${fill}${marks}</div>`;
}

/** A level as a coloured badge ("Level 2/3 · Developing"), or "not scored". */
export function levelBadge(level: number | null, count: number, text: string): string {
  const tone = level === null ? 'none' : levelTone(level, count);
  return `<span class="badge tone-${tone}">${escapeHtml(text)}</span>`;
}

/** The method box that ends a report: a small section with its heading and lines. */
export function methodHtml(method: { title: string; lines: readonly string[] }): string {
  return `<section class="method"><h2>${escapeHtml(method.title)}</h2><ul>${method.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></section>`;
}
