import { describe, expect, it } from 'vitest';
import { formatViNumber } from '../../src/vi/index.js';
import { expectXhhtError } from './helpers.js';

describe('formatViNumber', () => {
  it('groups thousands with "." (seed 004: "19.747", "4.811", "738")', () => {
    expect(formatViNumber(19747)).toBe('19.747');
    expect(formatViNumber(4811)).toBe('4.811');
    expect(formatViNumber(738)).toBe('738');
    expect(formatViNumber(1_000_000)).toBe('1.000.000');
    expect(formatViNumber(0)).toBe('0');
  });

  it('writes the decimal mark as "," (brief: 1234.5 → "1.234,5"; seed 004: "99,96")', () => {
    expect(formatViNumber(1234.5)).toBe('1.234,5');
    expect(formatViNumber(99.96)).toBe('99,96');
    expect(formatViNumber(0.5)).toBe('0,5');
  });

  it('writes negatives with a leading "-"', () => {
    expect(formatViNumber(-1234567)).toBe('-1.234.567');
    expect(formatViNumber(-0.25)).toBe('-0,25');
    expect(formatViNumber('-1234.50')).toBe('-1.234,50');
  });

  it('never writes "-0"', () => {
    expect(formatViNumber(-0)).toBe('0');
    expect(formatViNumber('-0.00')).toBe('0,00');
    // -0.004 rounds to zero at 2 places
    expect(formatViNumber('-0.004', { decimals: 2 })).toBe('0,00');
  });

  it('keeps every digit of a decimal string (brief: "1234.50" → "1.234,50")', () => {
    expect(formatViNumber('1234.50')).toBe('1.234,50');
    expect(formatViNumber('87.30')).toBe('87,30');
    expect(formatViNumber('19739')).toBe('19.739');
    expect(formatViNumber('9007199254740993.5')).toBe('9.007.199.254.740.993,5');
  });

  it('writes out numbers that String() gives in exponent form', () => {
    expect(formatViNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatViNumber(1.5e-7)).toBe('0,00000015');
    expect(formatViNumber(-2e-7)).toBe('-0,0000002');
  });

  describe('decimals: half-up on the exact decimal, never toFixed', () => {
    it('rounds ties away from zero', () => {
      // 1.005 is stored as 1.00499999999999989…; (1.005).toFixed(2) is "1.00"
      expect(formatViNumber(1.005, { decimals: 2 })).toBe('1,01');
      expect(formatViNumber('-0.005', { decimals: 2 })).toBe('-0,01');
      expect(formatViNumber('99.955', { decimals: 2 })).toBe('99,96');
      expect(formatViNumber('999.5', { decimals: 0 })).toBe('1.000');
    });

    it('pads with zeros', () => {
      expect(formatViNumber(19747, { decimals: 2 })).toBe('19.747,00');
      expect(formatViNumber('87.3', { decimals: 2 })).toBe('87,30');
    });

    it('rounds down below the half', () => {
      expect(formatViNumber('87.304', { decimals: 2 })).toBe('87,30');
      expect(formatViNumber('1234.4999', { decimals: 0 })).toBe('1.234');
    });

    it('rejects a bad decimals option as invalid-input', () => {
      expectXhhtError(() => formatViNumber(1, { decimals: -1 }), 'invalid-input');
      expectXhhtError(() => formatViNumber(1, { decimals: 1.5 }), 'invalid-input');
      expectXhhtError(() => formatViNumber(1, { decimals: 21 }), 'invalid-input');
    });
  });

  it('rejects NaN and infinities', () => {
    expectXhhtError(() => formatViNumber(Number.NaN), 'invalid-number-format');
    expectXhhtError(() => formatViNumber(Number.POSITIVE_INFINITY), 'invalid-number-format');
  });

  it.each(['1.234,5', '1,5', '', ' 12', '1e5', '.5', '5.', '+5', '007', 'abc'])(
    'rejects the string %j: only machine decimal strings are formatted',
    (text) => {
      expectXhhtError(() => formatViNumber(text), 'invalid-number-format');
    },
  );
});
