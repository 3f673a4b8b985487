import type { AppContext } from '../app/context.js';
import { deliver } from '../app/deliver.js';
import { checkMinGroup, checkOptions, type RawOptions } from '../app/options.js';
import { settleProblems } from '../app/problems.js';
import { useRegister, type Register } from '../app/register.js';
import { schemaUrl, TOOL } from '../app/tool.js';
import { familyOf, type Side } from '../core/mirror-family.js';
import { UserError } from '../errors.js';
import { format, msg } from '../i18n/index.js';
import { loadColumnMap } from '../io/column-map.js';
import { mirrorMatrix } from '../io/bundled.js';
import { checkFamily, checkMatrixFamily, loadMirrorMatrixFile, loadSideInstrument, MIRROR_INSTRUMENTS } from '../io/mirror-load.js';
import { readTeamInputs } from '../io/team-input.js';
import { buildMirror, DEFAULT_MIN_CUSTOMERS, DEFAULT_MIN_LEADERS, mirrorGate, type LeadersInput, type SideInput } from '../mirror/build.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../mirror/figures.js';
import { LeadersTally, SideTally } from '../mirror/tally.js';
import { contributionOf, overlaps, PrintingSink } from '../team/overlap.js';
import { questionIds } from '../core/score.js';

/** The options of `mirror`, as commander hands them over. */
interface MirrorRaw extends RawOptions {
  employees?: string[];
  customers?: string[];
  leaders?: string[];
  employeesInstrument?: string;
  customersInstrument?: string;
  leadersInstrument?: string;
  asymmetry?: string;
  high?: string;
  low?: string;
  minCustomers?: string;
  minLeaders?: string;
  minSide?: string;
  unitColumn?: string;
}

/** A percentage or a number of points the user gives: 0–100 (the asymmetry above 0). */
function percent(option: string, value: string | undefined, fallback: number, positive = false): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100 || (positive && n === 0)) throw new UserError(msg('mirror.badPercent', { option, value, positive }));
  return n;
}

/** A whole number of at least 1 (a side's anonymity threshold). */
function count(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UserError(msg('mirror.badCount', { option, value }));
  return Number(value);
}

/** `ex-maturity mirror --employees PATH… --customers PATH… [--leaders PATH…]`: the customer–employee mirror. */
export async function mirror(ctx: AppContext, rawOptions: RawOptions): Promise<number> {
  const raw = rawOptions as MirrorRaw;
  const opts = checkOptions(raw, 'mirror', ctx.env);
  if (raw.instrument !== undefined) throw new UserError(msg('mirror.instrumentOption'));
  if (!raw.employees?.length || !raw.customers?.length) throw new UserError(msg('mirror.needsSides'));
  const thresholds: Thresholds = {
    asymmetry: percent('--asymmetry', raw.asymmetry, DEFAULT_THRESHOLDS.asymmetry, true),
    high: percent('--high', raw.high, DEFAULT_THRESHOLDS.high),
    low: percent('--low', raw.low, DEFAULT_THRESHOLDS.low),
  };
  if (thresholds.low > thresholds.high) throw new UserError(msg('mirror.lowAboveHigh', { low: thresholds.low, high: thresholds.high }));
  const minGroup = checkMinGroup(raw);
  const minCustomers = count('--min-customers', raw.minCustomers, DEFAULT_MIN_CUSTOMERS);
  const minLeaders = count('--min-leaders', raw.minLeaders, DEFAULT_MIN_LEADERS);
  const minSide = raw.minSide === undefined ? undefined : percent('--min-side', raw.minSide, 0);

  const sides: Side[] = raw.leaders?.length ? ['employees', 'customers', 'leaders'] : ['employees', 'customers'];
  const given = { employees: raw.employeesInstrument, customers: raw.customersInstrument, leaders: raw.leadersInstrument };
  const instruments = Object.fromEntries(await Promise.all(sides.map(async (s) => [s, await loadSideInstrument(given[s] ?? MIRROR_INSTRUMENTS[s])] as const)));
  checkFamily(instruments.employees!, sides.slice(1).map((s) => instruments[s]!));
  const reference = instruments.employees!.instrument;

  const bundled = sides.every((s) => instruments[s]!.instrument.id === MIRROR_INSTRUMENTS[s] && !instruments[s]!.file);
  let matrix;
  if (raw.matrix) {
    matrix = await loadMirrorMatrixFile(raw.matrix, reference);
    checkMatrixFamily(matrix, familyOf(reference.id)?.family, raw.matrix);
  } else if (bundled) matrix = mirrorMatrix();

  if (raw.plan && !matrix) throw new UserError(msg('plan.needsMatrix', { id: reference.id }));
  // --plan: its reader is loaded only when it is given.
  const planning = raw.plan ? await import('../io/plan-input.js') : undefined;
  const plan = planning && raw.plan && matrix ? planning.planOf(await planning.peekFile(raw.plan), reference, matrix) : undefined;
  const map = raw.map ? await loadColumnMap(raw.map, reference) : undefined;
  const csv = { ...(map ? { map } : {}), ...(raw.unitColumn ? { unitColumn: raw.unitColumn } : {}), ...(raw.sheet ? { sheet: raw.sheet } : {}) };
  const allowed = raw.allowOverlap === true;
  const threshold: Record<Side, number> = { employees: minGroup, customers: minCustomers, leaders: minLeaders };
  const inputs: { employees?: SideInput; customers?: SideInput; leaders?: LeadersInput } = {};
  const registers: Partial<Record<Side, { register: Register; sink: PrintingSink }>> = {};
  for (const s of sides) {
    const instrument = instruments[s]!.instrument;
    // Leaders are tallied as two beliefs: about customers, and about employees when their instrument asks it.
    const tally = s === 'leaders' ? new LeadersTally(instrument) : new SideTally(instrument);
    const register = useRegister(instrument.id, ctx.env, allowed, ctx.err, opts.lang);
    const sink = register ? new PrintingSink(tally, instrument, register.printer, contributionOf(instrument, false)) : null;
    if (register && sink) registers[s] = { register, sink };
    const report = await readTeamInputs(raw[s]!, instrument, sink ?? tally, csv);
    settleProblems(report, raw.strict === true, opts.lang, ctx.err);
    if (tally instanceof LeadersTally) inputs.leaders = { instrument, tally, skipped: report.skipped };
    else if (s !== 'leaders') inputs[s] = { instrument, tally, skipped: report.skipped };
  }
  const setOf = (s: Side, unit: string | null) => registers[s]!.sink.setOf(unit === null ? s : `${s}:unit:${unit}`, 'unit', unit);
  const of = (s: Side, unit: string | null) => (registers[s] ? overlaps(setOf(s, unit), registers[s]!.register.earlier, instruments[s]!.instrument.dimensions.length + questionIds(instruments[s]!.instrument).length, threshold[s]) : []);

  const doc = buildMirror({ employees: inputs.employees!, customers: inputs.customers!, ...(inputs.leaders ? { leaders: inputs.leaders } : {}) }, {
    tool: TOOL, lang: opts.lang, generatedAt: ctx.now(), schemaUrl: schemaUrl('mirror'), thresholds, minGroup, minCustomers, minLeaders, ...(matrix ? { matrix } : {}), overlap: { of, allowed },
  });
  if (planning && plan) doc.recommendations = doc.recommendations.map((r) => ({ ...r, actions: planning.markPlanned(r.actions, plan) }));
  if (doc.anonymity.warning) ctx.err(format(doc.anonymity.warning, opts.lang));
  const code = await deliver(ctx, 'mirror', doc, opts);
  for (const s of sides) {
    if (!registers[s] || !doc.sides[s]?.shown) continue;
    const units = s === 'leaders' ? [] : doc.units.filter((u) => u.shown).map((u) => u.name);
    registers[s]!.register.record([setOf(s, null), ...units.map((u) => setOf(s, u))]);
  }
  const failure = mirrorGate(doc, { ...(opts.failUnder === undefined ? {} : { failUnder: opts.failUnder }), ...(minSide === undefined ? {} : { minSide }) });
  if (!failure) return code;
  ctx.err(format(failure, opts.lang));
  return 1;
}
