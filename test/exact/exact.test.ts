import { describe, expect, it } from 'vitest';
import { XhhtError } from '../../src/errors.js';
import {
  compareShareToThreshold,
  minimumNumerator,
  maximumNumerator,
  compareCountToThreshold,
} from '../../src/exact/compare.js';
import { assertCount, isCount } from '../../src/exact/count.js';
import { formatRatio, formatRatioHonest } from '../../src/exact/round.js';
import { addShares, share } from '../../src/exact/share.js';
import { parseThreshold } from '../../src/exact/threshold.js';

describe('counts', () => {
  it('accepts non-negative safe integers only', () => {
    expect(isCount(0)).toBe(true);
    expect(isCount(19747)).toBe(true);
    expect(isCount(Number.MAX_SAFE_INTEGER)).toBe(true);
    for (const bad of [-1, 2.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 1, '5', null, undefined]) {
      expect(isCount(bad)).toBe(false);
    }
  });
  it('assertCount throws invalid-count with the path', () => {
    expect(() => assertCount(-3, ['denominator'])).toThrowError(XhhtError);
    try {
      assertCount(1.5, ['observations', 2, 'numerator']);
    } catch (e) {
      expect((e as XhhtError).code).toBe('invalid-count');
      expect((e as XhhtError).path).toEqual(['observations', 2, 'numerator']);
      expect((e as XhhtError).messageVi).toMatch(/số nguyên/);
    }
  });
});

describe('shares', () => {
  it('rejects a part larger than the whole', () => {
    expect(() => share(64, 63)).toThrowError(expect.objectContaining({ code: 'numerator-exceeds-denominator' }));
    expect(share(55, 63)).toEqual({ numerator: 55, denominator: 63 });
  });
  it('adds numerators and denominators, never rates', () => {
    // seed 004 (Đăk Cấm): 15–25 literate level 2 4.811/4.811 and 15–60 level 2 19.739/19.747
    expect(addShares([share(4811, 4811), share(19739, 19747)])).toEqual({ numerator: 24550, denominator: 24558 });
    // the average of rates (100% and 99.96%) would be 99.98%; the pooled rate is 99.967…%
    expect(formatRatio(24550 * 100, 24558, 3)).toBe('99.967');
  });
});

describe('thresholds', () => {
  it('parses decimal text exactly and canonically', () => {
    expect(parseThreshold('70')).toEqual({ text: '70', scaled: 70, scale: 0 });
    expect(parseThreshold('99.50')).toEqual({ text: '99.5', scaled: 995, scale: 1 });
    expect(parseThreshold(99.96)).toEqual({ text: '99.96', scaled: 9996, scale: 2 });
    expect(parseThreshold('007')).toEqual({ text: '7', scaled: 7, scale: 0 });
    expect(parseThreshold('0.5')).toEqual({ text: '0.5', scaled: 5, scale: 1 });
  });
  it('rejects what is not a plain non-negative decimal', () => {
    for (const bad of ['9,5', '-1', '1e2', '', 'abc', '.5', '5.', NaN, Infinity, '1.1234567']) {
      expect(() => parseThreshold(bad as string)).toThrowError(expect.objectContaining({ code: 'invalid-threshold' }));
    }
  });
});

describe('exact comparison', () => {
  it('decides at the boundary without rounding', () => {
    // 9/10 is exactly 90%
    expect(compareShareToThreshold(share(9, 10), parseThreshold('90'))).toBe(0);
    // 17,999/20,000 = 89.995%: below 90 although it rounds to 90.00
    expect(compareShareToThreshold(share(17999, 20000), parseThreshold('90'))).toBe(-1);
    // seed 004: 19.739/19.747 = 99.9594…% is below 99.96 although it is shown as 99,96%
    expect(compareShareToThreshold(share(19739, 19747), parseThreshold('99.96'))).toBe(-1);
    expect(compareShareToThreshold(share(19739, 19747), parseThreshold('99.95'))).toBe(1);
  });
  it('falls back to BigInt when products pass 2^53', () => {
    const n = Number.MAX_SAFE_INTEGER - 1;
    const d = Number.MAX_SAFE_INTEGER;
    // n/d is just below 100%
    expect(compareShareToThreshold(share(n, d), parseThreshold('100'))).toBe(-1);
    expect(compareShareToThreshold(share(d, d), parseThreshold('100'))).toBe(0);
    expect(compareShareToThreshold(share(n, d), parseThreshold('99.999999'))).toBe(1);
  });
  it('computes the minimum numerator for a target', () => {
    // 2024: 55 of 63 provinces at XMC level 2 (targets-1373.md §3); 70% of 63 is 44.1, so 45 are needed
    expect(minimumNumerator(63, parseThreshold('70'))).toBe(45);
    expect(minimumNumerator(63, parseThreshold('90'))).toBe(57);
    expect(minimumNumerator(19747, parseThreshold('100'))).toBe(19747);
    expect(minimumNumerator(10, parseThreshold('90'))).toBe(9);
    expect(maximumNumerator(1000, parseThreshold('1.5'))).toBe(15);
    expect(compareCountToThreshold(15, parseThreshold('15'))).toBe(0);
    expect(compareCountToThreshold(14, parseThreshold('15'))).toBe(-1);
  });
});

describe('display rounding', () => {
  it('rounds half-up (ties away from zero)', () => {
    expect(formatRatio(1973900, 19747, 2)).toBe('99.96'); // seed 004: "tỷ lệ 99,96%"
    expect(formatRatio(5500, 63, 2)).toBe('87.30');
    expect(formatRatio(1, 8, 2)).toBe('0.13'); // 0.125
    expect(formatRatio(-1, 8, 2)).toBe('-0.13');
    expect(formatRatio(-1, 1000, 2)).toBe('0.00'); // never "-0.00"
    expect(formatRatio(7, 1, 0)).toBe('7');
    expect(formatRatio(10n ** 30n + 5n, 10n, 0)).toBe('100000000000000000000000000001');
  });
  it('never lets the display contradict the decision', () => {
    // 89.995% against a 90% minimum (issue #2): not met, shown "89.99"
    expect(formatRatioHonest(17999 * 100, 20000, 2, 'below', 90, 1)).toBe('89.99');
    // the gap −0.005 points is shown "-0.01", not "0.00" or "-0.00"
    expect(formatRatioHonest(-1, 200, 2, 'below', 0, 1)).toBe('-0.01');
    expect(formatRatioHonest(-1, 1000, 2, 'below', 0, 1)).toBe('-0.01');
    // a met value against a 3-decimal target (90.003): 90.004 is shown 90.01, not 90.00
    expect(formatRatioHonest(90004, 1000, 2, 'at-or-above', 90003, 1000)).toBe('90.01');
    // when half-up is already honest it is used
    expect(formatRatioHonest(5500, 63, 2, 'above', 70, 1)).toBe('87.30');
  });
});
