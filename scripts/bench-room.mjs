// Live-room benchmark, on loopback only and bounded in count and time: 300 participants (each from its own address in
// 127.0.0.0/8, as phones on a network) answer the 25 statements and send, all at once; reports p50 and p95 latency
// per submission (each one acknowledged only once journaled and fsynced) and checks that none is lost (the room's
// aggregate counts all 300). Then the join page's weight in bytes and its first render in headless Chromium.
// Standalone: `npm run build && node scripts/bench-room.mjs`; or `import { benchRoom } from './bench-room.mjs'`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'ex-maturity.cjs');
const IDS = ['sense', 'fulfilment', 'connections', 'image', 'ecosystem'].flatMap((d) => [1, 2, 3, 4, 5].map((n) => `${d}-${n}`));
const PARTICIPANTS = Number(process.env.BENCH_ROOM_PARTICIPANTS ?? 300);
const DEADLINE_MS = 120_000;

function post(url, body, cookie, localAddress) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = request(url, { method: 'POST', localAddress, headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, cookie: res.headers['set-cookie']?.[0]?.split(';')[0], ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

function get(url) {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject).end();
  });
}

function startRoom(cache, output) {
  const proc = spawn(process.execPath, [bin, 'room', '--host', '127.0.0.1', '--min-group', '5', '--format', 'json', '--output', output], {
    env: { ...process.env, XDG_CACHE_HOME: cache, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let err = '';
  proc.stderr.on('data', (d) => (err += d));
  const exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`room did not start: ${err}`)), 20_000);
    proc.stderr.on('data', () => {
      const join = /http:\/\/127\.0\.0\.1:\d+\/j\/[\w-]+/.exec(err)?.[0];
      const facilitator = /http:\/\/127\.0\.0\.1:\d+\/f\/[\w-]+/.exec(err)?.[0];
      if (join && facilitator) {
        clearTimeout(timer);
        resolve({ proc, join, facilitator, exited });
      }
    });
  });
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** One participant: start, 25 answers, send; every latency recorded; the number of acknowledged submissions. */
async function participant(joinUrl, k, latencies, deadline) {
  const address = `127.0.${1 + Math.floor(k / 250)}.${1 + (k % 250)}`;
  let cookie;
  let acked = 0;
  const steps = [['nav=start&step=0'], ...IDS.map((id, i) => [`nav=next&step=${i + 1}&${id}=${1 + ((i + k) % 4)}`]), [`nav=send&step=${IDS.length + 1}&comment=bench`]];
  for (const [body] of steps) {
    if (Date.now() > deadline) break;
    const r = await post(joinUrl, body, cookie, address);
    cookie ??= r.cookie;
    latencies.push(r.ms);
    if (r.status === 303) acked++;
  }
  return acked;
}

async function firstRender(url) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return undefined;
  }
  if (!existsSync('/usr/bin/chromium')) return undefined;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const samples = [];
    for (let i = 0; i < 5; i++) {
      const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await ctx.newPage();
      await page.goto(url, { waitUntil: 'load' });
      // The paint entry can come after 'load' in headless Chromium: wait for it (at most 3 s).
      const fcp = await page.evaluate(
        () =>
          new Promise((resolve) => {
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0];
              if (entry) resolve(entry.startTime);
            }).observe({ type: 'paint', buffered: true });
            setTimeout(() => resolve(NaN), 3000);
          }),
      );
      if (Number.isFinite(fcp)) samples.push(fcp);
      await ctx.close();
    }
    return samples.length ? quantile(samples, 0.5) : undefined;
  } finally {
    await browser.close();
  }
}

/** Runs the room benchmark; returns rows for bench.mjs. */
export async function benchRoom() {
  const dir = mkdtempSync(join(tmpdir(), 'ex-maturity-bench-room-'));
  const output = join(dir, 'team.json');
  const room = await startRoom(dir, output);
  const rows = [];
  try {
    const latencies = [];
    const deadline = Date.now() + DEADLINE_MS;
    const started = Date.now();
    const acked = await Promise.all(Array.from({ length: PARTICIPANTS }, (_, k) => participant(room.join, k, latencies, deadline)));
    const wall = Date.now() - started;
    const expected = PARTICIPANTS * (IDS.length + 2);
    const total = acked.reduce((a, b) => a + b, 0);
    rows.push({ name: `${PARTICIPANTS} participants × ${IDS.length + 2} submissions, all at once`, value: `${wall} ms`, detail: `${total}/${expected} acknowledged` });
    rows.push({ name: 'latency per submission (journaled + fsync)', value: `p50 ${quantile(latencies, 0.5).toFixed(1)} ms`, detail: `p95 ${quantile(latencies, 0.95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms` });
    const intro = await get(room.join);
    rows.push({ name: 'join page weight (HTML, CSS and script inline)', value: `${intro.length} B`, detail: 'nothing else is loaded' });
    const fcp = await firstRender(room.join);
    rows.push({ name: 'join page first render in Chromium (median of 5)', value: fcp === undefined ? 'n/a' : `${fcp.toFixed(0)} ms`, detail: 'first-contentful-paint, 360×740' });
  } finally {
    room.proc.kill('SIGTERM');
    await room.exited;
  }
  const doc = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')) : undefined;
  const lost = PARTICIPANTS - (doc?.respondents ?? 0);
  rows.push({ name: 'participants in the closing aggregate', value: `${doc?.respondents ?? 0}`, detail: lost === 0 ? 'zero lost' : `${lost} LOST` });
  rmSync(dir, { recursive: true, force: true });
  if (lost !== 0) process.exitCode = 1;
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await benchRoom()) console.log(`  ${r.name.padEnd(52)} ${String(r.value).padStart(12)}   ${r.detail}`);
}
