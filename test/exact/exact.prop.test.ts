import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareShareToThreshold, minimumNumerator } from '../../src/exact/compare.js';
import { formatRatio, formatRatioHonest } from '../../src/exact/round.js';
import { parseThreshold } from '../../src/exact/threshold.js';

/** An arbitrary share: 0 ≤ n ≤ d, d ≥ 1, sometimes huge to exercise the BigInt path. */
const shareArb = fc
  .oneof(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }))
  .chain((d) => fc.record({ numerator: fc.integer({ min: 0, max: d }), denominator: fc.constant(d) }));
/** An arbitrary percentage threshold as decimal text with 0–4 places. */
const thresholdArb = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 9999 }))
  .map(([whole, places, frac]) =>
    places === 0 || whole === 100 ? String(whole) : `${whole}.${String(frac % 10 ** places).padStart(places, '0')}`,
  );

/** The oracle: BigInt cross-multiplication written independently of the code under test. */
function oracle(n: number, d: number, text: string): number {
  const [w, f = ''] = text.split('.');
  const t = BigInt(w! + f);
  const left = BigInt(n) * 100n * 10n ** BigInt(f.length);
  const right = t * BigInt(d);
  return left < right ? -1 : left > right ? 1 : 0;
}

describe('exact comparison (properties)', () => {
  it('agrees with BigInt cross-multiplication for random k/n and t', () => {
    fc.assert(
      fc.property(shareArb, thresholdArb, (s, t) => {
        expect(compareShareToThreshold(s, parseThreshold(t))).toBe(oracle(s.numerator, s.denominator, t));
      }),
      { numRuns: 5000 },
    );
  });
  it('is exact at the boundary: the minimum numerator meets, one less does not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), thresholdArb, (d, text) => {
        const t = parseThreshold(text);
        const m = minimumNumerator(d, t);
        expect(m).toBeLessThanOrEqual(d);
        expect(oracle(m, d, text)).toBeGreaterThanOrEqual(0);
        if (m > 0) expect(oracle(m - 1, d, text)).toBe(-1);
      }),
    );
  });
  it('keeps the percentage within [0, 100] for valid shares', () => {
    fc.assert(
      fc.property(shareArb, (s) => {
        const shown = formatRatio(BigInt(s.numerator) * 100n, BigInt(s.denominator), 2);
        const units = BigInt(shown.replace('.', ''));
        expect(units >= 0n && units <= 10000n).toBe(true);
      }),
    );
  });
  it('never displays a value on the wrong side of the threshold', () => {
    fc.assert(
      fc.property(shareArb, thresholdArb, fc.integer({ min: 0, max: 4 }), (s, text, places) => {
        const order = oracle(s.numerator, s.denominator, text);
        const side = order > 0 ? 'above' : order < 0 ? 'below' : 'at-or-above';
        const t = parseThreshold(text);
        const shown = formatRatioHonest(
          BigInt(s.numerator) * 100n,
          BigInt(s.denominator),
          places,
          side,
          t.scaled,
          10 ** t.scale,
        );
        // compare the displayed decimal with the threshold, again by cross-multiplication
        const [w, f = ''] = shown.split('.');
        const shownScaled = BigInt(w! + f) * 10n ** BigInt(t.scale);
        const tScaled = BigInt(t.scaled) * 10n ** BigInt(f.length);
        if (side === 'below') expect(shownScaled < tScaled).toBe(true);
        else if (side === 'above') expect(shownScaled > tScaled).toBe(true);
        else expect(shownScaled >= tScaled).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it('is at most one display unit away from the exact value', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 100_000 }), (n, d) => {
        const shown = formatRatioHonest(n, d, 2, n < 0 ? 'below' : 'at-or-above', 0, 1);
        const units = BigInt(shown.replace('.', ''));
        // |units/100 − n/d| < 1/100  ⇔  |units·d − 100·n| < d
        const diff = units * BigInt(d) - 100n * BigInt(n);
        expect(diff < BigInt(d) && -diff < BigInt(d)).toBe(true);
      }),
    );
  });
});
