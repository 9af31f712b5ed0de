import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePlan } from '../../src/plans/define.js';
import { planJsonSchema } from '../../src/plans/json-schema.js';
import { listPlans } from '../../src/plans/registry.js';
import { HUE_UNITS_PLAN, LONG_PHUNG_PLAN } from '../fixtures/plans.js';

// Round trip: the exported JSON Schema is turned back into a validator with zod's own
// z.fromJSONSchema (no extra dependency), then every shipped plan, as JSON, must pass it.
const validator = z.fromJSONSchema(planJsonSchema() as Parameters<typeof z.fromJSONSchema>[0]);
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

const local = {
  type: 'plan',
  number: '12/KH-UBND',
  issuer: { vi: 'UBND tỉnh X', en: "People's Committee of X province" },
  verified: true,
  confidence: 'local',
} as const;
const minimal = {
  id: 'test-province',
  title: { vi: 'Kế hoạch thử', en: 'Test plan' },
  issuer: 'UBND tỉnh',
  reference: 'Kế hoạch số 12/KH-UBND',
  jurisdiction: { level: 'province', name: 'Tỉnh thử' },
  period: { from: 2021, to: 2030 },
  source: local,
  targets: [{ kind: 'percent', indicator: 'universities-digital', year: 2025, value: 87.5, source: local }],
};

describe('planJsonSchema', () => {
  it('is a draft 2020-12 schema of an object with the plan fields', () => {
    const schema = planJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'title', 'issuer', 'reference', 'jurisdiction', 'period', 'source', 'targets']),
    );
    expect(Object.keys(schema.properties as object)).toEqual(
      expect.arrayContaining(['baselines', 'extends', 'indicators']),
    );
  });

  it.each(listPlans().map((p) => [p.id, p] as const))('shipped plan %s validates against it', (_id, plan) => {
    const r = validator.safeParse(asJson(plan));
    expect(r.success, JSON.stringify(r.error?.issues.slice(0, 3))).toBe(true);
  });

  it('the test fixtures and a hand-written input plan validate too', () => {
    for (const plan of [LONG_PHUNG_PLAN, HUE_UNITS_PLAN, minimal])
      expect(validator.safeParse(asJson(plan)).success).toBe(true);
  });

  it.each([
    ['a decimal comma', (p: Record<string, any>) => (p.targets[0].value = '9,5')],
    ['a percentage above 100', (p: Record<string, any>) => (p.targets[0].value = 101)],
    ['a negative percentage', (p: Record<string, any>) => (p.targets[0].value = -1)],
    ['no title', (p: Record<string, any>) => delete p.title],
    ['an id that is not kebab-case', (p: Record<string, any>) => (p.id = 'Bắc Giang')],
    ['an unknown target kind', (p: Record<string, any>) => (p.targets[0].kind = 'ratio')],
    [
      'a fractional count',
      (p: Record<string, any>) =>
        (p.targets = [{ kind: 'count', indicator: 'x', year: 2025, value: 1.5, source: local }]),
    ],
    [
      'a baseline with two forms',
      (p: Record<string, any>) =>
        (p.baselines = [{ indicator: 'universities-digital', year: 2020, percent: 30, count: 3, source: local }]),
    ],
  ])('rejects %s, as definePlan does', (_name, edit) => {
    const plan = asJson(minimal);
    edit(plan);
    expect(validator.safeParse(plan).success).toBe(false);
    expect(() => definePlan(plan)).toThrowError(expect.objectContaining({ code: 'invalid-plan' }));
  });

  it('returns a new object on every call', () => {
    const a = planJsonSchema();
    (a as { title?: string }).title = 'changed';
    expect(planJsonSchema().title).toBe('xhht plan');
  });
});
