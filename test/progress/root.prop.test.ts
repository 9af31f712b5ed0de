import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { q } from '../../src/progress/rational.js';
import { powerOf, rootOf } from '../../src/progress/root.js';

// The oracle: decimal.js's own pow at 60 digits, a different algorithm from the BigInt ones under test.
const O = Decimal.clone({ precision: 60 });
const oracle = (n: number, d: number, p: number, r: number) => new O(n).div(d).pow(new O(p).div(r));
const close = (a: Decimal, b: Decimal) => a.minus(b).abs().lte(b.abs().times('1e-38'));

describe('roots and fractional powers of growth rates', () => {
  it('rootOf(x, n) is x^(1/n) to 40 digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 20 }), (n, d, k) => {
        expect(close(new O(rootOf(q(n, d), BigInt(k))), oracle(n, d, 1, k))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('powerOf(x, p, r) is x^(p/r) to 40 digits (exponents of dated points, e.g. 365/913)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 133_590 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        (n, d, p, r) => {
          expect(close(new O(powerOf(q(n, d), BigInt(p), BigInt(r))), oracle(n, d, p, r))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('exact roots come out exact', () => {
    expect(rootOf(q(144, 100), 2n).toFixed()).toBe('1.2'); // √1.44
    expect(rootOf(q(1331, 1000), 3n).toFixed()).toBe('1.1'); // ∛1.331
    expect(rootOf(q(1), 9n).toFixed()).toBe('1');
    expect(powerOf(q(121, 100), 1n, 2n).toFixed()).toBe('1.1');
  });
});
