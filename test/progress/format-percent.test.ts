import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../../src/progress/format-percent.js';

describe('formatPercent: the one display rule for shares', () => {
  it('writes a whole percentage, halves rounded up (away from zero for negatives)', () => {
    expect(formatPercent(0.4167)).toBe('42%');
    expect(formatPercent(0.765)).toBe('77%');
    expect(formatPercent(0.285)).toBe('29%'); // 28.499999999999996 in floating point
    expect(formatPercent(0.2849)).toBe('28%');
    expect(formatPercent(-0.285)).toBe('-29%');
    expect(formatPercent(-0.2849)).toBe('-28%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(-0)).toBe('0%');
  });

  it('never reads 100% below 1 nor 0% above 0, nor -100% above -1 nor 0% below 0', () => {
    expect(formatPercent(0.995)).toBe('99%');
    expect(formatPercent(0.99999)).toBe('99%');
    expect(formatPercent(0.004)).toBe('1%');
    expect(formatPercent(1e-12)).toBe('1%');
    expect(formatPercent(-0.004)).toBe('-1%');
    expect(formatPercent(-0.99999)).toBe('-99%');
    expect(formatPercent(1.004)).toBe('100%');
  });

  it('separates thousands and says "over" past 100,000,000%', () => {
    expect(formatPercent(12.5)).toBe('1,250%');
    expect(formatPercent(-12345.678)).toBe('-1,234,568%');
    expect(formatPercent(1e6)).toBe('100,000,000%');
    expect(formatPercent(1e300)).toBe('over 100000000%');
    expect(formatPercent(-1e300)).toBe('under -100000000%');
    expect(formatPercent(Number.POSITIVE_INFINITY)).toBe('over 100000000%');
    expect(formatPercent(null)).toBe('no data');
    expect(formatPercent(Number.NaN)).toBe('no data');
  });

  it('inside (0, 1) always reads 1% to 99%, and is never more than half a point off', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true, minExcluded: true, maxExcluded: true }), (share) => {
        const shown = Number(formatPercent(share).replace('%', ''));
        expect(shown).toBeGreaterThanOrEqual(1);
        expect(shown).toBeLessThanOrEqual(99);
        expect(Math.abs(shown - share * 100)).toBeLessThanOrEqual(1);
        expect(formatPercent(-share)).toBe(`-${shown}%`);
      }),
    );
  });
});

describe('formatNumber', () => {
  it('separates thousands with commas whatever the locale, keeping the decimals', () => {
    expect(formatNumber(170000)).toBe('170,000');
    expect(formatNumber(81000)).toBe('81,000');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(-1234.5)).toBe('-1,234.5');
    expect(formatNumber(1234567.125)).toBe('1,234,567.125');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(-0)).toBe('0');
  });

  it('keeps the exponent of numbers JavaScript writes with one', () => {
    expect(formatNumber(1e21)).toBe('1e+21');
    expect(formatNumber(-1e-7)).toBe('-1e-7');
    expect(formatNumber(Number.MAX_VALUE)).toBe('1.7976931348623157e+308');
  });
});
