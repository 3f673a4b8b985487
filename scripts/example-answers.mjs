// The sample answers file is the answers template (`ex-maturity template --lang en`) filled with fixed answers: it is
// generated, never edited by hand, so it cannot drift from the instrument. `npm run examples` writes it; a test
// checks that the committed file is what the current instrument generates.

/** The sample's answers, by question id (null = don't know). */
export const SAMPLE_ANSWERS = {
  'sense-1': 2, 'sense-2': 3, 'sense-3': 2, 'sense-4': 1, 'sense-6': 2,
  'fulfilment-1': 3, 'fulfilment-2': 3, 'fulfilment-3': 2, 'fulfilment-6': 4, 'fulfilment-5': 3,
  'connections-1': 3, 'connections-6': 2, 'connections-7': 3, 'connections-4': null, 'connections-8': 3,
  'image-6': 2, 'image-2': 3, 'image-3': 3, 'image-4': 2, 'image-7': 1,
  'ecosystem-1': 3, 'ecosystem-6': 4, 'ecosystem-7': 3, 'ecosystem-4': 2, 'ecosystem-5': 3,
};

/**
 * Fills a blank answers template: each `  id:` line gets its sample answer, and a real respondent block (group:
 * leadership) follows the commented one, whose comment lines are kept: every comment says what `template` writes.
 * @param {string} template
 * @returns {string}
 */
export function fillTemplate(template) {
  const filled = template.replace(/^( {2})([^\s#:][^:]*):$/gm, (_line, indent, id) => {
    if (!Object.hasOwn(SAMPLE_ANSWERS, id)) throw new Error(`no sample answer for ${id}`);
    const v = SAMPLE_ANSWERS[id];
    return `${indent}${id}: ${v === null ? 'null' : v}`;
  });
  const respondent = /^# respondent:\n# {3}group: \S+$/m;
  if (!respondent.test(filled)) throw new Error('the template has no commented respondent block');
  return filled.replace(respondent, (block) => `${block}\nrespondent:\n  group: leadership`);
}

/**
 * A small deterministic pseudo-random generator (the example data is the same every time).
 * @param {number} seed
 * @returns {() => number}
 */
export function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
