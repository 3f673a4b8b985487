// `--population FILE`: the people invited per group, one `group,N` line each (`;` or a tab also separate; a header
// line, blank lines and `#` comments are allowed), so that each group's intervals take the finite-population
// correction and its response rate is shown.
import { visibleName } from '../core/text.js';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';
import { readUserText } from './read.js';

const LINE = /^\s*("(?:[^"]|"")*"|[^,;\t]*?)\s*[,;\t]\s*("?)([^"]*)\2\s*$/;

/** Reads a population file: group name (as the answers name it) → people invited; a bad line is an error naming it. */
export function loadPopulations(file: string): Map<string, number> {
  const text = readUserText(file).replace(/^\uFEFF/, '');
  const out = new Map<string, number>();
  let first = true;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.trim().startsWith('#')) return;
    const m = LINE.exec(raw);
    const name = m ? visibleName(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!) : '';
    const count = m ? m[3]!.trim() : '';
    const header = first && /\p{L}/u.test(count); // `group,invited`, `groupe;effectif`
    first = false;
    if (header) return;
    if (!m || !name || !/^\d+$/.test(count) || Number(count) < 1) throw new UserError(msg('stats.populationBadLine', { file, line, text: raw.trim() }), 2, { file, line });
    if (out.has(name)) throw new UserError(msg('stats.populationDuplicate', { file, line, group: name }), 2, { file, line });
    out.set(name, Number(count));
  });
  if (!out.size) throw new UserError(msg('stats.populationEmpty', { file }), 2, { file });
  return out;
}
