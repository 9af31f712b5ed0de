import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseViCount, parseViDecimal, parseViNumber } from '../../src/vi/index.js';
import { expectXhhtError } from './helpers.js';

// Seed 004 (/work/shared/seeds/004_8f3245fc4fd686dd.txt), Đăk Cấm report:
//   line 56: "Số lượng 19.739/19.747, tỷ lệ 99,96%"
//   line 65: "9.287 người … 4.947 người … (1.736 người …, 738 người …, 1.384 người …, 1.089 người …) và 4.340 người"
describe('parseViNumber', () => {
  it('reads "." as the thousands separator (seed 004: "19.739/19.747")', () => {
    expect(parseViNumber('19.739')).toBe(19739);
    expect(parseViNumber('19.747')).toBe(19747);
  });

  it('reads "," as the decimal mark (seed 004: "tỷ lệ 99,96%")', () => {
    expect(parseViNumber('99,96')).toBe(99.96);
  });

  it('reads the brief examples', () => {
    expect(parseViNumber('1.000.000')).toBe(1_000_000);
    expect(parseViNumber('1.234,5')).toBe(1234.5);
    expect(parseViNumber('19739')).toBe(19739);
    expect(parseViNumber('0,5')).toBe(0.5);
    expect(parseViNumber('0')).toBe(0);
  });

  it('reads a leading minus', () => {
    expect(parseViNumber('-1.234,5')).toBe(-1234.5);
    expect(parseViNumber('-0,5')).toBe(-0.5);
  });

  it('reads "-0" as 0, not -0', () => {
    expect(Object.is(parseViNumber('-0'), 0)).toBe(true);
    expect(Object.is(parseViNumber('-0,00'), 0)).toBe(true);
  });

  it('ignores surrounding whitespace, NBSP included (text pasted from Word)', () => {
    expect(parseViNumber('  19.739\t')).toBe(19739);
    expect(parseViNumber('\u00a019.739\u00a0')).toBe(19739);
    expect(parseViNumber('\n99,96 ')).toBe(99.96);
  });

  it('reads every count of seed 004 line 65', () => {
    expect(['9.287', '4.947', '1.736', '738', '1.384', '1.089', '4.340'].map((t) => parseViNumber(t))).toEqual([
      9287, 4947, 1736, 738, 1384, 1089, 4340,
    ]);
  });

  describe('rejects malformed text with invalid-number-format and says why', () => {
    const cases: [text: string, why: RegExp][] = [
      ['1.23.4', /thousands group "23" must have exactly 3 digits/],
      ['12,3,4', /more than one decimal comma/],
      ['', /empty/],
      ['   ', /empty/],
      ['abc', /contains "a"/],
      ['1.2345', /thousands group "2345" must have exactly 3 digits/],
      ['1.23', /thousands group "23" must have exactly 3 digits/],
      ['1234.567', /first thousands group "1234" has more than 3 digits/],
      ['.5', /starts with '\.'/],
      [',5', /no digits before the decimal mark/],
      ['1,', /no digits after the decimal comma/],
      ['1.', /'\.' with no digits/],
      ['1..000', /'\.' with no digits/],
      ['1e5', /exponent/],
      ['1,5E3', /exponent/],
      ['1 000', /space/],
      ['1\u00a0000', /space/],
      ['1\u202f000', /space/],
      ['007', /leading zero/],
      ['0.500', /cannot start with 0/],
      ['--5', /minus sign/],
      ['5-', /minus sign/],
      ['-', /no digits/],
      ['+5', /contains "\+"/],
      ['\u22125', /U\+2212/],
      ['1,2.3', /'\.' comes after the decimal comma/],
      ['NaN', /contains "N"/],
      ['Infinity', /contains "I"/],
      ['１２', /U\+FF11/],
    ];
    it.each(cases)('%j', (text, why) => {
      const error = expectXhhtError(() => parseViNumber(text), 'invalid-number-format');
      expect(error.message).toMatch(why);
      expect(error.message).toContain(JSON.stringify(text));
    });
  });

  it('gives a Vietnamese message that is not the English one', () => {
    const error = expectXhhtError(() => parseViNumber('1.23'), 'invalid-number-format');
    expect(error.messageVi).toContain('phải có đúng 3 chữ số');
  });

  it('puts the caller path on the error', () => {
    expect(expectXhhtError(() => parseViNumber('1.23', ['rows', 4, 'value']), 'invalid-number-format').path).toEqual([
      'rows',
      4,
      'value',
    ]);
  });

  it('rejects text too large for a double (400 digits) instead of returning Infinity', () => {
    expectXhhtError(() => parseViNumber(`1${'0'.repeat(400)}`), 'invalid-number-format');
  });

  it('rejects a value that is not text', () => {
    expectXhhtError(() => parseViNumber(19739 as unknown as string), 'invalid-number-format');
  });

  it('has the documented type', () => {
    expectTypeOf(parseViNumber).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parseViNumber).returns.toEqualTypeOf<number>();
  });
});

describe('parseViDecimal', () => {
  it('returns the canonical decimal string (brief examples, seed 004 "99,96")', () => {
    expect(parseViDecimal('99,96')).toBe('99.96');
    expect(parseViDecimal('19.739')).toBe('19739');
    expect(parseViDecimal('1.234,5')).toBe('1234.5');
  });

  it('drops trailing zeros after the comma and the sign of zero', () => {
    expect(parseViDecimal('1.234,50')).toBe('1234.5');
    expect(parseViDecimal('100,00')).toBe('100');
    expect(parseViDecimal('-0,0')).toBe('0');
    expect(parseViDecimal('-0,050')).toBe('-0.05');
  });

  it('keeps every digit, beyond what a double holds', () => {
    expect(parseViDecimal('9.007.199.254.740.993,123456789012345678')).toBe('9007199254740993.123456789012345678');
  });

  it('rejects what parseViNumber rejects', () => {
    expectXhhtError(() => parseViDecimal('1.23'), 'invalid-number-format');
    expectXhhtError(() => parseViDecimal('1 000'), 'invalid-number-format');
  });
});

describe('parseViCount', () => {
  it('reads the counts of seed 004 line 65', () => {
    expect(parseViCount('9.287')).toBe(9287);
    expect(parseViCount('1.736')).toBe(1736);
    expect(parseViCount('738')).toBe(738);
    expect(parseViCount('1.384')).toBe(1384);
    expect(parseViCount('1.089')).toBe(1089);
    expect(parseViCount('4.340')).toBe(4340);
  });

  it('reads 0 and 2^53 − 1 (largest exact count)', () => {
    expect(parseViCount('0')).toBe(0);
    expect(parseViCount('9.007.199.254.740.991')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('rejects a decimal part with invalid-count (brief: "12,5"), even a zero one', () => {
    expect(expectXhhtError(() => parseViCount('12,5'), 'invalid-count').message).toMatch(/whole number/);
    expectXhhtError(() => parseViCount('12,0'), 'invalid-count');
  });

  it('rejects a minus sign with invalid-count (brief: "-3")', () => {
    expect(expectXhhtError(() => parseViCount('-3'), 'invalid-count').message).toMatch(/negative/);
    expectXhhtError(() => parseViCount('-0'), 'invalid-count');
  });

  it('rejects 2^53 with invalid-count', () => {
    expect(expectXhhtError(() => parseViCount('9.007.199.254.740.992'), 'invalid-count').message).toMatch(/too large/);
  });

  it('reports malformed text as invalid-number-format, not invalid-count', () => {
    expectXhhtError(() => parseViCount('1.23'), 'invalid-number-format');
    expectXhhtError(() => parseViCount(''), 'invalid-number-format');
  });
});
