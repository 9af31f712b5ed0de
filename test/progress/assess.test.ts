import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { assessProgress, type ProgressInput } from '../../src/progress/assess.js';
import { PROGRESS_METHOD } from '../../src/progress/method.js';

/*
 * Thresholds are Open SDG's (docs/progress-methodology.md in open-sdg/open-sdg; sdg-build
 * ProgressMeasure.py): on track R ≥ 0.95, acceleration needed 0.6 ≤ R < 0.95, limited 0 ≤ R < 0.6,
 * deterioration R < 0, with R = d · CAGR_o / |CAGR_r|.
 *
 * One-year cases: base 100 at end of 2020, target 120 by end of 2021, so CAGR_r = 120/100 − 1 = 0.2
 * and R = (current/100 − 1) / 0.2 when the current value is also at the end of 2021 (one year).
 */
const oneYear = (current: number | string): ProgressInput => ({
  baseline: { value: 100, year: 2020 },
  current: { value: current, year: 2021 },
  target: { value: 130, year: 2021 },
});
// target 130 so that none of these is "achieved"; CAGR_r = 0.3, R = (c/100 − 1)/0.3
const status = (input: ProgressInput) => assessProgress(input).status;

describe('assessProgress: statuses at each threshold (one year, CAGR_r = 0.3)', () => {
  it.each([
    // c = 100·(1 + 0.3·R)
    ['128.5', 'on-track', '0.95'], // R = 0.285/0.3 = 0.95 exactly: at the threshold counts as on track
    ['128.51', 'on-track', '0.9503333333333333333333333333333333333333'], // 0.2851/0.3
    ['128.49', 'acceleration-needed', '0.9496666666666666666666666666666666666667'], // 0.2849/0.3
    ['118', 'acceleration-needed', '0.6'], // 0.18/0.3 = 0.6 exactly
    ['117.99', 'limited-progress', '0.5996666666666666666666666666666666666667'],
    ['100', 'limited-progress', '0'], // no change: R = 0 is limited progress, not deterioration
    ['100.01', 'limited-progress', '0.0003333333333333333333333333333333333333333'],
    ['99.99', 'deterioration', '-0.0003333333333333333333333333333333333333333'],
  ])('current %s → %s (R = %s)', (current, expected, ratio) => {
    const p = assessProgress(oneYear(current));
    expect(p.status).toBe(expected);
    expect(p.ratio).toBe(ratio);
    expect(p.requiredGrowth).toBe('0.3');
  });

  it('target achieved is decided exactly on the current value, before the ratio', () => {
    expect(status(oneYear('130'))).toBe('target-achieved'); // = target
    expect(status(oneYear('129.99'))).toBe('on-track');
    expect(status({ ...oneYear(140) })).toBe('target-achieved'); // above
  });
});

describe('assessProgress: exact at a threshold after a real root', () => {
  it('R = 0.95 over two years with square roots', () => {
    // base 50 (2020), target 72 (2022): CAGR_r = √(72/50) − 1 = √1.44 − 1 = 0.2
    // current 59.5 (2021): CAGR_o = 59.5/50 − 1 = 0.19; R = 0.19/0.2 = 0.95 → on track
    const p = assessProgress({
      baseline: { value: 50, year: 2020 },
      current: { value: '59.5', year: 2021 },
      target: { value: 72, year: 2022 },
    });
    expect(p.requiredGrowth).toBe('0.2');
    expect(p.ratio).toBe('0.95');
    expect(p.status).toBe('on-track');
    expect(p.periodYears).toBe('2');
    expect(p.elapsedYears).toBe('1');
  });

  it('R = 0.6 with the current value also two years on', () => {
    // base 50 (2020), target 72 (2024): CAGR_r = (1.44)^(1/4) − 1 = √1.2 − 1 = 0.0954451150103321…
    // current 60.5 (2022): CAGR_o = √(60.5/50) − 1 = √1.21 − 1 = 0.1; R = 0.1/0.0954… = 1.0477… → on track
    const p = assessProgress({
      baseline: { value: 50, year: 2020 },
      current: { value: '60.5', year: 2022 },
      target: { value: 72, year: 2024 },
    });
    expect(p.actualGrowth).toBe('0.1');
    expect(p.requiredGrowth!.slice(0, 14)).toBe('0.095445115010');
    expect(p.status).toBe('on-track');
  });
});

describe('assessProgress: at-most (decreasing) targets', () => {
  // A rate that should fall: 10% (2020), at most 8.1% by 2022. CAGR_r = √0.81 − 1 = −0.1, |CAGR_r| = 0.1, d = −1.
  const down = (current: string): ProgressInput => ({
    baseline: { value: 10, year: 2020 },
    current: { value: current, year: 2021 },
    target: { value: '8.1', year: 2022, comparator: 'at-most' },
  });
  it.each([
    ['9.05', 'on-track', '0.95'], // CAGR_o = −0.095; R = −1·(−0.095)/0.1 = 0.95
    ['9.06', 'acceleration-needed', '0.94'], // −0.094 → 0.94
    ['9.4', 'acceleration-needed', '0.6'], // −0.06 → 0.6
    ['9.41', 'limited-progress', '0.59'],
    ['10', 'limited-progress', '0'],
    ['10.5', 'deterioration', '-0.5'], // +0.05 → −0.5: rising is bad
    ['8.1', 'target-achieved', null], // at the maximum: met
    ['7', 'target-achieved', null],
  ])('current %s → %s (R = %s)', (current, expected, ratio) => {
    const p = assessProgress(down(current));
    expect(p.status).toBe(expected);
    expect(p.direction).toBe(-1);
    if (ratio !== null) expect(p.ratio).toBe(ratio);
  });

  it('the trajectory of a maximum is met at or below the line', () => {
    // line from 10 (2020) to 8.1 (2022), read at 2021: 9.05
    expect(assessProgress(down('9.05'))).toMatchObject({
      expected: '9.05',
      expectedExact: '181/20',
      onTrajectory: true,
    });
    expect(assessProgress(down('9.06')).onTrajectory).toBe(false);
  });
});

describe('assessProgress: edge cases', () => {
  it('one point: unable to assess, unless the target is already achieved', () => {
    const one = assessProgress({ current: { value: 60, year: 2024 }, target: { value: 70, year: 2025 } });
    expect(one).toMatchObject({
      status: 'unable-to-assess',
      reason: 'fewer-than-two-points',
      ratio: null,
      expected: null,
      baseline: null,
    });
    expect(one.label).toEqual({ vi: 'Chưa đánh giá được', en: 'Unable to assess' });
    expect(assessProgress({ current: { value: 70, year: 2024 }, target: { value: 70, year: 2025 } }).status).toBe(
      'target-achieved',
    );
  });

  it('a baseline at the same time as the current value is one point', () => {
    const p = assessProgress({
      baseline: { value: 50, date: '2024-06-30' },
      current: { value: 60, date: '2024-06-30' },
      target: { value: 70, year: 2025 },
    });
    expect(p).toMatchObject({ status: 'unable-to-assess', reason: 'fewer-than-two-points', elapsedYears: '0' });
  });

  it('a zero base: no growth rate, but the trajectory is still given', () => {
    // line from 0 (2020) to 50 (2025) read at 2023: 30
    const p = assessProgress({
      baseline: { value: 0, year: 2020 },
      current: { value: 25, year: 2023 },
      target: { value: 50, year: 2025 },
    });
    expect(p).toMatchObject({
      status: 'unable-to-assess',
      reason: 'zero-base',
      actualGrowth: null,
      ratio: null,
      expected: '30.00',
      onTrajectory: false,
    });
  });

  it('a zero-denominator share is no value', () => {
    const p = assessProgress({
      baseline: { value: 40, year: 2020 },
      current: { value: { numerator: 0, denominator: 0 }, year: 2023 },
      target: { value: 50, year: 2025 },
    });
    expect(p).toMatchObject({ status: 'unable-to-assess', reason: 'no-current-value', current: null });
  });

  it('a baseline after the current value, or a target not after the baseline', () => {
    expect(
      assessProgress({
        baseline: { value: 40, year: 2024 },
        current: { value: 45, year: 2023 },
        target: { value: 50, year: 2025 },
      }).reason,
    ).toBe('baseline-after-current');
    expect(
      assessProgress({
        baseline: { value: 40, year: 2025 },
        current: { value: 45, year: 2026 },
        target: { value: 50, year: 2025 },
      }).reason,
    ).toBe('target-not-after-baseline');
  });

  it('deterioration when the value falls, and when the baseline sat on the target (R = −∞)', () => {
    // 60 → 55 in a year against a rising target: CAGR_o = −0.0833…
    expect(
      assessProgress({
        baseline: { value: 60, year: 2022 },
        current: { value: 55, year: 2023 },
        target: { value: 70, year: 2025 },
      }).status,
    ).toBe('deterioration');
    // base = target = 70: required growth 0; falling to 65 is a deterioration with no finite ratio
    const flat = assessProgress({
      baseline: { value: 70, year: 2022 },
      current: { value: 65, year: 2023 },
      target: { value: 70, year: 2025 },
    });
    expect(flat).toMatchObject({ status: 'deterioration', requiredGrowth: '0', ratio: null, ratioDisplay: null });
    // base above the minimum, now below it: the required growth is negative; R = 1·(−)/|−| < 0
    expect(
      assessProgress({
        baseline: { value: 80, year: 2022 },
        current: { value: 60, year: 2023 },
        target: { value: 70, year: 2025 },
      }).status,
    ).toBe('deterioration');
  });

  it('a current value of 0 is a fall of 100% a year', () => {
    const p = assessProgress({
      baseline: { value: 10, year: 2022 },
      current: { value: 0, year: 2023 },
      target: { value: 20, year: 2025 },
    });
    expect(p).toMatchObject({ actualGrowth: '-1', status: 'deterioration' });
  });
});

describe('assessProgress: the linear trajectory', () => {
  it('is exact at dates, with date-fns days of the year', () => {
    // 40 (2020) → 70 (2025); 2023-07-02 is day 183 of 365, so t = 2022 + 183/365 and
    // elapsed = 2 + 183/365 = 913/365 years; expected = 40 + 30·(913/365)/5 = 40 + 5478/365 = 20078/365 = 55.0082…
    const p = assessProgress({
      baseline: { value: 40, year: 2020 },
      current: { value: 55, date: '2023-07-02' },
      target: { value: 70, year: 2025 },
    });
    expect(p).toMatchObject({
      elapsedYears: '913/365',
      periodYears: '5',
      expectedExact: '20078/365',
      expected: '55.01',
      onTrajectory: false,
    });
    expect(p.current).toMatchObject({ date: '2023-07-02', yearOnly: false });
    expect(p.baseline).toMatchObject({ date: '2020-12-31', yearOnly: true });
  });

  it('counts leap years in days: 2024-07-02 is day 184 of 366', () => {
    // elapsed from end of 2023 = 184/366 = 92/183
    const p = assessProgress({
      baseline: { value: 40, year: 2023 },
      current: { value: 45, date: '2024-07-02' },
      target: { value: 70, year: 2025 },
    });
    expect(p.elapsedYears).toBe('92/183');
  });

  it('at the line is on it; just below is not (exact, no float)', () => {
    // 40 (2020) → 70 (2025) read at 2023: 40 + 30·3/5 = 58
    const at = (v: string) =>
      assessProgress({
        baseline: { value: 40, year: 2020 },
        current: { value: v, year: 2023 },
        target: { value: 70, year: 2025 },
      });
    expect(at('58')).toMatchObject({ expected: '58.00', onTrajectory: true });
    expect(at('57.999999').onTrajectory).toBe(false);
  });

  it('after the deadline the line ends at the target', () => {
    const p = assessProgress({
      baseline: { value: 40, year: 2020 },
      current: { value: 65, year: 2026 },
      target: { value: 70, year: 2025 },
    });
    expect(p).toMatchObject({ expected: '70.00', expectedExact: '70', onTrajectory: false });
  });
});

describe('assessProgress: honest display and provenance', () => {
  it('a current value just under the target never shows as the target', () => {
    // 69.996% against 70%: not achieved, so not "70.00"
    const p = assessProgress({
      baseline: { value: 60, year: 2020 },
      current: { value: '69.996', year: 2024 },
      target: { value: 70, year: 2025 },
    });
    expect(p.status).not.toBe('target-achieved');
    expect(p.current?.value).toBe('69.99');
  });

  it('a ratio just under 0.95 is shown as 0.94, not 0.95', () => {
    // R = 0.28499/0.3 = 0.94996…: half-up would show 0.95, the on-track threshold
    const p = assessProgress(oneYear('128.499'));
    expect(p.status).toBe('acceleration-needed');
    expect(p.ratioDisplay).toBe('0.94');
    expect(assessProgress(oneYear('99.999')).ratioDisplay).toBe('-0.01'); // R = −0.0000333…: not "0.00" or "-0.00"
  });

  it('shares are exact percentages and every component is exposed', () => {
    // provinces at XMC level 2: 34/63 (2021) and 55/63 (2024), targets-1373.md §3; 1373 wants 90% by 2030.
    // CAGR_o = (55/34)^(1/3) − 1 = 0.17389…; CAGR_r = (90·63/3400)^(1/9) − 1 = 0.05846…; R = 2.974…
    const p = assessProgress({
      baseline: { value: { numerator: 34, denominator: 63 }, year: 2021 },
      current: { value: { numerator: 55, denominator: 63 }, year: 2024 },
      target: { value: '90', year: 2030 },
    });
    expect(p).toMatchObject({
      method: 'open-sdg-growth-ratio',
      status: 'on-track',
      baseline: { value: '53.97', exact: '3400/63' },
      current: { value: '87.30', exact: '5500/63' },
      target: { value: '90', exact: '90', date: '2030-12-31' },
      expectedExact: '12470/189', // 3400/63 + (90 − 3400/63)·3/9
      ratioDisplay: '2.97',
      thresholds: { onTrack: '0.95', accelerationNeeded: '0.6', limitedProgress: '0' },
    });
    expect(p.actualGrowth!.slice(0, 10)).toBe('0.17389140');
    expect(p.requiredGrowth!.slice(0, 10)).toBe('0.05846923');
    expect(p.source).toBe(PROGRESS_METHOD);
    expect(p.source.references[0]).toBe('https://open-sdg.readthedocs.io/en/latest/progress-methodology/');
  });

  it('leaves decimal.js global settings alone', () => {
    assessProgress(oneYear('120'));
    expect(Decimal.precision).toBe(20); // decimal.js default
  });
});

describe('assessProgress: bad input', () => {
  const ok: ProgressInput = {
    baseline: { value: 40, year: 2020 },
    current: { value: 50, year: 2023 },
    target: { value: 70, year: 2025 },
  };
  it.each([
    [
      'a yes/no target',
      { ...ok, target: { value: true as unknown as number, year: 2025 } },
      'invalid-input',
      ['target', 'value'],
    ],
    ['a negative value', { ...ok, current: { value: -1, year: 2023 } }, 'invalid-input', ['current', 'value']],
    ['a decimal comma', { ...ok, current: { value: '9,5', year: 2023 } }, 'invalid-input', ['current', 'value']],
    [
      'a share above its whole',
      { ...ok, current: { value: { numerator: 64, denominator: 63 }, year: 2023 } },
      'numerator-exceeds-denominator',
      ['current', 'value', 'numerator'],
    ],
    ['no time', { ...ok, current: { value: 50 } }, 'invalid-input', ['current']],
    ['an impossible date', { ...ok, current: { value: 50, date: '2023-02-29' } }, 'invalid-date', ['current', 'date']],
    [
      'a date outside its year',
      { ...ok, current: { value: 50, year: 2023, date: '2024-01-01' } },
      'invalid-date',
      ['current', 'date'],
    ],
    ['a fractional year', { ...ok, baseline: { value: 40, year: 2020.5 } }, 'invalid-year', ['baseline', 'year']],
    [
      'an unknown comparator',
      { ...ok, target: { value: 70, year: 2025, comparator: 'above' as 'at-least' } },
      'invalid-input',
      ['target', 'comparator'],
    ],
  ])('throws for %s', (_name, input, code, path) => {
    expect(() => assessProgress(input as ProgressInput)).toThrowError(expect.objectContaining({ code, path }));
  });

  it('does not mutate its input', () => {
    const input = structuredClone(ok);
    assessProgress(input);
    expect(input).toEqual(ok);
  });
});
