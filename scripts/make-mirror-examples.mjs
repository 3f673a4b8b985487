// Writes the example data of the customer–employee mirror into examples/mirror/ (run: node scripts/make-mirror-examples.mjs).
// Deterministic (a fixed pseudo-random sequence): the same files every time, so the README's command shows what it says.
// - employees.csv: 60 employees of three stores, columns named by statement id, answers as scale values;
// - customers.csv: 150 customers, a French form export (statement texts as headers, labels as cells, "Unité" column);
// - leaders/: 6 answers files (YAML), what leadership believes employees (ids employees.<id>) and customers experience.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}examples/mirror/`;
const load = (side) => parseDocument(readFileSync(`${root}questions/mirror-${side}.yaml`, 'utf8')).toJS();

/** A small deterministic pseudo-random generator. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

// Chance of a favourable answer per dimension and side: a spread of readings for the example to show.
const PROFILE = {
  facilitation: { employees: 0.78, customers: 0.74, leaders: 0.85, leadersOnEmployees: 0.8 },
  trust: { employees: 0.4, customers: 0.36, leaders: 0.7, leadersOnEmployees: 0.75 },
  courtesy: { employees: 0.8, customers: 0.62, leaders: 0.8, leadersOnEmployees: 0.85 },
  cooperation: { employees: 0.38, customers: 0.66, leaders: 0.72, leadersOnEmployees: 0.7 },
  consideration: { employees: 0.56, customers: 0.52, leaders: 0.6, leadersOnEmployees: 0.8 },
  responsibility: { employees: 0.46, customers: 0.42, leaders: 0.75, leadersOnEmployees: 0.7 },
  listening: { employees: 0.72, customers: 0.5, leaders: 0.78, leadersOnEmployees: 0.85 },
  autonomy: { employees: 0.64, customers: 0.7, leaders: 0.7, leadersOnEmployees: 0.7 },
  competence: { employees: 0.42, customers: 0.61, leaders: 0.8, leadersOnEmployees: 0.75 },
  'human-digital': { employees: 0.55, customers: 0.58, leaders: 0.65, leadersOnEmployees: 0.6 },
  values: { employees: 0.7, customers: 0.68, leaders: 0.82, leadersOnEmployees: 0.8 },
};
const UNITS = ['Lille', 'Lyon', 'Nantes'];

/** One answer: favourable (3 or 4) with the dimension's chance, sometimes "don't know" (null). */
function answer(rnd, p) {
  if (rnd() < 0.04) return null;
  const fav = rnd() < p;
  return fav ? (rnd() < 0.45 ? 4 : 3) : rnd() < 0.35 ? 1 : 2;
}

/**
 * A 0–10 recommendation answer (the outcome question, its own random sequence so the statements' answers do not move):
 * a promoter (9–10) with chance `pro`, a detractor (0–6) with chance `det`, else a passive (7–8); sometimes no answer.
 */
function recommendation(rnd, pro, det) {
  if (rnd() < 0.05) return null;
  const r = rnd();
  if (r < pro) return rnd() < 0.5 ? 9 : 10;
  if (r < pro + det) return [2, 4, 5, 5, 6, 6, 6][Math.floor(rnd() * 7)];
  return rnd() < 0.5 ? 7 : 8;
}
// Chances of a promoter and a detractor per side (leaders predict both: more hopeful than what the sides answer).
const OUTCOME = { employees: [0.32, 0.27], customers: [0.3, 0.38], leadersOnEmployees: [0.55, 0.1], leadersOnCustomers: [0.5, 0.15] };

const csvField = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const rows = (header, lines) => [header, ...lines].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}leaders`, { recursive: true });

// Employees: ids as headers.
{
  const inst = load('employees');
  const ids = inst.dimensions.flatMap((d) => d.questions.map((q) => [d.id, q.id]));
  const rnd = random(11);
  const rndOutcome = random(12);
  const lines = [];
  for (let i = 0; i < 60; i++) {
    lines.push([UNITS[i % 3], ...ids.map(([dim]) => {
      const v = answer(rnd, PROFILE[dim].employees);
      return v === null ? '?' : String(v);
    }), String(recommendation(rndOutcome, ...OUTCOME.employees) ?? '')]);
  }
  writeFileSync(`${out}employees.csv`, rows(['unit', ...ids.map(([, id]) => id), inst.outcomes[0].id], lines));
}

// Customers: a French form export, as built from `questions --instrument mirror-customers --lang fr --format csv`.
{
  const inst = load('customers');
  const labels = inst.scale.map((p) => p.label.fr);
  const qs = inst.dimensions.flatMap((d) => d.questions.map((q) => [d.id, q.text.fr]));
  const rnd = random(23);
  const rndOutcome = random(24);
  const lines = [];
  for (let i = 0; i < 150; i++) {
    const stamp = `2026-03-${String(1 + (i % 28)).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}`;
    lines.push([stamp, UNITS[i % 3], ...qs.map(([dim]) => {
      const v = answer(rnd, PROFILE[dim].customers);
      return v === null ? '' : labels[v - 1];
    }), String(recommendation(rndOutcome, ...OUTCOME.customers) ?? '')]);
  }
  writeFileSync(`${out}customers.csv`, rows(['Horodateur', 'Unité', ...qs.map(([, text]) => text), inst.outcomes[0].text.fr], lines));
}

// Leaders: answers files, about employees and about customers.
{
  const inst = load('leaders');
  const rnd = random(37);
  // Their belief about employees draws from a sequence of its own, so that their answers about customers stay the same.
  const rndEmployees = random(41);
  const rndOutcome = random(38);
  for (let i = 1; i <= 6; i++) {
    const lines = inst.dimensions.flatMap((d) => d.questions.map((q) => {
      const onEmployees = q.id.startsWith('employees.');
      const v = onEmployees ? answer(rndEmployees, PROFILE[d.id].leadersOnEmployees) : answer(rnd, PROFILE[d.id].leaders);
      return `  ${q.id}: ${v === null ? 'null' : v}`;
    }));
    const predicted = [OUTCOME.leadersOnEmployees, OUTCOME.leadersOnCustomers].map((chances) => recommendation(rndOutcome, ...chances));
    inst.outcomes.forEach((o, k) => lines.push(`  ${o.id}: ${predicted[k] ?? 'null'}`));
    writeFileSync(`${out}leaders/leader-${i}.yaml`, `instrument: mirror-leaders\nanswers:\n${lines.join('\n')}\n`);
  }
}
console.log(`examples written to ${out}`);
