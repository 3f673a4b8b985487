// The sample answers file users try first is generated from the instrument: it must be exactly what the current
// instrument and template give, or `npm run examples` has not been run after a change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module shared with scripts/examples.mjs
import { fillTemplate } from '../scripts/example-answers.mjs';
import { cli } from './helpers/cli.js';

describe('examples/answers.yaml', () => {
  it('is the English template of the instrument filled with the sample answers (regenerate: npm run examples)', () => {
    const template = cli(['template', '--lang', 'en']);
    expect(template.code).toBe(0);
    expect(readFileSync(new URL('../examples/answers.yaml', import.meta.url), 'utf8')).toBe(fillTemplate(template.stdout));
  });

  it('scores without a problem', () => {
    const r = cli(['assess', '--answers', new URL('../examples/answers.yaml', import.meta.url).pathname, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).overall.level).not.toBeNull();
  });
});
