import { describe, expect, it } from 'vitest';
import { definePlan } from '../../src/plans/define.js';
import type { Plan } from '../../src/plans/plan.js';
import { getPlan } from '../../src/plans/registry.js';

const local = {
  type: 'plan',
  number: '45/KH-UBND',
  issuer: { vi: 'UBND xã Long Phụng', en: "People's Committee of Long Phụng commune" },
  verified: true,
  confidence: 'local',
} as const;
const commune = {
  id: 'xa-long-phung-2021-2030',
  title: { vi: 'Kế hoạch xây dựng xã hội học tập xã Long Phụng' },
  issuer: 'UBND xã Long Phụng',
  reference: '45/KH-UBND',
  jurisdiction: { level: 'commune', name: 'Long Phụng' },
  period: { from: 2021, to: 2030 },
  source: local,
  extends: 'qd-1373',
  targets: [],
} as const;
const keys = (p: Plan) => p.targets.map((t) => `${t.indicator}@${t.year}`);

describe('extends inherits the targets measured at the plan’s level (issue 10, point 2)', () => {
  it('a commune plan extending qd-1373 gets the six commune-level indicators, no "Tỷ lệ tỉnh …" row', () => {
    const plan = definePlan(commune);
    // Decision 1373, Điều 1, Mục II.2.b (4 shares of people), II.2.c (institutions of the commune), II.2.d (citizens):
    // six indicators with a target in both 2025 and 2030
    expect(keys(plan)).toEqual(
      [2025, 2030].flatMap((y) =>
        [
          'working-age-information-competence',
          'working-age-life-skills',
          'population-15plus-technical-qualification',
          'population-15plus-university-or-higher',
          'institutions-digital-environment',
          'citizens-learning-citizen-title',
        ].map((i) => `${i}@${y}`),
      ),
    );
    expect(plan.targets.some((t) => t.indicator.startsWith('provinces-'))).toBe(false);
    // the inherited targets are qd-1373's own, values and sources untouched
    const parent = getPlan('qd-1373');
    for (const t of plan.targets)
      expect(t).toEqual(parent.targets.find((p) => p.indicator === t.indicator && p.year === t.year));
  });

  it('a province plan leaves out only the national rows', () => {
    const plan = definePlan({ ...commune, jurisdiction: { level: 'province', name: 'Quảng Ngãi' } });
    // qd-1373 has 15 targets for 2025 and 14 for 2030; 6 and 5 of them are shares of provinces (Mục II.2.a, II.2.d)
    expect(plan.targets).toHaveLength(15 - 6 + 14 - 5);
    expect(plan.targets.filter((t) => t.indicator.startsWith('provinces-'))).toEqual([]);
    expect(keys(plan)).toContain('districts-learning-district@2025');
  });

  it('inherit: "all" takes every parent target, as before', () => {
    expect(definePlan({ ...commune, inherit: 'all' }).targets).toEqual(getPlan('qd-1373').targets);
  });

  it('inherit: "none" takes no parent target: the plan lists its own', () => {
    const own = {
      kind: 'percent',
      indicator: 'working-age-life-skills',
      year: 2025,
      value: 60,
      source: local,
    } as const;
    const plan = definePlan({ ...commune, inherit: 'none', targets: [own] });
    expect(keys(plan)).toEqual(['working-age-life-skills@2025']);
    expect(plan.inherit).toBe('none');
  });

  it('an own target is kept whatever its level: the author asked for it', () => {
    const own = {
      kind: 'percent',
      indicator: 'provinces-literacy-level-2',
      year: 2025,
      value: 100,
      source: local,
    } as const;
    expect(keys(definePlan({ ...commune, targets: [own] }))).toContain('provinces-literacy-level-2@2025');
  });

  it('the parent’s own indicators are filtered by their level too', () => {
    // Huế 2026 (Mục II.4): learning units and communes with a learning community: province-level indicators
    const ward = definePlan({ ...commune, id: 'phuong-x-2026', period: { from: 2026, to: 2026 }, extends: 'hue-2026' });
    expect(keys(ward)).toEqual([
      'working-age-information-competence@2026',
      'working-age-life-skills@2026',
      'population-15plus-technical-qualification@2026',
      'population-15plus-university-or-higher@2026',
      'institutions-digital-environment@2026',
      'citizens-learning-citizen-title@2026',
    ]);
  });

  it('an agency plan inherits institution-level rows only (qd-387 has one for 2025)', () => {
    const agency = definePlan({
      ...commune,
      jurisdiction: { level: 'agency', name: 'Hội Khuyến học xã' },
      extends: 'qd-387',
    });
    // Decision 387, Điều 1: the association's cadres and members; the staff of commune learning units;
    // the commune association's staff at the centre
    expect(keys(agency)).toEqual([
      'khuyen-hoc-members-trained-policies@2025',
      'commune-learning-unit-staff-learning-citizen@2025',
      'commune-khuyen-hoc-staff-clc-it-trained@2025',
    ]);
  });

  it('a defined plan copied as JSON defines the same plan again (inherit kept)', () => {
    for (const input of [commune, { ...commune, inherit: 'all' as const }, { ...commune, inherit: 'none' as const }]) {
      const plan = definePlan(input);
      expect(definePlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    }
  });

  it('rejects an unknown inherit value with its path', () => {
    expect(() => definePlan({ ...commune, inherit: 'some' })).toThrowError(
      expect.objectContaining({ code: 'invalid-plan', path: ['inherit'] }),
    );
  });
});
