import { describe, expect, it } from 'vitest';
import { compareToTarget } from '../../src/attainment/compare.js';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import type { PercentTarget } from '../../src/plans/target.js';

/*
 * Shares whose products 100·n and t·d pass 2^53, where doubles round: every decision, display, gap
 * and shortfall must still be exact. The counts are the largest a count can be, made up to sit on a
 * 90% boundary (the 2030 target of Decision 1373/QĐ-TTg, Mục II.2.a: 90% of provinces at literacy
 * level 2):
 *   d = 2^53 − 1 = 9,007,199,254,740,991; 0.9·d = 8,106,479,329,266,891.9
 *   n = 8,106,479,329,266,892 reaches 90% (100·n − 90·d = 10); n − 1 does not (−90).
 * As doubles (spacing 128 near 8.1·10^17) 100·n, 100·(n − 1) and 90·d are all 810,647,932,926,689,152.
 */
const D = 9_007_199_254_740_991;
const N = 8_106_479_329_266_892;

const pct = (value: string, comparator: 'at-least' | 'at-most' = 'at-least'): PercentTarget => ({
  kind: 'percent',
  indicator: 'provinces-literacy-level-2',
  year: 2030,
  comparator,
  value,
  source: { type: 'other', number: null, issuer: null, title: { vi: 'test', en: 'test' }, verified: true },
});

describe('compareToTarget past 2^53', () => {
  it('n of d meets 90% exactly: shown 90.00, gap 0.00, nobody short', () => {
    expect(compareToTarget({ numerator: N, denominator: D }, pct('90'))).toMatchObject({
      status: 'met',
      actualPercent: '90.00',
      gapPoints: '0.00',
      shortfall: 0,
    });
  });

  it('n − 1 of d is one short: shown 89.99 (never 90.00), gap −0.01', () => {
    expect(compareToTarget({ numerator: N - 1, denominator: D }, pct('90'))).toMatchObject({
      status: 'not-met',
      actualPercent: '89.99',
      gapPoints: '-0.01',
      shortfall: 1,
    });
  });

  it('a target with more places than the display (89.999): the exact gap, kept above 0', () => {
    // 100·n/d − 89.999 = 0.0010000000000011…: half-up 0.00 would read as "no margin", so 0.01
    expect(compareToTarget({ numerator: N, denominator: D }, pct('89.999'))).toMatchObject({
      status: 'met',
      actualPercent: '90.00',
      gapPoints: '0.01',
      shortfall: 0,
    });
    // 100·(n − 1)/d − 90.001 = −0.0010000000000099…: kept below 0, so −0.01
    expect(compareToTarget({ numerator: N - 1, denominator: D }, pct('90.001'))).toMatchObject({
      status: 'not-met',
      gapPoints: '-0.01',
      // ceil(90.001·d/100) = ceil(8,106,569,401,259,439.3…) = 8,106,569,401,259,440; minus (n − 1) = 90,071,992,549
      shortfall: 90_071_992_549,
    });
  });

  it('at most 90%: n − 1 is within (90.00 shown, at the maximum), n is one too many (90.01)', () => {
    expect(compareToTarget({ numerator: N - 1, denominator: D }, pct('90', 'at-most'))).toMatchObject({
      status: 'met',
      actualPercent: '90.00',
      gapPoints: '0.00',
      shortfall: 0,
    });
    // floor(0.9·d) = n − 1 is the most allowed
    expect(compareToTarget({ numerator: N, denominator: D }, pct('90', 'at-most'))).toMatchObject({
      status: 'not-met',
      actualPercent: '90.01',
      gapPoints: '0.01',
      shortfall: 1,
    });
  });
});

describe('computeAttainment past 2^53 (the batch path decides in doubles only below 2^53)', () => {
  const run = (numerator: number) =>
    computeAttainment({
      plan: 'qd-1373',
      year: 2030,
      observations: [{ indicator: 'provinces-literacy-level-2', numerator, denominator: D }],
    }).results.find((r) => r.indicator === 'provinces-literacy-level-2')!;

  it('n meets the 90% of 2030, n − 1 does not', () => {
    expect(run(N)).toMatchObject({ status: 'met', actualPercent: '90.00', shortfall: 0 });
    expect(run(N - 1)).toMatchObject({ status: 'not-met', actualPercent: '89.99', shortfall: 1 });
  });

  it('the summary counts them the same way, one unit or many', () => {
    const byUnit = computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2030,
      observations: [
        { unit: 'A', indicator: 'provinces-literacy-level-2', numerator: N, denominator: D },
        { unit: 'B', indicator: 'provinces-literacy-level-2', numerator: N - 1, denominator: D },
      ],
    });
    expect(byUnit.reports.map((r) => [r.unit, r.summary.met, r.summary['not-met']])).toEqual([
      ['A', 1, 0],
      ['B', 0, 1],
    ]);
  });
});
