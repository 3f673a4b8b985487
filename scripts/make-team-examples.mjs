// Writes the example team data into examples/ (run: npm run build && node scripts/make-team-examples.mjs).
// Deterministic (a fixed pseudo-random sequence, fixed dates): the same files every time; never edit them by hand.
// - team/<group>/<n>.yaml: 25 answers files of ex-25 in four groups (leadership, managers, frontline, support);
// - team-form.csv: 14 respondents as a form exports them: a timestamp, an e-mail, a group, the statement texts in
//   English as headers (as `questions --format csv` gives them), the answer labels as cells;
// - results/2025.json, results/2026.json: the same organisation's result a year apart (`assess --format json`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { random } from './example-answers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const instrument = parseDocument(readFileSync(`${root}questions/ex-25.yaml`, 'utf8')).toJS();
const text = (t, lang = 'en') => (typeof t === 'string' ? t : t[lang]);
const questions = instrument.dimensions.flatMap((d) => d.questions.map((q) => ({ ...q, dimension: d.id })));
const labels = instrument.scale.map((s) => text(s.label));
const dontKnow = text(instrument.dontKnow.label);


// Mean answer (1–4) per dimension and group: groups that see the organisation differently, for the heat table and the gaps.
const PROFILE = {
  leadership: { sense: 3.3, fulfilment: 3.0, connections: 3.1, image: 3.2, ecosystem: 2.9 },
  managers: { sense: 2.8, fulfilment: 2.7, connections: 2.6, image: 2.9, ecosystem: 2.5 },
  frontline: { sense: 2.2, fulfilment: 2.1, connections: 2.5, image: 2.4, ecosystem: 1.9 },
  support: { sense: 2.6, fulfilment: 2.9, connections: 2.2, image: 2.5, ecosystem: 2.8 },
};
const SIZES = { leadership: 5, managers: 6, frontline: 9, support: 5 };

/** One answer around a mean, on 1–4, sometimes "don't know" (null). */
function answer(rnd, mean) {
  if (rnd() < 0.05) return null;
  const v = Math.round(mean + (rnd() + rnd() + rnd() - 1.5) * 1.1);
  return Math.max(1, Math.min(4, v));
}

const sheet = (rnd, profile) => Object.fromEntries(questions.map((q) => [q.id, answer(rnd, profile[q.dimension])]));
const yamlOf = (group, answers) =>
  `instrument: ex-25\nrespondent:\n  group: ${group}\nanswers:\n${Object.entries(answers).map(([id, v]) => `  ${id}: ${v === null ? 'null' : v}`).join('\n')}\n`;

// The optional eNPS item for team use, in the answers files (its own random sequence, so the statements' answers do not
// move; the form export keeps its columns, which test/fixtures/exports mirror): a 0–10 answer that follows the
// respondent's own answers (what driver impact reads), sometimes left blank.
const enpsOf = (outcomeRnd, answers) => {
  if (outcomeRnd() < 0.05) return null;
  const given = Object.values(answers).filter((v) => v !== null);
  const mean = given.reduce((a, b) => a + b, 0) / Math.max(1, given.length);
  return Math.max(0, Math.min(10, Math.round(3.2 * mean - 1.5 + (outcomeRnd() + outcomeRnd() - 1) * 3)));
};
const outcomeRnd = random(20260316);
const withEnps = (answers) => ({ ...answers, enps: enpsOf(outcomeRnd, answers) });

const rnd = random(20260315);
rmSync(`${root}examples/team`, { recursive: true, force: true });
for (const [group, size] of Object.entries(SIZES)) {
  mkdirSync(`${root}examples/team/${group}`, { recursive: true });
  for (let i = 1; i <= size; i++) writeFileSync(`${root}examples/team/${group}/${String(i).padStart(2, '0')}.yaml`, yamlOf(group, withEnps(sheet(rnd, PROFILE[group]))));
}

// The form export: quoted like a spreadsheet would, CRLF line ends.
const cell = (x) => (/[",\r\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x);
const rows = [['Timestamp', 'Email', 'Group', ...questions.map((q) => text(q.text))]];
const formGroups = ['managers', 'frontline', 'frontline', 'support', 'managers', 'frontline', 'support'];
for (let i = 0; i < 14; i++) {
  const group = formGroups[i % formGroups.length];
  const answers = sheet(rnd, PROFILE[group]);
  const at = new Date(Date.UTC(2026, 2, 2, 9, 0) + i * 37 * 60_000).toISOString().replace('T', ' ').slice(0, 19);
  rows.push([at, `person${i + 1}@example.com`, group, ...questions.map((q) => (answers[q.id] === null ? dontKnow : labels[answers[q.id] - 1]))]);
}
writeFileSync(`${root}examples/team-form.csv`, rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n');

// Two results of the same organisation, a year apart: things moved, mostly up.
const YEARS = {
  2025: { epoch: Date.UTC(2025, 2, 14) / 1000, profile: { sense: 2.1, fulfilment: 2.6, connections: 2.3, image: 2.0, ecosystem: 2.7 } },
  2026: { epoch: Date.UTC(2026, 2, 14) / 1000, profile: { sense: 2.8, fulfilment: 2.8, connections: 2.9, image: 2.4, ecosystem: 2.6 } },
};
mkdirSync(`${root}examples/results`, { recursive: true });
for (const [year, { epoch, profile }] of Object.entries(YEARS)) {
  const r = random(Number(year));
  const answers = Object.fromEntries(questions.map((q) => [q.id, Math.max(1, Math.min(4, Math.round(profile[q.dimension] + (r() - 0.5) * 1.6)))]));
  const input = `instrument: ex-25\nanswers:\n${Object.entries(answers).map(([id, v]) => `  ${id}: ${v}`).join('\n')}\n`;
  const json = execFileSync(process.execPath, [`${root}bin/ex-maturity.cjs`, 'assess', '--answers', '-', '--format', 'json', '--lang', 'en'], {
    input,
    env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch), LANG: 'en_US.UTF-8' },
    encoding: 'utf8',
  });
  writeFileSync(`${root}examples/results/${year}.json`, json);
}
console.log('examples/team/, examples/team-form.csv and examples/results/ written');
