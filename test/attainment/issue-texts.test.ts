import { describe, expect, it } from 'vitest';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import type { Observation } from '../../src/attainment/observation.js';
import type { Issue } from '../../src/errors.js';
import { HUE_UNITS_PLAN } from '../fixtures/plans.js';

/*
 * What computeAttainment tells about each observation it cannot use, or uses with a caveat: the
 * code, severity, path and the words in both languages. The figures are the national ones of
 * targets-1373.md §3 (55 of 63 provinces at XMC level 2 in 2024) against Decision 1373's 2025 targets.
 */
const L = 'provinces-literacy-level-2';
const GOOD = { indicator: L, numerator: 55, denominator: 63 };

const run = (observations: unknown[], asOf?: string) =>
  computeAttainment({
    plan: 'qd-1373',
    year: 2025,
    observations: observations as Observation[],
    ...(asOf ? { asOf } : {}),
  });
const xmc = (r: ReturnType<typeof run>) => r.results.find((x) => x.indicator === L)!;
const texts = (i: Issue) => [i.code, i.severity, i.path, i.message, i.messageVi];

describe('observations that cannot be used', () => {
  it('not an object, or no indicator id', () => {
    const r = run([7, { numerator: 1, denominator: 2 }, { indicator: '', count: 1 }]);
    for (const [k, i] of r.issues.entries()) {
      expect(texts(i)).toEqual([
        'invalid-observation',
        'error',
        ['observations', k],
        'an observation must be an object with an "indicator" id',
        'số liệu phải là đối tượng có mã "indicator"',
      ]);
    }
    expect(r.issues).toHaveLength(3);
  });

  it('an unknown indicator', () => {
    expect(texts(run([{ indicator: 'no-such', count: 1 }]).issues[0]!)).toEqual([
      'unknown-indicator',
      'error',
      ['observations', 0, 'indicator'],
      'unknown indicator "no-such"',
      'chỉ tiêu không tồn tại "no-such"',
    ]);
  });

  it('an indicator the plan knows but has no target for that year: a warning', () => {
    // seed 003 (Huế 2026) sets learning-unit targets only; 'universities-digital' is a catalog
    // indicator of Decision 1373
    const r = computeAttainment({
      plan: HUE_UNITS_PLAN,
      year: 2026,
      observations: [{ indicator: 'universities-digital', numerator: 7, denominator: 10 }],
    });
    expect(texts(r.issues[0]!)).toEqual([
      'no-target-for-year',
      'warning',
      ['observations', 0, 'indicator'],
      `plan "${HUE_UNITS_PLAN.id}" has no 2026 target for "universities-digital"; the observation was not used`,
      `kế hoạch "${HUE_UNITS_PLAN.id}" không có mục tiêu năm 2026 cho "universities-digital"; số liệu không được dùng`,
    ]);
  });

  it('provisional that is not true or false: the figure is rejected, its target no data', () => {
    const r = run([{ ...GOOD, provisional: 'yes' }]);
    expect(texts(r.issues[0]!)).toEqual([
      'invalid-observation',
      'error',
      ['observations', 0, 'provisional'],
      'provisional must be true or false, got "yes"',
      'provisional phải là true hoặc false, nhận được "yes"',
    ]);
    expect(xmc(r)).toMatchObject({ status: 'no-data', reason: 'rejected-observation' });
  });

  it('a note that is not two texts', () => {
    for (const note of [{ vi: 'x' }, { vi: '', en: 'x' }, 'x', { vi: 'x', en: 5 }]) {
      const r = run([{ ...GOOD, note }]);
      expect(texts(r.issues[0]!)).toEqual([
        'invalid-observation',
        'error',
        ['observations', 0, 'note'],
        'note must be { vi, en } with two texts',
        'note phải có dạng { vi, en } gồm hai chuỗi',
      ]);
    }
  });

  it('asOf that is not a date: rejected', () => {
    const r = run([{ ...GOOD, asOf: '2024-13-01' }]);
    expect(texts(r.issues[0]!)).toEqual([
      'invalid-date',
      'error',
      ['observations', 0, 'asOf'],
      'asOf must be a date YYYY-MM-DD, got "2024-13-01"',
      'asOf phải là ngày dạng YYYY-MM-DD, nhận được "2024-13-01"',
    ]);
    expect(xmc(r)).toMatchObject({ status: 'no-data', reason: 'rejected-observation' });
  });

  it('dated after the report: not used, not a rival; the day itself is used', () => {
    const r = run([{ ...GOOD, asOf: '2025-07-01' }], '2025-06-30');
    expect(texts(r.issues[0]!)).toEqual([
      'observation-after-as-of',
      'error',
      ['observations', 0, 'asOf'],
      'observation dated 2025-07-01 is after the report date 2025-06-30; not used',
      'số liệu ngày 2025-07-01 sau ngày báo cáo 2025-06-30; không được dùng',
    ]);
    expect(xmc(r)).toMatchObject({ status: 'no-data', reason: 'no-observation' });
    expect(run([{ ...GOOD, asOf: '2025-06-30' }], '2025-06-30').issues).toEqual([]);
  });

  it('a denominator of 0: no rate, a warning, the target no data', () => {
    const r = run([{ indicator: L, numerator: 0, denominator: 0 }]);
    expect(texts(r.issues[0]!)).toEqual([
      'zero-denominator',
      'warning',
      ['observations', 0, 'denominator'],
      `"${L}" has denominator 0: no rate, reported as no data`,
      `"${L}" có mẫu số 0: không có tỷ lệ, ghi là chưa có số liệu`,
    ]);
    expect(xmc(r)).toMatchObject({
      status: 'no-data',
      reason: 'zero-denominator',
      share: { numerator: 0, denominator: 0 },
    });
  });
});

describe('an indicator given more than once', () => {
  it('twice with the same value: the first is used, the second is a warning', () => {
    const r = run([GOOD, { ...GOOD }]);
    expect(r.issues.map(texts)).toEqual([
      [
        'duplicate-observation',
        'warning',
        ['observations', 1],
        `"${L}" is observed again with the same value; observation 0 was used`,
        `"${L}" được báo cáo lặp lại cùng giá trị; đã dùng số liệu 0`,
      ],
    ]);
    expect(xmc(r)).toMatchObject({ status: 'met', observation: expect.objectContaining({ index: 0 }) });
  });

  it('the same rate written two ways is one figure: 87.3 and "87,30"', () => {
    const r = run([
      { indicator: L, percent: 87.3 },
      { indicator: L, percent: '87,30' },
    ]);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['duplicate-observation', 'warning']]);
    expect(xmc(r)).toMatchObject({ status: 'met', basis: 'reported-rate', reportedPercent: '87.3' });
  });

  it('a rate and a share of one indicator are two figures', () => {
    const r = run([GOOD, { indicator: L, percent: '87,30' }]);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['duplicate-observation', 'error'],
      ['duplicate-observation', 'error'],
    ]);
    expect(xmc(r)).toMatchObject({ status: 'no-data', reason: 'conflicting-observations' });
  });

  it('with different values: none is used, each copy is an error naming them all', () => {
    const r = run([GOOD, { ...GOOD, numerator: 54 }, { ...GOOD, numerator: 53 }]);
    const message = `"${L}" is observed 3 times with different values (observations 0, 1, 2); none was used`;
    const vi = `"${L}" được báo cáo 3 lần với giá trị khác nhau (số liệu 0, 1, 2); không dùng số liệu nào`;
    expect(r.issues.map(texts)).toEqual(
      [0, 1, 2].map((k) => ['duplicate-observation', 'error', ['observations', k], message, vi]),
    );
    expect(xmc(r)).toMatchObject({ status: 'no-data', reason: 'conflicting-observations', observation: null });
  });

  it('beside observations that could not be used: none is used, said in the singular and the plural', () => {
    const one = run([GOOD, { ...GOOD, numerator: -1 }]);
    expect(texts(one.issues.find((i) => i.code === 'duplicate-observation')!)).toEqual([
      'duplicate-observation',
      'error',
      ['observations', 0],
      `"${L}" is also given by observation 1, which could not be used; ` +
        'which figure is right is unknown, so none was used',
      `"${L}" còn có số liệu 1 không dùng được; không biết số liệu nào đúng nên không dùng số liệu nào`,
    ]);
    expect(xmc(one)).toMatchObject({ status: 'no-data', reason: 'conflicting-observations' });
    const two = run([{ ...GOOD, numerator: -1 }, GOOD, { ...GOOD, denominator: 'x' }]);
    expect(two.issues.find((i) => i.code === 'duplicate-observation')!.message).toBe(
      `"${L}" is also given by observations 0, 2, which could not be used; ` +
        'which figure is right is unknown, so none was used',
    );
  });
});

describe('units', () => {
  it('a unit that is not a non-empty text: that observation is an issue, the rest is computed', () => {
    const r = run([{ ...GOOD, unit: 5 }]);
    expect(texts(r.issues[0]!)).toEqual([
      'invalid-observation',
      'error',
      ['observations', 0, 'unit'],
      'unit must be a non-empty text, got 5; the observation was not used',
      'unit phải là chuỗi không rỗng, nhận được 5; số liệu không được dùng',
    ]);
    expect(run([{ ...GOOD, unit: '' }]).issues[0]!.message).toBe(
      'unit must be a non-empty text, got ""; the observation was not used',
    );
  });

  it('two units in one report: mixed-units, naming them', () => {
    expect(() =>
      run([
        { ...GOOD, unit: 'A' },
        { ...GOOD, unit: 'B' },
      ]),
    ).toThrowError(
      expect.objectContaining({
        code: 'mixed-units',
        path: ['observations'],
        message: 'observations name more than one unit ("A", "B"); use computeAttainmentByUnit for many units',
        messageVi: 'số liệu thuộc nhiều đơn vị ("A", "B"); dùng computeAttainmentByUnit cho nhiều đơn vị',
      }),
    );
  });

  it(
    'computeAttainmentByUnit: an observation without a unit is missing-unit; units keep their first-seen ' + 'order',
    () => {
      const r = computeAttainmentByUnit({
        plan: 'qd-1373',
        year: 2025,
        observations: [
          { ...GOOD, unit: 'B' },
          GOOD,
          { ...GOOD, unit: 'A', numerator: 40 },
          { ...GOOD, unit: 'B', numerator: 40 },
        ],
      });
      expect(r.issues.map(texts)).toEqual([
        [
          'missing-unit',
          'error',
          ['observations', 1, 'unit'],
          'observation names no unit; computeAttainmentByUnit needs one',
          'số liệu không ghi đơn vị; computeAttainmentByUnit cần đơn vị',
        ],
      ]);
      expect(r.reports.map((x) => x.unit)).toEqual(['B', 'A']);
      // B: 55 and 40 of 63 are two different values; A: 40 of 63 = 63.49% < 70%
      expect(r.reports[0]!.issues.map((i) => [i.code, i.path])).toEqual([
        ['duplicate-observation', ['observations', 0]],
        ['duplicate-observation', ['observations', 3]],
      ]);
      expect(r.reports[1]!.results.find((x) => x.indicator === L)).toMatchObject({
        status: 'not-met',
        actualPercent: '63.49',
        observation: expect.objectContaining({ index: 2, unit: 'A' }),
      });
    },
  );
});

describe('what a result keeps of its observation', () => {
  it('unit, date, source, note and provisional, as given', () => {
    const note = { vi: 'Số liệu sơ bộ', en: 'Preliminary figure' };
    const r = run([{ ...GOOD, unit: 'VN', asOf: '2024-12-31', source: 'Báo cáo Bộ GDĐT', provisional: true, note }]);
    expect(xmc(r)).toMatchObject({
      status: 'met',
      provisional: true,
      provisionalParts: { target: false, definition: false, observation: true },
      observation: { index: 0, unit: 'VN', asOf: '2024-12-31', source: 'Báo cáo Bộ GDĐT', provisional: true, note },
    });
    expect(r.summary.provisional).toBe(1);
  });

  it('nothing given: nulls, not provisional', () => {
    expect(xmc(run([GOOD]))).toMatchObject({
      provisional: false,
      observation: { index: 0, unit: null, asOf: null, source: null, provisional: false, note: null },
    });
  });
});
