import { describe, expect, it } from 'vitest';
import { appendixPlan, evaluateAppendix, type AppendixRow } from '../../src/attainment/appendix.js';
import { formatSource } from '../../src/catalog/source.js';

/*
 * An appendix whose rows carry their own targets (issue 10, point 1).
 * Seed 001 (/work/shared/seeds/001_d9ccab766f96ff1d.txt), Phụ lục 2 "KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU
 * CỦA ĐỀ ÁN", lines 146–213: columns TT | Nội dung chỉ tiêu | Mục tiêu theo kế hoạch … của huyện đến
 * năm 2025 (tỷ lệ %) | Kết quả … tháng 06/2025 (tỷ lệ %) | Ghi chú; group row "I  Xóa mù chữ và phổ
 * cập giáo dục" (lines 167–172), then six rows (lines 174–212), each target "100" and result "100".
 */
const PHU_LUC_2: readonly AppendixRow[] = [
  { no: 'I', label: 'Xóa mù chữ và phổ cập giáo dục' },
  { no: '1', label: 'Xã đạt chuẩn xóa mù chữ mức độ 2', target: '100', percent: '100' },
  { no: '2', label: 'Xã chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi', target: '100', percent: '100' },
  { no: '3', label: 'Xã đạt chuẩn phổ cập giáo dục tiểu học đạt mức độ 2', target: '100', percent: '100' },
  { no: '4', label: 'Xã đạt chuẩn phổ cập giáo dục tiểu học đạt mức độ 3', target: '100', percent: '100' },
  { no: '5', label: 'Xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2', target: '100', percent: '100' },
  { no: '6', label: 'Xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3', target: '100', percent: '100' },
];

describe('evaluateAppendix: seed 001, Phụ lục 2 as printed', () => {
  it("gives the document's own assessment: six rows, 100 against 100, all met", () => {
    const report = evaluateAppendix(PHU_LUC_2, { year: 2025, asOf: '2025-06-30' });
    expect(report.issues).toEqual([]);
    expect(report.summary).toEqual({ total: 6, met: 6, 'not-met': 0, 'no-data': 0, provisional: 0 });
    expect(
      report.results.map((r) => [
        r.label.vi,
        r.status,
        r.basis,
        r.actualPercent,
        r.targetPercent,
        r.gapPoints,
        r.shortfall,
      ]),
    ).toEqual(PHU_LUC_2.slice(1).map((row) => [row.label, 'met', 'reported-rate', '100.00', '100', '0.00', null]));
    // the group row is a heading: the results are in its group, as 1373 words group I
    expect(new Set(report.results.map((r) => r.group))).toEqual(new Set(['I']));
    expect(report.asOf).toBe('2025-06-30');
  });

  it("the targets' source is the appendix itself, row by row", () => {
    const report = evaluateAppendix(PHU_LUC_2, {
      year: 2025,
      document: 'Báo cáo sơ kết 5 năm của UBND xã Long Phụng, Phụ lục 2',
    });
    expect(report.results[3]!.source).toMatchObject({
      type: 'other',
      title: { vi: 'Báo cáo sơ kết 5 năm của UBND xã Long Phụng, Phụ lục 2' },
      section: 'Mục I.4',
      verified: true,
      confidence: 'local',
    });
    expect(formatSource(report.results[3]!.source, 'vi')).toBe(
      'Báo cáo sơ kết 5 năm của UBND xã Long Phụng, Phụ lục 2, Mục I.4',
    );
    expect(report.plan.reference).toBe('Báo cáo sơ kết 5 năm của UBND xã Long Phụng, Phụ lục 2');
    // without a document named: the appendix's own targets, said so
    expect(evaluateAppendix(PHU_LUC_2, { year: 2025 }).results[0]!.source.title).toEqual({
      vi: 'Mục tiêu ghi trong phụ lục',
      en: 'Targets stated in the appendix',
    });
  });

  it('rows that name no catalog indicator become indicators labelled by their text', () => {
    const { plan, observations } = appendixPlan(PHU_LUC_2, { year: 2025 });
    expect(plan.targets).toHaveLength(6);
    expect(plan.indicators?.map((i) => i.label.vi)).toEqual(PHU_LUC_2.slice(1).map((r) => r.label));
    expect(plan.indicators?.[0]).toMatchObject({ id: 'xa-dat-chuan-xoa-mu-chu-muc-do-2', kind: 'share-of-units' });
    expect(observations).toHaveLength(6);
    expect(observations[0]).toEqual({ indicator: 'xa-dat-chuan-xoa-mu-chu-muc-do-2', percent: '100' });
  });
});

describe('appendix rows', () => {
  it('a row worded as a catalog indicator is that indicator', () => {
    // Decision 1373 Mục II.2.a: "Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2", 70% by 2025; 87,30% is 55/63 as published
    const report = evaluateAppendix(
      [{ no: '1', label: 'Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2', target: '70', percent: '87,30' }],
      { year: 2025 },
    );
    expect(report.results[0]).toMatchObject({
      indicator: 'provinces-literacy-level-2',
      status: 'met',
      actualPercent: '87.30',
      gapPoints: '17.30',
    });
    // the catalog's own definition, but the target is still the appendix's
    expect(report.results[0]!.source.title?.vi).toBe('Mục tiêu ghi trong phụ lục');
  });

  it('the boundary is exact: 89,995 against a target of 90 is not met (Decree 20/2014 Art. 21: 90%)', () => {
    const report = evaluateAppendix(
      [{ no: '1', label: 'Tỷ lệ người 15-60 tuổi biết chữ mức độ 2', target: '90', percent: '89,995' }],
      { year: 2025 },
    );
    expect(report.results[0]).toMatchObject({
      status: 'not-met',
      actualPercent: '89.99',
      gapPoints: '-0.01',
      shortfall: null,
    });
    expect(report.results[0]!.indicator).toBe('ty-le-nguoi-15-60-tuoi-biet-chu-muc-do-2');
  });

  it('a target may say it is a maximum: "≤ 1,5" or "tối đa 1,5"', () => {
    const report = evaluateAppendix(
      [
        { no: '1', label: 'Tỷ lệ học sinh bỏ học', target: '≤ 1,5', percent: '1,6' },
        { no: '2', label: 'Tỷ lệ học sinh lưu ban', target: 'tối đa 1,5', percent: '1,2' },
      ],
      { year: 2025 },
    );
    expect(report.results.map((r) => [r.comparator, r.status])).toEqual([
      ['at-most', 'not-met'],
      ['at-most', 'met'],
    ]);
  });

  it('a row with a target and no result is no data; every bad row is an issue at its row and field', () => {
    const report = evaluateAppendix(
      [
        { no: 'I', label: 'Nhóm A' },
        { no: '1', label: 'Chỉ tiêu có mục tiêu, chưa có kết quả', target: '80' },
        { no: '2', label: 'Kết quả hỏng', target: '80', percent: '8O' },
        { no: '3', label: 'Mục tiêu hỏng', target: 'tám mươi', percent: '80' },
        { no: '4', label: 'Không có mục tiêu', percent: '80' },
        { no: '5', target: '80', percent: '80' },
        { no: '6', label: 'Mục tiêu trên 100', target: '120', percent: '80' },
      ],
      { year: 2025 },
    );
    expect(report.results.map((r) => [r.label.vi, r.status, r.reason])).toEqual([
      ['Chỉ tiêu có mục tiêu, chưa có kết quả', 'no-data', 'no-observation'],
      ['Kết quả hỏng', 'no-data', 'rejected-observation'],
    ]);
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-threshold', ['rows', 3, 'target']],
      ['invalid-observation', ['rows', 4, 'target']],
      ['invalid-observation', ['rows', 5, 'label']],
      ['invalid-threshold', ['rows', 6, 'target']],
      ['invalid-percent-format', ['rows', 2, 'percent']],
    ]);
    // the heading is the group of its rows, worded as the appendix words it
    expect(report.results[0]!.group).toBe('Nhóm A');
  });

  it('a row with neither target nor result is a heading, numbered or not (nothing in it is lost)', () => {
    const report = evaluateAppendix(
      [
        { no: 'II', label: 'Giáo dục mầm non' },
        { no: '1', label: 'Huy động trẻ' },
        { no: 'a', label: 'Tỷ lệ huy động trẻ 5 tuổi ra lớp', target: '99', percent: '99,5' },
      ],
      { year: 2025 },
    );
    expect(report.issues).toEqual([]);
    expect(report.results.map((r) => [r.group, r.status, r.source.section])).toEqual([
      ['Huy động trẻ', 'met', 'Mục 1.a'],
    ]);
  });

  it('an appendix with no target at all is an error that lists every row problem', () => {
    expect(() => appendixPlan([{ no: '1', label: 'A', percent: '80' }], { year: 2025 })).toThrowError(
      expect.objectContaining({
        code: 'invalid-input',
        issues: [expect.objectContaining({ code: 'invalid-observation', path: ['rows', 0, 'target'] })],
      }),
    );
    expect(() => appendixPlan(PHU_LUC_2, { year: 25 })).toThrowError(expect.objectContaining({ code: 'invalid-year' }));
  });
});
