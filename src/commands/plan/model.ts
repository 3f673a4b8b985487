// What the plan commands share: their options and the day a plan is read on (the model: io/plan-input.ts).
import type { AppContext } from '../../app/context.js';
import type { RawOptions } from '../../app/options.js';

/** The options of the plan commands, as commander hands them over. */
export interface PlanRaw extends RawOptions {
  all?: boolean;
  failOverdue?: boolean;
}

/** The day a plan is read on (YYYY-MM-DD, UTC): from SOURCE_DATE_EPOCH when set, so that tests and CI are reproducible. */
export function today(ctx: AppContext): string {
  return ctx.now().slice(0, 10);
}
