// Numbers with a fixed number of decimals, as Intl.NumberFormat writes them (no grouping), without building one:
// building the first Intl.NumberFormat cost about 4 ms, a tenth of a run of `assess` (issue 14, `npm run bench`).
// Intl rounds the shortest decimal form of the number (what String(x) gives) half away from zero, and so does this;
// test/fast-paths.test.ts holds the two to the same text over many values. What this does not cover (exponents,
// infinities, NaN) is left to Intl by returning undefined.

/** `x` with `digits` decimals and `.` as separator, or undefined when Intl.NumberFormat must write it. */
export function fixedDecimal(x: number, digits: number): string | undefined {
  if (!Number.isFinite(x)) return undefined;
  const negative = x < 0 || Object.is(x, -0);
  const s = String(Math.abs(x));
  if (s.includes('e')) return undefined;
  const dot = s.indexOf('.');
  let int = dot === -1 ? s : s.slice(0, dot);
  let frac = dot === -1 ? '' : s.slice(dot + 1);
  if (frac.length > digits) {
    const up = frac.charCodeAt(digits) >= 53; // the first digit cut off is 5 or more
    frac = frac.slice(0, digits);
    if (up) {
      const all = (int + frac).split('');
      let i = all.length - 1;
      for (; i >= 0 && all[i] === '9'; i--) all[i] = '0';
      if (i >= 0) all[i] = String(Number(all[i]) + 1);
      const joined = (i < 0 ? '1' : '') + all.join('');
      int = joined.slice(0, joined.length - digits);
      frac = joined.slice(joined.length - digits);
    }
  }
  return `${negative ? '-' : ''}${int}${digits > 0 ? `.${frac.padEnd(digits, '0')}` : ''}`;
}
