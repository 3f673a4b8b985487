// npm run bench: every target of issues 14 and 20 as a ratio against its floor, measured in the same run.
// Each row and its floor run interleaved (floor, row, floor, row…) so that machine noise hits both alike; the ratio is
// the median of the pairs' ratios. Printed per row: the ratio, the floor's absolute median, the row's median, the runs, the
// peak resident memory (max over a few extra runs under /usr/bin/time, so timing runs carry no wrapper) and the target.
//
//   npm run bench                      the worktree (builds first)
//   node scripts/bench.mjs /tmp/base   another checkout, already built (e.g. an older commit, to compare)
//   BENCH_RUNS=9 node scripts/bench.mjs   more runs (start-up rows use 3× as many)
//   BENCH_ONLY=startup,csv,form,report,folder,install,mirror,room,intervals   a subset
//   /path/to/node22 scripts/bench.mjs  another Node (every row runs the Node running this script)
// The start-up targets (issue 20) hold on Node 22 and later, which have a compile cache; on Node 20 the rows are shown
// without a target.
//   BENCH_BASELINE=/tmp/base BENCH_ONLY=intervals   the 100k aggregate against a built checkout without intervals (target ≤ 1.1×)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
const bin = ['ex-maturity.cjs', 'ex-maturity.js'].map((f) => join(root, 'bin', f)).find((f) => existsSync(f)) ?? ''; // (.js: a checkout before 2026-12-02)
const sample = join(root, 'examples', 'answers.yaml');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'startup,csv,form,report,folder,install,mirror,room').split(','));
const ROWS = 100_000;
const FILES = 10_000;
const env = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', CI: '', XDG_CACHE_HOME: '', TMPDIR: '' }; // (set below)
const COMPILE_CACHE = Number(process.versions.node.split('.')[0]) >= 22;

/** A small deterministic pseudo-random generator, so every run measures the same data. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Wall time of one run in ms (stdout discarded unless asked for); throws on a non-zero exit. */
function time(cmd, args, opts = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', opts.keep ? 'pipe' : 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28, env: opts.env ?? env, cwd: opts.cwd });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${String(r.stderr).slice(-2000)}`);
  return { ms, stdout: r.stdout };
}

/** Peak resident memory of one run, in MiB. */
function peak(cmd, args, cwd, stepEnv = env) {
  if (!existsSync('/usr/bin/time')) return NaN;
  const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS=%M', cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: stepEnv, cwd });
  return Number(/MAXRSS=(\d+)/.exec(r.stderr)?.[1]) / 1024;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Measures a row against its floor: `warm` untimed runs of each, then `runs` interleaved pairs, then 3 memory runs.
 * A step is {cmd, args, cwd?, env?, before?()} (before runs untimed, e.g. to make a fresh empty folder).
 * @param {string} name
 * @param {any} floor
 * @param {any} row
 * @param {{runs?: number, target?: number, limitMiB?: number, absolute?: number}} [opts]
 */
function compare(name, floor, row, { runs = RUNS, target, limitMiB, absolute } = {}) {
  const once = (s) => { s.before?.(); return time(s.cmd, s.args, s).ms; };
  once(floor); once(row);
  const f = [], r = [];
  for (let i = 0; i < runs; i++) { f.push(once(floor)); r.push(once(row)); }
  const mem = Math.max(...[0, 1, 2].map(() => { row.before?.(); return peak(row.cmd, row.args, row.cwd, row.env); }));
  const fm = median(f), rm = median(r);
  // The ratio is the median of each pair's ratio: a floor and its row run one after the other, under the same load,
  // where the medians of the two lists can come from moments of different load on a shared machine.
  return { name, ratio: median(r.map((x, i) => x / f[i])), floor: floor.name, floorMs: fm, ms: rm, runs, peakMiB: mem, target, limitMiB, absolute };
}

function print(rows) {
  const ok = (r) => (r.info ? true : r.absolute ? r.ms <= r.absolute : r.ratio <= r.target) && (!r.limitMiB || r.peakMiB <= r.limitMiB);
  console.log(`ex-maturity bench: ${root} (Node ${process.version}, medians of interleaved runs)`);
  console.log(`  ${'what'.padEnd(54)} ${'ratio'.padStart(6)}  ${'floor'.padEnd(22)} ${'floor ms'.padStart(8)} ${'ms'.padStart(8)} ${'runs'.padStart(4)} ${'peak'.padStart(8)}  target`);
  for (const r of rows) {
    const target = r.info ? `(${r.info})` : r.absolute ? `≤ ${r.absolute} ms` : `≤ ${r.target}×${r.limitMiB ? `, ≤ ${r.limitMiB} MiB` : ''}`;
    console.log(`  ${r.name.padEnd(54)} ${(r.ratio.toFixed(2) + '×').padStart(6)}  ${r.floor.padEnd(22)} ${r.floorMs.toFixed(1).padStart(8)} ${r.ms.toFixed(1).padStart(8)} ${String(r.runs).padStart(4)} ${(r.peakMiB.toFixed(0) + ' MiB').padStart(8)}  ${target}${r.info ? '' : ok(r) ? ' met' : ' NOT MET'}`);
  }
}

// ---- data -------------------------------------------------------------------------------------------------------

const instrument = parseDocument(readFileSync(join(root, 'questions', 'ex-25.yaml'), 'utf8')).toJS();
const questions = instrument.dimensions.flatMap((d) => d.questions);
const IDS = questions.map((q) => q.id);
const GROUPS = ['Direction', 'Managers', 'Support', 'Sales', 'Tech', 'Ops'];
const quote = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** `rows` (100,000 unless told) rows of `group,sense-1,…,ecosystem-5`, every cell 1–4, LF. */
function plainCsv(file, rows = ROWS) {
  const rnd = random(1);
  const lines = [['group', ...IDS].join(',')];
  for (let i = 0; i < rows; i++) lines.push([GROUPS[i % GROUPS.length], ...IDS.map(() => 1 + Math.floor(rnd() * 4))].join(','));
  writeFileSync(file, lines.join('\n') + '\n');
}

/** A form export: timestamp, e-mail, group, statement texts (English) as headers, 5 % blank cells, CRLF. */
function formCsv(file) {
  const rnd = random(2);
  const lines = [['Timestamp', 'Email address', 'Group', ...questions.map((q) => quote(q.text.en ?? q.text))].join(',')];
  for (let i = 0; i < ROWS; i++) {
    const cells = IDS.map(() => (rnd() < 0.05 ? '' : String(1 + Math.floor(rnd() * 4))));
    lines.push([`2026/03/01 10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`, `person${i}@example.com`, GROUPS[i % GROUPS.length], ...cells].join(','));
  }
  writeFileSync(file, lines.join('\r\n') + '\r\n');
}

/** 10,000 answers files as `template` writes them, in 20 folders. */
function answersFolder(dir) {
  const rnd = random(3);
  for (let i = 0; i < FILES; i++) {
    const sub = join(dir, `team-${i % 20}`);
    if (i < 20) mkdirSync(sub, { recursive: true });
    const lines = IDS.map((id) => `  ${id}: ${rnd() < 0.05 ? 'null' : 1 + Math.floor(rnd() * 4)}`);
    writeFileSync(join(sub, `answers-${i}.yaml`), `instrument: ex-25\nrespondent:\n  group: ${GROUPS[i % GROUPS.length]}\nanswers:\n${lines.join('\n')}\n`);
  }
}

/** The CSV floor of the issue: read the whole file as UTF-8, split lines, split each on `,`, sum the numbers. */
const RAW = `const fs = require('node:fs');
const text = fs.readFileSync(process.argv[2], 'utf8');
let sum = 0;
for (const line of text.split('\\n')) for (const cell of line.split(',')) { const n = +cell; if (n === n) sum += n; }
console.log(sum);
`;

/**
 * The team HTML report of 10,000 respondents in six groups (issue 24): under 1 s and under 1 MB. Its own function,
 * apart from the start-up rows, with the size of the report in its name.
 */
function teamReportRow(dir, node, cli) {
  const csv = join(dir, 'team-10k.csv');
  const html = join(dir, 'team-10k.html');
  plainCsv(csv, 10_000);
  const row = compare('aggregate 10k respondents --format html', node, cli('aggregate', csv, '--format', 'html', '--output', html), { runs: RUNS, absolute: 1000 });
  const kib = statSync(html).size / 1024;
  return { ...row, name: `${row.name} (${kib.toFixed(0)} KiB${kib > 1000 ? ', NOT under 1 MB' : ''})` };
}

// ---- rows -------------------------------------------------------------------------------------------------------

if (!bin || !existsSync(join(root, 'dist'))) throw new Error(`${root}/dist is missing: build it first`);
const dir = mkdtempSync(join(tmpdir(), 'ex-maturity-bench-'));
// Node keeps the compiled code of the bundles in its compile cache, by default under the temporary folder: every row
// runs with this one, made warm by the untimed first runs of compare(), as it is for a user from the second run on. The
// cold row measures a first run. (TMPDIR rather than NODE_COMPILE_CACHE, which would turn the cache on in the floor too.)
env.XDG_CACHE_HOME = join(dir, 'cache');
env.TMPDIR = join(dir, 'tmp');
mkdirSync(env.TMPDIR);
const rows = [];
try {
  const node = { name: 'node -e 0', cmd: process.execPath, args: ['-e', '0'] };
  const cli = (...args) => ({ cmd: process.execPath, args: [bin, ...args] });
  if (ONLY.has('startup')) {
    const runs = RUNS * 3;
    const startup = (name, target, args) => {
      const row = compare(name, node, cli(...args), { runs, target });
      rows.push(COMPILE_CACHE ? row : { ...row, info: 'no target on Node 20' });
    };
    startup('--version', 1.1, ['--version']);
    startup('assess --answers examples/answers.yaml --format json', 1.35, ['assess', '--answers', sample, '--format', 'json']);
    startup('assess --answers examples/answers.yaml (table)', 1.45, ['assess', '--answers', sample]);
    const cold = join(dir, 'cold-tmp');
    const first = { ...cli('assess', '--answers', sample, '--format', 'json'), env: { ...env, TMPDIR: cold }, before: () => { rmSync(cold, { recursive: true, force: true }); mkdirSync(cold); } };
    rows.push({ ...compare('the same json, first run (no compiled code yet)', node, first, { runs: RUNS }), info: 'once per version' });
    if (process.env.NODE_EXTRA_CA_CERTS) {
      // This machine has every Node read a bundle of extra certificates at start: `node -e 0` takes several times as long
      // as on most machines, which makes every start-up ratio smaller. The same rows without it, for comparison.
      const plain = Object.fromEntries(Object.entries(env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS'));
      const bare = (step, name) => ({ ...step, ...(name ? { name } : {}), env: plain });
      const floor = bare(node, 'node -e 0, no extra CAs');
      for (const [name, args] of [['--version', ['--version']], ['assess … --format json', ['assess', '--answers', sample, '--format', 'json']], ['assess … (table)', ['assess', '--answers', sample]]]) {
        rows.push({ ...compare(`${name}, without NODE_EXTRA_CA_CERTS`, floor, bare(cli(...args)), { runs }), info: 'as on most machines' });
      }
    }
  }
  const raw = join(dir, 'raw.cjs');
  writeFileSync(raw, RAW);
  const checked = (file) => {
    const doc = JSON.parse(time(process.execPath, [bin, 'aggregate', file, '--format', 'json'], { keep: true }).stdout);
    if (doc.respondents !== ROWS) throw new Error(`aggregate ${file} counted ${doc.respondents} respondents, not ${ROWS}`);
  };
  if (ONLY.has('csv')) {
    const big = join(dir, 'big.csv');
    plainCsv(big);
    checked(big);
    rows.push(compare(`aggregate big.csv --format json (${ROWS / 1000}k plain)`, { name: 'node raw.cjs big.csv', cmd: process.execPath, args: [raw, big] }, cli('aggregate', big, '--format', 'json'), { target: 1.5, limitMiB: 100 }));
  }
  if (ONLY.has('intervals') && process.env.BENCH_BASELINE) {
    // Issue 21: the intervals (and everything they need) must not slow the 100,000-respondent aggregate by more than 10 %.
    const base = resolve(process.env.BENCH_BASELINE);
    const baseBin = ['ex-maturity.cjs', 'ex-maturity.js'].map((f) => join(base, 'bin', f)).find((f) => existsSync(f)) ?? '';
    const big = join(dir, 'big.csv');
    if (!existsSync(big)) plainCsv(big);
    checked(big);
    // The register of released figures (issue 19) came after the baseline and is not what this row measures: left out
    // (a cache folder that cannot be made, and --allow-overlap to go on without it).
    const row = { ...cli('aggregate', big, '--format', 'json', '--allow-overlap'), env: { ...env, XDG_CACHE_HOME: '/dev/null/no-register' } };
    rows.push(compare(`aggregate big.csv --format json (${ROWS / 1000}k), with intervals`, { name: `the same without (${base})`, cmd: process.execPath, args: [baseBin, 'aggregate', big, '--format', 'json'] }, row, { target: 1.1 }));
  }
  if (ONLY.has('form')) {
    const form = join(dir, 'form.csv');
    formCsv(form);
    checked(form);
    rows.push(compare(`aggregate form.csv --format json (${ROWS / 1000}k form)`, { name: 'node raw.cjs form.csv', cmd: process.execPath, args: [raw, form] }, cli('aggregate', form, '--format', 'json'), { target: 1.7 }));
  }
  if (ONLY.has('report')) rows.push(teamReportRow(dir, node, cli));
  if (ONLY.has('folder')) {
    const folder = join(dir, 'answers');
    answersFolder(folder);
    rows.push(compare(`aggregate folder --format json (${FILES / 1000}k files)`, node, cli('aggregate', folder, '--format', 'json'), { runs: Math.max(3, Math.ceil(RUNS / 2)), absolute: 1000 }));
  }
  if (ONLY.has('install')) {
    // The packed tarball against a package of one file, each installed into a fresh empty folder, then --version.
    const npm = (args, cwd) => execFileSync('npm', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    const packs = join(dir, 'packs');
    mkdirSync(packs);
    npm(['pack', '--pack-destination', packs, '--silent'], root);
    const tarball = join(packs, readdirSync(packs).find((f) => f.endsWith('.tgz')));
    const files = Number(/total files:\s+(\d+)/i.exec(spawnSync('npm', ['pack', '--dry-run'], { cwd: root, encoding: 'utf8' }).stderr)?.[1]);
    const one = join(dir, 'one');
    mkdirSync(one);
    writeFileSync(join(one, 'package.json'), JSON.stringify({ name: 'one-file', version: '1.0.0', bin: { 'one-file': 'one.js' }, files: ['one.js'] }));
    writeFileSync(join(one, 'one.js'), "#!/usr/bin/env node\nconsole.log('1.0.0');\n");
    npm(['pack', '--pack-destination', packs, '--silent'], one);
    const oneTarball = join(packs, 'one-file-1.0.0.tgz');
    let n = 0;
    const installThenRun = (tgz, binName) => {
      const app = join(dir, `app-${binName}`);
      const script = `cd ${app} && npm install --no-audit --no-fund --prefer-offline --loglevel=error ${tgz} >/dev/null && ./node_modules/.bin/${binName} --version >/dev/null`;
      return { cmd: 'sh', args: ['-c', script], before: () => { rmSync(app, { recursive: true, force: true }); mkdirSync(app); writeFileSync(join(app, 'package.json'), `{"name":"app${n++}","private":true}`); } };
    };
    const r = compare(`npm install tarball + --version (${files} files)`, { name: 'the same, one-file pkg', ...installThenRun(oneTarball, 'one-file') }, installThenRun(tarball, 'ex-maturity'), { runs: Math.max(3, Math.ceil(RUNS / 2)) });
    // No target since issue 20: plain files (each bundle and its map) cost npm a few ms each to install, a price taken
    // over a home-made pack and loader.
    rows.push({ ...r, info: 'plain files' });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
print(rows);

const mirror = new URL('./bench-mirror.mjs', import.meta.url);
if (ONLY.has('mirror') && existsSync(fileURLToPath(mirror))) {
  const { benchMirror } = await import(mirror.href);
  console.log('\nCustomer–employee mirror');
  const { rows, ratio } = await benchMirror();
  for (const row of rows) console.log(`  ${row.name.padEnd(52)} ${String(row.ms).padStart(7)} ms`);
  console.log(`  mirror / aggregate: ${ratio.toFixed(2)}× (target ≤ 2×)`);
}
const room = new URL('./bench-room.mjs', import.meta.url);
if (ONLY.has('room') && existsSync(fileURLToPath(room))) {
  const { benchRoom } = await import(room.href);
  if (typeof benchRoom === 'function') {
    console.log('\nLive room (loopback)');
    for (const row of await benchRoom()) console.log(`  ${row.name.padEnd(52)} ${String(row.value).padStart(12)}   ${row.detail}`);
  }
}
