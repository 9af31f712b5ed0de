import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareCounts,
  compareExact,
  compareShareToThreshold,
  maximumNumerator,
  minimumNumerator,
} from '../../src/exact/compare.js';
import { displayPercent, displayUnits } from '../../src/exact/display.js';
import { addShares } from '../../src/exact/share.js';
import { parseThreshold } from '../../src/exact/threshold.js';
import { isXhhtError } from '../../src/errors.js';

/*
 * The fast paths of the exact kernel (issue 11): a share is compared in plain
 * doubles while 100·n·10^k and t·d stay below 2^53 (integers in doubles are
 * exact there) and in BigInt beyond. These properties hold them to a BigInt
 * reference written here, independently of src/, on random inputs and on the
 * boundaries a review is decided on: the numerator exactly at the smallest
 * value that meets a threshold, one below and one above; denominators around
 * the point where the products pass 2^53; and counts past 2^53 where the API
 * takes bigints or where a sum passes it.
 */

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** A threshold as the decimal text a rule or plan writes, 0 to 6 places (parseThreshold's limit), 0–100. */
const thresholdText = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 999_999 }))
  .map(([whole, places, frac]) =>
    places === 0 || whole === 100 ? String(whole) : `${whole}.${String(frac % 10 ** places).padStart(places, '0')}`,
  );

/** The threshold as an exact fraction: digits over 10^places. */
function digits(text: string): { t: bigint; scale: bigint } {
  const [w, f = ''] = text.split('.');
  return { t: BigInt(w! + f), scale: 10n ** BigInt(f.length) };
}

/** The reference: sign of 100·n·10^k − t·d, in BigInt. */
function order(n: bigint, d: bigint, text: string): -1 | 0 | 1 {
  const { t, scale } = digits(text);
  const diff = n * 100n * scale - t * d;
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** The reference minimum numerator: ceil(t·d / (100·10^k)). */
function minimum(d: bigint, text: string): bigint {
  const { t, scale } = digits(text);
  const bottom = 100n * scale;
  return (t * d + bottom - 1n) / bottom;
}

/**
 * Denominators of every size: small, large, and near the point where 100·n·10^k
 * or t·d crosses 2^53 for a threshold with up to 6 places (2^53 / 10^8 ≈ 9.0·10^7,
 * 2^53 / 100 ≈ 9.0·10^13), where the fast path hands over to BigInt.
 */
const denominator = fc.oneof(
  fc.integer({ min: 1, max: 10_000 }),
  fc.integer({ min: 1, max: 1_000_000_000 }),
  fc.integer({ min: 89_000_000, max: 91_000_000 }),
  fc.integer({ min: 90_000_000_000_000, max: 90_100_000_000_000 }),
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
);
const shareArb = denominator.chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d)));
/** A numerator at, one below or one above the smallest one that meets the threshold. */
const edgeArb = fc.tuple(denominator, thresholdText, fc.constantFrom(-1n, 0n, 1n)).map(([d, text, step]) => {
  const m = minimum(BigInt(d), text) + step;
  const n = m < 0n ? 0n : m > BigInt(d) ? BigInt(d) : m;
  return { n: Number(n), d, text };
});

describe('fast paths of the exact kernel agree with BigInt (properties)', () => {
  it('compareCounts and compareShareToThreshold give the exact order for random shares and thresholds', () => {
    fc.assert(
      fc.property(shareArb, thresholdText, ([n, d], text) => {
        const t = parseThreshold(text);
        const expected = order(BigInt(n), BigInt(d), text);
        expect(compareCounts(n, d, t)).toBe(expected);
        expect(compareShareToThreshold({ numerator: n, denominator: d }, t)).toBe(expected);
        expect(compareExact(BigInt(n), BigInt(d), t)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('at the boundary: the minimum numerator meets, one below does not, one above does; minimumNumerator and maximumNumerator are the exact bounds', () => {
    fc.assert(
      fc.property(edgeArb, ({ n, d, text }) => {
        const t = parseThreshold(text);
        const expected = order(BigInt(n), BigInt(d), text);
        expect(compareCounts(n, d, t)).toBe(expected);
        const m = minimumNumerator(d, t);
        expect(BigInt(m)).toBe(minimum(BigInt(d), text));
        // the largest numerator within the threshold: floor(t·d / (100·10^k))
        const { t: td, scale } = digits(text);
        expect(BigInt(maximumNumerator(d, t))).toBe((td * BigInt(d)) / (100n * scale));
        if (m <= d) expect(compareCounts(m, d, t)).toBeGreaterThanOrEqual(0);
        if (m >= 1 && m - 1 <= d) expect(compareCounts(m - 1, d, t)).toBe(-1);
      }),
      { numRuns: 5000 },
    );
  });

  it('compareExact is exact for counts far past 2^53 (bigints), where doubles cannot hold them', () => {
    const big = fc.bigInt({ min: 1n, max: 2n ** 80n });
    const bigShare = big.chain((d) => fc.tuple(fc.bigInt({ min: 0n, max: d }), fc.constant(d)));
    const bigEdge = fc.tuple(big, thresholdText, fc.constantFrom(-1n, 0n, 1n)).map(([d, text, step]) => {
      const m = minimum(d, text) + step;
      return { n: m < 0n ? 0n : m > d ? d : m, d, text };
    });
    fc.assert(
      fc.property(bigShare, thresholdText, ([n, d], text) => {
        expect(compareExact(n, d, parseThreshold(text))).toBe(order(n, d, text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(bigEdge, ({ n, d, text }) => {
        expect(compareExact(n, d, parseThreshold(text))).toBe(order(n, d, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('the display of a share is the same text from numbers (fast path) and from bigints (exact path)', () => {
    fc.assert(
      fc.property(
        shareArb,
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom('at-least' as const, 'at-most' as const),
        ([n, d], decimals, comparator) => {
          if (d === 0) return;
          const fast = displayPercent({ numerator: n, denominator: d }, { decimals, comparator });
          const exact = displayPercent({ numerator: BigInt(n), denominator: BigInt(d) }, { decimals, comparator });
          expect(fast).toBe(exact);
          // and displayUnits, with a guard off the tenth grid: numbers and bigints agree
          const hundred = BigInt(n) * 100n;
          const guard = [parseThreshold('99.995')];
          const viaNumbers = hundred <= MAX ? displayUnits(Number(hundred), d, decimals, comparator, guard) : null;
          if (viaNumbers !== null)
            expect(BigInt(viaNumbers)).toBe(BigInt(displayUnits(hundred, BigInt(d), decimals, comparator, guard)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('addShares sums exactly, and a sum of denominators past 2^53 − 1 is a coded error, never a rounded count', () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    const one = count.chain((d) =>
      fc.record({ numerator: fc.integer({ min: 0, max: d }), denominator: fc.constant(d) }),
    );
    fc.assert(
      fc.property(fc.array(one, { minLength: 1, maxLength: 6 }), (shares) => {
        const n = shares.reduce((s, x) => s + BigInt(x.numerator), 0n);
        const d = shares.reduce((s, x) => s + BigInt(x.denominator), 0n);
        if (d > MAX) {
          try {
            addShares(shares);
            expect.unreachable('a sum past 2^53 − 1 must throw');
          } catch (e) {
            expect(isXhhtError(e) && e.code === 'invalid-count').toBe(true);
          }
          return;
        }
        const sum = addShares(shares);
        expect(BigInt(sum.numerator)).toBe(n);
        expect(BigInt(sum.denominator)).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });
});
