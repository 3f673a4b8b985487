// The waves of the action-loop example (issue 26) and of the trend (issue 24): the same organisation measured four
// times, six months apart. Deterministic: the same files every time (scripts/make-plan-examples.mjs writes them into
// examples/waves/; a test checks that the committed files are exactly these). Between the first two waves, the actions
// on the ecosystem took hold, those on the image did not, and connections improved with no action planned; then the
// image rose at last, fulfilment slipped, and by the fourth wave a team of 24 answered.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { random } from './example-answers.mjs';

/** Statement ids of ex-25, in questionnaire order (read from the instrument, so that retired ids never come back). */
const IDS = parseDocument(readFileSync(new URL('../questions/ex-25.yaml', import.meta.url), 'utf8')).toJS().dimensions.flatMap((/** @type {{ questions: { id: string }[] }} */ d) => d.questions.map((q) => q.id));

/** Mean answer (1–4) per dimension at the first wave. */
const WAVE_1 = { sense: 2.9, fulfilment: 2.4, connections: 2.6, image: 2.3, ecosystem: 2.0 };
/** What moved by the second wave, per statement (answer points). */
const MOVES = { 'ecosystem-6': 1.1, 'fulfilment-6': 0.3, 'connections-6': 1.0, 'connections-4': 0.9 };
/** What moved by the third and by the fourth wave, on top of the second (answer points). */
const LATER = {
  3: { ...MOVES, 'image-6': 0.6, 'image-3': 0.7, 'image-7': 0.5, 'fulfilment-2': -0.4 },
  4: { ...MOVES, 'image-6': 0.9, 'image-2': 0.6, 'image-3': 0.9, 'image-7': 0.8, 'fulfilment-2': -0.7, 'fulfilment-3': -0.5, 'sense-4': 0.4 },
};
/** Each wave: the seed of its answers, what moved since the first, and how many people answered. */
const WAVES = [
  { wave: 1, seed: 20260315, moves: {}, people: 30 },
  { wave: 2, seed: 20260915, moves: MOVES, people: 30 },
  { wave: 3, seed: 20270315, moves: LATER[3], people: 30 },
  { wave: 4, seed: 20270915, moves: LATER[4], people: 24 },
];

const GROUPS = ['managers', 'frontline', 'frontline', 'support'];

/** One answer around a mean, on 1–4, sometimes "don't know" (null). */
function answer(rnd, mean) {
  if (rnd() < 0.04) return null;
  return Math.max(1, Math.min(4, Math.round(mean + (rnd() + rnd() + rnd() - 1.5) * 1.1)));
}

/**
 * The answers files of every wave, by path under examples/ (e.g. `waves/wave-1/07.yaml`) → text.
 * @returns {Record<string, string>}
 */
export function waveFiles() {
  /** @type {Record<string, string>} */
  const files = {};
  for (const { wave, seed, moves, people } of WAVES) {
    const rnd = random(seed);
    for (let i = 1; i <= people; i++) {
      const lines = IDS.map((id) => {
        const mean = WAVE_1[/** @type {keyof typeof WAVE_1} */ (id.replace(/-\d+$/, ''))] + (/** @type {Record<string, number>} */ (moves)[id] ?? 0);
        const v = answer(rnd, mean);
        return `  ${id}: ${v === null ? 'null' : v}`;
      });
      files[`waves/wave-${wave}/${String(i).padStart(2, '0')}.yaml`] = `instrument: ex-25\nrespondent:\n  group: ${GROUPS[i % GROUPS.length]}\nanswers:\n${lines.join('\n')}\n`;
    }
  }
  return files;
}
