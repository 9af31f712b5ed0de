import { describe, expect, it } from 'vitest';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import { definePlan } from '../../src/plans/define.js';
import { getPlan } from '../../src/plans/registry.js';

// targets-1373.md §3: provinces at XMC level 2 were 34 (2021) and 55 (2024) of 63 (MOET via vietnamnet.vn);
// Decision 1373 wants 70% by 2025 and 90% by 2030 (Điều 1, Mục II.2.a).
const XMC = 'provinces-literacy-level-2';
const now = { indicator: XMC, numerator: 55, denominator: 63, asOf: '2024-12-31' };
const source = {
  document: 'vietnamnet.vn 28/11/2025 (báo cáo của Bộ GDĐT)',
  verified: false,
  confidence: 'N',
} as const;

const withBaseline = definePlan({
  ...getPlan('qd-1373'),
  id: 'qd-1373-with-baseline',
  baselines: [{ indicator: XMC, year: 2021, numerator: 34, denominator: 63, source }],
});

describe('computeAttainment with baselines', () => {
  it('results carry progress from the plan baseline', () => {
    const r = computeAttainment({ plan: withBaseline, year: 2030, observations: [now] });
    const xmc = r.results.find((x) => x.indicator === XMC)!;
    // 87.30% against 90% in 2030: not met yet, but growing 17.4% a year where 5.8% is needed: on track
    expect(xmc.status).toBe('not-met');
    expect(xmc.progress).toMatchObject({
      status: 'on-track',
      ratioDisplay: '2.97',
      expected: '65.98',
      onTrajectory: true,
      elapsedYears: '3',
      periodYears: '9',
    });
    // against 70% in 2025 the target is already achieved
    expect(
      computeAttainment({ plan: withBaseline, year: 2025, observations: [now] }).results.find(
        (x) => x.indicator === XMC,
      )!.progress?.status,
    ).toBe('target-achieved');
  });

  it('the baselines option works with a built-in plan and overrides the plan baseline', () => {
    const r = computeAttainment({
      plan: 'qd-1373',
      year: 2030,
      observations: [now],
      baselines: [{ indicator: XMC, numerator: 34, denominator: 63, year: 2021 }],
    });
    expect(r.issues).toEqual([]);
    expect(r.results.find((x) => x.indicator === XMC)!.progress?.status).toBe('on-track');
    // an option baseline of 87.14% at the end of 2023 replaces the plan's 34/63 of 2021:
    // CAGR_o = (5500/63)/87.14 − 1 = 0.00186 (one year); CAGR_r = (90/87.14)^(1/7) − 1 = 0.00462; R = 0.40 → limited
    const slow = computeAttainment({
      plan: withBaseline,
      year: 2030,
      observations: [now],
      baselines: [{ indicator: XMC, percent: '87.14', asOf: '2023-12-31' }],
    });
    expect(slow.results.find((x) => x.indicator === XMC)!.progress).toMatchObject({
      status: 'limited-progress',
      ratioDisplay: '0.40',
      baseline: { value: '87.14', date: '2023-12-31' },
    });
  });

  it('progress is null without a baseline, without data, without a date, and for yes/no targets', () => {
    const r = computeAttainment({ plan: withBaseline, year: 2030, observations: [{ ...now, asOf: undefined }] });
    expect(r.results.every((x) => x.progress === null)).toBe(true); // no date anywhere
    const dated = computeAttainment({
      plan: withBaseline,
      year: 2030,
      asOf: '2024-12-31',
      observations: [{ ...now, asOf: undefined }],
    });
    expect(dated.results.find((x) => x.indicator === XMC)!.progress?.current?.date).toBe('2024-12-31'); // the report date
    expect(dated.results.filter((x) => x.indicator !== XMC).every((x) => x.progress === null)).toBe(true); // no baseline or no data
    // Bắc Giang's learning-province target is yes/no (seed 002, dòng 197): never a progress
    const bg = computeAttainment({
      plan: 'bac-giang-2021-2030',
      year: 2030,
      observations: [{ indicator: 'province-learning-province', achieved: false, asOf: '2024-12-31' }],
    });
    expect(bg.results.find((x) => x.indicator === 'province-learning-province')!.progress).toBeNull();
  });

  it('count targets get progress from count baselines', () => {
    // Huế 2026: at least 15 learning units (seed 003, dòng 72–74); 9 at end of 2025, 12 at 2026-06-30
    // elapsed = 181/365 years; CAGR_r = 15/9 − 1 = 0.667; expected on the line: 9 + 6·181/365 = 11.98
    const r = computeAttainment({
      plan: 'hue-2026',
      year: 2026,
      observations: [
        { indicator: 'units-learning-unit-province', count: 12, components: { 'level-2': 3 }, asOf: '2026-06-30' },
      ],
      baselines: [{ indicator: 'units-learning-unit-province', count: 9, year: 2025 }],
    });
    expect(r.results.find((x) => x.indicator === 'units-learning-unit-province')!.progress).toMatchObject({
      elapsedYears: '181/365',
      expectedExact: '4371/365',
      onTrajectory: true,
      target: { value: '15', date: '2026-12-31' },
    });
  });

  it('every baseline is used or reported, with its path', () => {
    const r = computeAttainment({
      plan: 'qd-1373',
      year: 2030,
      asOf: '2025-06-30',
      observations: [now],
      baselines: [
        { indicator: XMC, numerator: 34, denominator: 63, year: 2021 }, // 0: used
        { indicator: 'no-such', numerator: 1, denominator: 2, year: 2021 }, // 1: unknown
        { indicator: 'provinces-lower-secondary-level-2', numerator: 1, denominator: 2, year: 2021 }, // 2: no 2030 target (1373 has it for 2025 only)
        { indicator: 'universities-digital', count: 3, year: 2021 }, // 3: a count for a percentage target
        { indicator: 'universities-digital', numerator: 3, denominator: 2, year: 2021 }, // 4: more than the whole
        { indicator: 'universities-digital', numerator: 1, denominator: 2 }, // 5: no time
        { indicator: 'universities-digital', numerator: 1, denominator: 2, asOf: '2025-07-01' }, // 6: after the report date
        { indicator: 'universities-digital', numerator: 0, denominator: 0, year: 2021 }, // 7: no rate
        { indicator: 'universities-digital', percent: '9,5', year: 2021 }, // 8: not a decimal
        { indicator: 'universities-digital', numerator: 1, denominator: 2, asOf: '2021-02-30' }, // 9: no such day
        null, // 10
        { indicator: XMC, numerator: 34, denominator: 63, year: 2021, unit: 'Tỉnh khác' }, // 11: another unit
      ] as never,
    });
    const byIndex = new Map(r.issues.filter((i) => i.path[0] === 'baselines').map((i) => [i.path[1], i]));
    expect([...byIndex.keys()].sort((a, b) => Number(a) - Number(b))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(byIndex.get(1)).toMatchObject({ code: 'unknown-indicator', path: ['baselines', 1, 'indicator'] });
    expect(byIndex.get(2)).toMatchObject({ code: 'no-target-for-year', severity: 'warning' });
    expect(byIndex.get(3)).toMatchObject({ code: 'kind-mismatch' });
    expect(byIndex.get(4)).toMatchObject({
      code: 'numerator-exceeds-denominator',
      path: ['baselines', 4, 'numerator'],
    });
    expect(byIndex.get(5)).toMatchObject({ code: 'invalid-observation' });
    expect(byIndex.get(6)).toMatchObject({ code: 'observation-after-as-of' });
    expect(byIndex.get(7)).toMatchObject({ code: 'zero-denominator', severity: 'warning' });
    expect(byIndex.get(8)).toMatchObject({ code: 'invalid-input', path: ['baselines', 8, 'percent'] });
    expect(byIndex.get(9)).toMatchObject({ code: 'invalid-date', path: ['baselines', 9, 'asOf'] });
    expect(byIndex.get(10)).toMatchObject({ code: 'invalid-observation' });
    expect(byIndex.get(11)).toMatchObject({ code: 'mixed-units', severity: 'warning' });
    expect(r.results.find((x) => x.indicator === XMC)!.progress?.status).toBe('on-track');
  });

  it('two different baselines for one indicator: none is used', () => {
    const r = computeAttainment({
      plan: 'qd-1373',
      year: 2030,
      observations: [now],
      baselines: [
        { indicator: XMC, numerator: 34, denominator: 63, year: 2021 },
        { indicator: XMC, numerator: 40, denominator: 63, year: 2021 },
        { indicator: XMC, numerator: 40, denominator: 63, year: 2021 },
      ],
    });
    expect(r.issues.map((i) => [i.code, i.path[1]])).toEqual([
      ['duplicate-observation', 0],
      ['duplicate-observation', 1],
      ['duplicate-observation', 2],
    ]);
    expect(r.results.find((x) => x.indicator === XMC)!.progress).toBeNull();
  });

  it('by unit: a unit baseline applies to that unit, a unit-less one to all', () => {
    const r = computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2030,
      observations: [
        { ...now, unit: 'A' },
        { ...now, unit: 'B' },
      ],
      baselines: [
        { indicator: XMC, numerator: 34, denominator: 63, year: 2021 },
        { indicator: XMC, numerator: 56, denominator: 63, year: 2021, unit: 'B' }, // B fell from 56 to 55
      ],
    });
    const status = (u: string) =>
      r.reports.find((x) => x.unit === u)!.results.find((x) => x.indicator === XMC)!.progress?.status;
    expect(status('A')).toBe('on-track');
    expect(status('B')).toBe('deterioration');
    expect(r.issues).toEqual([]);
  });

  it('results keep one shape: progress is always present', () => {
    const r = computeAttainment({ plan: withBaseline, year: 2030, observations: [now] });
    const keys = Object.keys(r.results[0]!);
    expect(keys).toContain('progress');
    for (const x of r.results) expect(Object.keys(x)).toEqual(keys);
  });
});
