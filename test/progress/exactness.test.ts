import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isXhhtError } from '../../src/errors.js';
import { assess, assessProgress, type ProgressInput } from '../../src/progress/assess.js';
import type { ProgressStatus } from '../../src/progress/method.js';
import { q, type Q } from '../../src/progress/rational.js';
import { yearPoint, type TimePoint } from '../../src/progress/time.js';

/*
 * Review items 1–3 on src/progress (repros /tmp/rv/p5.mts, /tmp/rv/p9.mts).
 *
 * Method: Open SDG progress measure (https://open-sdg.readthedocs.io/en/latest/progress-methodology/,
 * sdg-build ProgressMeasure.py): CAGR_o = (c/b)^(1/(t_c − t_0)) − 1, CAGR_r = (T/b)^(1/(t_T − t_0)) − 1,
 * R = d·CAGR_o/|CAGR_r|; on track R ≥ 0.95, acceleration needed 0.6 ≤ R < 0.95, limited progress
 * 0 ≤ R < 0.6, deterioration R < 0. A ratio exactly on a cut-off belongs to the higher band ("≥").
 */

const OTHER: Record<string, ProgressStatus> = {
  '0.95': 'on-track',
  '0.6': 'acceleration-needed',
  '0': 'limited-progress',
};

describe('R exactly on a cut-off is the higher band, with no 40-digit rounding (review item 1)', () => {
  it('19 → 20.9 in a year against 21: R = 0.1/(2/19) = 0.95 exactly → on track', () => {
    // CAGR_o = 20.9/19 − 1 = 0.1; CAGR_r = 21/19 − 1 = 2/19; R = 0.1·19/2 = 0.95
    const p = assessProgress({
      baseline: { value: 19, year: 2020 },
      current: { value: '20.9', year: 2021 },
      target: { value: 21, year: 2021 },
    });
    expect(p.status).toBe('on-track');
    expect(p.ratio).toBe('0.95');
    expect(p.ratioDisplay).toBe('0.95');
    expect(p.requiredGrowth).toBe('0.1052631578947368421052631578947368421053'); // 2/19 to 40 digits
  });

  it('two-year target: 36.1 (2020) → 39.71 (2021) against 44.1 (2022): CAGR_r = √(441/361) − 1 = 2/19, R = 0.95', () => {
    const p = assessProgress({
      baseline: { value: '36.1', year: 2020 },
      current: { value: '39.71', year: 2021 },
      target: { value: '44.1', year: 2022 },
    });
    expect(p.status).toBe('on-track');
    expect(p.ratio).toBe('0.95');
    expect(p.ratioDisplay).toBe('0.95');
    // the guessed variant 2020/2022/2024 is not a tie: R = (√1.1 − 1)/(√(21/19) − 1) = 0.95116… (decimal.js, 60 digits)
    const q2 = assessProgress({
      baseline: { value: '36.1', year: 2020 },
      current: { value: '39.71', year: 2022 },
      target: { value: '44.1', year: 2024 },
    });
    expect(q2.status).toBe('on-track');
    expect(q2.ratio!.slice(0, 22)).toBe('0.95116204691930696507');
  });

  it('a rational root that is no short decimal: (960/540)^(1/2) = 4/3, R = (171/540)/(1/3) = 0.95', () => {
    const p = assessProgress({
      baseline: { value: 540, year: 2020 },
      current: { value: 711, year: 2021 },
      target: { value: 960, year: 2022 },
    });
    expect(p.status).toBe('on-track');
    expect(p.ratio).toBe('0.95');
    expect(p.requiredGrowth).toBe('0.3333333333333333333333333333333333333333');
  });

  it('at-most: 100 → 90.5 against at most 81 in two years: CAGR_r = √0.81 − 1 = −0.1, R = 0.095/0.1 = 0.95', () => {
    const p = assessProgress({
      baseline: { value: 100, year: 2020 },
      current: { value: '90.5', year: 2021 },
      target: { value: 81, year: 2022, comparator: 'at-most' },
    });
    expect(p.status).toBe('on-track');
    expect(p.ratio).toBe('0.95');
  });

  // Oracle: decimal.js at 120 digits (its own sqrt/pow), not the code under test.
  const O = Decimal.clone({ precision: 120 });
  const floor60 = (x: Decimal) => x.toDecimalPlaces(60, Decimal.ROUND_FLOOR).toFixed(60);
  const ceil60 = (x: Decimal) => x.toDecimalPlaces(60, Decimal.ROUND_CEIL).toFixed(60);
  const BELOW: Record<string, ProgressStatus> = { '0.95': 'acceleration-needed', '0.6': 'limited-progress' };

  it.each(['0.95', '0.6'])('an irrational R within 10^-60 of %s is decided on the right side (whole years)', (k) => {
    // b = 50 (2020), T = 100 (2022): CAGR_r = √2 − 1, irrational. R = k ⇔ c = 50·(1 + k·(√2 − 1)).
    // c rounded down at 60 places is just below (R < k), rounded up just above (R > k).
    const exact = new O(2).sqrt().minus(1).times(k).plus(1).times(50);
    const at = (c: string) =>
      assessProgress({
        baseline: { value: 50, year: 2020 },
        current: { value: c, year: 2021 },
        target: { value: 100, year: 2022 },
      });
    const below = at(floor60(exact));
    const above = at(ceil60(exact));
    expect(below.status).toBe(BELOW[k]);
    expect(above.status).toBe(OTHER[k]);
    // the 40-digit ratio and its 2-place display stay on the side of the status
    expect(new Decimal(below.ratio!).lt(k)).toBe(true);
    expect(new Decimal(above.ratio!).gte(k)).toBe(true);
    expect(below.ratioDisplay).toBe(k === '0.95' ? '0.94' : '0.59');
    expect(above.ratioDisplay).toBe(k === '0.95' ? '0.95' : '0.60');
  });

  it.each(['0.95', '0.6'])(
    'an irrational R within 10^-60 of %s is decided on the right side (at-most, fraction of a year)',
    (k) => {
      // b = 100 (2020), at most 50 by 2025: CAGR_r = 0.5^(1/5) − 1. Current dated 2022-07-02 (day 183 of 365):
      // elapsed 1 + 183/365 = 548/365 years. R = k ⇔ c = 100·(1 − k·(1 − 0.5^(1/5)))^(548/365).
      const growth = new O(1).minus(new O(1).minus(new O('0.5').pow(new O(1).div(5))).times(k));
      const exact = growth.pow(new O(548).div(365)).times(100);
      const at = (c: string) =>
        assessProgress({
          baseline: { value: 100, year: 2020 },
          current: { value: c, date: '2022-07-02' },
          target: { value: 50, year: 2025, comparator: 'at-most' },
        });
      const lower = at(floor60(exact)); // lower is better for a maximum: R > k
      const higher = at(ceil60(exact));
      expect(lower.elapsedYears).toBe('548/365');
      expect(lower.status).toBe(OTHER[k]);
      expect(higher.status).toBe(BELOW[k]);
      expect(new Decimal(lower.ratio!).gte(k)).toBe(true);
      expect(new Decimal(higher.ratio!).lt(k)).toBe(true);
    },
  );
});

/*
 * Property: values built so that R lands exactly on a cut-off, with BigInt decimals written here.
 * A value on the cut-off is the higher band: 0.95 → on track, 0.6 → acceleration needed,
 * 0 (c = b) → limited progress, c = T → target achieved.
 */
describe('property: exactly on each cut-off → the higher band (review item 1)', () => {
  /** n / 10^scale as decimal text. */
  const text = (n: bigint, scale: number) => {
    const s = n.toString().padStart(scale + 1, '0');
    return scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
  };

  it('whole years, decimal inputs (assessProgress)', () => {
    const at = fc.record({
      atMost: fc.boolean(),
      v: fc.integer({ min: 1, max: 100 }), // required factor V = 1 ± v/100 (hundredths)
      b100: fc.integer({ min: 1, max: 10_000 }), // baseline in hundredths
      P: fc.integer({ min: 1, max: 3 }),
      E: fc.integer({ min: 1, max: 3 }),
      k: fc.constantFrom('0.95', '0.6', '0', 'achieved'),
    });
    fc.assert(
      fc.property(at, ({ atMost, v, b100, P, E: e, k }) => {
        const E = Math.min(e, P);
        const dv = atMost ? -Math.min(v, 50) : v; // at most: V ≥ 0.5 so that U > 0
        const V100 = BigInt(100 + dv);
        const K = k === '0.95' ? 95n : k === '0.6' ? 60n : 0n;
        // U = 1 + d·k·|V − 1| = 1 + k·(V − 1) in both directions, in ten-thousandths
        const U4 = 10_000n + K * BigInt(dv);
        const b = BigInt(b100);
        const T = text(b * V100 ** BigInt(P), 2 + 2 * P);
        const c = k === 'achieved' ? T : text(b * U4 ** BigInt(E), 2 + 4 * E);
        const input: ProgressInput = {
          baseline: { value: text(b, 2), year: 2020 },
          current: { value: c, year: 2020 + E },
          target: { value: T, year: 2020 + P, comparator: atMost ? 'at-most' : 'at-least' },
        };
        const p = assessProgress(input);
        if (k === 'achieved') {
          expect(p.status).toBe('target-achieved');
          return;
        }
        expect(p.status).toBe(OTHER[k]);
        expect(p.ratio).toBe(k);
        expect(p.ratioDisplay).toBe(Number(k).toFixed(2));
      }),
      { numRuns: 300 },
    );
  });

  it('whole years, any rational growth factor (assess): roots like 4/3 are no short decimals', () => {
    const at = fc.record({
      atMost: fc.boolean(),
      vn: fc.integer({ min: 1, max: 30 }),
      vd: fc.integer({ min: 1, max: 30 }),
      P: fc.integer({ min: 1, max: 3 }),
      E: fc.integer({ min: 1, max: 3 }),
      bn: fc.integer({ min: 1, max: 1000 }),
      bd: fc.integer({ min: 1, max: 97 }),
      k: fc.constantFrom('0.95', '0.6', '0', 'achieved'),
    });
    // at most: V in [1/2, 1); at least: V > 1
    const valid = at.filter(({ vn, vd, atMost }) => (atMost ? 2 * vn >= vd && vn < vd : vn > vd));
    fc.assert(
      fc.property(valid, ({ atMost, vn, vd, P, E: e, bn, bd, k }) => {
        const E = Math.min(e, P);
        const V = q(vn, vd);
        const K = k === '0.95' ? q(95, 100) : k === '0.6' ? q(6, 10) : q(0);
        // U = 1 + k·(V − 1): d·(U − 1) = k·|V − 1| in both directions
        const U = q(V.d * K.d + K.n * (V.n - V.d), V.d * K.d);
        const b = q(bn, bd);
        const T = q(b.n * V.n ** BigInt(P), b.d * V.d ** BigInt(P));
        const c = k === 'achieved' ? T : q(b.n * U.n ** BigInt(E), b.d * U.d ** BigInt(E));
        const result = assess(
          { value: b, time: yearPoint(2020) },
          { value: c, time: yearPoint(2020 + E) },
          { value: T, text: 'T', time: yearPoint(2020 + P) },
          atMost ? 'at-most' : 'at-least',
          2,
        );
        if (k === 'achieved') {
          expect(result.status).toBe('target-achieved');
          return;
        }
        expect(result.status).toBe(OTHER[k]);
        expect(result.ratio).toBe(k);
        expect(result.ratioDisplay).toBe(Number(k).toFixed(2));
      }),
      { numRuns: 300 },
    );
  });

  it('fractions of a year, rational inputs (assess): (c/b)^(1/e) = W^p with e = r/p', () => {
    const at = fc.record({
      atMost: fc.boolean(),
      w: fc.integer({ min: 1, max: 150 }), // W = 1 ± w/1000
      p: fc.integer({ min: 2, max: 4 }),
      r: fc.integer({ min: 1, max: 9 }),
      extra: fc.integer({ min: 0, max: 2 }),
      bn: fc.integer({ min: 1, max: 1000 }),
      bd: fc.integer({ min: 1, max: 97 }),
      k: fc.constantFrom('0.95', '0.6', '0'),
    });
    fc.assert(
      fc.property(at, ({ atMost, w, p, r, extra, bn, bd, k }) => {
        const W = q(1000 + (atMost ? -w : w), 1000);
        const b = q(bn, bd);
        const pow = (x: Q, n: number): Q => q(x.n ** BigInt(n), x.d ** BigInt(n));
        const times = (x: Q, y: Q): Q => q(x.n * y.n, x.d * y.d);
        const kq = k === '0.95' ? q(95, 100) : k === '0.6' ? q(6, 10) : null;
        // elapsed e = r/p years: u = (c/b)^(p/r) = W^p. Cut-off 0 is c = b.
        const c = kq === null ? b : times(b, pow(W, r));
        const u = pow(W, p);
        // V − 1 = (u − 1)/k gives d·(u − 1) = k·|V − 1| in both directions
        const V = kq === null ? q(atMost ? 9 : 11, 10) : q(u.n * kq.d - u.d * kq.d + u.d * kq.n, u.d * kq.n);
        const P = Math.ceil(r / p) + extra;
        const T = times(b, pow(V, P));
        const current: TimePoint = { date: '2020-12-31', yearOnly: false, t: q(2020 * p + r, p) };
        const result = assess(
          { value: b, time: yearPoint(2020) },
          { value: c, time: current },
          { value: T, text: 'T', time: yearPoint(2020 + P) },
          atMost ? 'at-most' : 'at-least',
          2,
        );
        expect(result.status).toBe(OTHER[k]);
        expect(result.ratio).toBe(k);
      }),
      { numRuns: 200 },
    );
  });
});

describe('display follows the comparator (review item 2)', () => {
  it('at most 99.995, current 99.995: achieved, and the value is not shown above the maximum', () => {
    const p = assessProgress({
      baseline: { value: 100, year: 2020 },
      current: { value: '99.995', year: 2021 },
      target: { value: '99.995', year: 2025, comparator: 'at-most' },
    });
    expect(p.status).toBe('target-achieved');
    expect(p.current?.value).toBe('99.99'); // not "100.00"
    expect(p.baseline?.value).toBe('100.00'); // 100 > 99.995: not met, shown above
  });

  it('at most 99.995, current 99.996: not achieved, shown above', () => {
    const p = assessProgress({
      baseline: { value: 100, year: 2020 },
      current: { value: '99.996', year: 2021 },
      target: { value: '99.995', year: 2025, comparator: 'at-most' },
    });
    expect(p.status).not.toBe('target-achieved');
    expect(p.current?.value).toBe('100.00');
  });

  it('at least 89.995, current 89.995: achieved and shown at or above', () => {
    const p = assessProgress({
      baseline: { value: 50, year: 2020 },
      current: { value: '89.995', year: 2021 },
      target: { value: '89.995', year: 2025 },
    });
    expect(p.status).toBe('target-achieved');
    expect(p.current?.value).toBe('90.00');
  });

  it('the expected value on the line is shown on the side that onTrajectory says', () => {
    // at least: 40 (2020) → 70.01 (2022); the line at 2021 is 55.005 = current: on the line
    const p = assessProgress({
      baseline: { value: 40, year: 2020 },
      current: { value: '55.005', year: 2021 },
      target: { value: '70.01', year: 2022 },
    });
    expect(p.onTrajectory).toBe(true);
    expect(p.expectedExact).toBe('11001/200');
    expect(p.expected).toBe('55.00'); // at or below the current value 55.005, not "55.01"
  });
});

describe('values above 2^53 (review item 3)', () => {
  // n/d with 100·n − 99·d = −1: the share is just below 99% (/tmp/rv/p9.mts)
  const n = 8811000000000197;
  const d = 8900000000000199;

  it('a share with 100·n above 2^53 is read exactly: 100n/d is below 99, so not achieved', () => {
    expect(BigInt(n) * 100n - 99n * BigInt(d)).toBe(-1n);
    const p = assessProgress({
      baseline: { value: 50, year: 2021 },
      current: { value: { numerator: n, denominator: d }, year: 2024 },
      target: { value: 99, year: 2025 },
    });
    expect(p.status).not.toBe('target-achieved');
    expect(p.current?.exact).toBe('881100000000019700/8900000000000199');
    expect(p.current?.value).toBe('98.99'); // 98.999…9 is below 99: not "99.00" or "99.01"
  });

  const expectCode = (input: ProgressInput, code: string, path: (string | number)[]) => {
    let caught: unknown;
    try {
      assessProgress(input);
    } catch (e) {
      caught = e;
    }
    expect(isXhhtError(caught)).toBe(true);
    expect((caught as { code: string }).code).toBe(code);
    expect((caught as { path: unknown }).path).toEqual(path);
  };

  it('an unsafe integer as a number value is invalid-count (it may already be rounded); as text it is exact', () => {
    const base = { baseline: { value: 50, year: 2021 }, target: { value: 99, year: 2025 } } as const;
    expectCode({ ...base, current: { value: 2 ** 53 + 2, year: 2024 } }, 'invalid-count', ['current', 'value']);
    expectCode({ ...base, current: { value: 1e21, year: 2024 } }, 'invalid-count', ['current', 'value']);
    expectCode(
      { ...base, current: { value: { numerator: 2 ** 53 + 2, denominator: 2 ** 54 }, year: 2024 } },
      'invalid-count',
      ['current', 'value', 'numerator'],
    );
    expectCode(
      {
        baseline: { value: 50, year: 2021 },
        current: { value: 60, year: 2024 },
        target: { value: 2 ** 60, year: 2025 },
      },
      'invalid-count',
      ['target', 'value'],
    );
    const p = assessProgress({ ...base, current: { value: '9007199254740993', year: 2024 } });
    expect(p.current?.exact).toBe('9007199254740993');
  });
});
