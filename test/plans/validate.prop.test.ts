import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isXhhtError } from '../../src/errors.js';
import { definePlan } from '../../src/plans/define.js';
import { validatePlan } from '../../src/plans/validate.js';

/*
 * Bad input gets coded issues, never a crash (issue 10, point 2: validatePlan
 * reads what it can of a broken plan to report every problem at once). A
 * Long Phụng commune plan extending Decision 1373 with one field replaced by
 * anything JSON can hold.
 */
const SOURCE = { type: 'plan', number: null, issuer: { vi: 'UBND huyện Mộ Đức' }, verified: true, confidence: 'local' };
const PLAN: Record<string, unknown> = {
  id: 'xa-long-phung-2021-2030',
  title: { vi: 'Kế hoạch xã Long Phụng' },
  issuer: 'UBND huyện Mộ Đức',
  reference: 'Kế hoạch của UBND huyện Mộ Đức (số hiệu chưa rõ)',
  jurisdiction: { level: 'commune', name: 'Long Phụng' },
  period: { from: 2021, to: 2030 },
  source: SOURCE,
  extends: 'qd-1373',
  indicators: [
    { id: 'xa-xmc-2', group: 'I', kind: 'share-of-units', label: { vi: 'Xã đạt chuẩn xóa mù chữ mức độ 2' } },
  ],
  // Phụ lục 2, mục I, dòng 1 of the commune's review: 100 by 2025
  targets: [{ kind: 'percent', indicator: 'xa-xmc-2', year: 2025, value: 100, source: SOURCE }],
};

describe('validatePlan on broken plans (property)', () => {
  it('returns a plan or coded issues, in both languages; definePlan throws only XhhtError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(PLAN), 'inherit', 'baselines'), fc.jsonValue(), (key, value) => {
        const input = { ...PLAN, [key]: value };
        const r = validatePlan(input);
        expect(r.plan === null).toBe(r.issues.length > 0);
        for (const i of r.issues) expect(i.message.length > 0 && i.messageVi.length > 0).toBe(true);
        try {
          definePlan(input);
        } catch (e) {
          expect(isXhhtError(e)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('anything at all is an issue, not a crash', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = validatePlan(value);
        expect(r.plan).toBeNull();
        expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
