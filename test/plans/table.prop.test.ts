import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listIndicators } from '../../src/catalog/registry.js';
import { definePlan } from '../../src/plans/define.js';
import type { Plan } from '../../src/plans/plan.js';
import { planFromTable, planTemplate, planToTable, type PlanTableCell } from '../../src/plans/table.js';
import type { Target } from '../../src/plans/target.js';

/*
 * Invariant (issue 10, point 2): a plan the table can hold, written by
 * planToTable and read by planFromTable, is the same plan — in Vietnamese and
 * in English, with or without a parent. "The table can hold" = targets citing
 * the plan's document (with or without a section), notes in Vietnamese only.
 * A table has one row per indicator, so targets are compared in (year,
 * indicator) order.
 */

const SOURCE = {
  type: 'plan',
  number: '45/KH-UBND',
  issuer: { vi: 'UBND xã Long Phụng' },
  verified: true,
  confidence: 'local',
} as const;
const SHARES = listIndicators()
  .filter((i) => i.kind !== 'count' && i.kind !== 'yes-no')
  .map((i) => i.id);

/** A percentage as a plan writes it: 0–100 with 0–2 decimals. */
const percentArb = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(([whole, frac, decimals]) =>
    decimals && whole < 100 ? `${whole}.${String(frac).padStart(2, '0')}` : String(whole),
  );

const targetArb = fc.record({
  indicator: fc.constantFrom(...SHARES),
  year: fc.constantFrom(2025, 2026, 2030),
  value: percentArb,
  comparator: fc.constantFrom('at-least' as const, 'at-most' as const),
  stretch: fc.boolean(),
  section: fc.constantFrom('', 'Mục II.1', 'Mục II.2, điểm a'),
  note: fc.constantFrom('', 'Ghi chú của xã'),
});

type Drawn = typeof targetArb extends fc.Arbitrary<infer T> ? T : never;

function planOf(targets: Drawn[], parent: boolean, level: 'commune' | 'province'): Plan {
  // one target per indicator and year
  const unique = [...new Map(targets.map((t) => [`${t.indicator}@${t.year}`, t])).values()];
  return definePlan({
    id: 'xa-long-phung-2021-2030',
    title: { vi: 'Kế hoạch xây dựng xã hội học tập xã Long Phụng' },
    issuer: 'UBND xã Long Phụng',
    reference: '45/KH-UBND',
    jurisdiction: { level, name: 'Long Phụng' },
    period: { from: 2021, to: 2030 },
    source: SOURCE,
    ...(parent ? { extends: 'qd-1373' } : {}),
    targets: unique.map(({ section, note, stretch, ...t }) => ({
      kind: 'percent' as const,
      ...t,
      ...(stretch ? { stretch } : {}),
      source: section === '' ? SOURCE : { ...SOURCE, section },
      ...(note === '' ? {} : { note: { vi: note } }),
    })),
  });
}

const sorted = (p: Plan) => ({
  ...p,
  targets: [...p.targets].sort((a: Target, b: Target) => a.year - b.year || a.indicator.localeCompare(b.indicator)),
});

describe('planToTable → planFromTable (property)', () => {
  it('gives the same plan back', () => {
    fc.assert(
      fc.property(
        fc.array(targetArb, { maxLength: 12 }),
        fc.boolean(),
        fc.constantFrom('commune' as const, 'province' as const),
        fc.constantFrom('vi' as const, 'en' as const),
        (targets, parent, level, lang) => {
          const plan = planOf(targets, parent, level);
          const read = planFromTable(planToTable(plan, { lang }).rows);
          expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
          const back = read.plan!;
          // a parent's target left as it was may come back in the other form of the same plan
          // (the whole list, inherit: 'none', when the table's order is not the parent's)
          const { inherit: _a, ...a } = sorted(back);
          const { inherit: _b, ...b } = sorted(plan);
          expect(a).toEqual(b);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('planFromTable on anything a spreadsheet may hold (property)', () => {
  const template = planTemplate({ extends: 'qd-1373', level: 'commune' }).rows;
  const cellArb: fc.Arbitrary<PlanTableCell> = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '',
      '≥',
      '≤',
      'phấn đấu 100',
      '99,5',
      '99.5%',
      'đạt',
      'trong đó',
      'tỷ lệ',
      'xã',
      'qd-1373',
      '2021-2030',
      '31/12/2025',
      'Mục tiêu 2025',
    ),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: false }),
  );
  const editArb = fc.array(
    fc.record({ row: fc.nat({ max: template.length + 2 }), column: fc.nat({ max: 14 }), value: cellArb }),
    { maxLength: 20 },
  );

  it('never throws, never gives a plan with an error, and places every problem inside the sheet', () => {
    fc.assert(
      fc.property(editArb, (edits) => {
        const rows: PlanTableCell[][] = template.map((r) => [...r]);
        for (const e of edits) (rows[e.row] ??= [])[e.column] = e.value;
        const r = planFromTable(rows);
        const errors = r.issues.filter((i) => i.severity === 'error');
        expect(r.plan === null).toBe(errors.length > 0);
        for (const i of r.issues) {
          expect(i.messageVi.length > 0 && i.message.length > 0).toBe(true);
          if (i.row !== null) expect(i.row >= 1 && i.row <= rows.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
