import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { AttainmentReport, AttainmentResult } from '../../src/attainment/result.js';
import { lines, xhht } from './helpers.js';
import { workbook, type TestCell } from './workbook.js';

/*
 * Rate-only figures and appendices with their own targets (issue 10 §1) read from a sheet of an
 * .xlsx workbook (issue 10 §3) exactly as from CSV: one column logic (readObservationsTable,
 * readAppendixTable) for both formats.
 *
 * Figures:
 * - 87,30%: 55 of 63 provinces at XMC level 2 in 2024 (shared/domain/targets-1373.md §3) as a report
 *   prints the rate; target 70% for 2025 (Decision 1373, Mục II.2.a). Excel stores "87,30%" as 0.873.
 * - 99,96%: phường Đăk Cấm, 19.739 of 19.747 at literacy level 2 (seed 004, Mục II.2, line 56), as the
 *   report prints it; Excel stores it as 0.9996.
 * - 69,99% against universities-digital's 70% for 2025 (Decision 1373, Mục II.2.c): not met by 0,01
 *   point (an illustrative rate).
 * - the float product 0.9996 × 100 is 99.96000000000001: the reader moves the digits instead.
 * - seed 001 (/work/shared/seeds/001_d9ccab766f96ff1d.txt) lines 146–213, Phụ lục 2 of xã Long Phụng:
 *   six rows, target "100", result "100" (tỷ lệ %), under group "I Xóa mù chữ và phổ cập giáo dục";
 *   the target column says "đến năm 2025" and the result column "tháng 06/2025".
 *   examples/long-phung-phu-luc-2.csv types it; here the same appendix is typed into a sheet.
 */

const XMC2 = 'provinces-literacy-level-2';
const DIGITAL = 'universities-digital';
const pct = (value: number, numFmt = '0.00%'): TestCell => ({ value, numFmt });
const resultOf = (report: AttainmentReport, indicator: string): AttainmentResult =>
  report.results.find((r) => r.indicator === indicator)!;

describe('evaluate data.xlsx: a rate column', () => {
  it('a percent-formatted cell is the percentage it shows, exactly: 0.873 is 87,30%, 0.9996 is 99,96%, 0.6999 is 69,99%', async () => {
    const bytes = await workbook({
      'Số liệu': [
        ['Chỉ tiêu', 'Tỷ lệ', 'Đơn vị'],
        [XMC2, pct(0.873), 'A'],
        [DIGITAL, pct(0.6999), 'A'],
        [XMC2, pct(0.9996), 'B'],
      ],
    });
    const r = await xhht(['evaluate', 'd.xlsx', '--year', '2025', '--format', 'json'], { 'd.xlsx': bytes });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [a, b] = (JSON.parse(r.stdout) as { reports: AttainmentReport[] }).reports;
    expect(resultOf(a!, XMC2)).toMatchObject({
      status: 'met',
      basis: 'reported-rate',
      reportedPercent: '87.3',
      actualPercent: '87.30',
      gapPoints: '17.30',
      shortfall: null,
    });
    // 69,99 against 70: 0,01 point short, never rounded up to the target
    expect(resultOf(a!, DIGITAL)).toMatchObject({
      status: 'not-met',
      basis: 'reported-rate',
      reportedPercent: '69.99',
      gapPoints: '-0.01',
    });
    expect(resultOf(b!, XMC2)).toMatchObject({ status: 'met', reportedPercent: '99.96', actualPercent: '99.96' });
  });

  it('the same rates as number cells, as text cells, and in a CSV file: the same results', async () => {
    const csv = `Chỉ tiêu;Kết quả (%)\n${XMC2};87,30\n${DIGITAL};69,99\n`;
    const sheets = [
      // a number cell without a percent format holds the percentage itself
      [
        [XMC2, 87.3],
        [DIGITAL, 69.99],
      ],
      // text cells, as typed in a Text-formatted column
      [
        [XMC2, '87,30'],
        [DIGITAL, '69,99%'],
      ],
      [
        [XMC2, pct(0.873, '0.0%')],
        [DIGITAL, pct(0.6999)],
      ],
    ] as const;
    const fromCsv = await xhht(['evaluate', 'd.csv', '--year', '2025', '--format', 'json'], { 'd.csv': csv });
    expect(fromCsv.code).toBe(0);
    const expected = (JSON.parse(fromCsv.stdout) as AttainmentReport).results;
    for (const rows of sheets) {
      const bytes = await workbook({ S: [['Chỉ tiêu', 'Kết quả (%)'], ...rows] });
      const r = await xhht(['evaluate', 'd.xlsx', '--year', '2025', '--format', 'json'], { 'd.xlsx': bytes });
      expect(r.stderr, JSON.stringify(rows)).toBe('');
      expect((JSON.parse(r.stdout) as AttainmentReport).results, JSON.stringify(rows)).toEqual(expected);
    }
  });

  it('a bad rate cell is an error at its cell; the row stays in the report as a figure not usable', async () => {
    const bytes = await workbook({
      S: [
        ['indicator', 'tỷ lệ'],
        // 100,5% (Excel 1.005): above a whole
        [XMC2, pct(1.005, '0.0%')],
        // "1/7" typed into a General cell becomes 1 July
        [DIGITAL, new Date(Date.UTC(2025, 6, 1))],
        ['provinces-primary-level-3', { formula: '1/0', result: { error: '#DIV/0!' } }],
      ],
    });
    const r = await xhht(['evaluate', 'd.xlsx', '--year', '2025', '--lang', 'en', '--format', 'json'], {
      'd.xlsx': bytes,
    });
    expect(r.code).toBe(1);
    const err = lines(r.stderr);
    expect(err.slice(0, 3)).toEqual([
      expect.stringMatching(/^d\.xlsx:S!B2: tỷ lệ: .*\(percent-out-of-range\)$/),
      expect.stringMatching(/^d\.xlsx:S!B3: tỷ lệ: the cell holds a date \(2025-07-01\).*\(invalid-cell\)$/),
      expect.stringMatching(/^d\.xlsx:S!B4: tỷ lệ: the cell holds the error value #DIV\/0!.*\(invalid-cell\)$/),
    ]);
    expect(err[3]).toBe('d.xlsx: 3 of 3 rows were not used (see above); the report covers the others');
    const report = JSON.parse(r.stdout) as AttainmentReport;
    for (const id of [XMC2, DIGITAL, 'provinces-primary-level-3'])
      expect(resultOf(report, id), id).toMatchObject({ status: 'no-data', reason: 'rejected-observation' });
  });

  it('beside counts the counts are used, and the warning names the rate column by its cell', async () => {
    const bytes = await workbook({
      S: [
        ['indicator', 'numerator', 'denominator', 'tỷ lệ'],
        [XMC2, 55, 63, pct(0.873)],
      ],
    });
    const r = await xhht(['evaluate', 'd.xlsx', '--year', '2025', '--lang', 'en', '--format', 'json'], {
      'd.xlsx': bytes,
    });
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/^d\.xlsx:S!D1: warning: tỷ lệ: .*counts.*\(invalid-xlsx\)$/),
    ]);
    expect(resultOf(JSON.parse(r.stdout), XMC2)).toMatchObject({
      basis: 'counts',
      share: { numerator: 55, denominator: 63 },
    });
  });
});

describe('evaluate appendix.xlsx: the appendix as printed, in a sheet (seed 001, Phụ lục 2)', () => {
  const TARGET = 'Mục tiêu theo kế hoạch thực hiện Đề án của huyện đến năm 2025 (tỷ lệ %)';
  const RESULT = 'Kết quả thực hiện tính đến thời điểm tháng 06/2025 (tỷ lệ %)';
  const LABELS = [
    'Xã đạt chuẩn xóa mù chữ mức độ 2',
    'Xã chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi',
    'Xã đạt chuẩn phổ cập giáo dục tiểu học đạt mức độ 2',
    'Xã đạt chuẩn phổ cập giáo dục tiểu học đạt mức độ 3',
    'Xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2',
    'Xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3',
  ];
  /** The appendix in a sheet: a title row above it, TT as number cells, targets and results as `cell(i)`. */
  const appendix = (target: (i: number) => TestCell, result: (i: number) => TestCell) =>
    workbook({
      'Phụ lục 2': [
        ['PHỤ LỤC 2'],
        ['TT', 'Nội dung chỉ tiêu', TARGET, RESULT, 'Ghi chú (ước thực hiện)'],
        ['I', 'Xóa mù chữ và phổ cập giáo dục'],
        ...LABELS.map((label, i) => [i + 1, label, target(i), result(i)]),
      ],
    });

  it('evaluates exactly as the CSV typed as printed: six rows, 100 against 100, met', async () => {
    const csv = await xhht(['evaluate', 'examples/long-phung-phu-luc-2.csv', '--format', 'json']);
    expect(csv.code).toBe(0);
    const expected = JSON.parse(csv.stdout) as AttainmentReport;
    // number cells, then the same as percent-formatted cells (Excel stores 100% as 1)
    for (const [name, cell] of [
      ['number cells', () => 100],
      ['percent cells', () => pct(1, '0%')],
    ] as const) {
      const r = await xhht(['evaluate', 'p.xlsx', '--format', 'json'], { 'p.xlsx': await appendix(cell, cell) });
      expect(r.stderr, name).toBe('');
      expect(r.code, name).toBe(0);
      const report = JSON.parse(r.stdout) as AttainmentReport;
      // the year from "đến năm 2025" in the target column, the date from "tháng 06/2025" in the result column
      expect([report.year, report.asOf], name).toEqual([2025, '2025-06-30']);
      expect(report.summary, name).toEqual({ total: 6, met: 6, 'not-met': 0, 'no-data': 0, provisional: 0 });
      expect(report.results, name).toEqual(expected.results);
      expect(report.plan, name).toEqual(expected.plan);
    }
  });

  it('the Vietnamese table is the appendix with its verdicts, as from the CSV', async () => {
    const r = await xhht(['evaluate', 'p.xlsx', '--format', 'markdown'], {
      'p.xlsx': await appendix(
        () => 100,
        () => 100,
      ),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| **I** | **Xóa mù chữ và phổ cập giáo dục** | | | | |');
    expect(r.stdout).toContain(
      '| 1 | Xã đạt chuẩn xóa mù chữ mức độ 2 | 100% | 100,00% (tỷ lệ báo cáo, không có số đếm) | Đạt | bằng mục tiêu; Căn cứ: \\[1\\] Mục I.1 |',
    );
  });

  it('a percent-formatted result 0.9996 is 99,96% against 100: not met by 0,04 point, exactly', async () => {
    const r = await xhht(['evaluate', 'p.xlsx', '--format', 'json'], {
      'p.xlsx': await appendix(
        () => pct(1, '0%'),
        (i) => (i === 0 ? pct(0.9996) : 100),
      ),
    });
    expect(r.code).toBe(0);
    const first = (JSON.parse(r.stdout) as AttainmentReport).results[0]!;
    expect(first).toMatchObject({
      status: 'not-met',
      basis: 'reported-rate',
      reportedPercent: '99.96',
      targetPercent: '100',
      gapPoints: '-0.04',
    });
  });

  it('a bad target or result is an error at its cell; the other rows are still evaluated', async () => {
    const bytes = await appendix(
      (i) => (i === 0 ? '9O' : 100),
      (i) => (i === 1 ? { formula: '1/0', result: { error: '#N/A' } } : 100),
    );
    const r = await xhht(['evaluate', 'p.xlsx', '--lang', 'en', '--format', 'json'], { 'p.xlsx': bytes });
    expect(r.code).toBe(1);
    expect(lines(r.stderr).slice(0, 2)).toEqual([
      expect.stringMatching(/^p\.xlsx:'Phụ lục 2'!C4: Mục tiêu .*"9O".*\(invalid-threshold\)$/),
      expect.stringMatching(/^p\.xlsx:'Phụ lục 2'!D5: Kết quả .*#N\/A.*\(invalid-cell\)$/),
    ]);
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect(report.summary.met).toBe(4);
  });
});

describe('the bundled CSV appendix and a sheet of it say the same', () => {
  it('examples/long-phung-phu-luc-2.csv rows, read back from a sheet, give its report', async () => {
    // the CSV's own rows as text cells: what "Save as .xlsx" of the CSV gives with every column as Text
    const rows = (await readFile('examples/long-phung-phu-luc-2.csv', 'utf8'))
      .trim()
      .split('\n')
      .map((l) => l.split(';').map((c) => (c === '' ? null : c)));
    const bytes = await workbook({ Sheet1: rows });
    const [a, b] = await Promise.all([
      xhht(['evaluate', 'examples/long-phung-phu-luc-2.csv', '--format', 'json']),
      xhht(['evaluate', 'p.xlsx', '--format', 'json'], { 'p.xlsx': bytes }),
    ]);
    expect(b.stderr).toBe('');
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
  });
});
