import { describe, expect, it } from 'vitest';
import { compareToTarget } from '../../src/attainment/compare.js';
import { computeAttainment } from '../../src/attainment/compute.js';
import type { CountTarget } from '../../src/plans/target.js';
import { HUE_UNITS_PLAN } from '../fixtures/plans.js';

/*
 * Seed 003 (Huế 2026), lines 72–74: "Có ít nhất 15 đơn vị được công nhận 'Đơn vị học tập' cấp tỉnh
 * mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2." A report that gives the 15 but not the
 * "of which" part says nothing about level 2: it must not be read as 0 (review item 4).
 */
const U = 'units-learning-unit-province';
const run = (observation: object) =>
  computeAttainment({ plan: HUE_UNITS_PLAN, year: 2026, observations: [{ indicator: U, ...observation } as never] });

const MISSING_LEVEL_2 = {
  id: 'level-2',
  label: { vi: 'Mức độ 2', en: 'Level 2' },
  status: 'no-data',
  actual: null,
  target: 5,
  comparator: 'at-least',
  gap: null,
  shortfall: null,
};

describe('a count target whose "of which" part is not reported (review item 4)', () => {
  it('20 units (≥ 15) without the level-2 part: the verdict is unknown → no-data, reason missing-component, with a warning', () => {
    const r = run({ count: 20 });
    expect(r.results[0]).toMatchObject({
      status: 'no-data',
      reason: 'missing-component',
      actualCount: 20,
      targetCount: 15,
      gapCount: 5,
      shortfall: null,
      observation: expect.objectContaining({ index: 0 }),
    });
    expect(r.results[0]!.components).toEqual([MISSING_LEVEL_2]);
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: 'missing-component',
        severity: 'warning',
        path: ['observations', 0, 'components', 'level-2'],
      }),
    ]);
    expect(r.issues[0]!.messageVi).toMatch(/Mức độ 2/);
    expect(r.summary).toMatchObject({ total: 1, 'no-data': 1 });
  });

  it('14 units (< 15) without the part: not met is certain, a missing part cannot rescue it; the shortfall is unknown', () => {
    const r = run({ count: 14 });
    expect(r.results[0]).toMatchObject({
      status: 'not-met',
      reason: null,
      actualCount: 14,
      gapCount: -1,
      shortfall: null,
    });
    expect(r.results[0]!.components).toEqual([MISSING_LEVEL_2]);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'missing-component', severity: 'warning' })]);
  });

  it('an empty components object is the same as none', () => {
    expect(run({ count: 20, components: {} }).results[0]).toMatchObject({
      status: 'no-data',
      reason: 'missing-component',
    });
  });

  it('reported parts are evaluated as before', () => {
    expect(run({ count: 15, components: { 'level-2': 5 } }).results[0]).toMatchObject({ status: 'met', shortfall: 0 });
    expect(run({ count: 16, components: { 'level-2': 4 } }).results[0]).toMatchObject({
      status: 'not-met',
      shortfall: 1,
    });
    expect(run({ count: 15, components: { 'level-2': 5 } }).issues).toEqual([]);
  });

  it('a count target without parts needs none', () => {
    const { components: _drop, ...plain } = HUE_UNITS_PLAN.targets[0] as CountTarget;
    expect(compareToTarget({ count: 15 }, plain)).toMatchObject({ status: 'met', components: [] });
  });

  describe('compareToTarget, two parts', () => {
    // a synthetic target in the shape of seed 003's: a total with two "of which" minimums
    const target: CountTarget = {
      kind: 'count',
      indicator: U,
      year: 2026,
      comparator: 'at-least',
      value: 10,
      components: [
        { id: 'a', label: { vi: 'A', en: 'A' }, comparator: 'at-least', value: 2 },
        { id: 'b', label: { vi: 'B', en: 'B' }, comparator: 'at-least', value: 3 },
      ],
      source: { type: 'other', number: null, issuer: null, title: { vi: 'test', en: 'test' }, verified: true },
    };
    it('a reported part that fails makes not-met certain', () => {
      const c = compareToTarget({ count: 10, components: { a: 1 } }, target);
      expect(c).toMatchObject({ status: 'not-met', reason: null, shortfall: null });
      expect(c.components.map((x) => [x.id, x.status, x.actual])).toEqual([
        ['a', 'not-met', 1],
        ['b', 'no-data', null],
      ]);
    });
    it('every reported part passes but one is missing: no data', () => {
      expect(compareToTarget({ count: 10, components: { a: 5 } }, target)).toMatchObject({
        status: 'no-data',
        reason: 'missing-component',
        shortfall: null,
      });
    });
    it('results keep one shape', () => {
      const keys = Object.keys(compareToTarget({ count: 10, components: { a: 5, b: 5 } }, target));
      expect(Object.keys(compareToTarget({ count: 10 }, target))).toEqual(keys);
      const parts = compareToTarget({ count: 10, components: { a: 5 } }, target).components;
      expect(Object.keys(parts[1]!)).toEqual(Object.keys(parts[0]!));
    });
  });
});
