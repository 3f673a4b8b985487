// What the plan commands share: the instrument and matrix a plan or a wave is read with, and the day it is read on.
import type { AppContext } from '../../app/context.js';
import type { RawOptions } from '../../app/options.js';
import { UserError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { BUNDLED_IDS, loadModel, type Model } from '../../io/load.js';
import type { PeekedFile } from '../../io/plan-input.js';

/** The options of the plan commands, as commander hands them over. */
export interface PlanRaw extends RawOptions {
  all?: boolean;
  failOverdue?: boolean;
}

/**
 * The model a file is read with: --instrument / --matrix when given, else the bundled instrument the file names
 * (ex-25 when it names none). A plan needs a matrix: its action ids are checked against it.
 */
export async function modelFor(raw: RawOptions, f: PeekedFile): Promise<Model & { matrix: NonNullable<Model['matrix']> }> {
  const id = f.instrumentId;
  if (!raw.instrument && id !== undefined && !BUNDLED_IDS.includes(id)) throw new UserError(msg('plan.needsInstrument', { file: f.file, id }), 2, { file: f.file });
  const model = await loadModel({ instrument: raw.instrument ?? id ?? 'ex-25', ...(raw.matrix ? { matrix: raw.matrix } : {}) });
  if (!model.matrix) throw new UserError(msg('plan.needsMatrix', { id: model.instrument.id }));
  return { instrument: model.instrument, matrix: model.matrix };
}

/** The day a plan is read on (YYYY-MM-DD, UTC): from SOURCE_DATE_EPOCH when set, so that tests and CI are reproducible. */
export function today(ctx: AppContext): string {
  return ctx.now().slice(0, 10);
}
