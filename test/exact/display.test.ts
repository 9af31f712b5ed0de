import { describe, expect, it } from 'vitest';
import { displayPercent } from '../../src/exact/display.js';
import * as api from '../../src/index.js';

/*
 * The one display rule for percentages (issue 9, point 2): half-up to `decimals` places, except
 * that the display never lands on a multiple of 0.1 points (a "tenth") from the wrong side of the
 * exact value: floor instead for a share against minimums (`at-least`), ceiling instead for a share
 * against maximums (`at-most`).
 */

describe('displayPercent: the cases of issue 9, point 2', () => {
  it('4.340 of 36.167 is 11.99988…%: "11.99", never "12.00" (the 12% minimum of Decision 1373 is not reached)', () => {
    // 4.340 people with university or higher: seed 004 (Đăk Cấm report), line 65.
    // 36.167 people aged 15+: the population of the example in issue 9, point 2.
    // Decision 1373/QĐ-TTg, Điều 1, Mục II.2.b: at least 12% with university or higher by 2025.
    expect(displayPercent({ numerator: 4340, denominator: 36167 })).toBe('11.99');
  });

  it('98 of 817 is 11.9951…%: "11.99" (issue 9, point 2: the smallest case)', () => {
    expect(displayPercent({ numerator: 98, denominator: 817 })).toBe('11.99');
  });

  it('1.402 of 2.003 is 69.995…%: "69.99", not "70.00" (Decision 387/QĐ-TTg: at least 70% learning families by 2025)', () => {
    // the share is the example (issue 9, point 2); the 70% target is QĐ 387, Điều 1
    expect(displayPercent({ numerator: 1402, denominator: 2003 })).toBe('69.99');
  });

  it('19.739 of 19.747 is 99.9594…%: "99.96", as the Đăk Cấm report writes it (half-up, 99,96%)', () => {
    // seed 004, line 56: "Số lượng 19.739/19.747, tỷ lệ 99,96%"
    expect(displayPercent({ numerator: 19739, denominator: 19747 })).toBe('99.96');
  });

  it('89.995% (17.999 of 20.000) is "89.99": a half-up tie that would land on the 90.0 tenth', () => {
    // Decision 1373, Điều 1, Mục II.2.a: 90% of provinces at literacy level 2 by 2030; counts made up to sit on the tie
    expect(displayPercent({ numerator: 17999, denominator: 20000 })).toBe('89.99');
  });

  it('a value exactly on a tenth is shown as it is, with either comparator', () => {
    // 63 of 90 = 70% exactly (the 70% of QĐ 387); 9 of 10 = 90%
    expect(displayPercent({ numerator: 63, denominator: 90 })).toBe('70.00');
    expect(displayPercent({ numerator: 63, denominator: 90 }, { comparator: 'at-most' })).toBe('70.00');
    expect(displayPercent({ numerator: 9, denominator: 10 })).toBe('90.00');
    expect(displayPercent({ numerator: 0, denominator: 7 })).toBe('0.00');
    expect(displayPercent({ numerator: 7, denominator: 7 })).toBe('100.00');
  });

  it('half-up where it does not land on a tenth: 55 of 63 is "87.30" (87.3015…), 60.005% is "60.01"', () => {
    // 55 of 63 provinces at literacy level 2 in 2024 (the national figures in examples/national-2024.json)
    expect(displayPercent({ numerator: 55, denominator: 63 })).toBe('87.30'); // rounds down onto 87.3: reached
    // 12.001 of 20.000 = 60.005%: a tie, away from zero, onto 60.01 (not a tenth)
    expect(displayPercent({ numerator: 12001, denominator: 20000 })).toBe('60.01');
    // 2 of 3 = 66.666…% → 66.67 (not a tenth)
    expect(displayPercent({ numerator: 2, denominator: 3 })).toBe('66.67');
  });

  it('rounding down onto a tenth that the value has passed is fine for a minimum: 70.001% is "70.00"', () => {
    // 70.001 of 100 000 · 100: made up; the value has reached 70.0, so "70.00" tells the truth about a 70% minimum
    expect(displayPercent({ numerator: 70001, denominator: 100000 })).toBe('70.00');
  });

  it('at-most: rounding down onto a tenth the value exceeds shows the ceiling (1.5004% → "1.51")', () => {
    // a maximum such as a dropout rate "không quá 1,5%"; 15.004 of 1.000.000 made up to sit just above 1.5
    expect(displayPercent({ numerator: 15004, denominator: 1_000_000 }, { comparator: 'at-most' })).toBe('1.51');
    // the same share against minimums reads half-up: 1.50 has been reached
    expect(displayPercent({ numerator: 15004, denominator: 1_000_000 })).toBe('1.50');
    // at-most rounding UP onto a tenth is fine: 89.995% is below 90.0, so "90.00" is within a 90% maximum
    expect(displayPercent({ numerator: 17999, denominator: 20000 }, { comparator: 'at-most' })).toBe('90.00');
    // 0.004% against a maximum of 0%: "0.00" would say "within", so "0.01"
    expect(displayPercent({ numerator: 4, denominator: 100000 }, { comparator: 'at-most' })).toBe('0.01');
  });

  it('with decimals ≤ 1 every displayed value is a tenth: floor for minimums, ceiling for maximums', () => {
    // 55 of 63 = 87.3015…%; 2 of 3 = 66.666…%
    expect(displayPercent({ numerator: 55, denominator: 63 }, { decimals: 1 })).toBe('87.3');
    expect(displayPercent({ numerator: 2, denominator: 3 }, { decimals: 1 })).toBe('66.6');
    expect(displayPercent({ numerator: 2, denominator: 3 }, { decimals: 1, comparator: 'at-most' })).toBe('66.7');
    expect(displayPercent({ numerator: 55, denominator: 63 }, { decimals: 1, comparator: 'at-most' })).toBe('87.4');
    expect(displayPercent({ numerator: 2, denominator: 3 }, { decimals: 0 })).toBe('66');
    expect(displayPercent({ numerator: 1, denominator: 3 }, { decimals: 0, comparator: 'at-most' })).toBe('34');
    expect(displayPercent({ numerator: 63, denominator: 90 }, { decimals: 0 })).toBe('70');
  });

  it('more decimals: the tenth grid still holds (11.99988…% → "11.9998" at four places, 12 not reached)', () => {
    // 4.340 of 36.167 (see above) = 11.999889…%: four places half-up is 11.9999, not a tenth
    expect(displayPercent({ numerator: 4340, denominator: 36167 }, { decimals: 4 })).toBe('11.9999');
    // three places half-up is 12.000, a tenth not reached → 11.999
    expect(displayPercent({ numerator: 4340, denominator: 36167 }, { decimals: 3 })).toBe('11.999');
  });

  it('counts beyond 2^53 as bigint: exact, no float anywhere', () => {
    const big = 2n ** 60n; // 1 152 921 504 606 846 976
    // one person short of 12% of 2^60 people: floor(0.12·2^60) = 138 350 580 552 821 637
    const twelve = (big * 12n) / 100n; // 0.12·2^60 is not whole, so this is the largest count below 12%
    expect(displayPercent({ numerator: twelve, denominator: big })).toBe('11.99');
    expect(displayPercent({ numerator: twelve + 1n, denominator: big })).toBe('12.00');
    // safe-integer numbers whose 100·n passes 2^53
    expect(displayPercent({ numerator: Number.MAX_SAFE_INTEGER - 1, denominator: Number.MAX_SAFE_INTEGER })).toBe(
      '99.99',
    );
  });

  it('is exported from the package entry', () => {
    expect(api.displayPercent).toBe(displayPercent);
  });
});

describe('displayPercent: bad arguments are coded errors', () => {
  const cases: [string, string, () => unknown, (string | number)[]][] = [
    ['no share', 'invalid-input', () => displayPercent(null as never), []],
    ['a negative numerator', 'invalid-count', () => displayPercent({ numerator: -1, denominator: 3 }), ['numerator']],
    [
      'a fractional denominator',
      'invalid-count',
      () => displayPercent({ numerator: 1, denominator: 2.5 }),
      ['denominator'],
    ],
    [
      'an unsafe number',
      'invalid-count',
      () => displayPercent({ numerator: 1, denominator: 2 ** 60 }),
      ['denominator'],
    ],
    ['a negative bigint', 'invalid-count', () => displayPercent({ numerator: -1n, denominator: 3n }), ['numerator']],
    ['text', 'invalid-count', () => displayPercent({ numerator: '1' as never, denominator: 3 }), ['numerator']],
    [
      'more than the whole',
      'numerator-exceeds-denominator',
      () => displayPercent({ numerator: 4, denominator: 3 }),
      ['numerator'],
    ],
    ['a zero denominator', 'zero-denominator', () => displayPercent({ numerator: 0, denominator: 0 }), ['denominator']],
    [
      'decimals 11',
      'invalid-input',
      () => displayPercent({ numerator: 1, denominator: 3 }, { decimals: 11 }),
      ['decimals'],
    ],
    [
      'decimals 1.5',
      'invalid-input',
      () => displayPercent({ numerator: 1, denominator: 3 }, { decimals: 1.5 }),
      ['decimals'],
    ],
    [
      'an unknown comparator',
      'invalid-input',
      () => displayPercent({ numerator: 1, denominator: 3 }, { comparator: 'below' as never }),
      ['comparator'],
    ],
  ];
  it.each(cases)('%s', (_, code, call, path) => {
    expect(call).toThrowError(expect.objectContaining({ code, path }));
  });
});
