import { describe, expect, it } from 'vitest';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import { listIndicators, findIndicator } from '../../src/catalog/registry.js';
import { definePlan } from '../../src/plans/define.js';
import type { Plan } from '../../src/plans/plan.js';
import { getPlan, listPlans } from '../../src/plans/registry.js';
import { HUE_UNITS_PLAN } from '../fixtures/plans.js';

const local = {
  type: 'plan',
  number: '12/KH-UBND',
  issuer: { vi: 'UBND tỉnh X', en: "People's Committee of X province" },
  verified: true,
  confidence: 'local',
} as const;
const base = {
  title: { vi: 'Kế hoạch thử', en: 'Test plan' },
  issuer: 'UBND tỉnh',
  reference: 'Kế hoạch số 12/KH-UBND',
  jurisdiction: { level: 'province', name: 'Tỉnh thử' },
  period: { from: 2021, to: 2030 },
  source: local,
} as const;

/** Every object reachable from `value` is frozen. */
function deeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((v) => deeplyFrozen(v, seen));
}

describe('a plan defined with a custom parent can be evaluated (review item 3)', () => {
  // a province plan (not built in) raising 1373's 60% for institutions-digital-environment (Mục II.2.c) to 80%,
  // and a commune plan under it adding a life-skills target (both commune-level indicators, so the commune inherits)
  const province = definePlan({
    ...base,
    id: 'tinh-x',
    targets: [{ kind: 'percent', indicator: 'institutions-digital-environment', year: 2025, value: 80, source: local }],
  });
  const commune = definePlan(
    {
      ...base,
      id: 'xa-y',
      jurisdiction: { level: 'commune', name: 'Xã Y' },
      extends: 'tinh-x',
      targets: [{ kind: 'percent', indicator: 'working-age-life-skills', year: 2025, value: 60, source: local }],
    },
    { plans: [province] },
  );

  it('computeAttainment and computeAttainmentByUnit take the defined plan as it is', () => {
    const r = computeAttainment({
      plan: commune,
      year: 2025,
      observations: [{ indicator: 'institutions-digital-environment', numerator: 8, denominator: 10 }],
    });
    expect(r.plan.id).toBe('xa-y');
    expect(r.results.map((x) => [x.indicator, x.targetPercent, x.status])).toEqual([
      ['institutions-digital-environment', '80', 'met'],
      ['working-age-life-skills', '60', 'no-data'],
    ]);
    const byUnit = computeAttainmentByUnit({
      plan: commune,
      year: 2025,
      observations: [{ unit: 'Xã Y', indicator: 'working-age-life-skills', numerator: 3, denominator: 5 }],
    });
    expect(byUnit.reports[0]!.results[1]).toMatchObject({ status: 'met', actualPercent: '60.00' });
  });

  it('definePlan of a defined plan gives it back unchanged, without looking for its parent again', () => {
    expect(definePlan(commune)).toBe(commune);
  });

  it('a copy is a new plan as written: its parent must be known again', () => {
    const copy = JSON.parse(JSON.stringify(commune)) as Plan;
    expect(() => definePlan(copy)).toThrowError(expect.objectContaining({ code: 'unknown-plan' }));
    expect(definePlan(copy, { plans: [province] }).targets).toEqual(commune.targets);
  });
});

describe('built-in plans, catalog indicators and defined plans are frozen (review item 6)', () => {
  it('every built-in plan and catalog indicator is deeply frozen', () => {
    expect(Object.isFrozen(listPlans())).toBe(true);
    for (const plan of listPlans()) expect(deeplyFrozen(plan), plan.id).toBe(true);
    expect(Object.isFrozen(listIndicators())).toBe(true);
    for (const indicator of listIndicators()) expect(deeplyFrozen(indicator), indicator.id).toBe(true);
  });

  it('a mutation throws (test modules are strict) and later results are unchanged', () => {
    // 45 of 63 = 71.43% meets 1373's 70% for 2025 (Mục II.2.a)
    const obs = [{ indicator: 'provinces-literacy-level-2', numerator: 45, denominator: 63 }];
    const before = computeAttainment({ plan: 'qd-1373', year: 2025, observations: obs }).results[0]!.status;
    expect(() => {
      (getPlan('qd-1373').targets[0] as { value: string }).value = '99';
    }).toThrowError(TypeError);
    expect(() => {
      (getPlan('qd-1373').targets as unknown[]).push({});
    }).toThrowError(TypeError);
    expect(() => {
      (findIndicator('provinces-literacy-level-2')!.label as { vi: string }).vi = 'x';
    }).toThrowError(TypeError);
    expect(before).toBe('met');
    expect(computeAttainment({ plan: 'qd-1373', year: 2025, observations: obs }).results[0]!.status).toBe('met');
    expect(getPlan('qd-1373').targets[0]!.value).toBe('70');
  });

  it('definePlan returns a deeply frozen plan and leaves its input (and a raw parent) unfrozen', () => {
    const input = structuredClone({ ...HUE_UNITS_PLAN });
    const plan = definePlan(input);
    expect(deeplyFrozen(plan)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.targets[0])).toBe(false);
    // a parent given as a plain object (not through definePlan) is not frozen by its child either
    const rawParent = structuredClone(HUE_UNITS_PLAN);
    const child = definePlan(
      { ...base, id: 'hue-ward', period: { from: 2026, to: 2026 }, extends: 'hue-2026-units', targets: [] },
      { plans: [rawParent] },
    );
    expect(deeplyFrozen(child)).toBe(true);
    expect(Object.isFrozen(rawParent.targets[0])).toBe(false);
    expect(Object.isFrozen(rawParent.indicators![0])).toBe(false);
  });
});

describe('a child plan with a narrower period (review item 9)', () => {
  it('period 2026–2030 extending qd-1373 inherits the 2030 targets only', () => {
    const child = definePlan({
      ...base,
      id: 'tinh-2026-2030',
      period: { from: 2026, to: 2030 },
      extends: 'qd-1373',
      inherit: 'all',
      targets: [],
    });
    // 1373/QĐ-TTg, Mục II.2: 14 targets for 2030 (targets-1373.md §1a–1d); inherit: 'all' keeps the national rows
    expect(child.targets).toHaveLength(14);
    expect(child.targets.every((t) => t.year === 2030)).toBe(true);
    expect(child.targets.map((t) => t.indicator)).toEqual(
      getPlan('qd-1373')
        .targets.filter((t) => t.year === 2030)
        .map((t) => t.indicator),
    );
  });

  it("the child's own targets outside its period are still errors, overrides included", () => {
    const own = (year: number) => ({
      kind: 'percent' as const,
      indicator: 'universities-digital',
      year,
      value: 80,
      source: local,
    });
    const define = (year: number) => () =>
      definePlan({
        ...base,
        id: 'tinh-2026-2030',
        period: { from: 2026, to: 2030 },
        extends: 'qd-1373',
        targets: [own(year)],
      });
    // 2025 is a year qd-1373 has a universities-digital target for: the override must not vanish with it
    for (const year of [2025, 2024]) {
      try {
        define(year)();
        expect.unreachable();
      } catch (e) {
        expect(e).toMatchObject({ code: 'invalid-plan', path: ['targets', 0, 'year'] });
        expect((e as { issues: unknown[] }).issues).toHaveLength(1);
      }
    }
  });
});
