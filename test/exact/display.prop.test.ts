import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayPercent } from '../../src/exact/display.js';

/*
 * Properties of the display rule (issue 9, point 2). Oracles are BigInt arithmetic written here,
 * independently of src/. Thresholds are drawn as the legal and plan texts write them: a whole
 * number or one decimal ("70", "99.5"); the shares are random, including counts past 2^53.
 */

type Comparator = 'at-least' | 'at-most';

/** A percentage threshold with at most one decimal, as tenths: 995n is 99.5%. */
const tenthsArb = fc.integer({ min: 0, max: 1000 }).map(BigInt);
/** Any non-negative denominator up to far beyond 2^53. */
const denArb = fc.oneof(
  fc.bigInt({ min: 1n, max: 2000n }),
  fc.bigInt({ min: 1n, max: 10n ** 7n }),
  fc.constantFrom(200n, 2000n, 20_000n, 200_000n), // half-hundredth ties (60.005%) are frequent here
  fc.bigInt({ min: 1n, max: 2n ** 70n }),
);
const shareArb = denArb.chain((d) => fc.tuple(fc.bigInt({ min: 0n, max: d }), fc.constant(d)));

/** The smallest n with 100·n/d ≥ t/10, i.e. ceil(t·d / 1000). */
const minimumNumerator = (tenths: bigint, d: bigint) => (tenths * d + 999n) / 1000n;

/** A share whose numerator sits at, one below or one above the minimum numerator of a threshold. */
const edgeArb = fc.tuple(denArb, tenthsArb, fc.constantFrom(-1n, 0n, 1n)).map(([d, t, step]) => {
  const m = minimumNumerator(t, d) + step;
  const n = m < 0n ? 0n : m > d ? d : m;
  return { n, d, t };
});

/** Exact order of 100·n/d against t tenths: sign of 1000·n − t·d. */
const exactOrder = (n: bigint, d: bigint, tenths: bigint) => Math.sign(Number(1000n * n - tenths * d));
/** Order of the displayed text against t tenths, read from the text alone. */
function shownOrder(text: string, tenths: bigint): number {
  const [w, f = ''] = text.split('.');
  const places = f.length;
  const units = BigInt(w! + f); // text in units of 10^-places
  // units/10^places vs tenths/10 → units·10 vs tenths·10^places
  return Math.sign(Number(units * 10n - tenths * 10n ** BigInt(places)));
}
const meets = (order: number, c: Comparator) => (c === 'at-least' ? order >= 0 : order <= 0);

/** Exact value in units of 10^-places, floor and remainder: 100·n·10^p = q·d + r. */
function floorUnits(n: bigint, d: bigint, places: number): { q: bigint; r: bigint } {
  const scaled = 100n * n * 10n ** BigInt(places);
  return { q: scaled / d, r: scaled % d };
}
const unitsOf = (text: string) => BigInt(text.replace('.', ''));

describe('the display rule (properties)', () => {
  it('for every threshold with at most one decimal, the displayed text gives the exact verdict (both comparators, 1–6 places)', () => {
    fc.assert(
      fc.property(
        shareArb,
        tenthsArb,
        fc.constantFrom<Comparator>('at-least', 'at-most'),
        fc.integer({ min: 1, max: 6 }),
        ([n, d], t, c, decimals) => {
          const text = displayPercent({ numerator: n, denominator: d }, { decimals, comparator: c });
          expect(meets(shownOrder(text, t), c)).toBe(meets(exactOrder(n, d, t), c));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('…also with n exactly at, one below and one above the minimum numerator of the threshold', () => {
    fc.assert(
      fc.property(
        edgeArb,
        fc.constantFrom<Comparator>('at-least', 'at-most'),
        fc.integer({ min: 1, max: 4 }),
        ({ n, d, t }, c, decimals) => {
          const text = displayPercent({ numerator: n, denominator: d }, { decimals, comparator: c });
          expect(meets(shownOrder(text, t), c)).toBe(meets(exactOrder(n, d, t), c));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('with 0 decimals every whole-number threshold gets the exact verdict', () => {
    fc.assert(
      fc.property(
        shareArb,
        fc.integer({ min: 0, max: 100 }).map((w) => BigInt(w) * 10n),
        fc.constantFrom<Comparator>('at-least', 'at-most'),
        ([n, d], t, c) => {
          const text = displayPercent({ numerator: n, denominator: d }, { decimals: 0, comparator: c });
          expect(meets(shownOrder(text, t), c)).toBe(meets(exactOrder(n, d, t), c));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('the verdict holds with safe-integer numbers too (100·n past 2^53 included)', () => {
    const safeDen = fc.oneof(
      fc.integer({ min: 1, max: 100_000 }),
      fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
    );
    const numArb = fc.oneof(
      fc
        .tuple(
          safeDen.chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
          tenthsArb,
        )
        .map(([[n, d], t]): [number, number, bigint] => [n, d, t]),
      // at, one below and one above the minimum numerator of the threshold
      fc.tuple(safeDen, tenthsArb, fc.constantFrom(-1n, 0n, 1n)).map(([d, t, step]): [number, number, bigint] => {
        const m = minimumNumerator(t, BigInt(d)) + step;
        return [Number(m < 0n ? 0n : m > BigInt(d) ? BigInt(d) : m), d, t];
      }),
    );
    fc.assert(
      fc.property(numArb, fc.constantFrom<Comparator>('at-least', 'at-most'), ([n, d, t], c) => {
        const text = displayPercent({ numerator: n, denominator: d }, { comparator: c });
        expect(text).toBe(displayPercent({ numerator: BigInt(n), denominator: BigInt(d) }, { comparator: c }));
        expect(meets(shownOrder(text, t), c)).toBe(meets(exactOrder(BigInt(n), BigInt(d), t), c));
      }),
      { numRuns: 3000 },
    );
  });

  it('is half-up, except floor (at-least) / ceiling (at-most) when half-up would land on a tenth from the wrong side', () => {
    fc.assert(
      fc.property(
        shareArb,
        fc.constantFrom<Comparator>('at-least', 'at-most'),
        fc.integer({ min: 0, max: 6 }),
        ([n, d], c, decimals) => {
          const { q, r } = floorUnits(n, d, decimals);
          const shown = unitsOf(displayPercent({ numerator: n, denominator: d }, { decimals, comparator: c }));
          if (r === 0n) {
            expect(shown).toBe(q); // on the grid: as it is
            return;
          }
          const halfUp = 2n * r >= d ? q + 1n : q;
          const tenth = (u: bigint) => decimals === 0 || u % 10n ** BigInt(decimals - 1) === 0n;
          // at-least: rounding up onto a tenth claims a value not reached; at-most: rounding down onto a tenth hides an excess
          const wrong = c === 'at-least' ? halfUp === q + 1n && tenth(halfUp) : halfUp === q && tenth(halfUp);
          expect(shown).toBe(wrong ? (c === 'at-least' ? q : q + 1n) : halfUp);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("depends only on the share's value: 2n/2d reads as n/d", () => {
    fc.assert(
      fc.property(
        shareArb,
        fc.bigInt({ min: 2n, max: 1000n }),
        fc.constantFrom<Comparator>('at-least', 'at-most'),
        ([n, d], k, c) => {
          expect(displayPercent({ numerator: n * k, denominator: d * k }, { comparator: c })).toBe(
            displayPercent({ numerator: n, denominator: d }, { comparator: c }),
          );
        },
      ),
    );
  });

  it('is monotone: a larger share never reads smaller', () => {
    fc.assert(
      fc.property(
        denArb,
        fc.bigInt({ min: 0n, max: 2n ** 70n }),
        fc.bigInt({ min: 0n, max: 2n ** 70n }),
        fc.constantFrom<Comparator>('at-least', 'at-most'),
        (d, a, b, c) => {
          const [lo, hi] = [a % (d + 1n), b % (d + 1n)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
          const shownLo = unitsOf(displayPercent({ numerator: lo!, denominator: d }, { comparator: c }));
          const shownHi = unitsOf(displayPercent({ numerator: hi!, denominator: d }, { comparator: c }));
          expect(shownLo <= shownHi).toBe(true);
        },
      ),
    );
  });
});
