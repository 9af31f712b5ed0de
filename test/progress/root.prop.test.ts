import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { q } from '../../src/progress/rational.js';
import { exactPower, levelDigits, perfectRoot, powerBounds, rootBounds } from '../../src/progress/root.js';

// The oracle: decimal.js's own pow, a different algorithm from the BigInt ones under test, with at
// least 30 digits more than the bounds checked (90 for 60 places, 160 for 120).
const O = Decimal.clone({ precision: 160 });
const O90 = Decimal.clone({ precision: 90 });
const oracle = (n: number, d: number, p: number, r: number, C: typeof O = O) =>
  new O(new C(n).div(d).pow(new C(p).div(r)));
/** lo ≤ x·10^digits ≤ hi, and the bounds are tight: hi − lo ≤ slack units. */
function brackets(b: { lo: bigint; hi: bigint }, x: Decimal, digits: number, slack: bigint): boolean {
  const scaled = new O(x).times(new O(10).pow(digits));
  return new O(b.lo.toString()).lte(scaled) && new O(b.hi.toString()).gte(scaled) && b.hi - b.lo <= slack;
}

describe('certified bounds of growth factors', () => {
  it('rootBounds(x, n, 60) brackets x^(1/n) within one unit of the 60th place', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 20 }),
        (n, d, k) => {
          expect(brackets(rootBounds(q(n, d), BigInt(k), 60), oracle(n, d, 1, k, O90), 60, 1n)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('powerBounds(x, p, r, digits) brackets x^(p/r) (exponents of dated points, e.g. 365/913), at 60 and 120 places', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 133_590 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.constantFrom(0, 1),
        (n, d, p, r, level) => {
          const digits = levelDigits(level);
          const x = oracle(n, d, p, r, level === 0 ? O90 : O);
          // relative precision: the width is a few units of the (digits + 15)-th significant digit at most
          const slack =
            BigInt(
              new O(x)
                .times(new O(10).pow(digits - 15))
                .ceil()
                .toFixed(),
            ) + 2n;
          expect(brackets(powerBounds(q(n, d), BigInt(p), BigInt(r), digits), x, digits, slack)).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('exact roots and powers are found, and only those', () => {
    expect(exactPower(q(144, 100), 1n, 2n)).toEqual(q(6, 5)); // √1.44 = 1.2
    expect(exactPower(q(1331, 1000), 1n, 3n)).toEqual(q(11, 10)); // ∛1.331 = 1.1
    expect(exactPower(q(16, 9), 1n, 2n)).toEqual(q(4, 3)); // no short decimal
    expect(exactPower(q(8, 27), 2n, 3n)).toEqual(q(4, 9));
    expect(exactPower(q(0), 365n, 913n)).toEqual(q(0));
    expect(exactPower(q(2), 1n, 2n)).toBeNull();
    expect(exactPower(q(4, 3), 1n, 2n)).toBeNull();
    expect(perfectRoot(10n ** 60n + 1n, 2n)).toBeNull();
    expect(perfectRoot((10n ** 30n + 7n) ** 5n, 5n)).toBe(10n ** 30n + 7n);
    fc.assert(
      fc.property(fc.bigInt({ min: 2n, max: 10n ** 20n }), fc.integer({ min: 1, max: 12 }), (a, n) => {
        expect(perfectRoot(a ** BigInt(n), BigInt(n))).toBe(a);
        expect(perfectRoot(a ** BigInt(n) + 1n, BigInt(n))).toBe(n === 1 ? a + 1n : null);
      }),
      { numRuns: 200 },
    );
  });

  it('the bounds of an exact root contain it', () => {
    expect(rootBounds(q(144, 100), 2n, 60)).toEqual({ lo: 12n * 10n ** 59n, hi: 12n * 10n ** 59n + 1n });
    const b = powerBounds(q(121, 100), 1n, 2n, 60);
    expect(b.lo <= 11n * 10n ** 59n && 11n * 10n ** 59n <= b.hi).toBe(true);
  });
});
