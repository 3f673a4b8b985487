// The room's journal at the file-system boundary, where a test cannot reach as root: a journal the user cannot read
// is refused, naming it, and left as it is (never replaced by a new room).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from './helpers/cli.js';

const denied = new Set<string>();
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const openSync = (path: import('node:fs').PathLike, ...rest: unknown[]) => {
    if (denied.has(String(path))) throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
    return (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
  };
  return { ...fs, default: { ...fs, openSync }, openSync };
});

describe('room journal the user cannot read', () => {
  it('is refused in every start mode, naming the file, and kept as it was', async () => {
    const { prepareJournal } = await import('../src/commands/room/flow.js');
    const { UserError } = await import('../src/errors.js');
    const dir = tempDir();
    mkdirSync(join(dir, 'ex-maturity'));
    const path = join(dir, 'ex-maturity', 'room-ex-25.jsonl');
    writeFileSync(path, 'six sheets of answers\n');
    denied.add(path);
    let error: unknown;
    try {
      prepareJournal(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as InstanceType<typeof UserError>).in('en')).toBe(
      `${path} cannot be read (EACCES): it is left as it is, answers included. Make it readable (chmod u+rw) and run the room again with --resume, or move it away to open a new room.`,
    );
    expect(readFileSync(path, 'utf8')).toBe('six sheets of answers\n');
  });
});
