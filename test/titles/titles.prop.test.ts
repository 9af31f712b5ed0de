import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTitleHolders, titleShare } from '../../src/titles/counts.js';
import type { Recognition } from '../../src/titles/recognition.js';
import { titleStatusAt } from '../../src/titles/validity.js';

// Random recognitions of the province-level learning unit (TT 24/2023), decided 2019–2027.
const dateArb = fc
  .date({ min: new Date(Date.UTC(2019, 0, 1)), max: new Date(Date.UTC(2027, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const recordArb: fc.Arbitrary<Recognition> = fc.record({
  unit: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
  title: fc.constantFrom(
    'learning-unit-province' as const,
    'learning-unit-province' as const,
    'learning-community-commune' as const,
  ),
  level: fc.constantFrom(1 as const, 2 as const),
  decisionDate: dateArb,
  decidedBy: fc.constant('UBND tỉnh'),
});
const anyRecord: fc.Arbitrary<unknown> = fc.oneof(
  recordArb,
  recordArb,
  fc.constantFrom(
    null,
    {},
    { unit: 'X', title: 'learning-family', level: 2, decisionDate: '2024-01-01', decidedBy: 'x' },
  ),
);
const TITLE = 'learning-unit-province';

describe('title counting properties', () => {
  it('adding a recognised unit never lowers a share', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 30 }), dateArb, recordArb, (records, asOf, extra) => {
        const eligible = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
        const before = titleShare(records, { title: TITLE, asOf, eligible });
        // G never had a record: a new unit, recognised on or before asOf at some level
        const added: Recognition = { ...extra, unit: 'G', title: TITLE, decisionDate: asOf };
        const after = titleShare([...records, added], { title: TITLE, asOf, eligible });
        expect(after.denominator).toBe(before.denominator);
        expect(after.numerator).toBe(before.numerator + 1);
        // also when the unit was not in the eligible count before: (n+1)/(d+1) ≥ n/d
        const grown = titleShare([...records, added], { title: TITLE, asOf, eligible: before.denominator + 1 });
        const b = titleShare(
          records.filter((r) => eligible.includes(r.unit)),
          { title: TITLE, asOf, eligible: before.denominator },
        );
        expect(grown.numerator * b.denominator).toBeGreaterThanOrEqual(b.numerator * grown.denominator);
      }),
      { numRuns: 150 },
    );
  });

  it('every record ends in holders, excluded or issues, exactly once', () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 30 }), dateArb, (records, asOf) => {
        const c = countTitleHolders(records as Recognition[], { title: TITLE, asOf });
        const seen = [
          ...c.holders.map((h) => h.record),
          ...c.excluded.map((e) => e.index),
          ...c.issues.filter((i) => i.severity === 'error').map((i) => i.path[1] as number),
        ].sort((a, b) => a - b);
        expect(seen).toEqual(records.map((_, i) => i));
        expect(c.count).toBe(new Set(c.holders.map((h) => h.unit)).size);
      }),
      { numRuns: 150 },
    );
  });

  it('a recognition is valid on exactly one unbroken run of days: from its decision to 31/12 three years later', () => {
    fc.assert(
      fc.property(recordArb, dateArb, (r, day) => {
        const s = titleStatusAt(r, day);
        const year = Number(r.decisionDate.slice(0, 4));
        const expected = day < r.decisionDate ? 'not-yet-decided' : day <= `${year + 3}-12-31` ? 'valid' : 'expired';
        expect(s.status).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 10 }), dateArb, (records, asOf) => {
        const copy = structuredClone(records);
        countTitleHolders(records, { title: TITLE, asOf });
        expect(records).toEqual(copy);
      }),
      { numRuns: 50 },
    );
  });
});
