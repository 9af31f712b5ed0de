import { describe, expect, it } from 'vitest';
import { definePlan } from '../../src/plans/define.js';
import type { Plan } from '../../src/plans/plan.js';
import { getPlan } from '../../src/plans/registry.js';
import { HUE_UNITS_PLAN } from '../fixtures/plans.js';

const local = {
  type: 'plan',
  number: '12/KH-UBND',
  issuer: { vi: 'UBND tỉnh X', en: "People's Committee of X province" },
  verified: true,
  confidence: 'local',
} as const;
const base = {
  id: 'test-province',
  title: { vi: 'Kế hoạch thử', en: 'Test plan' },
  issuer: 'UBND tỉnh',
  reference: 'Kế hoạch số 12/KH-UBND',
  jurisdiction: { level: 'province', name: 'Tỉnh thử' },
  period: { from: 2021, to: 2030 },
  source: local,
};
// targets-1373.md §3: 34 provinces at XMC level 2 in 2021 (MOET, via vietnamnet.vn 28/11/2025)
const xmc2021 = {
  indicator: 'provinces-literacy-level-2',
  year: 2021,
  numerator: 34,
  denominator: 63,
  source: { document: 'vietnamnet.vn 28/11/2025', verified: false, confidence: 'N' },
} as const;

describe('plans with extends', () => {
  it("an override keeps the parent target's place, so reports keep groups I–IV in order", () => {
    // seed 003, line 51: Huế raises information competence (1373 group II, 6th target of 2025) to 87%
    // inherit: 'all', so the order of all of qd-1373's rows shows (level-inheritance.test.ts has the default)
    const child = definePlan({
      ...base,
      extends: 'qd-1373',
      inherit: 'all',
      targets: [
        { kind: 'percent', indicator: 'working-age-information-competence', year: 2025, value: '87', source: local },
      ],
    });
    const order = (p: Plan) => p.targets.map((t) => `${t.indicator}@${t.year}`);
    expect(order(child)).toEqual(order(getPlan('qd-1373')));
    const i = child.targets.findIndex((t) => t.indicator === 'working-age-information-competence' && t.year === 2025);
    expect(child.targets[i]).toMatchObject({ value: '87', source: local });
  });

  it('a child of a local plan inherits its indicators, targets and baselines and overrides some', () => {
    // parent: the Huế learning-unit target (seed 003, lines 72–74) with a baseline; child: a ward that asks for 20
    const parent = definePlan({
      ...HUE_UNITS_PLAN,
      baselines: [{ indicator: 'units-learning-unit-province', year: 2025, count: 9, source: local }],
    });
    const child = definePlan(
      {
        ...base,
        id: 'hue-ward-2026',
        period: { from: 2026, to: 2026 },
        extends: 'hue-2026-units',
        targets: [{ kind: 'count', indicator: 'units-learning-unit-province', year: 2026, value: 20, source: local }],
      },
      { plans: [parent] },
    );
    expect(child.targets).toHaveLength(1);
    expect(child.targets[0]).toMatchObject({ value: 20, source: local });
    expect(child.targets[0]).not.toHaveProperty('components'); // the override replaces the whole target
    expect(child.indicators?.map((i) => i.id)).toEqual(['units-learning-unit-province']);
    expect(child.baselines).toEqual(parent.baselines);
  });

  it('a child keeps the parent targets it does not restate, adds its own, and its baseline wins', () => {
    // inherit: 'all' on both, so every qd-1373 target (and the XMC baseline, a share of provinces) passes down
    const parent: Plan = definePlan({
      ...base,
      id: 'parent-plan',
      extends: 'qd-1373',
      inherit: 'all',
      targets: [],
      baselines: [xmc2021],
    });
    const child = definePlan(
      {
        ...base,
        id: 'child-plan',
        extends: 'parent-plan',
        inherit: 'all',
        targets: [{ kind: 'percent', indicator: 'universities-digital', year: 2030, value: 95, source: local }],
        baselines: [{ ...xmc2021, numerator: 35 }],
      },
      { plans: [parent] },
    );
    // qd-1373 has 29 targets (15 for 2025, 14 for 2030); the child restates one of them
    expect(child.targets).toHaveLength(29);
    expect(child.targets.filter((t) => t.indicator === 'universities-digital' && t.year === 2030)).toEqual([
      expect.objectContaining({ value: '95' }),
    ]);
    expect(child.targets.filter((t) => t.indicator === 'universities-digital' && t.year === 2025)).toEqual([
      expect.objectContaining({ value: '70' }),
    ]);
    expect(child.baselines).toEqual([expect.objectContaining({ numerator: 35 })]);
    expect(getPlan('qd-1373').targets).toHaveLength(29); // the parent is not changed
  });

  it('an inherited target outside the child period is left out, not an error (review item 9; more in defined.test.ts)', () => {
    // qd-1373 has targets for 2025 and 2030 only (targets-1373.md §1a–1d): none falls in 2026
    expect(definePlan({ ...base, period: { from: 2026, to: 2026 }, extends: 'qd-1373', targets: [] }).targets).toEqual(
      [],
    );
  });
});

describe('plan baselines', () => {
  it('accepts a share, a published percentage or a count, with a year or a date', () => {
    const plan = definePlan({
      ...base,
      targets: [],
      baselines: [
        xmc2021,
        { indicator: 'universities-digital', asOf: '2020-06-30', percent: '35.5', source: local },
        { indicator: 'working-age-life-skills', year: 2020, asOf: '2020-12-31', percent: 40, source: local },
      ],
    });
    expect(plan.baselines).toHaveLength(3);
    expect(plan.baselines?.[2]).toMatchObject({ percent: '40' });
  });

  it.each([
    ['no year or date', { indicator: 'universities-digital', percent: 30, source: local }, ['baselines', 0]],
    [
      'a date outside its year',
      { indicator: 'universities-digital', year: 2021, asOf: '2020-12-31', percent: 30, source: local },
      ['baselines', 0, 'asOf'],
    ],
    [
      'an impossible date',
      { indicator: 'universities-digital', asOf: '2021-02-29', percent: 30, source: local },
      ['baselines', 0, 'asOf'],
    ],
    ['a zero denominator', { ...xmc2021, numerator: 0, denominator: 0 }, ['baselines', 0, 'denominator']],
    ['a numerator above the denominator', { ...xmc2021, numerator: 64 }, ['baselines', 0, 'numerator']],
    ['an unknown indicator', { ...xmc2021, indicator: 'no-such' }, ['baselines', 0, 'indicator']],
    [
      'a count for a share indicator',
      { indicator: 'universities-digital', year: 2020, count: 3, source: local },
      ['baselines', 0],
    ],
    [
      'a percentage above 100',
      { indicator: 'universities-digital', year: 2020, percent: 100.5, source: local },
      ['baselines', 0, 'percent'],
    ],
  ])('rejects a baseline with %s (invalid-plan, with the path)', (_name, baseline, path) => {
    expect(() => definePlan({ ...base, targets: [], baselines: [baseline] })).toThrowError(
      expect.objectContaining({ code: 'invalid-plan', path }),
    );
  });

  it('rejects a baseline of a yes/no indicator (nothing to grow from)', () => {
    // Bắc Giang's province-learning-province is yes/no (seed 002, dòng 197)
    expect(() =>
      definePlan({
        ...getPlan('bac-giang-2021-2030'),
        baselines: [{ indicator: 'province-learning-province', year: 2021, count: 0, source: local }],
      }),
    ).toThrowError(expect.objectContaining({ code: 'invalid-plan', path: ['baselines', 0] }));
  });

  it('rejects two baselines for one indicator', () => {
    expect(() => definePlan({ ...base, targets: [], baselines: [xmc2021, { ...xmc2021, year: 2022 }] })).toThrowError(
      expect.objectContaining({ code: 'invalid-plan', path: ['baselines', 1, 'indicator'] }),
    );
  });
});
