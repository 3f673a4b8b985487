// What the plan commands share: the instrument and matrix a plan or a wave is read with, and the day it is read on.
import type { AppContext } from '../../app/context.js';
import type { RawOptions } from '../../app/options.js';
import { UserError } from '../../errors.js';
import { msg } from '../../i18n/index.js';
import { BUNDLED_IDS, loadModel, type Model } from '../../io/load.js';
import type { PeekedFile } from '../../io/plan-input.js';
import { mirrorMatrix } from '../../io/bundled.js';
import { loadMirrorMatrixFile, MIRROR_INSTRUMENTS } from '../../io/mirror-load.js';
import type { ActionSource } from '../../core/action-plan.js';

/** The options of the plan commands, as commander hands them over. */
export interface PlanRaw extends RawOptions {
  all?: boolean;
  failOverdue?: boolean;
}

/**
 * The model a file is read with: --instrument / --matrix when given, else the bundled instrument the file names
 * (ex-25 when it names none). A plan needs a matrix: its action ids are checked against it.
 */
export async function modelFor(raw: RawOptions, f: PeekedFile): Promise<Model & { source: ActionSource }> {
  const id = f.instrumentId;
  if (!raw.instrument && id !== undefined && !BUNDLED_IDS.includes(id)) throw new UserError(msg('plan.needsInstrument', { file: f.file, id }), 2, { file: f.file });
  const instrument = raw.instrument ?? id ?? 'ex-25';
  // The mirror's joint actions: its employees instrument (the statement ids both sides share) and the mirror matrix.
  if (instrument === MIRROR_INSTRUMENTS.employees) {
    const { instrument: reference } = await loadModel({ instrument });
    return { instrument: reference, source: raw.matrix ? await loadMirrorMatrixFile(raw.matrix, reference) : mirrorMatrix() };
  }
  const model = await loadModel({ instrument, ...(raw.matrix ? { matrix: raw.matrix } : {}) });
  if (!model.matrix) throw new UserError(msg('plan.needsMatrix', { id: model.instrument.id }));
  return { instrument: model.instrument, matrix: model.matrix, source: model.matrix };
}

/** The day a plan is read on (YYYY-MM-DD, UTC): from SOURCE_DATE_EPOCH when set, so that tests and CI are reproducible. */
export function today(ctx: AppContext): string {
  return ctx.now().slice(0, 10);
}
