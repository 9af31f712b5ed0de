import { describe, expect, it } from 'vitest';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import type { Issue } from '../../src/errors.js';
import { HUE_UNITS_PLAN } from '../fixtures/plans.js';

/*
 * Baselines a caller gives computeAttainment (option `baselines`): every one is used or said, with
 * its code, path and words in both languages. Figures: targets-1373.md §3, 34 of 63 provinces at
 * XMC level 2 in 2021 and 55 in 2024, against the 90% of 2030 (Decision 1373/QĐ-TTg, Mục II.2.a).
 */
const L = 'provinces-literacy-level-2';
const NOW = { indicator: L, numerator: 55, denominator: 63, asOf: '2024-12-31' };
const B2021 = { indicator: L, numerator: 34, denominator: 63, year: 2021 };
const texts = (i: Issue) => [i.code, i.severity, i.path, i.message, i.messageVi];

const run = (baselines: unknown[], options: { asOf?: string; observations?: unknown[] } = {}) =>
  computeAttainment({
    plan: 'qd-1373',
    year: 2030,
    observations: (options.observations ?? [NOW]) as never,
    baselines: baselines as never,
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
const progressOf = (r: ReturnType<typeof run>) => r.results.find((x) => x.indicator === L)!.progress;

describe('a baseline that cannot be used is said, and not used', () => {
  it('not an object with an indicator', () => {
    for (const b of [null, [B2021], 'x', { numerator: 1, denominator: 2, year: 2021 }]) {
      expect(texts(run([b]).issues[0]!)).toEqual([
        'invalid-observation',
        'error',
        ['baselines', 0],
        'a baseline must be an object with an "indicator" id',
        'giá trị cơ sở phải là đối tượng có mã "indicator"',
      ]);
    }
  });

  it('an unknown indicator; a known one the plan has no target for that year (a warning)', () => {
    expect(texts(run([{ ...B2021, indicator: 'no-such' }]).issues[0]!)).toEqual([
      'unknown-indicator',
      'error',
      ['baselines', 0, 'indicator'],
      'unknown indicator "no-such"',
      'chỉ tiêu không tồn tại "no-such"',
    ]);
    // seed 003 (Huế 2026) has learning-unit targets only; 'universities-digital' is in the catalog
    const r = computeAttainment({
      plan: HUE_UNITS_PLAN,
      year: 2026,
      observations: [],
      baselines: [{ indicator: 'universities-digital', numerator: 1, denominator: 2, year: 2021 }],
    });
    expect(texts(r.issues[0]!)).toEqual([
      'no-target-for-year',
      'warning',
      ['baselines', 0, 'indicator'],
      `plan "${HUE_UNITS_PLAN.id}" has no 2026 target for "universities-digital"; the baseline was not used`,
      `kế hoạch "${HUE_UNITS_PLAN.id}" không có mục tiêu năm 2026 cho "universities-digital"; ` +
        'giá trị cơ sở không được dùng',
    ]);
  });

  it('a form that does not fit the target, or two forms at once', () => {
    expect(texts(run([{ indicator: L, count: 34, year: 2021 }]).issues[0]!)).toEqual([
      'kind-mismatch',
      'error',
      ['baselines', 0],
      `a baseline of the percent target "${L}" needs exactly one of: share or percent`,
      `giá trị cơ sở của mục tiêu loại percent "${L}" cần đúng một dạng: share or percent`,
    ]);
    expect(run([{ ...B2021, percent: '53,97' }]).issues[0]!.code).toBe('kind-mismatch');
    // a yes/no target has no progress (Bắc Giang 2030: the province is a learning province)
    const yes = computeAttainment({
      plan: 'bac-giang-2021-2030',
      year: 2030,
      observations: [],
      baselines: [{ indicator: 'province-learning-province', count: 0, year: 2021 }],
    });
    expect(yes.issues[0]!.message).toBe(
      'a baseline of the yes-no target "province-learning-province" needs exactly one of: nothing (a yes/no target ' +
        'has no progress)',
    );
    // a count target takes a count (Huế 2026: learning units)
    const count = computeAttainment({
      plan: HUE_UNITS_PLAN,
      year: 2026,
      observations: [],
      baselines: [{ indicator: 'units-learning-unit-province', percent: 50, year: 2025 }],
    });
    expect(count.issues[0]!.message).toBe(
      'a baseline of the count target "units-learning-unit-province" needs exactly one of: count',
    );
  });

  it('a count that is not a count: its own path', () => {
    const r = computeAttainment({
      plan: HUE_UNITS_PLAN,
      year: 2026,
      observations: [],
      baselines: [{ indicator: 'units-learning-unit-province', count: 2.5, year: 2025 }],
    });
    expect(texts(r.issues[0]!)).toEqual([
      'invalid-count',
      'error',
      ['baselines', 0, 'count'],
      'count must be a whole number ≥ 0, got 2.5',
      'số lượng phải là số nguyên không âm, nhận được 2.5',
    ]);
  });

  it('a share that is not a share, a percent that is not a number: at its field', () => {
    expect(run([{ ...B2021, numerator: 64 }]).issues[0]).toMatchObject({
      code: 'numerator-exceeds-denominator',
      path: ['baselines', 0, 'numerator'],
    });
    expect(run([{ indicator: L, percent: 'abc', year: 2021 }]).issues[0]).toMatchObject({
      code: 'invalid-input',
      path: ['baselines', 0, 'percent'],
    });
  });

  it('no year and no date', () => {
    const { year: _y, ...undated } = B2021;
    expect(texts(run([undated]).issues[0]!)).toEqual([
      'invalid-observation',
      'error',
      ['baselines', 0],
      `the baseline of "${L}" needs a year or an asOf date`,
      `giá trị cơ sở của "${L}" cần năm hoặc ngày (asOf)`,
    ]);
  });

  it("a bad date is reported at asOf (the option's name), a bad year at year", () => {
    const { year: _y, ...undated } = B2021;
    expect(run([{ ...undated, asOf: '2021-02-30' }]).issues[0]).toMatchObject({
      code: 'invalid-date',
      path: ['baselines', 0, 'asOf'],
    });
    expect(run([{ ...B2021, year: 1800 }]).issues[0]).toMatchObject({
      code: 'invalid-year',
      path: ['baselines', 0, 'year'],
    });
  });

  it('a denominator of 0: a warning, not used', () => {
    expect(texts(run([{ ...B2021, numerator: 0, denominator: 0 }]).issues[0]!)).toEqual([
      'zero-denominator',
      'warning',
      ['baselines', 0, 'denominator'],
      `the baseline of "${L}" has denominator 0: no rate, not used`,
      `giá trị cơ sở của "${L}" có mẫu số 0: không có tỷ lệ, không được dùng`,
    ]);
  });

  it('dated after the report: not used; on the report date: used', () => {
    const r = run([{ ...B2021, year: undefined, asOf: '2025-07-01' }], { asOf: '2025-06-30' });
    expect(texts(r.issues[0]!)).toEqual([
      'observation-after-as-of',
      'error',
      ['baselines', 0],
      'baseline dated 2025-07-01 is after the report date 2025-06-30; not used',
      'giá trị cơ sở ngày 2025-07-01 sau ngày báo cáo 2025-06-30; không được dùng',
    ]);
    expect(
      run([{ ...B2021, year: undefined, asOf: '2025-06-30' }], { asOf: '2025-06-30', observations: [] }).issues,
    ).toEqual([]);
  });
});

describe('a baseline given twice', () => {
  it('the same value and date again: a warning, the first is used', () => {
    const r = run([B2021, { ...B2021 }]);
    expect(r.issues.map(texts)).toEqual([
      [
        'duplicate-observation',
        'warning',
        ['baselines', 1],
        `the baseline of "${L}" is given again; baseline 0 was used`,
        `giá trị cơ sở của "${L}" được nhập lại; đã dùng giá trị 0`,
      ],
    ]);
    expect(progressOf(r)?.baseline?.exact).toBe('3400/63');
  });

  it('the same value on another date is a different baseline: none is used, each says so', () => {
    const r = run([B2021, { ...B2021, year: 2022 }, { ...B2021, year: 2020 }]);
    expect(r.issues.map(texts)).toEqual([
      [
        'duplicate-observation',
        'error',
        ['baselines', 0],
        `"${L}" has more than one different baseline; none was used`,
        `"${L}" có nhiều giá trị cơ sở khác nhau; không dùng giá trị nào`,
      ],
      [
        'duplicate-observation',
        'error',
        ['baselines', 1],
        `"${L}" has more than one different baseline (also baseline 0); none was used`,
        `"${L}" có nhiều giá trị cơ sở khác nhau (cả giá trị 0); không dùng giá trị nào`,
      ],
      [
        'duplicate-observation',
        'error',
        ['baselines', 2],
        `"${L}" has more than one different baseline (also baseline 0); none was used`,
        `"${L}" có nhiều giá trị cơ sở khác nhau (cả giá trị 0); không dùng giá trị nào`,
      ],
    ]);
    expect(progressOf(r)).toBeNull();
  });
});

describe('which baseline a unit uses', () => {
  it("a unit's own baseline before the one for every unit; another unit's is never used", () => {
    const r = computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2030,
      observations: [
        { ...NOW, unit: 'A' },
        { ...NOW, unit: 'B' },
      ],
      baselines: [{ ...B2021, numerator: 30, unit: 'A' }, B2021],
    });
    const base = (u: number) => r.reports[u]!.results.find((x) => x.indicator === L)!.progress?.baseline?.exact;
    // 100·30/63 = 1000/21 (reduced) for A, 100·34/63 = 3400/63 for B
    expect([base(0), base(1)]).toEqual(['1000/21', '3400/63']);
  });

  it("in a one-unit report, another unit's baseline is a warning that names both", () => {
    const r = run([{ ...B2021, unit: 'Z' }], { observations: [{ ...NOW, unit: 'A' }] });
    expect(texts(r.issues[0]!)).toEqual([
      'mixed-units',
      'warning',
      ['baselines', 0, 'unit'],
      'baseline of unit "Z" in a report of "A"; not used',
      'giá trị cơ sở của đơn vị "Z" trong báo cáo của "A"; không được dùng',
    ]);
    expect(run([{ ...B2021, unit: 'Z' }]).issues[0]!.message).toBe(
      'baseline of unit "Z" in a report of no unit; not used',
    );
    expect(run([{ ...B2021, unit: 'Z' }]).issues[0]!.messageVi).toBe(
      'giá trị cơ sở của đơn vị "Z" trong báo cáo của không đơn vị; không được dùng',
    );
  });

  it('computeAttainmentByUnit: a baseline of a unit no observation names', () => {
    const r = computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2030,
      observations: [{ ...NOW, unit: 'A' }],
      baselines: [{ ...B2021, unit: 'Z' }],
    });
    expect(texts(r.issues[0]!)).toEqual([
      'mixed-units',
      'warning',
      ['baselines', 0, 'unit'],
      'baseline of unit "Z": no observation names this unit, so there is no report to use it in; not used',
      'giá trị cơ sở của đơn vị "Z": không có số liệu nào của đơn vị này nên không có báo cáo để dùng; không được dùng',
    ]);
  });

  it('baselines that are not a list: invalid-input', () => {
    expect(() => run({} as never)).toThrowError(
      expect.objectContaining({ code: 'invalid-input', path: ['baselines'], message: 'baselines must be an array' }),
    );
  });
});
