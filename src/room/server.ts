// The room's HTTP server (Node's own http, nothing else): two paths, each behind its own token — the participants'
// /j/<join> and the facilitator's /f/<facilitator> — and a bare 404 for everything else. A submission is
// acknowledged (303 to the next step) only once its journal line is on disk. Security headers on every response,
// bodies over 16 KiB refused, requests rate-limited per address (kept in memory only, never written).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tr } from '../core/text.js';
import { isLang, type Lang } from '../i18n/index.js';
import type { Journal } from './journal.js';
import { CSP, facilitatorPage, langOfAcceptLanguage, participantPage, type PageContext } from './pages.js';
import { facilitatorView, isTokenShape, MAX_BODY, newToken, nextStep, parseSubmission, recordOf, sameToken, stepNumber, stepOf, type RoomState, type Step } from './state.js';

/** The cookie that carries a participant's random id. */
export const COOKIE = 'exm_room';

/** Requests allowed per address: a burst, then a steady rate. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

/** A participant's phone clicks a few times a minute; a script hammering the server is slowed down. */
export const DEFAULT_RATE: RateLimit = { burst: 60, perSecond: 10 };

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
  /** Called after every accepted change (the terminal redraws). */
  onChange?: () => void;
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

/** A per-address token bucket, in memory only. */
export function rateLimiter(limit: RateLimit, now: () => number = () => Date.now()): (address: string) => boolean {
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
  const allow = rateLimiter(o.rate ?? DEFAULT_RATE);
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
    if (req.method !== 'POST') return send(res, 404);
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') return send(res, 415);
    const body = await readBody(req);
    if (body === 'too-large') return send(res, 413, '', undefined, { Connection: 'close' });
    const sub = parseSubmission(body, o.state);
    if (!sub) return send(res, 400);
    const lang = sub.lang ?? langOfAcceptLanguage(req.headers['accept-language']);
    let id = pid && (o.state.participants.has(pid) || sub.nav === 'start') ? pid : undefined;
    const extra: Record<string, string> = {};
    if (!id) {
      if (sub.nav !== 'start') return send(res, 303, '', undefined, { Location: location({ kind: 'intro' }, lang) });
      id = pid ?? newToken();
      extra['Set-Cookie'] = `${COOKIE}=${id}; Path=${joinBase}; HttpOnly; SameSite=Strict; Max-Age=43200`;
    }
    const record = recordOf(id, sub, o.state);
    if (record) {
      try {
        await o.journal.append(record);
      } catch {
        return send(res, 503);
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
    if (!allow(address)) return send(res, 429, '', undefined, { 'Retry-After': '2' });
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://room.invalid');
    } catch {
      return send(res, 404);
    }
    const [, kind, token, ...rest] = url.pathname.split('/');
    if (rest.length || !token || !isTokenShape(token)) return send(res, 404);
    if (kind === 'j' && sameToken(token, o.tokens.join)) {
      participant(req, res, url).catch(() => {
        if (!res.headersSent) send(res, 500);
      });
      return;
    }
    if (kind === 'f' && sameToken(token, o.tokens.facilitator) && (req.method === 'GET' || req.method === 'HEAD')) {
      const lang = isLang(url.searchParams.get('lang')) ? (url.searchParams.get('lang') as Lang) : o.lang;
      return send(res, 200, facilitatorPage(facilitatorView(o.state, o.minGroup, lang, trIn(lang)), o.state.instrument, lang));
    }
    return send(res, 404);
  });
}
