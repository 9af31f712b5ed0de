import { describe, expect, it } from 'vitest';
import { compareCounts } from '../../src/exact/compare.js';
import { assertCount, describeBadCount } from '../../src/exact/count.js';
import { displayPercent, displayUnits, offTenthGrid } from '../../src/exact/display.js';
import { compareRateToThreshold, parseReportedRate } from '../../src/vi/rate.js';
import { formatRatio, formatRatioHonest } from '../../src/exact/round.js';
import { addShares, shareProblem } from '../../src/exact/share.js';
import { parseThreshold } from '../../src/exact/threshold.js';
import { caught } from '../vi/helpers.js';

/*
 * Behaviour of the exact core at its edges, each case written out by hand: the error a caller reads
 * (code, path, both languages), mixed number/bigint arguments, and decisions whose float products
 * pass 2^53 (where doubles round). Numbers are "boundary: …" cases unless a source is named.
 */
describe('describeBadCount: the words for each kind of bad count', () => {
  it('NaN and Infinity are named as such', () => {
    expect(describeBadCount(Number.NaN)).toEqual({
      en: 'expected a whole number, got NaN',
      vi: 'cần một số nguyên, nhận được NaN',
    });
    expect(describeBadCount(Number.POSITIVE_INFINITY)).toEqual({
      en: 'expected a whole number, got Infinity',
      vi: 'cần một số nguyên, nhận được Infinity',
    });
  });
});

describe('assertCount', () => {
  it('reports at the default path [] when none is given', () => {
    expect(caught(() => assertCount(-1))).toEqual({
      code: 'invalid-count',
      path: [],
      message: 'a count cannot be negative (-1)',
      messageVi: 'số lượng không thể âm (-1)',
    });
  });
});

describe('compareCounts past 2^53', () => {
  // boundary: d = 2^53 − 1 = 9,007,199,254,740,991 and the 90% of Decision 1373/QĐ-TTg (Mục II.2.a);
  // n = 8,106,479,329,266,892: 100·n − 90·d = +10; n − 1: −90. As doubles both sides are 810,647,932,926,689,152.
  const D = 9_007_199_254_740_991;
  const N = 8_106_479_329_266_892;
  it('decides on the exact products, not the rounded doubles', () => {
    expect(compareCounts(N, D, parseThreshold('90'))).toBe(1);
    expect(compareCounts(N - 1, D, parseThreshold('90'))).toBe(-1);
  });
});

describe('offTenthGrid: a threshold finer than the tenths the display rule protects', () => {
  it('70 and 70.5 are on the grid at 2 places, 70.25 is not; at 0 places 70.5 is off it', () => {
    // boundary: scale 0 and 1 against places 2 (min(places, 1) = 1); scale 1 against places 0
    expect(offTenthGrid({ scaled: 70, scale: 0 }, 2)).toBe(false);
    expect(offTenthGrid({ scaled: 705, scale: 1 }, 2)).toBe(false);
    expect(offTenthGrid({ scaled: 7025, scale: 2 }, 2)).toBe(true);
    expect(offTenthGrid({ scaled: 705, scale: 1 }, 0)).toBe(true);
  });
});

describe('displayUnits and displayPercent at their edges', () => {
  it('a tie in the bigint path goes up (away from zero): 1 of 800 is 0.125% → 0.13', () => {
    // boundary: 100/800 = 0.125 exactly, halfway between 0.12 and 0.13; 0.13 is not on a tenth
    expect(displayPercent({ numerator: 1n, denominator: 800n })).toBe('0.13');
    expect(displayPercent({ numerator: 1, denominator: 800 })).toBe('0.13');
  });

  it('a number over a bigint denominator is read exactly: 1 of 3n is 33.33%', () => {
    // boundary: mixed types must not meet in one float division
    expect(displayPercent({ numerator: 1, denominator: 3n })).toBe('33.33');
  });

  it('a numerator whose 100·n passes 2^53 is multiplied exactly', () => {
    // boundary: 100·8,106,479,329,266,891 / 9,007,199,254,740,991 = 89.99999999999999989…% (see compareCounts
    // above); a float 100·n is 52 too large and would read 90.00000000000000005…%, shown "90.00"
    expect(displayPercent({ numerator: 8_106_479_329_266_891, denominator: 9_007_199_254_740_991 })).toBe('89.99');
  });

  it('a product 100·n or 100·n·100 whose double rounds up onto the next hundredth is not taken', () => {
    // boundary: 10000·n is 260 (first) and 20 (second) below 8860·d, so both shares are just below 88.60%:
    // shown 88.59 at least (truncated, never rounded up onto the tenth 88.6). As doubles, 100·n of the first
    // rounds up past 88.60·d; in the second the float division of 100·n·100 by d lands on 8860.
    expect(displayPercent({ numerator: 7_980_378_539_700_518, denominator: 9_007_199_254_740_991 })).toBe('88.59');
    expect(displayPercent({ numerator: 79_803_785_396_914, denominator: 90_071_992_547_307 })).toBe('88.59');
  });

  it('an at-most display equal to a guard agrees with an exact value below it', () => {
    // boundary: 70.004 at 2 places at most is 70.01 (rounding down onto 70.00 would hide an excess over
    // a 70 maximum); the guard 70.01 is met by both the exact value and the display (equality counts)
    expect(displayUnits(70004, 1000, 2, 'at-most', [{ scaled: 7001, scale: 2 }])).toBe(7001);
  });

  it('when no display agrees with every guard, the first (the compared threshold) decides', () => {
    // boundary: 70.004 at 2 places; guards 70.005 then 70.003. 70.00 agrees with 70.005 (both below), not
    // with 70.003; 70.01 agrees with 70.003, not with 70.005. The first guard keeps 70.00.
    const g = [
      { scaled: 70005, scale: 3 },
      { scaled: 70003, scale: 3 },
    ];
    expect(displayUnits(70004, 1000, 2, 'at-least', g)).toBe(7000);
  });

  it('bad share or options: coded, with both languages', () => {
    expect(caught(() => displayPercent(5 as never)).message).toBe('expected a share { numerator, denominator }');
    expect(caught(() => displayPercent(null as never))).toEqual({
      code: 'invalid-input',
      path: [],
      message: 'expected a share { numerator, denominator }',
      messageVi: 'cần một tỷ lệ { numerator, denominator }',
    });
    for (const options of [null, 5]) {
      expect(caught(() => displayPercent({ numerator: 1, denominator: 2 }, options as never))).toEqual({
        code: 'invalid-input',
        path: [],
        message: 'options must be an object like { decimals: 2 }',
        messageVi: 'options phải là đối tượng dạng { decimals: 2 }',
      });
    }
  });

  it('counts that cannot make a share: coded, with both languages', () => {
    expect(caught(() => displayPercent({ numerator: 3, denominator: 2 }))).toEqual({
      code: 'numerator-exceeds-denominator',
      path: ['numerator'],
      message: 'numerator 3 is greater than denominator 2',
      messageVi: 'tử số 3 lớn hơn mẫu số 2',
    });
    expect(caught(() => displayPercent({ numerator: 0, denominator: 0 }))).toEqual({
      code: 'zero-denominator',
      path: ['denominator'],
      message: 'the denominator is 0: a share of nothing has no percentage',
      messageVi: 'mẫu số bằng 0: tỷ lệ không có giá trị',
    });
    expect(caught(() => displayPercent({ numerator: -1n, denominator: 2n }))).toEqual({
      code: 'invalid-count',
      path: ['numerator'],
      message: 'numerator: a count cannot be negative (-1)',
      messageVi: 'tử số: số lượng không thể âm (-1)',
    });
    expect(caught(() => displayPercent({ numerator: 1n, denominator: -2n }))).toMatchObject({
      path: ['denominator'],
      message: 'denominator: a count cannot be negative (-2)',
      messageVi: 'mẫu số: số lượng không thể âm (-2)',
    });
    expect(caught(() => displayPercent({ numerator: 1.5, denominator: 2 }))).toEqual({
      code: 'invalid-count',
      path: ['numerator'],
      message: 'numerator: expected a whole number, got 1.5',
      messageVi: 'tử số: cần một số nguyên, nhận được 1.5',
    });
    expect(caught(() => displayPercent({ numerator: 1, denominator: 'x' as never }))).toMatchObject({
      path: ['denominator'],
      message: 'denominator: expected a whole number, got string',
      messageVi: 'mẫu số: cần một số nguyên, nhận được string',
    });
  });

  it('decimals and comparator out of range: coded, with both languages', () => {
    expect(caught(() => displayPercent({ numerator: 1, denominator: 2 }, { decimals: -1 }))).toEqual({
      code: 'invalid-input',
      path: ['decimals'],
      message: 'decimals must be a whole number from 0 to 10, got -1',
      messageVi: 'decimals phải là số nguyên từ 0 đến 10, nhận được -1',
    });
    expect(caught(() => displayPercent({ numerator: 1, denominator: 2 }, { comparator: 'equal' as never }))).toEqual({
      code: 'invalid-input',
      path: ['comparator'],
      message: 'comparator must be "at-least" or "at-most", got "equal"',
      messageVi: 'comparator phải là "at-least" hoặc "at-most", nhận được "equal"',
    });
  });
});

describe('parseReportedRate and compareRateToThreshold', () => {
  it('text forms: spaces, a "%" after a space, trailing zeros, and "-0"', () => {
    // seed 004 line 56 writes "99,96%"; boundary: the dot form a spreadsheet exports, spaces around "%"
    expect(parseReportedRate(' 99.96 % ')).toEqual({ text: '99.96', scaled: 9996n, scale: 2 });
    expect(parseReportedRate('99.96')).toEqual({ text: '99.96', scaled: 9996n, scale: 2 });
    expect(parseReportedRate('90.00')).toEqual({ text: '90', scaled: 90n, scale: 0 });
    expect(parseReportedRate('90.50')).toEqual({ text: '90.5', scaled: 905n, scale: 1 });
    // boundary: minus zero is zero, not a negative rate
    expect(parseReportedRate('-0')).toEqual({ text: '0', scaled: 0n, scale: 0 });
  });

  it('what cannot be a rate: coded, with both languages and the path given', () => {
    expect(caught(() => parseReportedRate(Number.POSITIVE_INFINITY))).toEqual({
      code: 'invalid-percent-format',
      path: [],
      message: 'Infinity is not a percentage like 99.96, "99,96" or "99.96": it is not a finite number',
      messageVi: 'Infinity không phải tỷ lệ phần trăm dạng 99.96, "99,96" hoặc "99.96": không phải số hữu hạn',
    });
    expect(caught(() => parseReportedRate(null, ['rate']))).toEqual({
      code: 'invalid-percent-format',
      path: ['rate'],
      message: 'null is not a percentage like 99.96, "99,96" or "99.96": expected a number or text, got null',
      messageVi:
        'null không phải tỷ lệ phần trăm dạng 99.96, "99,96" hoặc "99.96": cần một số hoặc chuỗi, nhận được null',
    });
    // the value is described, not printed as text: [90] is not the number 90
    expect(caught(() => parseReportedRate([90])).message).toBe(
      'an array of one item is not a percentage like 99.96, "99,96" or "99.96": expected a number or text, got an ' +
        'array',
    );
    expect(caught(() => parseReportedRate([90])).messageVi).toBe(
      'một mảng 1 phần tử không phải tỷ lệ phần trăm dạng 99.96, "99,96" hoặc "99.96": cần một số hoặc chuỗi, ' +
        'nhận được một mảng',
    );
    expect(caught(() => parseReportedRate(true)).message).toMatch(/got true$/);
    expect(caught(() => parseReportedRate(true)).messageVi).toMatch(/nhận được true$/);
    expect(caught(() => parseReportedRate('-1'))).toEqual({
      code: 'percent-out-of-range',
      path: [],
      message: '"-1": a rate cannot be negative',
      messageVi: '"-1": tỷ lệ không thể âm',
    });
    expect(caught(() => parseReportedRate('100.01'))).toEqual({
      code: 'percent-out-of-range',
      path: [],
      message: '"100.01": a rate of a whole cannot exceed 100%',
      messageVi: '"100.01": tỷ lệ của một tổng thể không thể vượt 100%',
    });
  });

  it('a text too long is refused before it is read', () => {
    // boundary: at most 400 characters are read
    expect(caught(() => parseReportedRate('1'.repeat(401)))).toEqual({
      code: 'invalid-percent-format',
      path: [],
      message: 'the text is 401 characters long; at most 400 are read',
      messageVi: 'chuỗi dài 401 ký tự; chỉ đọc tối đa 400 ký tự',
    });
  });

  it('compares exactly across scales', () => {
    // boundary: 90 (the XMC level 1 share of Decree 20/2014 Art. 20); "89,995" is below it, "90,00" on it
    expect(compareRateToThreshold(parseReportedRate('89,995'), parseThreshold('90'))).toBe(-1);
    expect(compareRateToThreshold(parseReportedRate('90,00'), parseThreshold('90'))).toBe(0);
    // boundary: 90.5 (scale 1) against 90.25 (scale 2), and 90.25 against 90.5
    expect(compareRateToThreshold(parseReportedRate('90,5'), parseThreshold('90.25'))).toBe(1);
    expect(compareRateToThreshold(parseReportedRate('90,25'), parseThreshold('90.5'))).toBe(-1);
    expect(compareRateToThreshold(parseReportedRate('90,5'), parseThreshold('90.50'))).toBe(0);
  });
});

describe('formatRatio and formatRatioHonest at their edges', () => {
  it('mixed number and bigint arguments are read exactly', () => {
    // boundary: 1/3 = 0.333…; 2/3 = 0.666…
    expect(formatRatio(1, 3n, 2)).toBe('0.33');
    expect(formatRatio(2n, 3, 2)).toBe('0.67');
  });

  it('a negative value over a denominator past 2^53 floors exactly', () => {
    // boundary: −1/2^60 is just below 0, so its floor at 2 places is −0.01 (2^60 − 100 is not a double)
    expect(formatRatio(-1, 2 ** 60, 2, 'floor')).toBe('-0.01');
    // boundary: 2^60 − 1 is not a double either (it rounds to 2^60): the floor of −1/2^60 is −1, not 0
    expect(formatRatio(-1, 2 ** 60, 0, 'floor')).toBe('-1');
  });

  it('arguments that are not whole numbers: coded, named, with both languages', () => {
    expect(caught(() => formatRatio(1, 1.5))).toEqual({
      code: 'invalid-input',
      path: ['den'],
      message: 'den must be a whole number above 0, got 1.5',
      messageVi: 'den phải là một số nguyên lớn hơn 0, nhận được 1.5',
    });
    expect(caught(() => formatRatio(Number.NaN, 1))).toEqual({
      code: 'invalid-input',
      path: ['num'],
      message: 'num must be a whole number, got NaN',
      messageVi: 'num phải là một số nguyên, nhận được NaN',
    });
    expect(caught(() => formatRatioHonest(1, 2, 2, 'beside' as never, 90, 1))).toEqual({
      code: 'invalid-input',
      path: ['side'],
      message: 'side must be below, at-or-below, above or at-or-above, got "beside"',
      messageVi: 'side phải là below, at-or-below, above hoặc at-or-above, nhận được "beside"',
    });
    expect(caught(() => formatRatioHonest(1, 2, 2, 'below', 1.5, 1))).toEqual({
      code: 'invalid-input',
      path: ['boundNum'],
      message: 'boundNum must be a whole number, got 1.5',
      messageVi: 'boundNum phải là một số nguyên, nhận được 1.5',
    });
    expect(caught(() => formatRatioHonest(1, 2, 2, 'below', 1, 0))).toEqual({
      code: 'invalid-input',
      path: ['boundDen'],
      message: 'boundDen must be a whole number above 0, got 0',
      messageVi: 'boundDen phải là một số nguyên lớn hơn 0, nhận được 0',
    });
  });

  it('each side keeps the half-up display when it lies on that side, equality included', () => {
    // boundary: 89.995 half-up is 90.00, which is at or below 90 (kept); 90.004 half-up is 90.00, at or above 90 (kept)
    expect(formatRatioHonest(89995, 1000, 2, 'at-or-below', 90, 1)).toBe('90.00');
    expect(formatRatioHonest(90004, 1000, 2, 'at-or-above', 90, 1)).toBe('90.00');
    // a bound given as a bigint, or as a fraction 900/10
    expect(formatRatioHonest(89995, 1000, 2, 'below', 90n, 1)).toBe('89.99');
    expect(formatRatioHonest(89995, 1000, 2, 'below', 90, 1n)).toBe('89.99');
    expect(formatRatioHonest(89995, 1000, 2, 'below', 900, 10)).toBe('89.99');
  });

  it('the display is checked against the bound exactly when units·boundDen passes 2^53', () => {
    // boundary: 89.985 half-up is 89.99. Bound = 90,079,990,000,090 / 1,001,000,000,001 = 89.99 + 1/(100·boundDen),
    // just above 89.99, so 89.99 is below it: 8999·boundDen = 9,007,999,000,008,999 < 100·boundNum =
    // 9,007,999,000,009,000; as doubles both are 9,007,999,000,009,000.
    expect(formatRatioHonest(17997, 200, 2, 'below', 90_079_990_000_090, 1_001_000_000_001)).toBe('89.99');
    // boundary: 89.994 half-up is 89.99. Bound = 90,079,990,008,909 / 1,001,000,000,099 = 89.99 − 1/(100·boundDen),
    // just below 89.99, so 89.99 is above it: 8999·boundDen = 9,007,999,000,890,901 > 100·boundNum =
    // 9,007,999,000,890,900, which doubles cannot tell apart.
    expect(formatRatioHonest(44997, 500, 2, 'above', 90_079_990_008_909, 1_001_000_000_099)).toBe('89.99');
  });
});

describe('shareProblem and addShares: what a caller reads', () => {
  it('bad numerator, bad denominator, numerator over denominator', () => {
    expect(caught(() => addShares([{ numerator: -1, denominator: 2 }]))).toEqual({
      code: 'invalid-count',
      path: [0, 'numerator'],
      message: 'numerator: a count cannot be negative (-1)',
      messageVi: 'tử số: số lượng không thể âm (-1)',
    });
    expect(shareProblem(1, 0.5, ['x'])).toMatchObject({
      code: 'invalid-count',
      path: ['x', 'denominator'],
      message: 'denominator: expected a whole number, got 0.5',
      messageVi: 'mẫu số: cần một số nguyên, nhận được 0.5',
    });
    expect(shareProblem(3, 2)).toMatchObject({
      code: 'numerator-exceeds-denominator',
      path: ['numerator'],
      message: 'numerator 3 is greater than denominator 2',
      messageVi: 'tử số 3 lớn hơn mẫu số 2',
    });
  });

  it('not a list, a null entry, a rate without counts, a share missing its denominator', () => {
    expect(caught(() => addShares(5 as never))).toEqual({
      code: 'invalid-input',
      path: [],
      message: 'addShares needs an array (or other iterable) of shares',
      messageVi: 'addShares cần một mảng các tỷ lệ',
    });
    expect(caught(() => addShares([{ numerator: 1, denominator: 2 }, null as never]))).toEqual({
      code: 'invalid-input',
      path: [1],
      message: 'share 1 is not an object { numerator, denominator }',
      messageVi: 'tỷ lệ 1 không phải đối tượng { numerator, denominator }',
    });
    expect(caught(() => addShares([{ percent: 90 } as never]))).toEqual({
      code: 'rate-not-aggregable',
      path: [0],
      message:
        'share 0 is a rate without its counts: rates cannot be added or averaged; give its numerator and denominator',
      messageVi: 'tỷ lệ 0 không kèm số đếm: không thể cộng hay lấy trung bình các tỷ lệ; hãy ghi tử số và mẫu số',
    });
    // a rate with its counts is added by its counts (Decision 1373: aggregates sum numerators and denominators)
    expect(
      addShares([{ percent: 50, numerator: 1, denominator: 2 } as never, { numerator: 3, denominator: 4 }]),
    ).toEqual({
      numerator: 4,
      denominator: 6,
    });
    expect(caught(() => addShares([{ numerator: 1 } as never]))).toMatchObject({
      code: 'invalid-count',
      path: [0, 'denominator'],
    });
    // boundary: a number entry; an empty object; a rate with only one of its counts is a share missing the other
    expect(caught(() => addShares([5 as never]))).toMatchObject({ code: 'invalid-input', path: [0] });
    expect(caught(() => addShares([{} as never]))).toMatchObject({ code: 'invalid-count', path: [0, 'numerator'] });
    expect(caught(() => addShares([{ percent: 50, numerator: 1 } as never]))).toMatchObject({
      code: 'invalid-count',
      path: [0, 'denominator'],
    });
    expect(caught(() => addShares([{ percent: 50, denominator: 2 } as never]))).toMatchObject({
      code: 'invalid-count',
      path: [0, 'numerator'],
    });
  });

  it('denominators whose sum passes 2^53 − 1', () => {
    // boundary: (2^53 − 1) + 1 = 2^53 is not a safe integer
    expect(
      caught(() =>
        addShares([
          { numerator: 0, denominator: Number.MAX_SAFE_INTEGER },
          { numerator: 0, denominator: 1 },
        ]),
      ),
    ).toEqual({
      code: 'invalid-count',
      path: [],
      message: 'the sum of denominators is too large to count exactly',
      messageVi: 'tổng mẫu số quá lớn để đếm chính xác',
    });
  });
});
