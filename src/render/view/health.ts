// What an instrument's health says, apart from how each format says it.
import type { Health, HealthDimension, HealthReason, HealthVerdict } from '../../core/health.js';
import { speech, type Speech } from './words.js';

/** A statement's row: its health figures. */
export interface HealthItemRow {
  id: string;
  text: string;
  itemRest: string;
  alphaIfDeleted: string;
  dontKnow: string;
  /** Deleting it would raise the dimension's α. */
  weakens: boolean;
}

/** A dimension's row, its reasons in words and its statements. */
export interface HealthDimensionRow {
  id: string;
  label: string;
  complete: string;
  alpha: string;
  dontKnow: string;
  floor: string;
  ceiling: string;
  verdict: HealthVerdict | null;
  verdictText: string;
  reasons: string[];
  items: HealthItemRow[];
}

/** The health of an instrument, format-neutral. */
export interface HealthView {
  s: Speech;
  title: string;
  count: string;
  /** Below the anonymity threshold: the count alone. */
  hidden: string | null;
  head: string[];
  itemHead: string[];
  dimensions: HealthDimensionRow[];
  method: { title: string; lines: string[] };
  footer: string;
}

const VERDICT = { fit: 'stats.verdictFit', caution: 'stats.verdictCaution', rework: 'stats.verdictRework' } as const;

/** A reason in words. */
function reasonText(s: Speech, h: Health, d: HealthDimension, r: HealthReason): string {
  const t = h.thresholds;
  const items = r.items ?? [];
  switch (r.code) {
    case 'alpha-low':
      return s.w('stats.reasonAlphaLow', { alpha: d.alpha ?? 0, fit: t.fit, rework: t.rework });
    case 'interval-low':
      return s.w('stats.reasonIntervalLow', { low: d.ci?.[0] ?? 0, rework: t.rework, needed: d.needed });
    case 'weak-items':
      return s.w('stats.reasonWeakItems', { items, min: t.itemRest });
    case 'dont-know':
      return s.w('stats.reasonDontKnow', { items, share: t.dontKnow });
    case 'floor':
      return s.w('stats.reasonFloor', { share: d.floor ?? 0, limit: t.floorCeiling });
    case 'ceiling':
      return s.w('stats.reasonCeiling', { share: d.ceiling ?? 0, limit: t.floorCeiling });
    case 'too-few':
      return s.w('stats.reasonTooFew', { complete: d.complete, min: h.minRespondents });
    case 'no-spread':
      return s.w('stats.reasonNoSpread');
    case 'single-item':
      return s.w('stats.reasonSingleItem');
  }
}

/** Builds the view of an instrument's health. */
export function healthView(h: Health): HealthView {
  const s = speech(h.language);
  const { w, f, t } = s;
  const pct = (x: number | null) => (x === null ? '—' : f.pct(x, 1));
  const two = (x: number | null) => s.num2(x === null ? null : Math.round(x * 100) / 100 || 0); // never "-0.00"

  return {
    s,
    title: `${t(h.instrument.title)} — ${w('stats.healthTitle')}`,
    count: w('stats.healthCount', { respondents: h.respondents, min: h.minRespondents }),
    hidden: h.shown ? null : w('render.hidden', { n: h.respondents, min: h.minGroup }),
    head: [w('render.dimension'), w('stats.complete'), w('stats.alpha'), w('render.dontKnow'), w('stats.floor'), w('stats.ceiling'), w('stats.verdict')],
    itemHead: [w('render.statement'), w('stats.itemRest'), w('stats.alphaIfDeleted'), w('render.dontKnow')],
    dimensions: h.dimensions.map((d) => ({
      id: d.id,
      label: t(d.label),
      complete: String(d.complete),
      alpha: d.alpha === null ? '—' : d.ci ? w('uncertainty.interval', { value: two(d.alpha), low: two(d.ci[0]), high: two(d.ci[1]) }) : two(d.alpha),
      dontKnow: pct(d.dontKnow),
      floor: pct(d.floor),
      ceiling: pct(d.ceiling),
      verdict: d.verdict,
      verdictText: w(d.verdict ? VERDICT[d.verdict] : 'stats.verdictNone'),
      reasons: d.reasons.map((r) => reasonText(s, h, d, r)),
      items: d.items.map((x) => ({
        id: x.id,
        text: t(x.text),
        itemRest: two(x.itemRest),
        alphaIfDeleted: two(x.alphaIfDeleted),
        dontKnow: pct(x.dontKnow),
        weakens: x.alphaIfDeleted !== null && d.alpha !== null && x.alphaIfDeleted > d.alpha,
      })),
    })),
    method: {
      title: w('uncertainty.methodTitle'),
      lines: [w('stats.healthMethodAlpha'), w('stats.healthMethodVerdict', { ...h.thresholds, min: h.minRespondents }), w('stats.healthOrdinal')],
    },
    footer: `${w('render.threshold', { n: h.minGroup })} · ${w('render.generated')} ${f.date(h.generatedAt)}`,
  };
}
