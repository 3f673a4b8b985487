import { describe, expect, it } from 'vitest';
import { bar, wrap } from '../src/render/terminal/text.js';

describe('terminal text helpers', () => {
  it('wraps at the width and never starts a line with French punctuation', () => {
    const text = "Si la dimension Sens est faible, traitez-la en priorité : c'est sur elle que reposent les autres « dimensions » !";
    for (let width = 20; width < 60; width++) {
      const lines = wrap(text, width).split('\n');
      for (const l of lines) expect(l).not.toMatch(/^[:;!?»]/);
      for (const l of lines) expect(l).not.toMatch(/«$/);
      for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
      expect(lines.join(' ').replace(/\u00a0/g, ' ')).toBe(text);
    }
  });

  it('fills a bar in proportion to the score', () => {
    expect(bar(0, 10)).toBe('░'.repeat(10));
    expect(bar(50, 10)).toBe('█'.repeat(5) + '░'.repeat(5));
    // To the eighth of a cell: on 8 cells, 44.9 and 54.5 are two different bars.
    expect(bar(44.9, 8)).toBe('███▋░░░░');
    expect(bar(54.5, 8)).toBe('████▍░░░');
    expect(bar(100, 10)).toBe('█'.repeat(10));
    expect(bar(null, 4)).toBe('····');
  });
});
