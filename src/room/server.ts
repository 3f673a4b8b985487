// The room's HTTP server (Node's own http, nothing else): two paths, each behind its own token — the participants'
// /j/<join> and the facilitator's /f/<facilitator> — and a 404 for everything else. A submission is acknowledged
// (303 to the next step) only once its journal line is on disk; every refusal is a readable page, and every failure on
// the server's side is reported to the facilitator. Security headers on every response, bodies over 16 KiB refused,
// requests rate-limited per participant (the cookie) under a ceiling per address (kept in memory only, never written).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tr } from '../core/text.js';
import { isLang, type Lang } from '../i18n/index.js';
import type { Journal } from './journal.js';
import { CSP, facilitatorPage, langOfAcceptLanguage, participantPage, refusalPage, type PageContext, type Refusal } from './pages.js';
import { facilitatorView, isTokenShape, MAX_BODY, newToken, nextStep, parseSubmission, recordOf, sameToken, stepNumber, stepOf, type RoomState, type Step } from './state.js';

/** The cookie that carries a participant's random id. */
export const COOKIE = 'exm_room';

/** Requests allowed per key: a burst, then a steady rate. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

/**
 * A participant's phone (one cookie) clicks every second or two, two requests a click without JavaScript; a phone or
 * a script hammering the server is slowed down.
 */
export const DEFAULT_RATE: RateLimit = { burst: 40, perSecond: 8 };

/**
 * The ceiling per address, for everyone behind it together (a NAT, a tunnel, a reverse proxy): 300 people clicking
 * every second without JavaScript make about 600 requests a second; a flood from one address is cut above that.
 */
export const ADDRESS_CEILING: RateLimit = { burst: 2000, perSecond: 1000 };

/** A failure on the server's side, for the facilitator's screen. */
export type ServerFailure = { kind: 'journal'; code: string } | { kind: 'internal'; detail: string };

/** What the server serves. */
export interface RoomServerOptions {
  state: RoomState;
  journal: Journal;
  tokens: { join: string; facilitator: string };
  minGroup: number;
  minComments: number;
  /** The facilitator's language. */
  lang: Lang;
  rate?: RateLimit;
  ceiling?: RateLimit;
  /** The people in the room (--seats): completions beyond are refused. */
  seats?: number;
  /** The participants' link and whether new figures wait for the facilitator (shown on the projector). */
  projector: () => { joinUrl: string; awaitingConfirmation: boolean };
  /** Called after every accepted change (the terminal redraws). */
  onChange?: () => void;
  /** Called on every failure on the server's side (the facilitator's screen says it). */
  onFailure?: (f: ServerFailure) => void;
}

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cache-Control': 'no-store',
};

/** A token bucket per key (an address, a participant), in memory only. */
export function rateLimiter(limit: RateLimit, now: () => number = () => Date.now()): (key: string) => boolean {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (address) => {
    const t = now();
    if (buckets.size > 5000) for (const [k, b] of buckets) if (t - b.at > 60_000) buckets.delete(k);
    const b = buckets.get(address) ?? { tokens: limit.burst, at: t };
    b.tokens = Math.min(limit.burst, b.tokens + ((t - b.at) / 1000) * limit.perSecond);
    b.at = t;
    buckets.set(address, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };
}

/** The participant id in a request's cookie, when it has a token's shape. */
function cookiePid(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === COOKIE && v && isTokenShape(v)) return v;
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body = '', type = 'text/html; charset=utf-8', extra: Record<string, string> = {}): void {
  // Closing a connection with a small body still unread makes the kernel reset it before the answer is read: read
  // what is small away (a body over the limit is never read, the connection is cut after the answer).
  if (extra.Connection === 'close' && !res.req.complete && Number(res.req.headers['content-length'] ?? 0) <= MAX_BODY) res.req.resume();
  res.writeHead(status, { ...HEADERS, ...(body ? { 'Content-Type': type } : {}), 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  res.end(body);
}

/** Reads a body up to MAX_BODY bytes: the text, or 'too-large'. */
function readBody(req: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY) return resolve('too-large');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        chunks.length = 0;
        req.removeAllListeners('data');
        req.pause();
        resolve('too-large');
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Creates the server (not listening yet). */
export function createRoomServer(o: RoomServerOptions): Server {
  const allowParticipant = rateLimiter(o.rate ?? DEFAULT_RATE);
  const allowAddress = rateLimiter(o.ceiling ?? ADDRESS_CEILING);
  // Completions acknowledged by no journal line yet: counted against --seats, so two at once never pass the last seat.
  let completing = 0;
  const refuse = (res: ServerResponse, status: number, lang: Lang, why: Refusal, extra: Record<string, string> = {}) => send(res, status, refusalPage(lang, why, joinBase), undefined, extra);
  const joinBase = `/j/${o.tokens.join}`;
  const n = o.state.ids.length;
  const trIn = (lang: Lang) => (t: Record<string, string> | undefined) => tr(t, lang);

  const langOf = (req: IncomingMessage, url: URL): Lang => {
    const l = url.searchParams.get('lang');
    return isLang(l) ? l : langOfAcceptLanguage(req.headers['accept-language']);
  };
  const stepFor = (want: Step, pid: string | undefined): Step => {
    const p = pid ? o.state.participants.get(pid) : undefined;
    if (!p) return { kind: 'intro' };
    if (want.kind === 'sent' && !p.sent) return { kind: 'comment' };
    return want;
  };
  const location = (step: Step, lang: Lang, missing = false) => `${joinBase}?step=${stepNumber(step, n)}&lang=${lang}${missing ? '&missing=1' : ''}`;

  async function participant(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const pid = cookiePid(req);
    if (req.method === 'GET' || req.method === 'HEAD') {
      const lang = langOf(req, url);
      const k = Number(url.searchParams.get('step') ?? '0');
      const step = stepFor(stepOf(Number.isInteger(k) ? k : 0, n), pid);
      const ctx: PageContext = { state: o.state, base: joinBase, lang, minComments: o.minComments };
      return send(res, 200, participantPage(ctx, step, pid, url.searchParams.get('missing') === '1' && step.kind === 'statement' ? 'missing' : undefined));
    }
    if (req.method !== 'POST') return send(res, 404, NOT_FOUND, undefined, { Connection: 'close' });
    const asked = langOf(req, url);
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') return refuse(res, 415, asked, 'bad-type', { Connection: 'close' });
    const body = await readBody(req);
    if (body === 'too-large') return refuse(res, 413, asked, 'too-large', { Connection: 'close' });
    const sub = parseSubmission(body, o.state);
    if (!sub) return refuse(res, 400, asked, 'bad-form');
    const lang = sub.lang ?? asked;
    let id = pid && (o.state.participants.has(pid) || sub.nav === 'start') ? pid : undefined;
    const extra: Record<string, string> = {};
    if (!id) {
      if (sub.nav !== 'start') return send(res, 303, '', undefined, { Location: location({ kind: 'intro' }, lang) });
      id = pid ?? newToken();
      extra['Set-Cookie'] = `${COOKIE}=${id}; Path=${joinBase}; HttpOnly; SameSite=Strict; Max-Age=43200`;
    }
    const record = recordOf(id, sub, o.state);
    if (record) {
      const completes = o.seats !== undefined && o.state.wouldComplete(record);
      if (completes && o.state.counts().completed + completing >= o.seats!) return refuse(res, 409, lang, 'room-full');
      if (completes) completing++;
      try {
        await o.journal.append(record);
      } catch (e) {
        o.onFailure?.({ kind: 'journal', code: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
        return refuse(res, 503, lang, 'not-saved', { 'Retry-After': '2' });
      } finally {
        if (completes) completing--;
      }
      o.state.apply(record);
      o.onChange?.();
    }
    const next = nextStep(sub, o.state, id);
    const missing = sub.nav === 'next' && next.kind === 'statement' && next.index === sub.step - 1;
    return send(res, 303, '', undefined, { ...extra, Location: location(next, lang, missing) });
  }

  return createServer({ requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 }, (req, res) => {
    const address = req.socket.remoteAddress ?? '';
    const pid = cookiePid(req);
    // Per participant (the cookie), under the address's ceiling (phones arriving without a cookie yet count only
    // there: 300 of them behind one NAT open the page at once). The connection is closed after the answer.
    if (!allowAddress(address) || (pid !== undefined && !allowParticipant(pid))) {
      const lang = langOfAcceptLanguage(req.headers['accept-language']);
      return refuse(res, 429, lang, 'busy', { 'Retry-After': '1', Connection: 'close' });
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://room.invalid');
    } catch {
      return send(res, 404, NOT_FOUND, undefined, { Connection: 'close' });
    }
    const [, kind, token, ...rest] = url.pathname.split('/');
    if (rest.length || !token || !isTokenShape(token)) return send(res, 404, NOT_FOUND, undefined, { Connection: 'close' });
    if (kind === 'j' && sameToken(token, o.tokens.join)) {
      participant(req, res, url).catch((e: unknown) => {
        o.onFailure?.({ kind: 'internal', detail: String((e as Error)?.message ?? e) });
        if (!res.headersSent) refuse(res, 500, langOf(req, url), 'internal', { Connection: 'close' });
      });
      return;
    }
    if (kind === 'f' && sameToken(token, o.tokens.facilitator) && (req.method === 'GET' || req.method === 'HEAD')) {
      const lang = isLang(url.searchParams.get('lang')) ? (url.searchParams.get('lang') as Lang) : o.lang;
      try {
        return send(res, 200, facilitatorPage(facilitatorView(o.state, o.minGroup, lang, trIn(lang), o.seats), o.state.instrument, lang, o.projector()));
      } catch (e) {
        o.onFailure?.({ kind: 'internal', detail: String((e as Error)?.message ?? e) });
        return send(res, 500, '', undefined, { Connection: 'close' });
      }
    }
    return send(res, 404, NOT_FOUND, undefined, { Connection: 'close' });
  });
}

/** The body of every 404: says nothing about what exists. */
const NOT_FOUND = '<!doctype html><title>404</title><p>Not found.</p>';
