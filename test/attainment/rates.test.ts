import { describe, expect, it } from 'vitest';
import { compareToTarget } from '../../src/attainment/compare.js';
import { computeAttainment, computeAttainmentByUnit } from '../../src/attainment/compute.js';
import { observationKind } from '../../src/attainment/observation.js';
import { observationSchema } from '../../src/attainment/observation-schema.js';
import { definePlan } from '../../src/plans/define.js';
import { getPlan } from '../../src/plans/registry.js';
import type { PercentTarget } from '../../src/plans/target.js';
import { parseReportedRate } from '../../src/exact/rate.js';

/*
 * Rate-only figures (issue 10, point 1): an appendix gives "99,96%" without the counts it came from.
 * Numbers:
 * - seed 004 (/work/shared/seeds/004_8f3245fc4fd686dd.txt) line 56: "Số lượng 19.739/19.747, tỷ lệ 99,96%";
 *   line 42: "tỷ lệ 100%".
 * - seed 001 Phụ lục 2 (lines 146–213): targets and results written "100" (tỷ lệ %).
 * - 90%: the XMC level 2 commune threshold (Decree 20/2014 Art. 21; shared/domain/standards-xmc-pcgd.md);
 *   89,995 / 90 / 90,00 are the boundary cases around it named in the issue.
 * - 70%: Decision 1373 Mục II.2.a, provinces at XMC level 2 by 2025 (shared/domain/targets-1373.md §1).
 */

const pct = (value: string, comparator: 'at-least' | 'at-most' = 'at-least'): PercentTarget => ({
  kind: 'percent',
  indicator: 'provinces-literacy-level-2',
  year: 2025,
  comparator,
  value,
  source: { type: 'other', number: null, issuer: null, title: { vi: 'test', en: 'test' }, verified: true },
});
const XMC2 = 'provinces-literacy-level-2';

describe('parseReportedRate: the decimal exactly as written', () => {
  it('reads Vietnamese and dot-decimal text, and numbers through their shortest decimal text', () => {
    // seed 004 line 56: "99,96%"
    expect(parseReportedRate('99,96')).toEqual({ text: '99.96', scaled: 9996n, scale: 2 });
    expect(parseReportedRate('99.96')).toEqual({ text: '99.96', scaled: 9996n, scale: 2 });
    expect(parseReportedRate('99,96%')).toEqual({ text: '99.96', scaled: 9996n, scale: 2 });
    expect(parseReportedRate(99.96)).toEqual({ text: '99.96', scaled: 9996n, scale: 2 });
    // "90,00" keeps its value, 90: trailing zeros are not digits of the value
    expect(parseReportedRate('90,00')).toEqual({ text: '90', scaled: 90n, scale: 0 });
    // seed 001 Phụ lục 2: "100"
    expect(parseReportedRate('100')).toEqual({ text: '100', scaled: 100n, scale: 0 });
    // a number in exponent form is still its shortest decimal text: 1e-7 is 0.0000001
    expect(parseReportedRate(1e-7)).toEqual({ text: '0.0000001', scaled: 1n, scale: 7 });
  });

  it('never goes through a float: 89,995 stays below 90 and 0.1 + 0.2 style noise cannot appear', () => {
    expect(parseReportedRate('89,995')).toEqual({ text: '89.995', scaled: 89995n, scale: 3 });
    // more places than a double holds exactly, kept digit for digit
    expect(parseReportedRate('89,99999999999999999999').text).toBe('89.99999999999999999999');
  });

  it('rejects malformed text, and a percentage outside 0–100, with codes and the path', () => {
    expect(() => parseReportedRate('9a', ['percent'])).toThrowError(
      expect.objectContaining({ code: 'invalid-percent-format', path: ['percent'] }),
    );
    expect(() => parseReportedRate('')).toThrowError(expect.objectContaining({ code: 'invalid-percent-format' }));
    expect(() => parseReportedRate(Number.NaN)).toThrowError(
      expect.objectContaining({ code: 'invalid-percent-format' }),
    );
    expect(() => parseReportedRate({} as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'invalid-percent-format' }),
    );
    expect(() => parseReportedRate('-0,5', ['percent'])).toThrowError(
      expect.objectContaining({ code: 'percent-out-of-range', path: ['percent'] }),
    );
    expect(() => parseReportedRate(100.01)).toThrowError(expect.objectContaining({ code: 'percent-out-of-range' }));
    // "1.000" in Vietnamese is one thousand; as a percentage "1.000,5" can only be out of range
    expect(() => parseReportedRate('1.000,5')).toThrowError(expect.objectContaining({ code: 'percent-out-of-range' }));
  });
});

describe('compareToTarget with a reported rate', () => {
  it('exact boundary: "89,995" against 90 is not met; "90" and "90,00" are met', () => {
    expect(compareToTarget({ percent: '89,995' }, pct('90'))).toMatchObject({
      status: 'not-met',
      actualPercent: '89.99',
      gapPoints: '-0.01',
    });
    expect(compareToTarget({ percent: '90' }, pct('90'))).toMatchObject({
      status: 'met',
      actualPercent: '90.00',
      gapPoints: '0.00',
    });
    expect(compareToTarget({ percent: '90,00' }, pct('90'))).toMatchObject({
      status: 'met',
      actualPercent: '90.00',
      gapPoints: '0.00',
    });
    // the number 89.995 is its decimal text "89.995", not the double just below it
    expect(compareToTarget({ percent: 89.995 }, pct('89.995'))).toMatchObject({ status: 'met' });
  });

  it('says its basis, has no shortfall (no denominator) and the usual gap', () => {
    // seed 004 line 56: 99,96% against 100%
    const c = compareToTarget({ percent: '99,96' }, pct('100'));
    expect(c).toMatchObject({
      status: 'not-met',
      basis: 'reported-rate',
      actualPercent: '99.96',
      targetPercent: '100',
      gapPoints: '-0.04',
      shortfall: null,
    });
  });

  it('every comparison says its basis: counts, a reported rate, or a yes/no', () => {
    expect(compareToTarget({ numerator: 19739, denominator: 19747 }, pct('100')).basis).toBe('counts');
    expect(compareToTarget({ numerator: 0, denominator: 0 }, pct('100')).basis).toBe('counts');
    const count = {
      kind: 'count',
      indicator: 'x',
      year: 2026,
      comparator: 'at-least',
      value: 15,
      source: { type: 'other', number: null, issuer: null, title: { vi: 'test', en: 'test' }, verified: true },
    } as const;
    expect(compareToTarget({ count: 16 }, count).basis).toBe('counts');
    const yes = {
      kind: 'yes-no',
      indicator: 'x',
      year: 2030,
      comparator: 'at-least',
      value: true,
      source: { type: 'other', number: null, issuer: null, title: { vi: 'test', en: 'test' }, verified: true },
    } as const;
    expect(compareToTarget({ achieved: true }, yes).basis).toBe('yes-no');
  });

  it('a rate with more places than shown never contradicts its status (the one display rule)', () => {
    // 69,995% against 70%: half-up would show 70.00; not met, so 69.99
    expect(compareToTarget({ percent: '69,995' }, pct('70'))).toMatchObject({
      status: 'not-met',
      actualPercent: '69.99',
      gapPoints: '-0.01',
    });
    // the same rate shown with one decimal: 69.9 (one place: always the floor for a minimum)
    expect(compareToTarget({ percent: '69,995' }, pct('70'), { decimals: 1 })).toMatchObject({
      actualPercent: '69.9',
      gapPoints: '-0.1',
    });
    // against a maximum: 1,5004% above 1,5% shows 1.51, not 1.50
    expect(compareToTarget({ percent: '1,5004' }, pct('1.5', 'at-most'))).toMatchObject({
      status: 'not-met',
      actualPercent: '1.51',
      gapPoints: '0.01',
      shortfall: null,
    });
    // a target off the tenth grid (11.995) also guards the display: 11,9951% meets it and reads 12.00
    expect(compareToTarget({ percent: '11,9951' }, pct('11.995'))).toMatchObject({
      status: 'met',
      actualPercent: '12.00',
    });
    // a target with more places than shown: the exact gap, kept on its side of 0
    // (99.99996 − 99.99995 = +0.00001: shown above 0; 99.9999 − 99.99995 = −0.00005: shown below 0)
    expect(compareToTarget({ percent: '99,99996' }, pct('99.99995'))).toMatchObject({
      status: 'met',
      gapPoints: '0.01',
    });
    expect(compareToTarget({ percent: '99,9999' }, pct('99.99995'))).toMatchObject({
      status: 'not-met',
      gapPoints: '-0.01',
    });
  });

  it('bad rates are coded errors with their path', () => {
    expect(() => compareToTarget({ percent: '-1' }, pct('70'))).toThrowError(
      expect.objectContaining({ code: 'percent-out-of-range', path: ['percent'] }),
    );
    expect(() => compareToTarget({ percent: '101' }, pct('70'))).toThrowError(
      expect.objectContaining({ code: 'percent-out-of-range', path: ['percent'] }),
    );
    expect(() => compareToTarget({ percent: 'chín mươi' }, pct('70'))).toThrowError(
      expect.objectContaining({ code: 'invalid-percent-format', path: ['percent'] }),
    );
    const both = { percent: '87,3', numerator: 55, denominator: 63 } as unknown as { percent: string };
    expect(() => compareToTarget(both, pct('70'))).toThrowError(
      expect.objectContaining({ code: 'invalid-observation', path: ['percent'] }),
    );
    const count = {
      kind: 'count',
      indicator: 'x',
      year: 2026,
      comparator: 'at-least',
      value: 15,
      source: { type: 'other', number: null, issuer: null, title: { vi: 'test', en: 'test' }, verified: true },
    } as const;
    expect(() => compareToTarget({ percent: '50' }, count)).toThrowError(
      expect.objectContaining({ code: 'kind-mismatch' }),
    );
  });
});

describe('observation kinds', () => {
  it("observationKind says 'rate' for { percent }, and null beside another kind's fields", () => {
    expect(observationKind({ indicator: XMC2, percent: '99,96' })).toBe('rate');
    expect(observationKind({ indicator: XMC2, percent: '99,96', numerator: 1 })).toBeNull();
    expect(observationKind({ indicator: XMC2, percent: '99,96', count: 1 })).toBeNull();
  });

  it('the zod schema accepts a rate as a number or text, and not beside counts', () => {
    expect(observationSchema.safeParse({ indicator: XMC2, percent: '99,96' }).success).toBe(true);
    expect(observationSchema.safeParse({ indicator: XMC2, percent: 99.96 }).success).toBe(true);
    expect(observationSchema.safeParse({ indicator: XMC2, percent: 101 }).success).toBe(false);
    expect(
      observationSchema.safeParse({ indicator: XMC2, percent: '99,96', numerator: 1, denominator: 2 }).success,
    ).toBe(false);
  });
});

describe('computeAttainment with rate-only figures', () => {
  it('a rate meets a percent target like a share, with basis, the rate used and no shortfall', () => {
    // 87,30% of provinces at XMC level 2 (the rate 55/63 is published as) against 70% for 2025
    const report = computeAttainment({
      plan: 'qd-1373',
      year: 2025,
      observations: [{ indicator: XMC2, percent: '87,30', asOf: '2024-12-31' }],
    });
    const r = report.results.find((x) => x.indicator === XMC2)!;
    expect(r).toMatchObject({
      status: 'met',
      basis: 'reported-rate',
      actualPercent: '87.30',
      gapPoints: '17.30',
      shortfall: null,
      share: null,
      reportedPercent: '87.3',
    });
    expect(report.issues).toEqual([]);
    // a result from counts says so; a target with no figure has no basis
    const counts = computeAttainment({
      plan: 'qd-1373',
      year: 2025,
      observations: [{ indicator: XMC2, numerator: 55, denominator: 63 }],
    });
    expect(counts.results.find((x) => x.indicator === XMC2)).toMatchObject({ basis: 'counts', reportedPercent: null });
    expect(counts.results.find((x) => x.indicator !== XMC2)).toMatchObject({ status: 'no-data', basis: null });
  });

  it('bad rates are issues with their path, and the target is no data', () => {
    const report = computeAttainment({
      plan: 'qd-1373',
      year: 2025,
      observations: [
        { indicator: XMC2, percent: '-3' },
        { indicator: 'universities-digital', percent: '101' },
        { indicator: 'working-age-life-skills', percent: '9a' },
        { indicator: 'working-age-information-competence', percent: '50', numerator: 1, denominator: 2 } as never,
      ],
    });
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['percent-out-of-range', ['observations', 0, 'percent']],
      ['percent-out-of-range', ['observations', 1, 'percent']],
      ['invalid-percent-format', ['observations', 2, 'percent']],
      ['invalid-observation', ['observations', 3, 'percent']],
    ]);
    expect(report.results.filter((r) => r.reason === 'rejected-observation')).toHaveLength(4);
  });

  it('the same rate twice (99.96 and "99,96") is one figure; a rate and different counts conflict', () => {
    const same = computeAttainment({
      plan: 'qd-1373',
      year: 2025,
      observations: [
        { indicator: XMC2, percent: 99.96 },
        { indicator: XMC2, percent: '99,96' },
      ],
    });
    expect(same.issues).toEqual([expect.objectContaining({ code: 'duplicate-observation', severity: 'warning' })]);
    expect(same.results[0]).toMatchObject({ status: 'met', basis: 'reported-rate' });
    const clash = computeAttainment({
      plan: 'qd-1373',
      year: 2025,
      observations: [
        { indicator: XMC2, percent: '87,30' },
        { indicator: XMC2, numerator: 55, denominator: 63 },
      ],
    });
    expect(clash.results[0]).toMatchObject({ status: 'no-data', reason: 'conflicting-observations' });
  });

  it('per unit: each unit is judged on its own rate; nothing is summed or averaged across units', () => {
    const byUnit = computeAttainmentByUnit({
      plan: 'qd-1373',
      year: 2025,
      observations: [
        { unit: 'Tỉnh A', indicator: 'universities-digital', percent: '70' },
        { unit: 'Tỉnh B', indicator: 'universities-digital', percent: '69,99' },
      ],
    });
    expect(
      byUnit.reports.map((r) => [r.unit, r.results.find((x) => x.indicator === 'universities-digital')!.status]),
    ).toEqual([
      ['Tỉnh A', 'met'],
      ['Tỉnh B', 'not-met'],
    ]);
  });

  it('progress can be assessed from a reported rate: values are percentages', () => {
    // targets-1373.md §3: 34 of 63 provinces at XMC level 2 in 2021, 55 of 63 in 2024; 87,30% is 55/63 as published
    const source = {
      document: 'vietnamnet.vn 28/11/2025 (báo cáo của Bộ GDĐT)',
      verified: false,
      confidence: 'N',
    } as const;
    const plan = definePlan({
      ...getPlan('qd-1373'),
      id: 'qd-1373-with-baseline',
      baselines: [{ indicator: XMC2, year: 2021, numerator: 34, denominator: 63, source }],
    });
    const r = computeAttainment({
      plan,
      year: 2030,
      observations: [{ indicator: XMC2, percent: '87,30', asOf: '2024-12-31' }],
    }).results.find((x) => x.indicator === XMC2)!;
    // CAGR_o = (87.30/53.968…)^(1/3) − 1 ≈ 0.1739, CAGR_r ≈ 0.0585 (as for the counts 55/63): on track
    expect(r.progress).toMatchObject({ status: 'on-track', current: { value: '87.30', exact: '873/10' } });
  });
});
