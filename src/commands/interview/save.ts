// The end of the interview: the offer to save the result in one format or more, each under a free name.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppContext } from '../../app/context.js';
import { deliver } from '../../app/deliver.js';
import type { CommonOptions } from '../../app/options.js';
import type { Result } from '../../core/result.js';
import { UserError } from '../../errors.js';
import { format, msg, wordsFor, type Lang } from '../../i18n/index.js';
import type { Prompter } from '../../prompts.js';
import { findBrowser } from '../../io/pdf.js';
import { FORMAT_INFO, formatsOf, type Format } from '../../render/registry.js';

/** Writes the result to a file in a format (never in colour), saying where. */
export async function saveResult(ctx: AppContext, result: Result, fmt: Format, file: string, opts: CommonOptions): Promise<void> {
  await deliver(ctx, 'result', result, { ...opts, format: fmt, output: file });
}

/** The formats offered at the end, in the order offered (the terminal table is what was just shown); PDF when a browser can print it. */
function offered(browser: string | null): Format[] {
  return formatsOf('result').filter((f) => f !== 'table' && (f !== 'pdf' || browser !== null));
}

/** Offers to save the result in one format or more, each under a free default name in the current folder. */
export async function offerToSave(ctx: AppContext, result: Result, opts: CommonOptions, prompter: Prompter): Promise<void> {
  const { w } = wordsFor(opts.lang);
  const browser = opts.browser ?? findBrowser(ctx.env);
  const OFFERED = offered(browser);
  const remaining = [...OFFERED];
  let preferred: Format | 'finish' = remaining.includes(opts.format) ? opts.format : remaining[0]!;
  for (;;) {
    const first = remaining.length === OFFERED.length;
    const picked = await prompter.select<Format | 'finish'>({
      message: w(first ? 'app.saveFirst' : 'app.saveMore'),
      choices: [...remaining.map((f) => ({ name: w(FORMAT_INFO[f].label), value: f })), 'separator', { name: w('app.saveFinish'), value: 'finish' }],
      default: preferred,
      help: w('app.keysChoose'),
    });
    if (picked === 'finish') {
      // Nothing saved yet: finishing deletes the answers, so it is asked once more (No is the default).
      if (!first || (await prompter.confirm({ message: w('interview.finishUnsaved'), default: false, lang: opts.lang }))) return;
      continue;
    }
    const file = await askFileName(prompter, opts.lang, ctx.cwd, defaultName(result, picked, ctx.cwd));
    try {
      // The CSV offered is the one "for a spreadsheet": the language's conventions, as --bom writes it.
      await saveResult(ctx, result, picked, file, { ...opts, ...(browser ? { browser } : {}), bom: opts.bom || picked === 'csv' });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      prompter.say(e.in(opts.lang));
      continue;
    }
    remaining.splice(remaining.indexOf(picked), 1);
    preferred = 'finish';
    if (!remaining.length) return;
  }
}

/** Asks a file name until one is free or the person agrees to replace it. */
async function askFileName(prompter: Prompter, lang: Lang, cwd: string, suggested: string): Promise<string> {
  let proposal = suggested;
  for (;;) {
    const name = (await prompter.input({ message: format(msg('app.saveFileName'), lang), default: proposal, validate: (v) => (v.trim() ? true : format(msg('app.saveEmptyName'), lang)) })).trim();
    const file = resolve(cwd, name);
    if (!existsSync(file)) return file;
    const replace = await prompter.select<boolean>({
      message: format(msg('app.saveExists', { file: name }), lang),
      choices: [
        { name: format(msg('app.saveKeep'), lang), value: false },
        { name: format(msg('app.saveReplace'), lang), value: true },
      ],
      help: format(msg('app.keysChoose'), lang),
    });
    if (replace) return file;
    proposal = '';
  }
}

/** ex-maturity-YYYY-MM-DD.ext (the local date of the result), with -2, -3… when that name is taken. */
function defaultName(result: Result, fmt: Format, cwd: string): string {
  const d = new Date(result.generatedAt);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const ext = FORMAT_INFO[fmt].extensions[0];
  for (let n = 1; ; n++) {
    const name = `ex-maturity-${day}${n > 1 ? `-${n}` : ''}${ext}`;
    if (!existsSync(resolve(cwd, name))) return name;
  }
}
