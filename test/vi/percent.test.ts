import { describe, expect, it } from 'vitest';
import { formatViPercent, parseViPercent, parseViPercentDecimal } from '../../src/vi/index.js';
import { expectXhhtError } from './helpers.js';

// Seed 004 (/work/shared/seeds/004_8f3245fc4fd686dd.txt) line 56: "tỷ lệ 99,96%"; line 42: "tỷ lệ 100%".
describe('parseViPercent', () => {
  it('reads "99,96%" as 99.96 (seed 004)', () => {
    expect(parseViPercent('99,96%')).toBe(99.96);
  });

  it('reads "100%" (seed 004)', () => {
    expect(parseViPercent('100%')).toBe(100);
  });

  it('accepts the number without "%", and a space (NBSP too) before it', () => {
    expect(parseViPercent('99,96')).toBe(99.96);
    expect(parseViPercent('99,96 %')).toBe(99.96);
    expect(parseViPercent('99,96\u00a0%')).toBe(99.96);
    expect(parseViPercent(' 99,96% ')).toBe(99.96);
  });

  it('does not range-check: negative changes and growth above 100% are percentages', () => {
    expect(parseViPercent('-2,5%')).toBe(-2.5);
    expect(parseViPercent('120%')).toBe(120);
  });

  it.each(['', '%', '99.96%', '%99,96', '99,96%%', '99,96 % %', '99,96‰', '99,96 phần trăm', 'abc%', '1 000%'])(
    'rejects %j with invalid-percent-format',
    (text) => {
      expectXhhtError(() => parseViPercent(text), 'invalid-percent-format');
    },
  );

  it('explains an English decimal point', () => {
    const error = expectXhhtError(() => parseViPercent('99.96%'), 'invalid-percent-format');
    expect(error.message).toMatch(/thousands group "96"/);
    expect(error.messageVi).toMatch(/phần trăm/);
  });
});

describe('parseViPercentDecimal', () => {
  it('returns the exact decimal string (seed 004 "99,96%")', () => {
    expect(parseViPercentDecimal('99,96%')).toBe('99.96');
    expect(parseViPercentDecimal('87,30 %')).toBe('87.3');
    expect(parseViPercentDecimal('100%')).toBe('100');
  });

  it('rejects bad text with invalid-percent-format', () => {
    expectXhhtError(() => parseViPercentDecimal('1,2,3%'), 'invalid-percent-format');
  });
});

describe('formatViPercent', () => {
  it('writes 99.96 as "99,96%" with no space (seed 004)', () => {
    expect(formatViPercent(99.96)).toBe('99,96%');
    expect(formatViPercent(100)).toBe('100%');
  });

  it('keeps the digits of a display string (brief: "87.30" → "87,30%")', () => {
    expect(formatViPercent('87.30')).toBe('87,30%');
    expect(formatViPercent('99.96')).toBe('99,96%');
  });

  it('rounds half-up with decimals', () => {
    expect(formatViPercent('99.955', { decimals: 2 })).toBe('99,96%');
    expect(formatViPercent('99.954', { decimals: 2 })).toBe('99,95%');
    expect(formatViPercent(87.3, { decimals: 2 })).toBe('87,30%');
    expect(formatViPercent('89.995', { decimals: 0 })).toBe('90%');
  });

  it('puts a space before "%" only when asked', () => {
    expect(formatViPercent(99.96, { space: true })).toBe('99,96 %');
    expect(formatViPercent(99.96, { space: false })).toBe('99,96%');
  });

  it('groups thousands in large percentages', () => {
    expect(formatViPercent(1234.5)).toBe('1.234,5%');
  });

  it('rejects NaN and malformed strings', () => {
    expectXhhtError(() => formatViPercent(Number.NaN), 'invalid-number-format');
    expectXhhtError(() => formatViPercent('99,96'), 'invalid-number-format');
  });
});
