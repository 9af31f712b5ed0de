import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QualificationBreakdown } from '../../src/workforce/breakdown.js';
import { UNIVERSITY_OR_HIGHER } from '../../src/workforce/definitions.js';
import type { QualificationLevel } from '../../src/workforce/levels.js';
import { qualificationRate } from '../../src/workforce/rates.js';
import { validateBreakdown } from '../../src/workforce/validate.js';

const TRAINED: readonly QualificationLevel[] = [
  'worker-without-certificate',
  'certificate-under-3-months',
  'elementary-vocational',
  'intermediate',
  'college',
  'university',
  'postgraduate',
];

/**
 * A consistent breakdown shaped like seed 004's: counts for some trained levels, a reported total over
 * all of them and a subtotal over the first few. Totals are added up here, by the test.
 */
const consistent = fc
  .tuple(
    fc.subarray([...TRAINED], { minLength: 2 }),
    fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 7, maxLength: 7 }),
    fc.nat(),
  )
  .map(([levels, values, cut]) => {
    const counts = Object.fromEntries(levels.map((l, i) => [l, values[i]!]));
    const k = 1 + (cut % (levels.length - 1)); // a proper, non-empty prefix
    const sum = (ls: readonly QualificationLevel[]) => ls.reduce((a, l) => a + counts[l]!, 0);
    const b: QualificationBreakdown = {
      counts,
      totals: [
        { id: 'all', levels, count: sum(levels) },
        { id: 'sub', levels: levels.slice(0, k), count: sum(levels.slice(0, k)) },
      ],
    };
    return { b, levels, k };
  });

describe('breakdown validation properties', () => {
  it('validation of a consistent breakdown always passes', () => {
    fc.assert(
      fc.property(consistent, ({ b }) => {
        const v = validateBreakdown(b);
        expect(v.issues).toEqual([]);
        expect(v.valid).toBe(true);
        expect(v.checks.every((c) => c.status === 'pass')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a perturbed copy always fails, and a failure names the exact difference', () => {
    fc.assert(
      fc.property(
        consistent,
        fc.nat(),
        fc.integer({ min: 1, max: 5000 }),
        fc.boolean(),
        ({ b, levels }, which, delta, up) => {
          // perturb one figure (a count or a total) by ±delta, staying a count
          const targets = [...levels.map((l) => ({ count: l })), { total: 0 }, { total: 1 }];
          const t = targets[which % targets.length]!;
          const value = 'count' in t ? b.counts![t.count]! : b.totals![t.total]!.count;
          const d = up || value < delta ? delta : -delta;
          const perturbed: QualificationBreakdown =
            'count' in t
              ? { ...b, counts: { ...b.counts, [t.count]: value + d } }
              : { ...b, totals: b.totals!.map((x, i) => (i === t.total ? { ...x, count: x.count + d } : x)) };
          const v = validateBreakdown(perturbed);
          expect(v.valid).toBe(false);
          expect(v.failures.some((f) => Math.abs(f.difference!) === delta)).toBe(true);
          expect(v.issues.some((i) => i.code === 'inconsistent-counts')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever it is given, and reports problems as issues', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const v = validateBreakdown(input);
        expect(Array.isArray(v.issues)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('rate properties', () => {
  it('adding people at a counted level (to the population too) never lowers the rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.nat(),
        fc.integer({ min: 1, max: 10_000 }),
        (population, u, added) => {
          const university = u % (population + 1);
          const before = qualificationRate(
            { population, counts: { university, postgraduate: 0 } },
            UNIVERSITY_OR_HIGHER,
          );
          const after = qualificationRate(
            { population: population + added, counts: { university: university + added, postgraduate: 0 } },
            UNIVERSITY_OR_HIGHER,
          );
          // compare n1/d1 ≤ n2/d2 exactly
          expect(
            BigInt(before.numerator!) * BigInt(after.denominator!) <=
              BigInt(after.numerator!) * BigInt(before.denominator!),
          ).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
