// A result as CSV, one row per fact, its kind in the first column: the "start here" actions first, then the
// dimensions and the overall (with target and gap when targets were given), the journey, and every action.
import type { Result } from '../../core/result.js';
import { wordsFor } from '../../i18n/index.js';
import type { RenderOptions } from '../options.js';
import { csvText, type Cell } from './fields.js';
import { momentLabel } from '../view/moments.js';

const HEAD = ['kind', 'id', 'label', 'dimension', 'score', 'level', 'levelLabel', 'answered', 'total', 'target', 'gap', 'status', 'horizon', 'owner'];

/** A result as CSV. */
export function renderResultCsv(r: Result, opts: RenderOptions): string {
  const rows: Cell[][] = [HEAD];
  const actions = r.recommendations.flatMap((rec) => rec.actions.map((a) => ({ a, rec })));
  const target = (id: string) => r.targets?.dimensions.find((d) => d.id === id);
  for (const id of r.focus) {
    const x = actions.find(({ a }) => a.id === id)!;
    rows.push(['focus', id, x.a.title, x.rec.dimension, null, null, null, null, null, null, null, x.a.status, x.a.horizon, x.a.owner]);
  }
  for (const d of r.dimensions) rows.push(['dimension', d.id, d.label, d.id, d.score, d.level, d.levelLabel, d.answered, d.total, target(d.id)?.target ?? null, target(d.id)?.gap ?? null, null, null, null]);
  const answered = r.dimensions.reduce((a, d) => a + d.answered, 0);
  const total = r.dimensions.reduce((a, d) => a + d.total, 0);
  rows.push(['overall', 'overall', wordsFor(r.language).w('render.overall'), null, r.overall.score, r.overall.level, r.overall.levelLabel, answered, total, null, null, null, null, null]);
  if (r.targets) rows.push(['percentToTarget', 'percentToTarget', wordsFor(r.language).w('render.target'), null, r.targets.percentToTarget, null, null, null, null, null, null, null, null, null]);
  for (const m of r.moments) rows.push(['moment', m.id, momentLabel(m.id, r.language), null, m.score, m.level, m.levelLabel, m.answered, m.total, null, null, null, null, null]);
  for (const { a, rec } of actions) rows.push(['action', a.id, a.title, rec.dimension, null, rec.level, null, null, null, null, null, a.status, a.horizon, a.owner]);
  return csvText(rows, { bom: opts.bom, lang: r.language });
}
