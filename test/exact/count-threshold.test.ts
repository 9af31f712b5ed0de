import { describe, expect, it } from 'vitest';
import { compareCountToThreshold, compareExact, meetsComparator } from '../../src/exact/compare.js';
import { parseThreshold } from '../../src/exact/threshold.js';

// compareCountToThreshold with a threshold that has decimals, and counts past 2^53 where the
// comparison leaves doubles. Every expected order is hand arithmetic, written beside it.
describe('compareCountToThreshold: a whole count against a decimal threshold', () => {
  it('14.5: 14 is below, 15 above; the count is scaled by 10^1, never the threshold rounded', () => {
    // 14 · 10 = 140 < 145; 15 · 10 = 150 > 145
    expect(compareCountToThreshold(14, parseThreshold('14.5'))).toBe(-1);
    expect(compareCountToThreshold(15, parseThreshold('14.5'))).toBe(1);
  });

  it('0.000001 (six places): 0 is below, 1 is above', () => {
    // 0 · 10^6 = 0 < 1; 1 · 10^6 = 1,000,000 > 1
    expect(compareCountToThreshold(0, parseThreshold('0.000001'))).toBe(-1);
    expect(compareCountToThreshold(1, parseThreshold('0.000001'))).toBe(1);
  });

  it('a trailing zero changes nothing: "15.0" is 15', () => {
    // "15.0" is parsed to scaled 15, scale 0: 15 = 15
    expect(compareCountToThreshold(15, parseThreshold('15.0'))).toBe(0);
  });

  it('past 2^53: a count whose scaled value leaves doubles is compared in BigInt', () => {
    // threshold 9,007,199,254.740991 is scaled 9,007,199,254,740,991 = 2^53 − 1 at scale 6;
    // 9,007,199,255 · 10^6 = 9,007,199,255,000,000 > 2^53 − 1: above the threshold by 0.259009
    const t = parseThreshold('9007199254.740991');
    expect(t).toEqual({ text: '9007199254.740991', scaled: Number.MAX_SAFE_INTEGER, scale: 6 });
    expect(compareCountToThreshold(9_007_199_255, t)).toBe(1);
    // 9,007,199,254 · 10^6 = 9,007,199,254,000,000 ≤ 2^53 − 1 (doubles): below by 0.740991
    expect(compareCountToThreshold(9_007_199_254, t)).toBe(-1);
    // the largest count against a small threshold: (2^53 − 1) · 10 > 15, in BigInt
    expect(compareCountToThreshold(Number.MAX_SAFE_INTEGER, parseThreshold('1.5'))).toBe(1);
  });
});

describe('compareExact: counts held as bigints past 2^53', () => {
  it('2^53 + 1 of 2^53 + 1 is exactly 100%; one less is below, and above 99.999999%', () => {
    const n = 2n ** 53n + 1n; // 9,007,199,254,740,993: not a double
    expect(compareExact(n, n, parseThreshold('100'))).toBe(0);
    // (n − 1)/n < 1: 100·(n − 1) < 100·n
    expect(compareExact(n - 1n, n, parseThreshold('100'))).toBe(-1);
    // 100·(n − 1)·10^6 vs 99,999,999·n: the left is larger by 100·10^6·n − 10^8 − 99,999,999·n = n − 10^8 > 0
    expect(compareExact(n - 1n, n, parseThreshold('99.999999'))).toBe(1);
  });

  it('takes numbers and bigints alike: 9 of 10 is 90%', () => {
    // 100 · 9 = 900 = 90 · 10
    expect(compareExact(9, 10n, parseThreshold('90'))).toBe(0);
    expect(compareExact(9n, 10, parseThreshold('90.1'))).toBe(-1);
  });
});

describe('meetsComparator: the meaning of at-least and at-most', () => {
  it('at-least is met at or above; at-most at or below (exact equality meets both)', () => {
    expect([-1, 0, 1].map((o) => meetsComparator(o as -1 | 0 | 1, 'at-least'))).toEqual([false, true, true]);
    expect([-1, 0, 1].map((o) => meetsComparator(o as -1 | 0 | 1, 'at-most'))).toEqual([true, true, false]);
  });
});
