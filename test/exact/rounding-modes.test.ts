import { describe, expect, it } from 'vitest';
import { formatRatio, formatRatioHonest, honestUnits, keepOnSide, unitsToDecimal } from '../../src/exact/round.js';
import { expectXhhtError } from '../vi/helpers.js';

/*
 * Decimal rounding of exact ratios, pinned case by case in both arithmetic paths: plain numbers
 * (every intermediate a safe integer) and BigInt (a bigint argument, or products past 2^53).
 * Every expected text is hand arithmetic, written beside it.
 */

const modes = (num: number | bigint, den: number | bigint, places: number) =>
  (['half-up', 'floor', 'ceil'] as const).map((m) => formatRatio(num, den, places, m));

describe('formatRatio: the three modes, numbers and bigints alike', () => {
  it.each([
    // 1/8 = 0.125: a tie goes up (away from zero); floor 0.12, ceil 0.13
    [1, 8, 2, ['0.13', '0.12', '0.13']],
    // −1/8 = −0.125: the tie goes away from zero (−0.13); floor −0.13, ceil −0.12
    [-1, 8, 2, ['-0.13', '-0.13', '-0.12']],
    // 2/3 = 0.666…: half-up 0.67, floor 0.66, ceil 0.67
    [2, 3, 2, ['0.67', '0.66', '0.67']],
    // 1/3 = 0.333…: half-up 0.33, floor 0.33, ceil 0.34
    [1, 3, 2, ['0.33', '0.33', '0.34']],
    // −2/3 = −0.666…: half-up −0.67, floor −0.67, ceil −0.66
    [-2, 3, 2, ['-0.67', '-0.67', '-0.66']],
    // −1/3 = −0.333…: half-up −0.33, floor −0.34, ceil −0.33
    [-1, 3, 2, ['-0.33', '-0.34', '-0.33']],
    // 1/4 = 0.25 exactly: every mode shows it as it is
    [1, 4, 2, ['0.25', '0.25', '0.25']],
    // 1/200 = 0.005: the tie from 0.00 goes up to 0.01; floor 0.00
    [1, 200, 2, ['0.01', '0.00', '0.01']],
    // 7/2 = 3.5 at no places: half-up 4, floor 3, ceil 4
    [7, 2, 0, ['4', '3', '4']],
  ] as const)('%s / %s at %s places', (num, den, places, expected) => {
    expect(modes(num, den, places)).toEqual(expected);
    expect(modes(BigInt(num), BigInt(den), places)).toEqual(expected);
  });

  it('past 2^53 the numbers are taken as the integers they are, in BigInt', () => {
    // (10^15 + 1)/3 = 333,333,333,333,333.666…; at 2 places the scaled numerator 10^17 + 100 is past 2^53
    expect(modes(10 ** 15 + 1, 3, 2)).toEqual(['333333333333333.67', '333333333333333.66', '333333333333333.67']);
    // 1/(2^53 + 2) at 2 places: 100/(2^53 + 2) is below half a unit → 0.00; ceil 0.01
    expect(modes(1, 2 ** 53 + 2, 2)).toEqual(['0.00', '0.00', '0.01']);
    // 10^30 + 5 over 10 = 10^29 + 0.5: half-up 10^29 + 1
    expect(formatRatio(10n ** 30n + 5n, 10n, 0)).toBe('100000000000000000000000000001');
  });
});

describe('unitsToDecimal: units of 10^-places as text', () => {
  it.each([
    [8730, 2, '87.30'],
    [-1, 2, '-0.01'],
    [5, 3, '0.005'],
    [-5n, 3, '-0.005'],
    [1024n, 0, '1024'],
    [-1024n, 0, '-1024'],
    [-7, 0, '-7'],
    [0, 2, '0.00'],
    [123456n, 2, '1234.56'],
  ] as const)('%s at %s places is %s', (units, places, text) => {
    expect(unitsToDecimal(units, places)).toBe(text);
  });
});

describe('keepOnSide and honestUnits: the display stays on the side of the bound the value is on', () => {
  // 89.995% (89,995 / 1,000) is below a 90% bound; half-up would show 90.00
  it('below: 90.00 is not below 90, so the floor 89.99 is shown', () => {
    expect(honestUnits(89995, 1000, 2, 'below', 90, 1)).toBe(8999);
    expect(honestUnits(89995n, 1000n, 2, 'below', 90n, 1n)).toBe(8999n);
  });

  it('at-or-below: 89.995 half-up is 90.00, at a 90 bound: kept', () => {
    expect(honestUnits(89995, 1000, 2, 'at-or-below', 90, 1)).toBe(9000);
  });

  it('above: 90.004 half-up is 90.00, not above 90, so the ceiling 90.01 is shown', () => {
    expect(honestUnits(90004, 1000, 2, 'above', 90, 1)).toBe(9001);
    expect(honestUnits(90004n, 1000n, 2, 'above', 90n, 1n)).toBe(9001n);
  });

  it('at-or-above: 89.996 against 89.99 half-up is 90.00, kept; 90.004 against 90.003 needs 90.01', () => {
    expect(honestUnits(89996, 1000, 2, 'at-or-above', 8999, 100)).toBe(9000);
    // 90.004 against 90.003 (90,003 / 1,000): half-up 90.00 is below it → ceiling 90.01
    expect(formatRatioHonest(90004, 1000, 2, 'at-or-above', 90003, 1000)).toBe('90.01');
  });

  it('keepOnSide keeps a display already on its side, and rounds toward the truth otherwise', () => {
    // 87.30 is above 70: kept
    expect(keepOnSide(8730, 5500, 63, 2, 'above', 70, 1)).toBe(8730);
    // 90.00 is not below 90: floor of 89,995/1,000 at 2 places is 89.99
    expect(keepOnSide(9000, 89995, 1000, 2, 'below', 90, 1)).toBe(8999);
    // 90.00 is not above 90: ceiling of 90,004/1,000 is 90.01
    expect(keepOnSide(9000, 90004, 1000, 2, 'above', 90, 1)).toBe(9001);
  });

  it('a bound whose product passes 2^53 is compared in BigInt: 1/3 at 2 places below 2^50', () => {
    // 0.33 against 2^50: units·1 = 33 vs 2^50·100, past 2^53 → compared in BigInt; 33 is below
    expect(honestUnits(1, 3, 2, 'below', 2 ** 50, 1)).toBe(33);
    expect(honestUnits(1, 3, 2, 'below', 2n ** 50n, 1n)).toBe(33);
  });
});

describe('formatRatio and formatRatioHonest: what a bad argument is told', () => {
  it('names the argument and what it got, a bigint with its n, text quoted', () => {
    const e = expectXhhtError(() => formatRatio(1, -3n, 2), 'invalid-input');
    expect(e.path).toEqual(['den']);
    expect(e.message).toBe('den must be a whole number above 0, got -3n');
    expect(e.messageVi).toBe('den phải là một số nguyên lớn hơn 0, nhận được -3n');
    const m = expectXhhtError(() => formatRatio(1, 3, 2, 'up' as never), 'invalid-input');
    expect(m.message).toBe('mode must be half-up, floor or ceil, got "up"');
    expect(m.messageVi).toBe('mode phải là half-up, floor hoặc ceil, nhận được "up"');
    const p = expectXhhtError(() => formatRatio(1, 3, 21), 'invalid-input');
    expect(p.message).toBe('places must be a whole number from 0 to 20, got 21');
    expect(p.messageVi).toBe('places phải là một số nguyên từ 0 đến 20, nhận được 21');
    const n = expectXhhtError(() => formatRatio(1.5, 3, 2), 'invalid-input');
    expect(n.message).toBe('num must be a whole number, got 1.5');
    expect(n.messageVi).toBe('num phải là một số nguyên, nhận được 1.5');
  });

  it('a zero denominator is zero-denominator in both languages', () => {
    const e = expectXhhtError(() => formatRatio(1n, 0n, 2), 'zero-denominator');
    expect(e.message).toBe('den is 0: a ratio over 0 has no value');
    expect(e.messageVi).toBe('mẫu số bằng 0: tỷ lệ không có giá trị');
  });

  it('formatRatioHonest: the side and the bound', () => {
    const s = expectXhhtError(() => formatRatioHonest(1, 3, 2, 'under' as never, 1, 1), 'invalid-input');
    expect(s.message).toBe('side must be below, at-or-below, above or at-or-above, got "under"');
    expect(s.messageVi).toBe('side phải là below, at-or-below, above hoặc at-or-above, nhận được "under"');
    expect(expectXhhtError(() => formatRatioHonest(1, 3, 2, 'below', 1, -1n), 'invalid-input').path).toEqual([
      'boundDen',
    ]);
    expect(expectXhhtError(() => formatRatioHonest(1, 3, 2, 'below', 1, 1.5), 'invalid-input').path).toEqual([
      'boundDen',
    ]);
    // places are checked as for formatRatio
    expect(expectXhhtError(() => formatRatioHonest(1, 3, -1, 'below', 1, 1), 'invalid-input').path).toEqual(['places']);
    expect(expectXhhtError(() => formatRatioHonest(1, 3, 2.5, 'below', 1, 1), 'invalid-input').path).toEqual([
      'places',
    ]);
  });
});
