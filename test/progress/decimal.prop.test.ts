import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, divide, fixed, fixedPlaces, toPlaces, type Rounding } from '../../src/progress/decimal.js';

/*
 * The BigInt decimals of src/progress/decimal.ts replaced decimal.js in the library (issue 11).
 * decimal.js stays a dev dependency as the oracle: 40 significant digits and each rounding mode, as
 * the progress assessment used them (Decimal.clone({ precision: 40, rounding })).
 */
const MODES: Record<Rounding, Decimal.Rounding> = {
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-up': Decimal.ROUND_HALF_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};
const modes = fc.constantFrom<Rounding>('half-even', 'half-up', 'floor', 'ceil');
const D40 = (mode: Rounding) => Decimal.clone({ precision: 40, rounding: MODES[mode] });
/** Integers from one digit to a few hundred (bounds of roots at 60–240 places are that long). */
const big = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }),
  fc.bigInt({ min: -(10n ** 300n), max: 10n ** 300n }),
  fc.tuple(fc.bigInt({ min: 1n, max: 999n }), fc.integer({ min: 0, max: 80 })).map(([c, k]) => c * 10n ** BigInt(k)),
);
const nonZero = big.filter((d) => d !== 0n);

describe('divide(n, d, mode) is decimal.js’s n.div(d) at 40 significant digits', () => {
  it('on random integers, every rounding mode', () => {
    fc.assert(
      fc.property(big, nonZero, modes, (n, d, mode) => {
        const C = D40(mode);
        expect(fixed(divide(n, d, mode))).toBe(new C(n.toString()).div(d.toString()).toFixed());
      }),
      { numRuns: 2000 },
    );
  });

  it('on ties and exact quotients (halves at the 41st digit)', () => {
    // 10^40 + 5 over 10: 41 digits ending in 5, a tie at the last place kept
    for (const n of [10n ** 41n + 5n, 10n ** 41n + 15n, -(10n ** 41n + 5n), 25n, 2n * 10n ** 40n + 10n]) {
      for (const mode of ['half-even', 'half-up', 'floor', 'ceil'] as const) {
        const C = D40(mode);
        expect(fixed(divide(n, 10n, mode)), `${n} ${mode}`).toBe(new C(n.toString()).div(10).toFixed());
      }
    }
  });
});

describe('toPlaces, compare and the texts are decimal.js’s', () => {
  it('toDecimalPlaces(2, mode).toFixed(2) and comparisons', () => {
    fc.assert(
      fc.property(big, nonZero, modes, big, nonZero, (n, d, mode, m, e) => {
        const C = D40('half-even');
        const x = divide(n, d);
        const dx = new C(n.toString()).div(d.toString());
        expect(fixedPlaces(toPlaces(x, 2, mode), 2)).toBe(dx.toDecimalPlaces(2, MODES[mode]).toFixed(2));
        const y = divide(m, e);
        const dy = new C(m.toString()).div(e.toString());
        expect(compare(x, y)).toBe(dx.comparedTo(dy));
      }),
      { numRuns: 2000 },
    );
  });
});
