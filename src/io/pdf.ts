// PDF through a browser already on the machine (Chromium, Chrome or Edge): the report's own HTML printed by the
// browser's command line (`--headless --print-to-pdf`), offline, with a temporary profile, under a time limit.
// Nothing is ever downloaded; with no browser, a usage error says what was looked for and how to get one.
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../errors.js';
import { msg } from '../i18n/index.js';

/** The browsers' command names looked for in PATH, in order. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge', 'microsoft-edge-stable', 'msedge'];

/** Where browsers install themselves outside PATH (macOS applications, Windows program folders, snaps, Flatpak exports). */
function usualPaths(env: NodeJS.ProcessEnv): string[] {
  const win = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((x): x is string => Boolean(x));
  return [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    '/snap/bin/chromium',
    '/var/lib/flatpak/exports/bin/org.chromium.Chromium',
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
    ...win.flatMap((dir) => [join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(dir, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), join(dir, 'Chromium', 'Application', 'chrome.exe')]),
  ];
}

/** Whether a path is a file this process may run. */
function runnable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The browser to print with: `--browser PATH` when given (checked), else the first found in PATH, else in the usual install paths; null when none. */
export function findBrowser(env: NodeJS.ProcessEnv, explicit?: string): string | null {
  if (explicit !== undefined) {
    if (!runnable(explicit)) throw new UserError(msg('deliverable.browserNotRunnable', { file: explicit }));
    return explicit;
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const name of NAMES) for (const dir of dirs) for (const ext of exts) if (runnable(join(dir, name + ext))) return join(dir, name + ext);
  return usualPaths(env).find(runnable) ?? null;
}

/** The browser to print with, or the usage error (exit 2) naming what was looked for and how to install one. */
export function requireBrowser(env: NodeJS.ProcessEnv, explicit?: string): string {
  const found = findBrowser(env, explicit);
  if (!found) throw new UserError(msg('deliverable.noBrowser', { names: NAMES, paths: usualPaths(env) }));
  return found;
}

/** How long a browser may take to print a report before it is stopped. */
const TIMEOUT_MS = 60_000;

/** Prints an HTML page to PDF (A4, as the page's print styles say) with a browser's headless command line; returns the PDF bytes. */
export function printPdf(browser: string, html: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'ex-maturity-pdf-'));
  try {
    const page = join(dir, 'report.html');
    const pdf = join(dir, 'report.pdf');
    writeFileSync(page, html);
    const args = [
      '--headless', '--disable-gpu', '--no-first-run', '--no-default-browser-check', '--disable-extensions', '--disable-sync',
      '--disable-background-networking', '--disable-component-update', '--disable-default-apps', '--disable-quic',
      // Offline: any request would go to a proxy that does not exist (the page's own policy already forbids them).
      '--proxy-server=127.0.0.1:9', '--proxy-bypass-list=<-loopback>',
      `--user-data-dir=${join(dir, 'profile')}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`,
    ];
    // Chromium refuses to start as root inside its sandbox; the page has no script and loads nothing.
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    // node:child_process is loaded here, not at the top: every command that can write PDF bundles this module, and
    // loading child_process (with net, dgram…) cost `assess` about 10 ms a run whether it printed a PDF or not.
    const r = process.getBuiltinModule('node:child_process').spawnSync(browser, [...args, pathToFileURL(page).href], { encoding: 'utf8', timeout: TIMEOUT_MS, stdio: ['ignore', 'ignore', 'pipe'] });
    let out: Buffer | null = null;
    try {
      out = readFileSync(pdf);
    } catch {
      out = null;
    }
    if (!out || out.subarray(0, 5).toString('latin1') !== '%PDF-') {
      const why = r.error ? r.error.message : r.signal ? `stopped (${r.signal}) after ${TIMEOUT_MS / 1000} s` : `exit ${r.status}`;
      const last = (r.stderr ?? '').trim().split('\n').filter(Boolean).pop() ?? '';
      throw new UserError(msg('deliverable.printFailed', { browser, why, detail: last.slice(0, 300) }));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
