import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/report/numbers.js';
import { formatViNumber } from '../../src/vi/format.js';

// The short way formatNumber writes a non-negative whole number or machine decimal must be the
// one formatViNumber writes (the Vietnamese way), with the separators swapped in English.
const reference = (value: number | string, lang: 'vi' | 'en') => {
  const vi = formatViNumber(value);
  return lang === 'vi' ? vi : vi.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
};

describe('formatNumber writes what formatViNumber writes', () => {
  it('for whole numbers up to 2^53 − 1 and beyond, negative ones, and non-integers', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.nat({ max: 999_999 }),
          fc.maxSafeNat(),
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom(0, -0, 1000, 999, 2 ** 53, 1e21),
        ),
        fc.constantFrom('vi' as const, 'en' as const),
        (value, lang) => {
          expect(formatNumber(value, lang)).toBe(reference(value, lang));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('for decimal strings, well formed or not', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), minLength: 1, maxLength: 22 });
    const text = fc.oneof(
      fc.tuple(digits, fc.option(digits)).map(([w, f]) => (f === null ? w : `${w}.${f}`)),
      fc.string({ unit: fc.constantFrom('0', '7', '.', '-', ',', ' ', 'e'), maxLength: 8 }),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('vi' as const, 'en' as const), (value, lang) => {
        let expected: string | Error;
        try {
          expected = reference(value, lang);
        } catch (e) {
          expected = e as Error;
        }
        if (expected instanceof Error) expect(() => formatNumber(value, lang)).toThrow(expected.message);
        else expect(formatNumber(value, lang)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('examples: 19.747 people (seed 004, Đăk Cấm), 87,30%', () => {
    expect(formatNumber(19747, 'vi')).toBe('19.747');
    expect(formatNumber(19747, 'en')).toBe('19,747');
    expect(formatNumber('1234567.50', 'vi')).toBe('1.234.567,50');
    expect(formatNumber('87.30', 'en')).toBe('87.30');
  });
});
