// Run by `npm test` (and .ci/run) before the tests: the end-to-end tests drive a real terminal (tmux), print the
// HTML reports with Chromium and open the export fixtures with LibreOffice Calc. When one is missing and we are root
// on Debian, install it with apt-get; otherwise say exactly what to install and fail (exit 1). Never a silent skip.
import { execFileSync, spawnSync } from 'node:child_process';

const NEEDED = [
  { command: 'tmux', package: 'tmux', why: 'the interview and workshop tests drive a real terminal' },
  { command: 'chromium', package: 'chromium', why: 'the report tests print the HTML reports to PDF and count pages' },
  { command: 'soffice', package: 'libreoffice-calc', why: 'the export and spreadsheet tests open workbooks and CSV files in LibreOffice Calc' },
];

const has = (command) => spawnSync('/bin/sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const missing = NEEDED.filter((n) => !has(n.command));
if (missing.length) {
  const names = missing.map((n) => n.package);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && has('apt-get')) {
    console.error(`test-deps: installing ${names.join(', ')} with apt-get (${missing.map((n) => n.why).join('; ')})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], { stdio: 'inherit', env });
  }
  const still = missing.filter((n) => !has(n.command));
  if (still.length) {
    console.error(`test-deps: the tests need ${still.map((n) => `${n.command} (${n.why})`).join(' and ')}.`);
    console.error(`Install ${still.length > 1 ? 'them' : 'it'}, e.g. on Debian or Ubuntu: sudo apt-get install ${still.map((n) => n.package).join(' ')}; then run npm test again.`);
    process.exit(1);
  }
}
