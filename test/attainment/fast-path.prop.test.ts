import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareToTarget, type ObservedValue } from '../../src/attainment/compare.js';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import { isXhhtError } from '../../src/errors.js';
import { getPlan } from '../../src/plans/registry.js';
import type { PercentTarget } from '../../src/plans/target.js';

/*
 * computeAttainmentByUnit's fast path (issue 11): observations grouped with
 * one counting sort, each target's status decided at once with the exact
 * kernel (doubles below 2^53, BigInt beyond), the results built on first read
 * from copies of what the observations said. Held here to a slow reference:
 * the observations of each unit and indicator classified by hand, then each
 * compared on its own with the exported `compareToTarget`, and its status
 * checked again with BigInt cross-multiplication written here.
 *
 * Targets: qd-1373's 2025 targets (Decision 1373/QĐ-TTg, Điều 1, Mục II.2),
 * every one a minimum in whole percent. Numerators often sit exactly at the
 * smallest value that meets a target, one below or one above.
 */

const TARGETS = getPlan('qd-1373').targets.filter((t): t is PercentTarget => t.year === 2025 && t.kind === 'percent');
const INDICATORS = TARGETS.map((t) => t.indicator);
/** Smallest numerator of `d` that meets `value`% (whole percent): ceil(value·d / 100). */
const atMinimum = (d: number, value: string) => Number((BigInt(value) * BigInt(d) + 99n) / 100n);

const unitArb = fc.constantFrom('xa-a', 'xa-b', 'xa-c', 'phuong-d');
const denominator = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 5000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2 ** 50, max: Number.MAX_SAFE_INTEGER }) },
);
const shareOf = (indicator: string) =>
  denominator.chain((d) =>
    fc
      .oneof(
        fc.integer({ min: 0, max: d }),
        fc
          .constantFrom(-1, 0, 1)
          .map((step) =>
            Math.max(0, Math.min(d, atMinimum(d, TARGETS.find((t) => t.indicator === indicator)!.value) + step)),
          ),
      )
      .map((numerator) => ({ numerator, denominator: d })),
  );
/** An observation as the generator makes it (the fields of `Observation`, loosely typed: some are bad on purpose). */
interface Obs {
  readonly indicator: string;
  readonly unit?: string;
  readonly asOf?: string;
  readonly source?: string;
  readonly provisional?: boolean;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly percent?: string | number;
}

/** Observations users send: mostly good shares, some zero denominators, repeats, bad counts, rates, extras. */
const observationArb: fc.Arbitrary<Obs> = fc
  .record({
    unit: fc.option(unitArb, { freq: 12, nil: undefined }),
    indicator: fc.constantFrom(...INDICATORS, ...INDICATORS, 'no-such-indicator'),
    kind: fc.constantFrom('share', 'share', 'share', 'share', 'bad', 'rate'),
    extra: fc.record({
      asOf: fc.option(fc.constantFrom('2024-12-31', '2025-06-30'), { nil: undefined }),
      source: fc.option(fc.constantFrom('BC 12/2025'), { nil: undefined }),
      provisional: fc.option(fc.boolean(), { nil: undefined }),
    }),
  })
  .chain(({ unit, indicator, kind, extra }): fc.Arbitrary<Obs> => {
    const base: Obs = {
      indicator,
      ...(unit === undefined ? {} : { unit }),
      ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)),
    };
    if (kind === 'rate') return fc.constantFrom('99,96', '70', 69.999, '12.5').map((percent) => ({ ...base, percent }));
    if (kind === 'bad')
      return fc
        .constantFrom(
          { numerator: 5, denominator: 3 },
          { numerator: -1, denominator: 3 },
          { numerator: 1.5, denominator: 3 },
        )
        .map((v) => ({ ...base, ...v }));
    return shareOf(INDICATORS.includes(indicator) ? indicator : INDICATORS[0]!).map((s) => ({ ...base, ...s }));
  });

/** The same figure (as the library reads repeats: counts, or the rate as written). */
const sameFigure = (a: Obs, b: Obs) =>
  a.numerator === b.numerator &&
  a.denominator === b.denominator &&
  String(a.percent).replace(',', '.') === String(b.percent).replace(',', '.');

describe('computeAttainmentByUnit agrees with a slow reference (properties)', () => {
  it('every unit, every target: status, reason, display and shortfall; the summary; the observation used', () => {
    fc.assert(
      fc.property(fc.array(observationArb, { maxLength: 60 }), (observations) => {
        const r = computeAttainmentByUnit({ plan: 'qd-1373', year: 2025, observations: observations as never });
        const units = [...new Set(observations.flatMap((o) => (o.unit === undefined ? [] : [o.unit])))];
        expect(r.reports.map((x) => x.unit)).toEqual(units);
        expect(r.issues.filter((i) => i.code === 'missing-unit')).toHaveLength(
          observations.filter((o) => o.unit === undefined).length,
        );
        r.reports.forEach((report) => {
          const mine = observations.map((o, i) => [o, i] as const).filter(([o]) => o.unit === report.unit);
          const counts = { met: 0, 'not-met': 0, 'no-data': 0 };
          TARGETS.forEach((target, t) => {
            const got = report.results[t]!;
            expect(got.indicator).toBe(target.indicator);
            const of = mine.filter(([o]) => o.indicator === target.indicator);
            const accepted = of.filter(([o]) => {
              try {
                compareToTarget(o as ObservedValue, target);
                return true;
              } catch (e) {
                expect(isXhhtError(e)).toBe(true);
                return false;
              }
            });
            const rejected = of.length - accepted.length;
            let reason: string | null = null;
            if (accepted.length === 0) reason = rejected > 0 ? 'rejected-observation' : 'no-observation';
            else if (rejected > 0 || !accepted.every(([o]) => sameFigure(o, accepted[0]![0])))
              reason = 'conflicting-observations';
            counts[got.status]++;
            if (reason !== null) {
              expect([got.status, got.reason, got.observation]).toEqual(['no-data', reason, null]);
              return;
            }
            const [o, index] = accepted[0]!;
            const want = compareToTarget(o as ObservedValue, target);
            expect(got.status).toBe(want.status);
            expect([got.reason, got.basis, got.actualPercent, got.gapPoints, got.shortfall]).toEqual([
              want.reason,
              want.basis,
              want.actualPercent,
              want.gapPoints,
              want.shortfall,
            ]);
            expect(got.observation).toEqual({
              index,
              unit: report.unit,
              asOf: o.asOf ?? null,
              source: o.source ?? null,
              provisional: o.provisional === true,
              note: null,
            });
            expect(got.provisional).toBe(o.provisional === true);
            // and the status of a share is the exact comparison, in BigInt
            if (o.numerator !== undefined && o.denominator !== undefined && o.denominator > 0) {
              expect(got.status === 'met').toBe(
                BigInt(o.numerator) * 100n >= BigInt(target.value) * BigInt(o.denominator),
              );
              expect(got.share).toEqual({ numerator: o.numerator, denominator: o.denominator });
            }
          });
          expect(report.summary).toEqual({
            total: TARGETS.length,
            ...counts,
            provisional: report.results.filter((x) => x.provisional).length,
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('one unit: computeAttainment and computeAttainmentByUnit give the same report', () => {
    fc.assert(
      fc.property(fc.array(observationArb, { maxLength: 30 }), (list) => {
        const observations = list.map((o) => ({ ...o, unit: 'xa-a' }));
        const one = computeAttainment({ plan: 'qd-1373', year: 2025, observations: observations as never });
        const [byUnit] = computeAttainmentByUnit({
          plan: 'qd-1373',
          year: 2025,
          observations: observations as never,
        }).reports;
        if (observations.length === 0) return;
        expect(JSON.parse(JSON.stringify(byUnit))).toEqual(JSON.parse(JSON.stringify(one)));
      }),
      { numRuns: 150 },
    );
  });

  it('a report never changes when the caller edits the observations after the call', () => {
    fc.assert(
      fc.property(fc.array(observationArb, { minLength: 1, maxLength: 40 }), (list) => {
        const observations = list.map((o) => ({ ...o }));
        const r = computeAttainmentByUnit({ plan: 'qd-1373', year: 2025, observations: observations as never });
        const fresh = JSON.stringify(
          computeAttainmentByUnit({ plan: 'qd-1373', year: 2025, observations: structuredClone(list) as never }),
        );
        // the caller reuses its objects before reading the results (built on first read)
        for (const o of observations as Record<string, unknown>[]) {
          if ('numerator' in o) o.numerator = 0;
          if ('percent' in o) o.percent = '1';
          o.asOf = '2020-01-01';
          o.source = 'changed';
          o.provisional = true;
        }
        expect(JSON.stringify(r)).toBe(fresh);
      }),
      { numRuns: 150 },
    );
  });
});
