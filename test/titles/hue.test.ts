import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/attainment/compute.js';
import type { Recognition } from '../../src/titles/recognition.js';
import { titleCountObservation } from '../../src/titles/observations.js';
import { HUE_UNITS_PLAN } from '../fixtures/plans.js';

/*
 * Seed 003 (Huế, Kế hoạch năm 2026), lines 72–74: "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập”
 * cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2." Read as: at least 15 units holding
 * the province-level title (at level 1 or 2), of which at least 5 at level 2 (fixture HUE_UNITS_PLAN).
 * The records below are made up; each test states its counts.
 */

const rec = (i: number, level: 1 | 2, decisionDate = '2026-02-10'): Recognition => ({
  unit: `Đơn vị ${i}`,
  title: 'learning-unit-province',
  level,
  decisionDate,
  decidedBy: 'UBND thành phố Huế',
});

/** `total` units recognised, the first `level2` of them at level 2. */
const units = (total: number, level2: number): Recognition[] =>
  Array.from({ length: total }, (_, i) => rec(i + 1, i < level2 ? 2 : 1));

function evaluate(records: readonly Recognition[], asOf = '2026-12-31') {
  const { observation, issues } = titleCountObservation(records, {
    indicator: 'units-learning-unit-province',
    title: 'learning-unit-province',
    asOf,
    jurisdiction: 'Huế',
  });
  expect(issues).toEqual([]);
  const report = computeAttainment({ plan: HUE_UNITS_PLAN, year: 2026, observations: [observation] });
  expect(report.issues).toEqual([]);
  return { observation, result: report.results[0]! };
}

describe('Huế 2026: at least 15 province-level learning units, of which at least 5 at level 2', () => {
  it('met: 15 units, 5 at level 2', () => {
    const { observation, result } = evaluate(units(15, 5));
    expect(observation).toMatchObject({ count: 15, components: { 'level-2': 5 }, unit: 'Huế', asOf: '2026-12-31' });
    expect(result).toMatchObject({ status: 'met', actualCount: 15, targetCount: 15, shortfall: 0 });
    expect(result.components).toEqual([
      expect.objectContaining({ id: 'level-2', actual: 5, target: 5, status: 'met' }),
    ]);
    // the 3-year validity rule of Thông tư 24/2023 was read only in summaries (verified: false), so the
    // count rests on a provisional rule and the verdict says so
    expect(observation.provisional).toBe(true);
    expect(result.provisional).toBe(true);
  });

  it('not met: 14 units (5 at level 2) — one short', () => {
    const { result } = evaluate(units(14, 5));
    expect(result).toMatchObject({ status: 'not-met', actualCount: 14, shortfall: 1 });
    expect(result.components[0]).toMatchObject({ status: 'met' });
  });

  it('not met although the total is: 20 units but only 4 at level 2', () => {
    const { result } = evaluate(units(20, 4));
    expect(result).toMatchObject({ status: 'not-met', actualCount: 20, gapCount: 5 });
    expect(result.components[0]).toMatchObject({ id: 'level-2', actual: 4, status: 'not-met', shortfall: 1 });
    expect(result.shortfall).toBe(1);
  });

  it('only recognitions valid on asOf count: two 2022 decisions expired on 31/12/2025', () => {
    // 16 units; units 1 and 2 recognised on 2022-01-20 (valid through 2025-12-31); the 14 others on
    // 2025-02-10 (valid through 2028-12-31), 5 of them at level 2
    const records = [
      rec(1, 1, '2022-01-20'),
      rec(2, 1, '2022-01-20'),
      ...Array.from({ length: 14 }, (_, i) => rec(i + 3, i < 5 ? 2 : 1, '2025-02-10')),
    ];
    expect(evaluate(records, '2025-12-31').result.status).toBe('met'); // 16 valid
    const end2026 = evaluate(records, '2026-12-31');
    expect(end2026.observation.count).toBe(14);
    expect(end2026.result.status).toBe('not-met');
  });

  it('a unit upgraded from level 1 to level 2 counts once, in the level-2 component', () => {
    // 14 units (4 at level 2) + unit 99 recognised at level 1 in 2024 and level 2 in 2026 → 15, of which 5
    const records = [...units(14, 4), rec(99, 1, '2024-02-29'), rec(99, 2, '2026-03-01')];
    const { observation, result } = evaluate(records);
    expect(observation).toMatchObject({ count: 15, components: { 'level-2': 5 } });
    expect(result.status).toBe('met');
  });
});
