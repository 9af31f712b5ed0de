import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareToTarget } from '../../src/attainment/compare.js';
import type { PercentTarget } from '../../src/plans/target.js';

/*
 * Invariants of rate-only figures (issue 10, point 1): a rate written with any number of places is
 * decided exactly, shown without contradicting its status, read the same with a comma or a point,
 * and decided as the share of its digits would be.
 */
const target = (value: string, comparator: 'at-least' | 'at-most' = 'at-least'): PercentTarget => ({
  kind: 'percent',
  indicator: 'universities-digital',
  year: 2025,
  comparator,
  value,
  source: { type: 'other', number: null, issuer: null, title: { vi: 'test', en: 'test' }, verified: true },
});

/** A rate 0–100 as digits over 10^places, written with a point. */
const rateArb = fc.integer({ min: 0, max: 6 }).chain((places) =>
  fc.bigInt({ min: 0n, max: 100n * 10n ** BigInt(places) }).map((scaled) => {
    const digits = scaled.toString().padStart(places + 1, '0');
    return { scaled, places, text: places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}` };
  }),
);
/** Thresholds on the tenth grid (every legal threshold): 0.0–100.0. */
const tenthArb = fc
  .integer({ min: 0, max: 1000 })
  .map((t) => ({ tenths: BigInt(t), text: t % 10 === 0 ? String(t / 10) : `${Math.floor(t / 10)}.${t % 10}` }));

describe('rate-only figures: properties', () => {
  it('the status is the exact comparison of the digits written, and the shown value agrees with it', () => {
    fc.assert(
      fc.property(rateArb, tenthArb, fc.constantFrom('at-least' as const, 'at-most' as const), (r, t, comparator) => {
        const c = compareToTarget({ percent: r.text }, target(t.text, comparator));
        // exact, computed here by hand: r.scaled / 10^places vs t.tenths / 10
        const left = r.scaled * 10n;
        const right = t.tenths * 10n ** BigInt(r.places);
        const meets = comparator === 'at-least' ? left >= right : left <= right;
        expect(c.status).toBe(meets ? 'met' : 'not-met');
        // the displayed value (2 places) compared with the threshold gives the same verdict
        const shown = BigInt(c.actualPercent!.replace('.', ''));
        const shownMeets = comparator === 'at-least' ? shown >= t.tenths * 10n : shown <= t.tenths * 10n;
        expect(shownMeets).toBe(meets);
        // and so does the gap's sign; a zero gap is only ever met
        const gap = BigInt(c.gapPoints!.replace('.', ''));
        expect(comparator === 'at-least' ? gap >= 0n : gap <= 0n).toBe(meets);
        expect(c.shortfall).toBeNull();
        expect(c.basis).toBe('reported-rate');
      }),
    );
  });

  it('a decimal comma and a decimal point read the same; a rate is decided as the share of its digits', () => {
    fc.assert(
      fc.property(rateArb, tenthArb, (r, t) => {
        const dot = compareToTarget({ percent: r.text }, target(t.text));
        const comma = compareToTarget({ percent: r.text.replace('.', ',') }, target(t.text));
        expect(comma).toEqual(dot);
        // r% is the share scaled / (100·10^places) when that fits in safe integers
        const denominator = 100 * 10 ** r.places;
        const share = compareToTarget({ numerator: Number(r.scaled), denominator }, target(t.text));
        expect([share.status, share.actualPercent, share.gapPoints]).toEqual([
          dot.status,
          dot.actualPercent,
          dot.gapPoints,
        ]);
      }),
    );
  });
});
