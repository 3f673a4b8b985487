// The interview through the installed binary when there is no terminal: it never prompts and never waits.
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

describe('the interview without a terminal', () => {
  it.each([[[]], [['run']], [['--resume']]])('ex-maturity %j with no stdin exits 2 at once, pointing to assess --answers', (args) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ex-maturity assess --answers');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says it in French too', () => {
    const r = cli([], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Pas de terminal\s: l’entretien interactif en a besoin/);
  });

  it('CI set means no prompt, even with input waiting', () => {
    const r = cli([], { env: { CI: 'true' }, input: '3\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No terminal');
  });
});
