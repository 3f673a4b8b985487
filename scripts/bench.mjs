// npm run bench: start-up and scoring time of the built CLI, as ratios to `node -e 0` measured in the same run.
// Runs are interleaved so that machine noise hits every command alike; the median of each is reported.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}bin/ex-maturity.js`;
const sample = `${root}examples/answers.yaml`;
const RUNS = Number(process.env.BENCH_RUNS ?? 25);

const commands = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'ex-maturity --version', args: [bin, '--version'] },
  { name: 'ex-maturity assess --answers sample --format json', args: [bin, 'assess', '--answers', sample, '--format', 'json'] },
  { name: 'ex-maturity assess --answers sample (table)', args: [bin, 'assess', '--answers', sample] },
];

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const samples = commands.map(() => []);
for (const c of commands) time(c.args); // warm the file cache
for (let i = 0; i < RUNS; i++) commands.forEach((c, j) => samples[j].push(time(c.args)));
const base = median(samples[0]);

console.log(`Start-up (${RUNS} interleaved runs each, median wall time; Node ${process.version})`);
for (const [j, c] of commands.entries()) {
  const m = median(samples[j]);
  console.log(`  ${c.name.padEnd(52)} ${m.toFixed(1).padStart(7)} ms   ${(m / base).toFixed(2)}×`);
}

const team = new URL('./bench-team.mjs', import.meta.url);
if (existsSync(fileURLToPath(team))) {
  const { benchTeam } = await import(team.href);
  if (typeof benchTeam === 'function') {
    console.log('\nTeams (aggregate)');
    for (const row of await benchTeam()) {
      const ratio = row.ratio === undefined ? '' : `   ${row.ratio.toFixed(2)}× raw parse`;
      const mem = row.peakMiB === undefined ? '' : `   peak ${row.peakMiB.toFixed(0)} MiB`;
      console.log(`  ${row.name.padEnd(52)} ${row.ms.toFixed(0).padStart(7)} ms${ratio}${mem}`);
    }
  }
}

const mirror = new URL('./bench-mirror.mjs', import.meta.url);
if (existsSync(fileURLToPath(mirror))) {
  const { benchMirror } = await import(mirror.href);
  console.log('\nCustomer–employee mirror');
  const { rows, ratio } = await benchMirror();
  for (const row of rows) console.log(`  ${row.name.padEnd(52)} ${String(row.ms).padStart(7)} ms`);
  console.log(`  mirror / aggregate: ${ratio.toFixed(2)}× (target ≤ 2×)`);
const room = new URL('./bench-room.mjs', import.meta.url);
if (existsSync(fileURLToPath(room))) {
  const { benchRoom } = await import(room.href);
  if (typeof benchRoom === 'function') {
    console.log('\nLive room (loopback)');
    for (const row of await benchRoom()) console.log(`  ${row.name.padEnd(52)} ${String(row.value).padStart(12)}   ${row.detail}`);
  }
}
