// Runs the installed binary's `room` on 127.0.0.1 as a consultant would, and plays participants over plain HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { inject } from 'vitest';

export interface RunningRoom {
  proc: ChildProcess;
  join: string;
  facilitator: string;
  stderr(): string;
  stdout(): string;
  /** Sends a signal and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/**
 * Starts `ex-maturity room --host 127.0.0.1 …` with its own cache folder; resolves once both links are printed.
 * `fileLimitKiB`: the largest file the room may write (the shell's `ulimit -f`: a write past it fails, as on a full disk).
 */
export function startRoom(args: string[], cache: string, cwd?: string, extraEnv: Record<string, string | undefined> = {}, opts: { fileLimitKiB?: number } = {}): Promise<RunningRoom> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined, CI: undefined, XDG_CACHE_HOME: cache, ...extraEnv };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const command = [process.execPath, inject('installedBin'), 'room', '--host', '127.0.0.1', ...args];
  if (opts.fileLimitKiB !== undefined) command.unshift('/bin/sh', '-c', `ulimit -f ${opts.fileLimitKiB} && exec "$@"`, 'sh');
  const proc = spawn(command[0]!, command.slice(1), { env: env as NodeJS.ProcessEnv, cwd: cwd ?? cache, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`room did not start:\n${err}`)), 20_000);
    const check = () => {
      const join = /http:\/\/127\.0\.0\.1:\d+\/j\/[\w-]+/.exec(err)?.[0];
      const facilitator = /http:\/\/127\.0\.0\.1:\d+\/f\/[\w-]+/.exec(err)?.[0];
      if (join && facilitator) {
        clearTimeout(timer);
        proc.stderr!.off('data', check);
        resolve({
          proc,
          join,
          facilitator,
          stderr: () => err,
          stdout: () => out,
          stop: async (signal = 'SIGTERM') => {
            if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
            const r = await exited;
            return { ...r, stdout: out, stderr: err };
          },
        });
      }
    };
    proc.stderr!.on('data', check);
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`room exited ${code}:\n${err}`));
    }).catch(() => {});
  });
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request to the room (no redirect followed). */
export function http(url: string, opts: { method?: string; body?: string | Buffer; headers?: Record<string, string>; localAddress?: string; fresh?: boolean } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // `fresh`: a connection of its own (a phone's), never a pooled one the server may be closing meanwhile.
    const req = request(url, { method: opts.method ?? 'GET', ...(opts.localAddress ? { localAddress: opts.localAddress } : {}), ...(opts.fresh ? { agent: false } : {}), headers: { ...(opts.body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}), ...opts.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.end(opts.body);
    else req.end();
  });
}

let phones = 0;

/**
 * A participant with a cookie jar of one cookie, posting the room's forms from an address of its own in 127.0.0.0/8
 * (as phones on a network each have theirs; the per-address rate limit then applies per participant).
 */
export class Participant {
  cookie = '';
  readonly address: string;
  /** `address`: the address it posts from (phones behind one NAT share one); else one of its own. */
  constructor(private readonly join: string, address?: string) {
    const n = ++phones;
    this.address = address ?? `127.0.${1 + Math.floor(n / 250) % 250}.${1 + (n % 250)}`;
  }

  async post(fields: Record<string, string>, fresh = false): Promise<Reply> {
    const r = await http(this.join, { method: 'POST', body: new URLSearchParams(fields).toString(), headers: this.cookie ? { cookie: this.cookie } : {}, localAddress: this.address, fresh });
    const set = r.headers['set-cookie']?.[0];
    if (set) this.cookie = set.split(';')[0]!;
    return r;
  }

  /** Starts, answers every statement with `value(i)`, adds a comment, sends. */
  async answerAll(ids: readonly string[], value: (i: number) => string, comment?: string): Promise<void> {
    await this.post({ nav: 'start', step: '0' });
    for (const [i, id] of ids.entries()) await this.post({ nav: 'next', step: String(i + 1), [id]: value(i) });
    await this.post({ nav: 'send', step: String(ids.length + 1), ...(comment !== undefined ? { comment } : {}) });
  }
}
