import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareToTarget } from '../../src/attainment/compare.js';
import { computeAttainment } from '../../src/attainment/compute.js';
import type { AttainmentResult } from '../../src/attainment/result.js';
import { getPlan } from '../../src/plans/registry.js';
import type { PercentTarget } from '../../src/plans/target.js';

/*
 * Issue 12, scope 1: AttainmentResult and TargetComparison are discriminated unions, and the
 * builders cast their literal to the member named by basis, kind and status. These properties
 * check that claim on every result: each one is exactly the member its basis, kind and status
 * name (the fields that member says are null are null, the ones it says are given are given).
 * Plans: Huế 2026 (percent targets and one count target with an "of which" part, Mục II.4) and
 * Bắc Giang 2021–2030 in 2025 (percent and yes/no targets).
 */

const isText = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number';
const isNull = (v: unknown) => v === null;
const isObject = (v: unknown) => typeof v === 'object' && v !== null;

type Field = keyof AttainmentResult;
/** The member of AttainmentResult a result claims to be, and what that member says of each field. */
function memberOf(r: AttainmentResult): [name: string, fields: Partial<Record<Field, (v: unknown) => boolean>>] {
  const none = { actualCount: isNull, gapCount: isNull, achieved: isNull };
  if (r.basis === null)
    return [
      'NoFigureResult',
      {
        status: (v) => v === 'no-data',
        reason: (v) => ['no-observation', 'rejected-observation', 'conflicting-observations'].includes(v as string),
        actualPercent: isNull,
        gapPoints: isNull,
        targetPercent: r.kind === 'percent' ? isText : isNull,
        targetCount: r.kind === 'count' ? isNumber : isNull,
        shortfall: isNull,
        share: isNull,
        reportedPercent: isNull,
        observation: isNull,
        progress: isNull,
        ...none,
      },
    ];
  if (r.basis === 'reported-rate')
    return [
      'RateResult',
      {
        kind: (v) => v === 'percent',
        status: (v) => v === 'met' || v === 'not-met',
        reason: isNull,
        actualPercent: isText,
        targetPercent: isText,
        gapPoints: isText,
        targetCount: isNull,
        shortfall: isNull,
        share: isNull,
        reportedPercent: isText,
        observation: isObject,
        ...none,
      },
    ];
  if (r.basis === 'yes-no')
    return [
      'YesNoResult',
      {
        kind: (v) => v === 'yes-no',
        status: (v) => v === 'met' || v === 'not-met',
        reason: isNull,
        actualPercent: isNull,
        targetPercent: isNull,
        gapPoints: isNull,
        actualCount: isNull,
        targetCount: isNull,
        gapCount: isNull,
        achieved: (v) => typeof v === 'boolean',
        shortfall: isNull,
        share: isNull,
        reportedPercent: isNull,
        observation: isObject,
        progress: isNull,
      },
    ];
  if (r.kind === 'count')
    return [
      'CountResult',
      {
        basis: (v) => v === 'counts',
        reason: (v) => v === (r.status === 'no-data' ? 'missing-component' : null),
        actualPercent: isNull,
        targetPercent: isNull,
        gapPoints: isNull,
        actualCount: isNumber,
        targetCount: isNumber,
        gapCount: isNumber,
        achieved: isNull,
        shortfall: (v) => v === null || isNumber(v),
        share: isNull,
        reportedPercent: isNull,
        observation: isObject,
      },
    ];
  if (r.status === 'no-data')
    return [
      'ZeroDenominatorResult',
      {
        kind: (v) => v === 'percent',
        basis: (v) => v === 'counts',
        reason: (v) => v === 'zero-denominator',
        actualPercent: isNull,
        targetPercent: isText,
        gapPoints: isNull,
        targetCount: isNull,
        shortfall: isNull,
        share: (v) => isObject(v) && (v as { denominator: number }).denominator === 0,
        reportedPercent: isNull,
        observation: isObject,
        progress: isNull,
        ...none,
      },
    ];
  return [
    'ShareResult',
    {
      kind: (v) => v === 'percent',
      basis: (v) => v === 'counts',
      status: (v) => v === 'met' || v === 'not-met',
      reason: isNull,
      actualPercent: isText,
      targetPercent: isText,
      gapPoints: isText,
      targetCount: isNull,
      shortfall: isNumber,
      share: isObject,
      reportedPercent: isNull,
      observation: isObject,
      ...none,
    },
  ];
}

/** The fields of `r` that do not have the shape its member says, as `name.field=value`. */
function misfits(r: AttainmentResult): string[] {
  const [name, fields] = memberOf(r);
  return Object.entries(fields)
    .filter(([field, ok]) => !ok(r[field as Field]))
    .map(([field]) => `${name}.${field}=${JSON.stringify(r[field as Field])}`);
}

type Choice = 'none' | 'share' | 'zero' | 'rate' | 'count' | 'count-part-missing' | 'yes-no' | 'bad' | 'conflict';
const choice = fc.constantFrom<Choice>(
  'none',
  'share',
  'zero',
  'rate',
  'count',
  'count-part-missing',
  'yes-no',
  'bad',
  'conflict',
);

function observationsFor(indicators: readonly string[], choices: readonly Choice[], n: number): object[] {
  return indicators.flatMap((indicator, i): object[] => {
    const share = { indicator, numerator: n % 101, denominator: 100 };
    switch (choices[i % choices.length]) {
      case 'share':
        return [share];
      case 'zero':
        return [{ indicator, numerator: 0, denominator: 0 }];
      case 'rate':
        return [{ indicator, percent: `${n % 101},5`.replace('100,5', '100') }];
      case 'count':
        return [{ indicator, count: n % 30, components: { 'level-2': n % 7 } }];
      case 'count-part-missing':
        return [{ indicator, count: n % 30 }];
      case 'yes-no':
        return [{ indicator, achieved: n % 2 === 0 }];
      case 'bad':
        return [{ indicator, numerator: 5, denominator: 4 }];
      case 'conflict':
        return [share, { ...share, numerator: (share.numerator + 1) % 101 }];
      default:
        return [];
    }
  });
}

describe('every result is exactly the member of AttainmentResult its basis, kind and status name', () => {
  for (const [plan, year] of [
    ['hue-2026', 2026],
    ['bac-giang-2021-2030', 2025],
  ] as const) {
    const indicators = [
      ...new Set(
        getPlan(plan)
          .targets.filter((t) => t.year === year)
          .map((t) => t.indicator),
      ),
    ];
    it(`${plan} ${year}: every kind of figure, with and without baselines`, () => {
      fc.assert(
        fc.property(
          fc.array(choice, { minLength: 1, maxLength: 12 }),
          fc.nat(1000),
          fc.boolean(),
          (choices, n, base) => {
            const report = computeAttainment({
              plan,
              year,
              asOf: `${year}-06-30`,
              observations: observationsFor(indicators, choices, n) as never,
              baselines: base
                ? indicators.map((indicator) => ({ indicator, year: 2021, numerator: 1, denominator: 4 }))
                : [],
            });
            for (const r of report.results) expect(misfits(r), r.indicator).toEqual([]);
          },
        ),
        { numRuns: 150 },
      );
    });
  }

  it('the checker can fail: a share result with its percentage removed is caught', () => {
    const r = computeAttainment({
      plan: 'hue-2026',
      year: 2026,
      observations: [{ indicator: 'working-age-life-skills', numerator: 80, denominator: 100 }],
    }).results.find((x) => x.indicator === 'working-age-life-skills')!;
    expect(misfits(r)).toEqual([]);
    expect(misfits({ ...r, actualPercent: null } as never)).toEqual(['ShareResult.actualPercent=null']);
  });

  it('compareToTarget gives the member of the value’s kind (Decision 1373, Điều 1, Mục II.2.a: at least 70%)', () => {
    const t = getPlan('qd-1373').targets.find(
      (x) => x.indicator === 'provinces-literacy-level-2' && x.year === 2025,
    ) as PercentTarget;
    // 55 of 63 provinces (seed 003): 87.30%; 0 of 0: no value; "87,30" as reported
    expect(compareToTarget({ numerator: 55, denominator: 63 }, t)).toMatchObject({
      basis: 'counts',
      actualPercent: '87.30',
      shortfall: 0,
    });
    expect(compareToTarget({ numerator: 0, denominator: 0 }, t)).toMatchObject({
      status: 'no-data',
      reason: 'zero-denominator',
      actualPercent: null,
    });
    expect(compareToTarget({ percent: '87,30' }, t)).toMatchObject({ basis: 'reported-rate', shortfall: null });
  });
});
