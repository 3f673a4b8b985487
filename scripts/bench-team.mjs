// Team-scale benchmark: `aggregate` over a CSV of 100,000 respondents × 25 answers and over a folder of 10,000 answers
// files, against a plain node script that only reads and splits the same CSV. Reports wall time, the ratio to that raw
// parse, and peak memory (/usr/bin/time -v when present, else the child's own process.resourceUsage().maxRSS).
// Standalone: `npm run build && node scripts/bench-team.mjs`; or `import { benchTeam } from './bench-team.mjs'`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'ex-maturity.js');
const DIMENSIONS = ['sense', 'fulfilment', 'connections', 'image', 'ecosystem'];
const IDS = DIMENSIONS.flatMap((d) => [1, 2, 3, 4, 5].map((n) => `${d}-${n}`));
const GROUPS = ['Direction', 'Managers', 'Support', 'Sales', 'Tech', 'Ops'];

/** A small deterministic pseudo-random generator, so every run measures the same data. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

async function writeCsv(file, rows) {
  const rnd = random(1);
  const out = createWriteStream(file);
  const write = (s) => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once('drain', () => r(undefined))));
  await write(['timestamp', 'email', 'group', ...IDS].join(',') + '\r\n');
  for (let i = 0; i < rows; i++) {
    const cells = IDS.map(() => (rnd() < 0.05 ? '' : String(1 + Math.floor(rnd() * 4))));
    await write([`2026-03-01T10:00:${String(i % 60).padStart(2, '0')}Z`, `person${i}@example.com`, GROUPS[i % GROUPS.length], ...cells].join(',') + '\r\n');
  }
  await new Promise((r) => out.end(r));
}

function writeFolder(dir, files) {
  const rnd = random(2);
  for (let i = 0; i < files; i++) {
    const sub = join(dir, `team-${i % 20}`);
    if (i < 20) mkdirSync(sub, { recursive: true });
    const lines = IDS.map((id) => `  ${id}: ${rnd() < 0.05 ? 'null' : 1 + Math.floor(rnd() * 4)}`);
    writeFileSync(join(sub, `answers-${i}.yaml`), `instrument: ex-25\nrespondent:\n  group: ${GROUPS[i % GROUPS.length]}\nanswers:\n${lines.join('\n')}\n`);
  }
}

/** The baseline: stream the CSV, split it into lines and fields, count them. Nothing else. */
const RAW_PARSE = `
const fs = require('node:fs');
let rest = '', rows = 0, fields = 0;
const s = fs.createReadStream(process.argv[1], { encoding: 'utf8', highWaterMark: 256 * 1024 });
s.on('data', (chunk) => {
  const lines = (rest + chunk).split('\\n');
  rest = lines.pop();
  for (const l of lines) { rows++; fields += l.split(',').length; }
});
s.on('end', () => { if (rest) rows++; console.log(rows, fields); });
`;

const hasTime = existsSync('/usr/bin/time');

/** Runs a node command once: wall time in ms and peak resident memory in MiB. */
function measure(args) {
  // Without /usr/bin/time, a wrapper reports the child's own peak memory on exit.
  /** @type {[string, string[]]} */
  const wrapped = hasTime
    ? ['/usr/bin/time', ['-v', process.execPath, ...args]]
    : [process.execPath, ['--input-type=module', '-e', `process.on('exit', () => process.stderr.write('MAXRSS=' + process.resourceUsage().maxRSS + '\\n')); process.argv.splice(1, 1); await import(process.argv[1]);`, '--', ...args]];
  const start = process.hrtime.bigint();
  const r = spawnSync(wrapped[0], wrapped[1], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}:\n${r.stderr.slice(-2000)}`);
  const kb = hasTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]) : Number(/MAXRSS=(\d+)/.exec(r.stderr)?.[1]);
  return { ms, peakMiB: kb / 1024, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Generates the data in a temporary folder, measures, cleans up; returns one row per measure. */
export async function benchTeam({ rows = 100_000, files = 10_000, runs = Number(process.env.BENCH_RUNS ?? 3) } = {}) {
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run npm run build first');
  const dir = mkdtempSync(join(tmpdir(), 'ex-maturity-bench-'));
  try {
    const csv = join(dir, 'form.csv');
    const folder = join(dir, 'answers');
    await writeCsv(csv, rows);
    writeFolder(folder, files);
    const script = join(dir, 'raw-parse.cjs');
    writeFileSync(script, RAW_PARSE);

    const raw = [], csvRuns = [], folderRuns = [];
    for (let i = 0; i < runs; i++) {
      raw.push(measure([script, csv]));
      csvRuns.push(measure([bin, 'aggregate', csv, '--format', 'json']));
      folderRuns.push(measure([bin, 'aggregate', folder, '--format', 'json']));
    }
    const check = JSON.parse(csvRuns[0].stdout);
    if (check.respondents !== rows) throw new Error(`aggregate counted ${check.respondents} respondents, not ${rows}`);
    const rawMs = median(raw.map((r) => r.ms));
    const row = (name, rs) => {
      const ms = median(rs.map((r) => r.ms));
      return { name, ms: Math.round(ms), ratio: Math.round((ms / rawMs) * 100) / 100, peakMiB: Math.round(Math.max(...rs.map((r) => r.peakMiB))) };
    };
    return [
      row(`raw read+split of the CSV (${rows} rows)`, raw),
      row(`aggregate CSV (${rows} rows × ${IDS.length})`, csvRuns),
      row(`aggregate folder (${files} answers files)`, folderRuns),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await benchTeam();
  console.table(result);
  const [, csvRow, folderRow] = result;
  console.log(`targets: CSV ≤ 3× raw parse (${csvRow.ratio}×), ≤ 300 MiB (${csvRow.peakMiB} MiB); folder < 10 s (${(folderRow.ms / 1000).toFixed(1)} s)`);
}
