// Loads the bundles of dist/bundles.pack the way require() would, keeping V8's compiled code of each in the user's cache
// folder ($XDG_CACHE_HOME/ex-maturity/code/, else ~/.cache/ex-maturity/code/), so that a run after the first skips compiling.
// What it buys (issue 14, `npm run bench`): compiling the bundles was the largest part of every run's cost over
// `node -e 0`; with the cache, `assess --format json` went from 1.34× to 1.07× and the result table from 1.57× to
// 1.36× (same run, 31 interleaved runs each). Node 22 has module.enableCompileCache for this; Node 20 has not.
//
// The cache holds code that runs, so it is used only from folders and files that are the user's own and that no one
// else can write (0700 / 0600, owner checked; never through a symbolic link). An entry is named after the bundle and the
// pack's path, size, modification time and inode, in a folder per Node version, and V8 checks it again (it refuses an entry of another V8 or
// other flags). Any problem with the cache (none, unreadable, refused, not writable) means compiling as usual: the
// output is the same either way (test/compile-cache.test.ts). NODE_DISABLE_COMPILE_CACHE=1, Node's own switch, turns
// it off; so does a system without user ids (Windows).
//
// The bundles (and the bundled data, JSON) are one file, dist/bundles.pack, written by scripts/build.mjs: a line of JSON
// that maps each name to its [offset, length] in bytes after that line, then the texts one after the other (each bundle
// already wrapped in the function require() runs a module in). What it buys: npm spends about 4 ms installing each file
// of a tarball; with the 37 files of dist/ in one (and examples/ left to the repository), installing and running
// --version went from 1.4–1.8× to 1.15× a package of one file (issue 14, `npm run bench`). Running costs the same: one
// open, then one read per bundle.
'use strict';
const fs = require('node:fs');
const { basename, dirname, isAbsolute, join } = require('node:path');
const { Script } = require('node:vm');

const PACK = join(__dirname, '..', 'dist', 'bundles.pack');
const loaded = new Map();
/** Entries to write at exit: [file, script]. */
const toWrite = [];
let folder; // the cache folder of this Node: a path, or null when there is none to use

/** The cache folder, made if needed, or null when it can't be trusted or made. */
function cacheFolder() {
  if (folder !== undefined) return folder;
  folder = null;
  const env = process.env;
  if (env.NODE_DISABLE_COMPILE_CACHE || typeof process.getuid !== 'function') return folder;
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : env.HOME && isAbsolute(env.HOME) ? join(env.HOME, '.cache') : '';
  if (!base) return folder;
  const dir = join(base, 'ex-maturity', 'code', `${process.version}-${process.arch}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const uid = process.getuid();
    // Each folder of ours on the way: a real folder of the user's that no one else can write.
    for (let d = dir; d !== base && d !== dirname(d); d = dirname(d)) {
      const s = fs.lstatSync(d);
      if (!s.isDirectory() || s.uid !== uid || s.mode & 0o022) return folder;
    }
    folder = dir;
  } catch {
    // read-only home, no space, a file in the way: no cache
  }
  return folder;
}

/** The cached code of an entry, when it is a file of the user's that no one else can write. */
function readEntry(entry) {
  let fd;
  try {
    fd = fs.openSync(entry, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    const s = fs.fstatSync(fd);
    if (!s.isFile() || s.uid !== process.getuid() || s.mode & 0o022) return undefined;
    return fs.readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes the entries compiled in this run, each whole or not at all, and removes older entries of the same bundles. */
function writeEntries() {
  for (const [entry, script] of toWrite) {
    const tmp = `${entry}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600, flag: 'wx' });
      fs.renameSync(tmp, entry);
      const prefix = `${basename(entry).split('@')[0]}@`;
      for (const old of fs.readdirSync(dirname(entry))) if (old.startsWith(prefix) && old !== basename(entry)) fs.rmSync(join(dirname(entry), old), { force: true });
    } catch {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // the folder went away
      }
    }
  }
}

/**
 * A short hash of a bundle's path (FNV-1a), in its entries' names: two installs of the tool (npx's and a global one,
 * two versions) keep entries of their own instead of replacing each other's on every run.
 */
function pathHash(file) {
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

let pack;

/** The pack, opened on first use and then read one entry at a time: its descriptor, stat, index and where texts start. */
function thePack() {
  if (!pack) {
    const fd = fs.openSync(PACK, 'r');
    const head = Buffer.allocUnsafe(8192); // scripts/build.mjs keeps the index line shorter than this
    const line = head.subarray(0, fs.readSync(fd, head, 0, head.length, 0)).indexOf(10);
    pack = { fd, stat: fs.fstatSync(fd), index: JSON.parse(head.toString('latin1', 0, line)), base: line + 1 };
  }
  return pack;
}

/** The text of one entry of the pack. */
function source(name) {
  const { fd, index, base } = thePack();
  const where = index[name];
  if (!where) throw new Error(`${PACK} has no ${name}`);
  const bytes = Buffer.allocUnsafe(where[1]);
  fs.readSync(fd, bytes, 0, bytes.length, base + where[0]);
  return bytes.toString('latin1'); // (scripts/build.mjs makes it all ASCII)
}

/** The names of the entries (for tests). */
const names = () => Object.keys(thePack().index);

/**
 * The exports of a bundle of the pack (each bundle is run once), or the value of a JSON entry (parsed on each call);
 * a bundle's require() loads the others the same way.
 */
function load(name) {
  if (name.endsWith('.json')) return JSON.parse(source(name));
  const done = loaded.get(name);
  if (done) return done.exports;
  const text = source(name);
  const { size, mtimeMs, ino } = thePack().stat;
  const dir = cacheFolder();
  const entry = dir && join(dir, `${name}.${pathHash(PACK)}@${size}-${Math.trunc(mtimeMs)}-${ino}`);
  const cachedData = entry ? readEntry(entry) : undefined;
  const file = join(dirname(PACK), name);
  const script = new Script(text, { filename: file, cachedData });
  if (entry && (!cachedData || script.cachedDataRejected)) {
    if (!toWrite.length) process.once('exit', writeEntries);
    toWrite.push([entry, script]);
  }
  const module = { exports: {} };
  loaded.set(name, module);
  const requireHere = (id) => (id.startsWith('./') ? load(id.slice(2)) : require(id));
  script.runInThisContext().call(module.exports, module.exports, requireHere, module, file, dirname(file));
  return module.exports;
}

module.exports = { load, source, names };

