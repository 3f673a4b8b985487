// The live room as a consultant and participants meet it, through the installed binary on 127.0.0.1: the facilitator
// sees nothing below the threshold and the right counts above; closing writes the aggregate (source "room") with the
// comments' rules; kill -9 in a burst loses nothing acknowledged and --resume reopens the same room; hostile requests
// get 4xx and change nothing.
import { readFileSync, statSync, existsSync, appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseJournal } from '../src/room/journal.js';
import { tempDir } from './helpers/cli.js';
import { http, Participant, startRoom, type Reply } from './helpers/room.js';
import { EX25_IDS } from './helpers/model.js';

const IDS = EX25_IDS;
const journalFile = (cache: string) => join(cache, 'ex-maturity', 'room-ex-25.jsonl');
const completedOn = (page: string) => Number(/<b>(\d+)<\/b>completed/.exec(page)?.[1]);
const joinedOn = (page: string) => Number(/<b>(\d+)<\/b>joined/.exec(page)?.[1]);

describe('room: the facilitator and the aggregate', () => {
  it('shows nothing below --min-group, the right counts above it, and closes into the aggregate with its comments', async () => {
    const cache = tempDir();
    const room = await startRoom(['--min-group', '3', '--min-comments', '3', '--format', 'json', '--output', 'team.json'], cache);
    try {
      const a = new Participant(room.join);
      const b = new Participant(room.join);
      await a.answerAll(IDS, () => '4', 'Write to me at jane.doe@example.com about it');
      await b.answerAll(IDS, (i) => (i === 0 ? '1' : '?'), 'Call 06 12 34 56 78: more feedback');
      let page = (await http(room.facilitator)).body;
      expect(completedOn(page)).toBe(2);
      expect(page).toContain('Figures appear once 3 people have completed');
      expect(page).not.toContain('<section class="st">');
      expect(page).toContain(room.join); // the join link and its QR code, on the projector too
      expect(page).toMatch(/<svg class="qr"/);

      const c = new Participant(room.join);
      await c.answerAll(IDS, () => '3', '  A\u0007ll   meetings\r\nshorter <script>x</script>  ');
      const d = new Participant(room.join);
      await d.post({ nav: 'start', step: '0' });
      await d.post({ nav: 'next', step: '1', 'sense-1': '2' });
      page = (await http(room.facilitator)).body;
      expect([joinedOn(page), completedOn(page)]).toEqual([4, 3]);
      // sense-1 (its text, not its id): one 1, one 3, one 4 → two points apart: flagged. The participant who did not
      // finish is not counted.
      expect(page).not.toContain('sense-1');
      expect(page).toMatch(/<section class="st"><h2>[^<]+<span class="tag">⚠ disagreement<\/span>/);
      expect(page).toContain('aria-label="1 Strongly disagree: 1, 2 Somewhat disagree: 0, 3 Somewhat agree: 1, 4 Strongly agree: 1, ? Don’t know: 0"');
      expect(page).not.toContain('<script>x');
    } finally {
      const r = await room.stop('SIGTERM');
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('1 participant did not send their answers: not counted.');
      expect(r.stdout).toContain('Team view');
      // ex-25 carries no information notice: the facilitator is reminded at start.
      expect(`${r.stdout}${r.stderr}`).toContain('The instrument has no information notice');
    }
    const doc = JSON.parse(readFileSync(join(cache, 'team.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'aggregate.schema.json'), 'utf8')));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect([doc.source, doc.respondents, doc.team.shown]).toEqual(['room', 3, true]);
    expect(doc.team.questions[0].answers.map((x: { count: number }) => x.count)).toEqual([1, 0, 1, 1]);
    expect(doc.comments).toEqual({
      minComments: 3,
      count: 3,
      shown: true,
      items: ['All meetings shorter <script>x</script>', 'Call […]: more feedback', 'Write to me at […@…] about it'],
    });
    expect(existsSync(journalFile(cache))).toBe(false);
  });

  it('keeps the comments to itself below --min-comments, and an answers file comment counts the same under aggregate', async () => {
    const cache = tempDir();
    const room = await startRoom(['--min-group', '1', '--format', 'json', '--output', 'team.json'], cache);
    await new Participant(room.join).answerAll(IDS, () => '2', 'only one comment');
    expect((await room.stop('SIGINT')).code).toBe(0);
    const doc = JSON.parse(readFileSync(join(cache, 'team.json'), 'utf8'));
    expect(doc.comments).toEqual({ minComments: 8, count: 1, shown: false, items: [] });
    expect(JSON.stringify(doc)).not.toContain('only one comment');
  });
});

describe('room: nothing acknowledged is lost', () => {
  it('survives kill -9 in a burst of submissions: every acknowledged answer is in the journal, --resume reopens the same room', async () => {
    const cache = tempDir();
    const room = await startRoom(['--min-group', '1', '--format', 'json', '--output', 'team.json'], cache);
    const token = room.join.split('/j/')[1];
    const acked: { cookie: string; id: string; value: string }[] = [];
    const sent = new Set<string>();
    const people = Array.from({ length: 12 }, () => new Participant(room.join));
    let killed = false;
    const run = async (p: Participant, k: number) => {
      try {
        await p.post({ nav: 'start', step: '0' });
        for (let i = 0; i < IDS.length; i++) {
          const value = String(((i + k) % 4) + 1);
          const r = await p.post({ nav: 'next', step: String(i + 1), [IDS[i]!]: value });
          if (r.status === 303) acked.push({ cookie: p.cookie, id: IDS[i]!, value });
        }
        const r = await p.post({ nav: 'send', step: String(IDS.length + 1) });
        if (r.status === 303) sent.add(p.cookie);
      } catch {
        // the server died mid-request: that submission was never acknowledged
      }
    };
    const burst = people.map((p, k) => run(p, k));
    for (let t = 0; acked.length < 120 && t < 2000; t++) await new Promise((r) => setTimeout(r, 5));
    expect(acked.length).toBeGreaterThanOrEqual(120);
    room.proc.kill('SIGKILL');
    killed = true;
    await Promise.all(burst);
    await room.stop();
    expect(killed).toBe(true);

    const file = journalFile(cache);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/127\.0\.0\.1|user-agent|node|\d{4}-\d\d-\d\dT/i);
    const parsed = parseJournal(text)!;
    const last = new Map<string, string>();
    for (const r of parsed.records) if ('p' in r) for (const [id, v] of Object.entries(r.a ?? {})) last.set(`${r.p}|${id}`, String(v));
    for (const a of acked) expect(last.get(`${a.cookie.split('=')[1]}|${a.id}`)).toBe(a.value);

    // A torn last line (a write cut by the crash) is dropped with a message; the rest is kept.
    appendFileSync(file, '{"p":"torn-line-without-an-end","a":{"sen');
    const again = await startRoom(['--resume', '--min-group', '1', '--format', 'json', '--output', 'team.json'], cache);
    try {
      expect(again.join.split('/j/')[1]).toBe(token);
      expect(again.stderr()).toContain('was cut off');
      const page = (await http(again.facilitator)).body;
      expect(completedOn(page)).toBe(sent.size);
      // Everyone finishes with the same cookie after the restart.
      for (const p of people) {
        const start = await p.post({ nav: 'start', step: '0' });
        expect(start.status).toBe(303);
        const missing = Number(/step=(\d+)/.exec(String(start.headers.location))?.[1]);
        for (let i = Math.max(1, missing); i <= IDS.length; i++) await p.post({ nav: 'next', step: String(i), [IDS[i - 1]!]: '3' });
        await p.post({ nav: 'send', step: String(IDS.length + 1) });
      }
      expect(completedOn((await http(again.facilitator)).body)).toBe(people.length);
    } finally {
      expect((await again.stop()).code).toBe(0);
    }
    const doc = JSON.parse(readFileSync(join(cache, 'team.json'), 'utf8'));
    expect(doc.respondents).toBe(people.length);
  });

  it('refuses to guess when a room is found and neither --resume nor --restart is given (no terminal)', async () => {
    const cache = tempDir();
    const room = await startRoom(['--min-group', '1'], cache);
    room.proc.kill('SIGKILL');
    await room.stop();
    await expect(startRoom(['--min-group', '1'], cache)).rejects.toThrow(/room --resume[\s\S]* room --restart/);
    const fresh = await startRoom(['--restart', '--min-group', '1'], cache);
    expect(fresh.join).not.toBe(room.join);
    await fresh.stop();
  });
});

describe('room: hostile input', () => {
  it('answers 4xx and changes nothing', async () => {
    const cache = tempDir();
    const room = await startRoom(['--min-group', '1'], cache);
    try {
      const origin = new URL(room.join).origin;
      const joinPath = new URL(room.join).pathname;
      const p = new Participant(room.join);
      await p.post({ nav: 'start', step: '0' });
      const before = readFileSync(journalFile(cache), 'utf8');

      const cases: [string, Promise<Reply>][] = [
        ['oversized body', http(room.join, { method: 'POST', body: `nav=next&step=1&comment=${'x'.repeat(17 * 1024)}`, headers: { cookie: p.cookie } })],
        ['unknown question id', p.post({ nav: 'next', step: '1', 'sense-99': '3' })],
        ['value off the scale', p.post({ nav: 'next', step: '1', 'sense-1': '7' })],
        ['duplicate answer', http(room.join, { method: 'POST', body: 'nav=next&step=1&sense-1=1&sense-1=4', headers: { cookie: p.cookie } })],
        ['prototype key', p.post({ nav: 'next', step: '1', __proto__x: '1', constructor: '1' })],
        ['bad navigation', p.post({ nav: '<script>', step: '1' })],
        ['not a form', http(room.join, { method: 'POST', body: '{"sense-1":4}', headers: { 'content-type': 'application/json', cookie: p.cookie } })],
        ['bad join token', http(`${origin}/j/AAAAAAAAAAAAAAAAAAAAAAAA`, { method: 'POST', body: 'nav=start&step=0' })],
        ['facilitator token on the join path', http(room.join.replace(/\/j\/.*/, `/j/${room.facilitator.split('/f/')[1]}`), { method: 'POST', body: 'nav=start&step=0' })],
        ['join token on the facilitator path', http(room.join.replace('/j/', '/f/'))],
        ['path traversal', http(`${origin}${joinPath}/../../../etc/passwd`)],
        ['encoded traversal', http(`${origin}/j/%2e%2e%2f%2e%2e%2fetc%2fpasswd`)],
        ['a file name', http(`${origin}/package.json`)],
        ['the root', http(`${origin}/`)],
        ['another method', http(room.join, { method: 'PUT', body: 'nav=start' })],
        ['posting to the projector', http(room.facilitator, { method: 'POST', body: 'nav=start&step=0' })],
      ];
      for (const [name, reply] of cases) {
        const r = await reply;
        expect(r.status, name).toBeGreaterThanOrEqual(400);
        expect(r.status, name).toBeLessThan(500);
        // Every refusal is a page; a 404 says nothing about what exists.
        if (r.status === 404) {
          expect(r.body, name).toBe('<!doctype html><title>404</title><p>Not found.</p>');
          expect(r.headers.connection, name).toBe('close'); // an unread body is never drained on a kept connection
        }
        else expect(r.body, name).toMatch(/<html lang="en">[\s\S]*Back to the room/);
      }
      // A script in a comment is kept as text and escaped wherever it is shown.
      const r = await p.post({ nav: 'back', step: String(IDS.length + 1), comment: '<script>alert(1)</script><img src=x onerror=alert(2)>' });
      expect(r.status).toBe(303);
      const page = (await http(`${origin}${r.headers.location}`.replace(/step=\d+/, `step=${IDS.length + 1}`), { headers: { cookie: p.cookie } })).body;
      expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62;&#60;img src=x onerror=alert(2)&#62;');
      expect(page).not.toContain('<script>alert');
      expect(page).not.toContain('<img');
      const after = readFileSync(journalFile(cache), 'utf8');
      expect(after.slice(0, before.length)).toBe(before);
      expect(after.split('\n').filter(Boolean).length).toBe(before.split('\n').filter(Boolean).length + 1); // only the comment

      // Requests hammered by one participant (its cookie) are slowed down.
      const statuses = await Promise.all(Array.from({ length: 150 }, () => http(room.join, { headers: { cookie: p.cookie } }).then((x) => x.status)));
      expect(statuses).toContain(429);
      // (code/ is the compiled code of the tool itself, bin/load.cjs)
      expect(readdirSync(join(cache, 'ex-maturity')).filter((f) => f !== 'code').sort()).toEqual(['room-ex-25.jsonl', 'room-ex-25.jsonl.lock']); // the lock: this run's pid
    } finally {
      await room.stop();
    }
  });
});
