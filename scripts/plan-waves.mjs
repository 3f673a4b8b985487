// The two waves of the action-loop example (issue 26): the same organisation measured twice, six months apart.
// Deterministic: the same files every time (scripts/make-plan-examples.mjs writes them into examples/waves/; a test
// checks that the committed files are exactly these). Between the waves, the actions on the ecosystem took hold,
// those on the image did not, and connections improved with no action planned.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { random } from './example-answers.mjs';

/** Statement ids of ex-25, in questionnaire order (read from the instrument, so that retired ids never come back). */
const IDS = parseDocument(readFileSync(new URL('../questions/ex-25.yaml', import.meta.url), 'utf8')).toJS().dimensions.flatMap((/** @type {{ questions: { id: string }[] }} */ d) => d.questions.map((q) => q.id));

/** Mean answer (1–4) per dimension at the first wave. */
const WAVE_1 = { sense: 2.9, fulfilment: 2.4, connections: 2.6, image: 2.3, ecosystem: 2.0 };
/** What moved by the second wave, per statement (answer points). */
const MOVES = { 'ecosystem-6': 1.1, 'fulfilment-6': 0.3, 'connections-6': 1.0, 'connections-4': 0.9 };

const GROUPS = ['managers', 'frontline', 'frontline', 'support'];
const PEOPLE = 30;

/** One answer around a mean, on 1–4, sometimes "don't know" (null). */
function answer(rnd, mean) {
  if (rnd() < 0.04) return null;
  return Math.max(1, Math.min(4, Math.round(mean + (rnd() + rnd() + rnd() - 1.5) * 1.1)));
}

/**
 * The answers files of both waves, by path under examples/ (e.g. `waves/wave-1/07.yaml`) → text.
 * @returns {Record<string, string>}
 */
export function waveFiles() {
  /** @type {Record<string, string>} */
  const files = {};
  for (const [wave, seed] of [[1, 20260315], [2, 20260915]]) {
    const rnd = random(seed);
    for (let i = 1; i <= PEOPLE; i++) {
      const lines = IDS.map((id) => {
        const mean = WAVE_1[/** @type {keyof typeof WAVE_1} */ (id.replace(/-\d+$/, ''))] + (wave === 2 ? MOVES[/** @type {keyof typeof MOVES} */ (id)] ?? 0 : 0);
        const v = answer(rnd, mean);
        return `  ${id}: ${v === null ? 'null' : v}`;
      });
      files[`waves/wave-${wave}/${String(i).padStart(2, '0')}.yaml`] = `instrument: ex-25\nrespondent:\n  group: ${GROUPS[i % GROUPS.length]}\nanswers:\n${lines.join('\n')}\n`;
    }
  }
  return files;
}
