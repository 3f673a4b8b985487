// Reports are written atomically: a crash or a failing disk never leaves half a report, and never spoils the previous one.
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeAtomic } from '../src/io/write.js';
import { UserError } from '../src/errors.js';
import { cli, tempDir } from './helpers/cli.js';

// The real file system, except that a test can make the next write fail half-way, as a full disk or a crash would.
const fault = vi.hoisted(() => ({ next: null as null | ((file: string) => void) }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const writeFileSync: typeof real.writeFileSync = (file, data, options) => {
    const fail = fault.next;
    fault.next = null;
    if (!fail) return real.writeFileSync(file, data, options);
    const text = String(data);
    real.writeFileSync(file, text.slice(0, text.length / 2), options); // half the report reaches the disk…
    fail(String(file)); // …then the crash or the error
  };
  return { ...real, writeFileSync, default: { ...real, writeFileSync } };
});

const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'answers.yaml');
const OLD = '# The previous report, complete\n';
const NEW = `# The new report\n${'line of the report\n'.repeat(5000)}`;

afterEach(() => {
  fault.next = null;
});

describe('writeAtomic', () => {
  it('replaces the file in one step and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'report.md');
    fs.writeFileSync(file, OLD);
    writeAtomic(file, NEW);
    expect(fs.readFileSync(file, 'utf8')).toBe(NEW);
    expect(fs.readdirSync(dir)).toEqual(['report.md']);
  });

  it('never exposes a partial report: while the data is being written, the report is still the previous one', () => {
    const dir = tempDir();
    const file = join(dir, 'report.md');
    fs.writeFileSync(file, OLD);
    let seen: { report: string; files: string[] } | undefined;
    fault.next = () => {
      // The moment of a crash (power cut, kill -9): what would a reader find?
      seen = { report: fs.readFileSync(file, 'utf8'), files: fs.readdirSync(dir) };
      throw Object.assign(new Error('interrupted'), { code: 'EINTR' });
    };
    expect(() => writeAtomic(file, NEW)).toThrow(UserError);
    expect(seen!.report).toBe(OLD);
    expect(seen!.files.filter((f) => f !== 'report.md')).toHaveLength(1); // the half-written data lives only in a temporary file
    expect(fs.readFileSync(file, 'utf8')).toBe(OLD);
    expect(fs.readdirSync(dir)).toEqual(['report.md']);
  });

  it('keeps the previous report intact and cleans up when the disk fills up', () => {
    const dir = tempDir();
    const file = join(dir, 'report.html');
    fs.writeFileSync(file, OLD);
    fault.next = () => {
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    let error: unknown;
    try {
      writeAtomic(file, NEW);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).in('en')).toBe(`Cannot write ${file} (ENOSPC): the disk is full. Free some space and run again; nothing was written.`);
    expect(fs.readFileSync(file, 'utf8')).toBe(OLD);
    expect(fs.readdirSync(dir)).toEqual(['report.html']);
  });

  it('leaves a folder in the way untouched, with no temporary file, when the rename fails', () => {
    const dir = tempDir();
    const target = join(dir, 'report.md');
    fs.mkdirSync(target);
    fs.writeFileSync(join(target, 'keep.txt'), 'keep');
    expect(() => writeAtomic(target, NEW)).toThrow(UserError);
    expect(fs.readdirSync(dir)).toEqual(['report.md']);
    expect(fs.readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('keep');
  });
});

describe('assess --output through the CLI', () => {
  it('writes the report in full over a previous one, and nothing else', () => {
    const dir = tempDir();
    const file = join(dir, 'report.html');
    fs.writeFileSync(file, OLD);
    const r = cli(['assess', '--answers', EXAMPLE, '--output', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Saved: ${file}\n`);
    const html = fs.readFileSync(file, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['report.html']);
  });

  it.each(['md', 'html', 'csv', 'json'])('an unwritable destination (.%s) is a clean exit-2 error: one message, no stack trace, nothing written', (ext) => {
    const dir = tempDir();
    const file = join(dir, 'no-such-folder', `report.${ext}`);
    const r = cli(['assess', '--answers', EXAMPLE, '--output', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Cannot write ${file}: the folder ${join(dir, 'no-such-folder')} does not exist. Create it or choose another path.`);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('says so in French, and leaves a folder in the way untouched', () => {
    const dir = tempDir();
    const target = join(dir, 'report.md');
    fs.mkdirSync(target);
    const r = cli(['assess', '--answers', EXAMPLE, '--output', target, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${target} est un dossier`);
    expect(fs.readdirSync(dir)).toEqual(['report.md']);
    expect(fs.readdirSync(target)).toEqual([]);
  });
});
