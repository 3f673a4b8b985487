import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import type { AppContext } from '../app/context.js';
import { emit } from '../app/deliver.js';
import { checkLang, type RawOptions } from '../app/options.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { loadModel } from '../io/load.js';
import { buildQuestionnaire } from '../core/questionnaire.js';
import { formatOfExtension, render } from '../render/registry.js';

/** `ex-maturity template`: writes a blank answers file (YAML); an existing file is replaced only with --force. */
export async function template(ctx: AppContext, raw: RawOptions): Promise<number> {
  const { lang } = checkLang(raw, ctx.env);
  const output = raw.output;
  if (output !== undefined) {
    if (formatOfExtension('template', extname(output)) !== 'yaml') throw new UserError(msg('app.templateExtension', { file: output }));
    if (!raw.force && existsSync(output)) throw new UserError(msg('app.templateExists', { file: output }));
  }
  const { instrument } = await loadModel(raw);
  emit(ctx, await render('template', buildQuestionnaire(instrument, lang, ''), 'yaml', { lang, width: ctx.width, bom: false }), output, lang);
  return 0;
}
