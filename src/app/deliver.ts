// The last steps of every command that writes a document: render → emit → gate → exit code.
import { gateFailure, type GateInput, type Gates } from '../core/gate.js';
import { format, msg, type Lang } from '../i18n/index.js';
import { writeAtomic } from '../io/write.js';
import { printPdf, requireBrowser } from '../io/pdf.js';
import { render, type DocumentKind, type Documents, type Format } from '../render/registry.js';
import type { AppContext } from './context.js';
import { withoutColor } from './tool.js';

/** Where and how a document goes out. */
export interface DeliverOptions extends Gates {
  lang: Lang;
  format: Format;
  output?: string;
  bom: boolean;
  /** The browser that prints a PDF. */
  browser?: string;
}

/** Sends text where the user asked: a file written atomically (and a line on stderr saying so), else stdout. */
export function emit(ctx: AppContext, content: string | Uint8Array, output: string | undefined, lang: Lang): void {
  if (!output) {
    if (typeof content !== 'string') throw new Error('binary output needs a file'); // checkOptions asks --output for a PDF
    return ctx.out(content);
  }
  writeAtomic(output, content);
  ctx.err(format(msg('app.saved', { file: output }), lang));
}

/** Applies the gates to an overall result: 0 when met, else 1 with the reason on stderr. */
function gate(ctx: AppContext, overall: GateInput, opts: DeliverOptions): number {
  const failure = gateFailure(overall, opts);
  if (!failure) return 0;
  ctx.err(format(failure, opts.lang));
  return 1;
}

/** Renders a document, sends it out, then gates on its overall result (when it has one): returns the exit code. */
export async function deliver<K extends DocumentKind>(ctx: AppContext, kind: K, doc: Documents[K], opts: DeliverOptions, overall?: GateInput): Promise<number> {
  const draw = () => render(kind, doc, opts.format, { lang: opts.lang, width: opts.output ? 80 : ctx.width, bom: opts.bom });
  const text = await (opts.output ? withoutColor(draw) : draw());
  // A PDF is the HTML printed by the browser found when the options were checked.
  emit(ctx, opts.format === 'pdf' ? printPdf(opts.browser ?? requireBrowser(ctx.env), text) : text, opts.output, opts.lang);
  return overall ? gate(ctx, overall, opts) : 0;
}
