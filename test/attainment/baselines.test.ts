import { describe, expect, it } from 'vitest';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import { definePlan } from '../../src/plans/define.js';
import { getPlan } from '../../src/plans/registry.js';

// targets-1373.md §3: 34 of 63 provinces at XMC level 2 in 2021, 55 in 2024; 1373/QĐ-TTg's 2030 target is 90%
const XMC = 'provinces-literacy-level-2';
const now = { indicator: XMC, numerator: 55, denominator: 63, asOf: '2024-12-31' };
const source = { document: 'vietnamnet.vn 28/11/2025', verified: false, confidence: 'N' } as const;
const withPlanBaseline = definePlan({
  ...getPlan('qd-1373'),
  id: 'qd-1373-with-baseline',
  extends: undefined,
  baselines: [{ indicator: XMC, year: 2021, numerator: 34, denominator: 63, source }],
});

describe('computeAttainmentByUnit: baselines nobody uses are said (review item 10)', () => {
  it('a baseline of a unit that has no observations is a warning at its path', () => {
    const r = computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2030,
      observations: [{ ...now, unit: 'A' }],
      baselines: [
        { indicator: XMC, numerator: 34, denominator: 63, year: 2021, unit: 'Z' }, // no observation names Z
        { indicator: XMC, numerator: 34, denominator: 63, year: 2021, unit: 'A' },
      ],
    });
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'mixed-units', severity: 'warning', path: ['baselines', 0, 'unit'] }),
    ]);
    expect(r.issues[0]!.message).toMatch(/"Z"/);
    expect(r.issues[0]!.messageVi).toMatch(/"Z"/);
    expect(r.reports[0]!.results[0]!.progress?.baseline?.exact).toBe('3400/63');
  });

  it('a baseline that is already an error is not reported twice', () => {
    const r = computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2030,
      observations: [{ ...now, unit: 'A' }],
      baselines: [{ indicator: 'no-such', numerator: 1, denominator: 2, year: 2021, unit: 'Z' }],
    });
    expect(r.issues.map((i) => i.code)).toEqual(['unknown-indicator']);
  });
});

describe('conflicting caller baselines say what is used instead (review item 10)', () => {
  const conflicting = [
    { indicator: XMC, numerator: 30, denominator: 63, year: 2021 },
    { indicator: XMC, numerator: 31, denominator: 63, year: 2021 },
  ];

  it("with a plan baseline: the issues say the plan's baseline is used, and it is", () => {
    const r = computeAttainment({ plan: withPlanBaseline, year: 2030, observations: [now], baselines: conflicting });
    const issues = r.issues.filter((i) => i.code === 'duplicate-observation');
    expect(issues.map((i) => i.path)).toEqual([
      ['baselines', 0],
      ['baselines', 1],
    ]);
    for (const i of issues) {
      // none of the caller's baselines is used; the plan's is
      expect(i.message).toMatch(/none was used; the plan's baseline is used instead$/);
      expect(i.messageVi).toMatch(/giá trị cơ sở của kế hoạch/);
    }
    expect(r.results[0]!.progress?.baseline?.exact).toBe('3400/63');
  });

  it('without one: none is used, and the issues say so', () => {
    const r = computeAttainment({ plan: 'qd-1373', year: 2030, observations: [now], baselines: conflicting });
    for (const i of r.issues) expect(i.message).toMatch(/none was used$/);
    expect(r.results[0]!.progress).toBeNull();
  });

  it("a unit's conflicting baselines fall back to the one given for every unit, and say so", () => {
    const r = computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2030,
      observations: [{ ...now, unit: 'A' }],
      baselines: [
        ...conflicting.map((b) => ({ ...b, unit: 'A' })),
        { indicator: XMC, numerator: 34, denominator: 63, year: 2021 },
      ],
    });
    expect(r.issues.map((i) => i.path)).toEqual([
      ['baselines', 0],
      ['baselines', 1],
    ]);
    for (const i of r.issues) expect(i.message).toMatch(/the baseline given for every unit is used instead/);
    expect(r.reports[0]!.results[0]!.progress?.baseline?.exact).toBe('3400/63');
  });
});
