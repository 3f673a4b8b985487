// A team as CSV: one row per dimension (and the overall) for the team and each group, then one per statement (its mean,
// interval and agreement index); a hidden group has one row with its count.
import { wordsFor } from '../../i18n/index.js';
import type { Aggregate, GroupView, Uncertain } from '../../team/aggregate.js';
import type { RenderOptions } from '../options.js';
import { noteText } from '../view/notes.js';
import { csvText, type Cell } from './fields.js';

/** A figure's contributors, interval (two columns) and borderline level. */
const uncertain = (x: Uncertain): Cell[] => [x.n ?? null, x.ci?.[0] ?? null, x.ci?.[1] ?? null, x.borderline ?? null];

/** A team as CSV. */
export function renderAggregateCsv(a: Aggregate, opts: RenderOptions): string {
  const rows: Cell[][] = [['group', 'respondents', 'shown', 'dimension', 'label', 'score', 'level', 'levelLabel', 'median', 'min', 'max', 'stdDevPopulation', 'scored', 'unscored', 'minGroup', 'warning', 'n', 'ciLow', 'ciHigh', 'borderline', 'statement', 'mean', 'agreement']];
  const overallLabel = wordsFor(a.language).w('render.overall');
  const warning = a.anonymity.warning ? noteText(a.anonymity.warning, a.language) : null;
  const add = (g: GroupView, name: string) => {
    const base = [name, g.respondents, g.shown ? 'yes' : 'no'];
    const tail = [a.anonymity.minGroup, warning];
    if (!g.shown || !g.dimensions || !g.overall) {
      rows.push([...base, null, null, null, null, null, null, null, null, null, null, null, ...tail, null, null, null, null, null, null, null]);
      return;
    }
    for (const d of g.dimensions) rows.push([...base, d.id, d.label, d.score, d.level, d.levelLabel, d.median, d.min, d.max, d.stdDevPopulation, d.scored, d.unscored, ...tail, ...uncertain(d), null, null, null]);
    rows.push([...base, 'overall', overallLabel, g.overall.score, g.overall.level, g.overall.levelLabel, null, null, null, null, null, null, ...tail, ...uncertain(g.overall), null, null, null]);
    for (const q of g.questions ?? [])
      rows.push([...base, q.dimension, q.text, null, null, null, null, null, null, q.stdDevPopulation, null, null, ...tail, ...uncertain({ n: q.n, ci: q.ci }), q.id, q.mean, q.agreement ?? null]);
  };
  add(a.team, '*');
  for (const g of a.groups) add(g, g.name ?? '');
  // Outcome questions: a row `outcome:<id>` per set (score = the NPS of a 0–10 question, else the mean answer), then the
  // team's driver impact, a row `driver:<outcome>:<dimension>` each (score = r, levelLabel = priority | strength).
  for (const [g, name] of [[a.team, '*'], ...a.groups.map((x) => [x, x.name ?? ''] as const)] as const) {
    for (const o of g.outcomes ?? []) {
      const ci = o.nps !== null ? o.ci : o.meanCi;
      rows.push([name, g.respondents, g.shown ? 'yes' : 'no', `outcome:${o.id}`, o.text, o.nps ?? o.mean, null, null, null, null, null, null, o.answered, null, a.anonymity.minGroup, warning, o.n, ci?.[0] ?? null, ci?.[1] ?? null, null, null, null, null]);
    }
  }
  for (const d of a.drivers ?? []) {
    for (const x of d.dimensions) rows.push(['*', a.team.respondents, 'yes', `driver:${d.outcome}:${x.id}`, x.label, x.r, null, x.role, null, null, null, null, x.n, null, a.anonymity.minGroup, warning, x.n, x.ci?.[0] ?? null, x.ci?.[1] ?? null, null, null, null, null]);
  }
  return csvText(rows, { bom: opts.bom, lang: a.language });
}
