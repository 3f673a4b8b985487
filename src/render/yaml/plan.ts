// The plan file as YAML: stable under `git diff` (one action a block, keys in a fixed order, one statement a line),
// readable and editable by hand, every free text quoted so that no answer of a user changes its meaning.
import { ACTION_KEYS, MIRROR_SIDES, PLAN_STATUSES, PLAN_VERSION, sampleOf, type PlanFileDoc, type StatementFigure } from '../../core/action-plan.js';
import { roundScore } from '../../core/score.js';
import { OWNERS } from '../../core/types.js';
import type { RenderOptions } from '../options.js';
import { speech } from '../view/words.js';

/** A scalar as YAML: plain when it reads back as the same string, else double-quoted (JSON's quoting is valid YAML). */
function scalar(v: string | number | null): string {
  if (v === null) return 'null';
  if (typeof v === 'number') return String(v);
  const plain = /^[A-Za-z][\w.-]*$/.test(v) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(v);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(v);
  return plain || date ? v : JSON.stringify(v);
}

/** The keys of a team's counts in scale order. */
function countsLine(figure: StatementFigure): string {
  if ('answer' in figure) return scalar(figure.answer);
  if ('sides' in figure) return `{${MIRROR_SIDES.flatMap((s) => (figure.sides[s] ? [`${s}: ${figure.sides[s]!.k}/${figure.sides[s]!.n}`] : [])).join(', ')}}`;
  const keys = Object.keys(figure.counts).sort((a, b) => Number(a) - Number(b));
  return `{${keys.map((k) => `${k}: ${figure.counts[k]}`).join(', ')}}`;
}

/** The plan file's text. */
export function renderPlanYaml(plan: PlanFileDoc, opts: RenderOptions): string {
  const s = speech(opts.lang);
  const { min, max } = plan.scale;
  const comment = (text: string) => text.split('\n').map((l) => `# ${l}`);
  const out = [
    ...comment(s.w('plan.fileHeader', { statuses: [...PLAN_STATUSES], owners: [...OWNERS] })),
    `kind: plan`,
    `schemaVersion: ${PLAN_VERSION}`,
    `instrument: ${scalar(plan.instrument.id)}`,
    `version: ${JSON.stringify(plan.instrument.version)}`,
    `language: ${scalar(plan.language)}`,
    `baseline:`,
    `  kind: ${plan.baseline.kind}`,
    `  measuredAt: ${plan.baseline.measuredAt === null ? 'null' : JSON.stringify(plan.baseline.measuredAt)}`,
    `  respondents: ${scalar(plan.baseline.respondents)}`,
    `  statements:`,
  ];
  for (const [id, figure] of Object.entries(plan.baseline.statements)) {
    const sample = sampleOf(figure, min, max);
    const sides = 'sides' in figure ? MIRROR_SIDES.flatMap((x) => (figure.sides[x]?.n ? [`${s.w(`mirror.side.${x}` as const)} ${s.f.pct(roundScore((100 * figure.sides[x]!.k) / figure.sides[x]!.n), 1)}`] : [])) : [];
    const note = sample ? `  # ${s.w('plan.figureComment', { score: roundScore(sample.mean), n: sample.n })}` : sides.length ? `  # ${sides.join(' · ')}` : '';
    out.push(`    ${scalar(id)}: ${countsLine(figure)}${note}`);
  }
  out.push(plan.actions.length ? 'actions:' : 'actions: []');
  plan.actions.forEach((a, n) => {
    if (n > 0) out.push(''); // one action a block
    const value: Record<(typeof ACTION_KEYS)[number], string> = {
      id: scalar(a.id),
      title: JSON.stringify(a.title),
      dimension: scalar(a.dimension),
      owner: scalar(a.owner),
      role: a.role === null ? 'null' : JSON.stringify(a.role),
      due: scalar(a.due),
      status: scalar(a.status),
      note: a.note === null ? 'null' : JSON.stringify(a.note),
      addresses: `[${a.addresses.map(scalar).join(', ')}]`,
    };
    ACTION_KEYS.forEach((k, i) => out.push(`${i === 0 ? '  - ' : '    '}${k}: ${value[k]}`));
  });
  return out.join('\n') + '\n';
}
