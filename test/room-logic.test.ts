// The room's pure logic, without a server: strict form reading, the journal's torn tail, what the facilitator may see,
// the rate limit, the comments' rules (here and from answers files under `aggregate`), the terminal board and QR code.
import { mkdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinModel } from '../src/io/load.js';
import { Journal, parseJournal } from '../src/room/journal.js';
import { facilitatorPage, langOfAcceptLanguage, participantPage, refusalPage } from '../src/room/pages.js';
import { rateLimiter } from '../src/room/server.js';
import { facilitatorView, newToken, parseSubmission, recordOf, RoomState } from '../src/room/state.js';
import { boardText, qrLines } from '../src/room/terminal.js';
import { cleanComment, commentsView, maskComment } from '../src/team/comments.js';
import { cli, tempDir } from './helpers/cli.js';
import { candidateAddresses, serveRoom } from '../src/commands/room/flow.js';
import { http } from './helpers/room.js';

const { instrument } = builtinModel();
const state = () => new RoomState(instrument);
const ids = instrument.dimensions.flatMap((d) => d.questions.map((q) => q.id));
const tr = (t: Record<string, string> | undefined) => t?.en ?? '';

function complete(s: RoomState, value: (i: number) => number | '?', comment = ''): string {
  const p = newToken();
  s.apply({ p, j: 1, a: Object.fromEntries(ids.map((id, i) => [id, value(i)])), ...(comment ? { c: comment } : {}), s: 1 });
  return p;
}

const header = JSON.stringify({ room: 1, instrument: { id: 'ex-25', version: '1.0.0' }, join: newToken(), facilitator: newToken() });

describe('room forms', () => {
  it('accepts only the instrument ids with scale values or ?, and the known fields, each once', () => {
    const s = state();
    expect(parseSubmission('nav=next&step=1&sense-1=4', s)).toEqual({ nav: 'next', step: 1, answers: { 'sense-1': 4 } });
    expect(parseSubmission('nav=next&step=1&sense-1=%3F&lang=fr', s)).toEqual({ nav: 'next', step: 1, lang: 'fr', answers: { 'sense-1': '?' } });
    expect(parseSubmission('nav=change&step=27', s)).toEqual({ nav: 'change', step: 27, answers: {} }); // the sent page
    for (const bad of ['nav=next&step=1&sense-1=5', 'nav=next&step=1&sense-1=4.0', 'nav=next&step=1&sense-1=', 'nav=next&step=1&Sense-1=4', 'nav=next&step=1&sense-1=1&sense-1=2', 'nav=next&step=1&__proto__=1', 'nav=next&step=1&x=1', 'nav=jump&step=1', 'step=1', 'nav=next&step=-1', 'nav=next&step=28', 'nav=next&lang=de']) {
      expect(parseSubmission(bad, s), bad).toBeUndefined();
    }
  });

  it('cleans comments: control characters removed, spaces collapsed, cut to 1000 characters, e-mails and phones masked', () => {
    const sub = parseSubmission(`nav=send&step=26&comment=${encodeURIComponent('a\u0000b\u202e c\r\n\td  mail: x.y@corp.example +33 6 12 34 56 78 ' + 'z'.repeat(2000))}`, state())!;
    expect(sub.comment!.startsWith('ab c d mail: […@…] […] ')).toBe(true);
    expect([...sub.comment!].length).toBeLessThanOrEqual(1000);
    expect(maskComment('in 2026, 12 people, call 01.23.45.67.89 or (555) 123-4567')).toBe('in 2026, 12 people, call […] or […]');
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (t) => !/[\u0000-\u001f\u007f]/.test(cleanComment(t))), { seed: 13, numRuns: 300 });
  });

  it('records only what changes, never a time or an address', () => {
    const s = state();
    const p = newToken();
    const r = recordOf(p, parseSubmission('nav=start&step=0', s)!, s)!;
    expect(r).toEqual({ p, j: 1 });
    s.apply(r);
    expect(recordOf(p, parseSubmission('nav=back&step=1', s)!, s)).toBeUndefined();
    expect(Object.keys(recordOf(p, parseSubmission('nav=send&step=26&comment=hi', s)!, s)!).sort()).toEqual(['c', 'p', 's']);
  });
});

describe('room journal', () => {
  it('keeps every complete line and drops a torn last one', () => {
    const lines = [header, JSON.stringify({ p: newToken(), j: 1 }), JSON.stringify({ port: 4321 }), JSON.stringify({ p: newToken(), a: { 'sense-1': 4 } })];
    const whole = lines.join('\n') + '\n';
    const torn = whole + '{"p":"abc","a":{"sen';
    const a = parseJournal(whole)!;
    const b = parseJournal(torn)!;
    expect([a.records.length, a.tornBytes, a.header.port]).toEqual([2, 0, 4321]);
    expect([b.records.length, b.tornBytes, b.keptBytes]).toEqual([2, Buffer.byteLength('{"p":"abc","a":{"sen'), Buffer.byteLength(whole)]);
    expect(parseJournal('{"room":1}\n')).toBeUndefined();
    expect(parseJournal([...lines, '{"pub":1}'].join('\n') + '\n')!.records.at(-1)).toEqual({ pub: 1 });
    expect(parseJournal('')).toBeUndefined();
  });
});

describe('room journal on a full disk', () => {
  it('cuts a failed write back to the last complete line before acknowledging anything else', async () => {
    const dir = tempDir();
    const path = join(dir, 'room.jsonl');
    let full = false;
    // The disk fills in the middle of a line: 10 bytes go, then ENOSPC.
    const write = (fd: number, buf: Buffer, off: number) => {
      if (!full) return writeSync(fd, buf, off);
      if (off === 0) return writeSync(fd, buf, 0, 10);
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    };
    const j = Journal.create(path, JSON.parse(header), write);
    const a = newToken();
    await j.append({ p: a, j: 1, a: { 'sense-1': 4 } });
    full = true;
    await expect(j.append({ p: newToken(), j: 1, a: { 'sense-1': 1 } })).rejects.toThrow('no space');
    full = false;
    const b = newToken();
    await j.append({ p: b, j: 1, a: { 'sense-2': 2 } });
    j.close();
    const parsed = parseJournal(readFileSync(path, 'utf8'))!;
    expect([parsed.tornBytes, parsed.badLines]).toEqual([0, 0]);
    expect(parsed.records).toEqual([{ p: a, j: 1, a: { 'sense-1': 4 } }, { p: b, j: 1, a: { 'sense-2': 2 } }]);
  });
});

describe('room facilitator', () => {
  it('shows counts only until a step is published, then the published sheets only; unfinished answers never count', () => {
    const s = state();
    complete(s, () => 1);
    const unfinished = newToken();
    s.apply({ p: unfinished, j: 1, a: { 'sense-1': 4 } });
    let v = facilitatorView(s, 2, 'en', tr);
    expect([v.joined, v.completed, v.shown, v.statements.length, v.nextNeeds]).toEqual([2, 1, false, 0, 1]);
    complete(s, (i) => (i === 0 ? 4 : '?'));
    expect(facilitatorView(s, 2, 'en', tr).shown).toBe(false); // ready, not published yet
    s.publish();
    v = facilitatorView(s, 2, 'en', tr);
    expect([v.joined, v.completed, v.shown, v.publishedSheets]).toEqual([3, 2, true, 2]);
    expect(v.statements[0]!.answers.map((c) => c.count)).toEqual([1, 0, 0, 1]);
    expect(v.statements[0]!.disagreement).toBe(true);
    // One answer on the scale and one don't know: the final report withholds it, so does the room.
    expect([v.statements[1]!.answers, v.statements[1]!.dontKnow]).toEqual([[], 1]);
    expect(s.tally().team.respondents).toBe(2);
    const board = boardText(v, instrument, 'en', 60, 20);
    for (const line of board.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    expect(board).toContain('… and');
    expect(board).toContain('withheld');
  });

  it('moves figures only in steps of --min-group newly completed sheets: neither a completion nor a change shows alone', () => {
    const s = state();
    const people = Array.from({ length: 3 }, () => complete(s, () => 2));
    s.publish();
    const before = JSON.stringify(facilitatorView(s, 3, 'en', tr).statements);
    complete(s, () => 4); // the 4th sheet
    s.apply({ p: people[0]!, a: { 'sense-1': 1 } }); // a sent sheet changed
    let v = facilitatorView(s, 3, 'en', tr);
    expect(JSON.stringify(v.statements)).toBe(before);
    expect([v.completed, v.publishedSheets, v.nextNeeds]).toEqual([4, 3, 2]);
    expect(boardText(v, instrument, 'en', 200)).toContain('the next update needs 2 more sheets');
    complete(s, () => 3);
    complete(s, () => 3);
    expect(s.nextStepNeeds(3)).toBe(0);
    s.publish();
    v = facilitatorView(s, 3, 'en', tr);
    expect(v.statements[0]!.answers.map((c) => c.count)).toEqual([1, 2, 2, 1]);
  });

  it('knows which record completes a sheet (what --seats counts), and warns below the safe threshold', () => {
    const s = state();
    const p = newToken();
    s.apply({ p, j: 1, a: Object.fromEntries(ids.slice(1).map((id) => [id, 3])), s: 1 });
    expect(s.wouldComplete({ p, a: { [ids[0]!]: 2 } })).toBe(true);
    expect(s.wouldComplete({ p: newToken(), j: 1 })).toBe(false);
    s.apply({ p, a: { [ids[0]!]: 2 } });
    expect(s.wouldComplete({ p, a: { [ids[0]!]: 4 } })).toBe(false); // already counted
    const low = facilitatorView(s, 2, 'en', tr, 12);
    expect(boardText(low, instrument, 'en', 200)).toContain('Joined: 1 · completed: 1 of 12');
    expect(boardText(low, instrument, 'en', 200)).toMatch(/threshold|below/i);
    const page = facilitatorPage(low, instrument, 'fr', { joinUrl: 'http://192.168.1.20:4000/j/abc', awaitingConfirmation: false });
    expect(page).toContain('1 sur 12');
  });

  it('puts the join link and its QR code on the projector, statement texts rather than ids', () => {
    const s = state();
    for (let i = 0; i < 5; i++) complete(s, () => 3);
    s.publish();
    const page = facilitatorPage(facilitatorView(s, 5, 'en', tr), instrument, 'en', { joinUrl: 'http://192.168.1.20:4000/j/abc', awaitingConfirmation: true });
    expect(page).toContain('http://192.168.1.20:4000/j/abc');
    expect(page).toMatch(/<svg class="qr"[^>]*role="img"/);
    expect(page).toContain(tr(instrument.dimensions[0]!.questions[0]!.text));
    expect(page).not.toMatch(/>sense-1 ·/);
    expect(page).toContain('waiting for the facilitator to confirm the count');
  });

  it('prints a square QR code in half blocks', () => {
    const lines = qrLines('http://192.168.1.20:43210/j/' + newToken(), false);
    expect(new Set(lines.map((l) => [...l].length)).size).toBe(1);
    expect([...lines[0]!].length).toBeGreaterThanOrEqual(25);
    expect(lines.join('')).toMatch(/^[█▀▄ ]+$/);
  });
});

describe('room server pieces', () => {
  it('slows an address down after its burst, and lets it back after a pause; other addresses are not affected', () => {
    let t = 0;
    const allow = rateLimiter({ burst: 5, perSecond: 1 }, () => t);
    expect(Array.from({ length: 7 }, () => allow('a'))).toEqual([true, true, true, true, true, false, false]);
    expect(allow('b')).toBe(true);
    t += 2000;
    expect([allow('a'), allow('a'), allow('a')]).toEqual([true, true, false]);
  });

  it('answers every refusal with a readable page in the participant\'s language, with the way back', () => {
    const page = refusalPage('fr', 'busy', '/j/abc');
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('attendez une seconde');
    expect(page).toContain('href="/j/abc?lang=fr"');
  });

  it('lists the likely Wi-Fi or Ethernet address before a container bridge', () => {
    const nic = (address: string) => [{ address, family: 'IPv4', internal: false, netmask: '', mac: '', cidr: null }] as never;
    expect(candidateAddresses({ docker0: nic('172.17.0.1'), lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }] as never, wlp2s0: nic('192.168.1.20') })).toEqual([
      { address: '192.168.1.20', name: 'wlp2s0' },
      { address: '172.17.0.1', name: 'docker0' },
    ]);
  });

  it('speaks the browser language and escapes every text of a hostile instrument', () => {
    expect(langOfAcceptLanguage('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(langOfAcceptLanguage('de-DE,en;q=0.5,fr;q=0.7')).toBe('fr');
    expect(langOfAcceptLanguage('de, it')).toBe('en');
    const hostile = structuredClone(instrument);
    hostile.title = { en: '<script>alert(1)</script>' };
    hostile.dimensions[0]!.questions[0]!.text = { en: '"><img src=x onerror=alert(1)>' };
    const page = participantPage({ state: new RoomState(hostile), base: '/j/x', lang: 'en', minComments: 8 }, { kind: 'statement', index: 0 }, undefined);
    expect(page).not.toMatch(/<script>alert|<img/);
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('shows the instrument’s information notice on the first page, escaped, one paragraph per block', () => {
    const ctx = (i: typeof instrument) => ({ state: new RoomState(i), base: '/j/x', lang: 'en' as const, minComments: 8 });
    expect(participantPage(ctx(instrument), { kind: 'intro' }, undefined)).not.toContain('How your answers are processed');
    const withNotice = structuredClone(instrument);
    withNotice.notice = { en: 'Controller: Example Ltd <b>.\n\nAnswers kept for 12 months.' };
    const page = participantPage(ctx(withNotice), { kind: 'intro' }, undefined);
    expect(page).toContain('<summary>How your answers are processed</summary><p>Controller: Example Ltd &#60;b&#62;.</p><p>Answers kept for 12 months.</p>');
  });
});

describe('comments', () => {
  it('are shown only from the threshold on, sorted, never in the order they came', () => {
    expect(commentsView(['b', 'a'], 3)).toEqual({ minComments: 3, count: 2, shown: false, items: [] });
    expect(commentsView(['b', 'A', 'c', '  '], 3)).toEqual({ minComments: 3, count: 3, shown: true, items: ['A', 'b', 'c'] });
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 12 }), (xs) => {
      const reversed = commentsView([...xs].reverse(), 1);
      expect(commentsView(xs, 1)).toEqual(reversed);
    }), { seed: 8, numRuns: 200 });
  });

  it('from answers files: aggregate reads the optional comment and applies the same rules', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'answers'));
    const answers = ids.map((id) => `  ${id}: 3`).join('\n');
    const comments = ['Plus de retours', 'call me 06 12 34 56 78', ''];
    comments.forEach((c, i) => writeFileSync(join(dir, 'answers', `${i}.yaml`), `${c ? `comment: "${c}"\n` : ''}answers:\n${answers}\n`));
    const shown = cli(['aggregate', join(dir, 'answers'), '--min-group', '1', '--min-comments', '2', '--format', 'markdown']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('## Comments: the one thing to change first');
    expect(shown.stdout).toMatch(/- call me \\?\[…\\?\]\n- Plus de retours/);
    const hidden = cli(['aggregate', join(dir, 'answers'), '--min-group', '1', '--format', 'json']);
    expect(JSON.parse(hidden.stdout).comments).toEqual({ minComments: 8, count: 2, shown: false, items: [] });
    const table = cli(['aggregate', join(dir, 'answers'), '--min-group', '1']);
    expect(table.stdout).toContain('2 comments: shown only from 8 on.');
    writeFileSync(join(dir, 'answers', '3.yaml'), `comment: [not, text]\nanswers:\n${answers}\n`);
    const bad = cli(['aggregate', join(dir, 'answers'), '--min-group', '1', '--strict']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('comment must be a text');
  });
});

describe('room: a failure on the server side', () => {
  it('answers the participant with a readable 500 page and says it on the facilitator\'s screen', async () => {
    // A state that fails on the first answer it is given: what a bug inside the room would do.
    class Failing extends RoomState {
      override apply(): never {
        throw new Error('state broke');
      }
    }
    const header = { room: 1 as const, instrument: { id: instrument.id, version: instrument.version }, join: newToken(), facilitator: newToken() };
    const journal = Journal.create(join(tempDir(), 'room.jsonl'), header);
    let shown = '';
    let key: (k: string) => void = () => {};
    const screen = { write: (t: string) => void (shown += t), tty: false, columns: 100, rows: 40, color: false, onKey: (k: (x: string) => void) => ((key = k), () => {}) };
    const serving = serveRoom({ state: new Failing(instrument), journal, header, resumed: false, notes: [] }, { host: '127.0.0.1', port: 0, candidates: [], hostGiven: true, lang: 'en', minGroup: 1, minComments: 8, seats: undefined, journalPath: 'room.jsonl' }, screen);
    await expect.poll(() => /http:\/\/127\.0\.0\.1:\d+\/j\/[\w-]+/.test(shown)).toBe(true);
    const joinUrl = /http:\/\/127\.0\.0\.1:\d+\/j\/[\w-]+/.exec(shown)![0];
    const r = await http(joinUrl, { method: 'POST', body: 'nav=start&step=0' });
    expect(r.status).toBe(500);
    expect(r.body).toMatch(/<html lang="en">[\s\S]*Back to the room/);
    expect(shown).toContain("A participant's request failed on this computer (state broke): they were asked to send it again.");
    key('q');
    expect(await serving).toBe('closed');
  });
});
