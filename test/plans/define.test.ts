import { describe, expect, it } from 'vitest';
import { definePlan } from '../../src/plans/define.js';
import { formatSource } from '../../src/catalog/source.js';
import { getPlan } from '../../src/plans/registry.js';
import { computeAttainment } from '../../src/attainment/compute.js';
import { LONG_PHUNG_PLAN } from '../fixtures/plans.js';

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

describe('definePlan', () => {
  it('accepts a seed plan and keeps it as written', () => {
    expect(definePlan(LONG_PHUNG_PLAN).targets).toHaveLength(6);
  });

  it('normalises numbers to exact decimal text and defaults the comparator to at-least', () => {
    const plan = definePlan({
      ...base,
      targets: [{ kind: 'percent', indicator: 'universities-digital', year: 2025, value: 87.5, source: local }],
    });
    expect(plan.targets[0]).toMatchObject({ value: '87.5', comparator: 'at-least' });
  });

  it('still reads the free-text source of xhht 0.1: the text becomes the title of an "other" document, cited as written', () => {
    const old = {
      document: 'Kế hoạch số 12/KH-UBND',
      section: 'Mục II',
      verified: true,
      confidence: 'local',
      note: 'bản photo',
    } as const;
    const plan = definePlan({
      ...base,
      source: old,
      targets: [{ kind: 'percent', indicator: 'universities-digital', year: 2025, value: 80, source: old }],
    });
    expect(plan.targets[0]!.source).toEqual({
      type: 'other',
      number: null,
      issuer: null,
      title: { vi: 'Kế hoạch số 12/KH-UBND', en: 'Kế hoạch số 12/KH-UBND' },
      section: 'Mục II',
      verified: true,
      confidence: 'local',
      note: { vi: 'bản photo', en: 'bản photo' },
    });
    // the citation is the text as written, then the section: what 0.1 printed
    expect(formatSource(plan.targets[0]!.source, 'vi')).toBe('Kế hoạch số 12/KH-UBND, Mục II');
    expect(formatSource(plan.targets[0]!.source, 'en')).toBe('Kế hoạch số 12/KH-UBND, Section II');
  });

  it('rejects a source that mixes the two forms', () => {
    expect(() => definePlan({ ...base, source: { ...local, document: 'x' }, targets: [] })).toThrow(
      expect.objectContaining({ code: 'invalid-plan', path: ['source'] }),
    );
  });

  it('inherits the parent targets and overrides the ones it restates', () => {
    // seed 003 (Huế 2026) raises information competence to 87% where the national 2025 target is 50%
    // inherit: 'all': every qd-1373 target, the "Tỷ lệ tỉnh …" rows too (level-inheritance.test.ts has the default)
    const plan = definePlan({
      ...base,
      extends: 'qd-1373',
      inherit: 'all',
      targets: [
        { kind: 'percent', indicator: 'working-age-information-competence', year: 2025, value: '87', source: local },
      ],
    });
    expect(plan.targets).toHaveLength(getPlan('qd-1373').targets.length);
    const info = plan.targets.filter((t) => t.indicator === 'working-age-information-competence' && t.year === 2025);
    expect(info).toHaveLength(1);
    expect(info[0]).toMatchObject({ value: '87', source: local });
    const r = computeAttainment({
      plan,
      year: 2025,
      observations: [{ indicator: 'working-age-information-competence', numerator: 80, denominator: 100 }],
    });
    expect(r.results.find((x) => x.indicator === 'working-age-information-competence')).toMatchObject({
      status: 'not-met',
      targetPercent: '87',
      shortfall: 7,
    });
  });

  it.each([
    [
      'a percentage above 100',
      { targets: [{ kind: 'percent', indicator: 'universities-digital', year: 2025, value: 101, source: local }] },
      ['targets', 0, 'value'],
    ],
    [
      'a decimal comma',
      { targets: [{ kind: 'percent', indicator: 'universities-digital', year: 2025, value: '9,5', source: local }] },
      ['targets', 0, 'value'],
    ],
    [
      'an unknown indicator',
      { targets: [{ kind: 'percent', indicator: 'no-such', year: 2025, value: 5, source: local }] },
      ['targets', 0, 'indicator'],
    ],
    [
      'a count target on a share indicator',
      { targets: [{ kind: 'count', indicator: 'universities-digital', year: 2025, value: 5, source: local }] },
      ['targets', 0, 'kind'],
    ],
    [
      'a year outside the period',
      { targets: [{ kind: 'percent', indicator: 'universities-digital', year: 2035, value: 5, source: local }] },
      ['targets', 0, 'year'],
    ],
    ['a missing title', { title: undefined, targets: [] }, ['title']],
  ])('rejects %s with invalid-plan and the path', (_name, patch, path) => {
    try {
      definePlan({ ...base, ...patch });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'invalid-plan', path });
    }
  });

  it('rejects two targets for the same indicator and year', () => {
    const t = { kind: 'percent', indicator: 'universities-digital', year: 2025, value: 5, source: local };
    expect(() => definePlan({ ...base, targets: [t, t] })).toThrowError(
      expect.objectContaining({ code: 'invalid-plan', path: ['targets', 1] }),
    );
  });

  it('rejects an unknown parent plan', () => {
    expect(() => definePlan({ ...base, extends: 'qd-0000', targets: [] })).toThrowError(
      expect.objectContaining({ code: 'unknown-plan' }),
    );
  });

  it('does not mutate its input', () => {
    const input = {
      ...base,
      targets: [{ kind: 'percent', indicator: 'universities-digital', year: 2025, value: 87.5, source: local }],
    };
    const before = structuredClone(input);
    definePlan(input);
    expect(input).toEqual(before);
  });
});
