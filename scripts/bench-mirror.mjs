// Mirror-scale benchmark: `mirror` over a CSV of 10,000 employees and one of 100,000 customers (22 answers each, a
// unit column), against `aggregate` on the same two files (one run per side, their times added). Target: mirror
// within 2× aggregate. Standalone: `npm run build && node scripts/bench-mirror.mjs`; or `import { benchMirror }`.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'ex-maturity.cjs');
const IDS = parseDocument(readFileSync(join(root, 'questions', 'mirror-employees.yaml'), 'utf8')).toJS().dimensions.flatMap((d) => d.questions.map((q) => q.id));
const UNITS = ['North', 'South', 'East', 'West', 'Centre'];

/** A small deterministic pseudo-random generator, so every run measures the same data. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

async function writeCsv(file, rows, seed) {
  const rnd = random(seed);
  const out = createWriteStream(file);
  const write = (s) => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once('drain', () => r(undefined))));
  await write(['timestamp', 'unit', ...IDS].join(',') + '\r\n');
  for (let i = 0; i < rows; i++) {
    const cells = IDS.map(() => (rnd() < 0.05 ? '' : String(1 + Math.floor(rnd() * 4))));
    await write([`2026-03-01T10:00:${String(i % 60).padStart(2, '0')}Z`, UNITS[i % UNITS.length], ...cells].join(',') + '\r\n');
  }
  await new Promise((r) => out.end(r));
}

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}:\n${r.stderr.slice(-2000)}`);
  return { ms, stdout: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Generates the data in a temporary folder, measures (interleaved runs), cleans up; returns rows and the ratio. */
export async function benchMirror({ employees = 10_000, customers = 100_000, runs = Number(process.env.BENCH_RUNS ?? 3) } = {}) {
  if (!existsSync(join(root, 'dist', 'cli.cjs'))) throw new Error('dist/ is missing: run npm run build first');
  const dir = mkdtempSync(join(tmpdir(), 'ex-maturity-bench-mirror-'));
  try {
    const e = join(dir, 'employees.csv');
    const c = join(dir, 'customers.csv');
    await writeCsv(e, employees, 3);
    await writeCsv(c, customers, 4);
    const agg = [], mir = [];
    for (let i = 0; i < runs; i++) {
      agg.push(time(['aggregate', '--instrument', 'mirror-employees', e, '--format', 'json']).ms + time(['aggregate', '--instrument', 'mirror-customers', c, '--format', 'json']).ms);
      const m = time(['mirror', '--employees', e, '--customers', c, '--format', 'json']);
      mir.push(m.ms);
      if (i === 0) {
        const doc = JSON.parse(m.stdout);
        if (doc.sides.employees.respondents !== employees || doc.sides.customers.respondents !== customers) throw new Error('mirror did not count every respondent');
      }
    }
    const a = median(agg);
    const m = median(mir);
    return { rows: [{ name: `aggregate both CSVs (${employees} + ${customers} rows × ${IDS.length})`, ms: Math.round(a) }, { name: 'mirror on the same files', ms: Math.round(m) }], ratio: Math.round((m / a) * 100) / 100 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { rows, ratio } = await benchMirror();
  console.table(rows);
  console.log(`target: mirror ≤ 2× aggregate (${ratio}×)`);
}
