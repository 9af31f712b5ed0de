import { describe, expect, it } from 'vitest';
import type { AttainmentReport } from '../../src/attainment/result.js';
import { lines, xhht } from './helpers.js';

/*
 * Rate-only figures on the command line (issue 10, point 1).
 * - 87,30%: 55 of 63 provinces at XMC level 2 in 2024 (shared/domain/targets-1373.md §3) as a
 *   report would print the rate; target 70% for 2025 (Decision 1373, Mục II.2.a).
 * - seed 001 (/work/shared/seeds/001_d9ccab766f96ff1d.txt) lines 146–213, Phụ lục 2: six rows, target
 *   "100", result "100" (tỷ lệ %), under group "I Xóa mù chữ và phổ cập giáo dục"; the target column
 *   says "đến năm 2025" and the result column "tháng 06/2025". examples/long-phung-phu-luc-2.csv types it.
 */
const XMC2 = 'provinces-literacy-level-2';
const resultOf = (report: AttainmentReport, indicator = XMC2) => report.results.find((r) => r.indicator === indicator)!;

describe('xhht evaluate: a rate column', () => {
  it('reads a rate with a Vietnamese decimal comma (Tỷ lệ: 87,30)', async () => {
    const r = await xhht(['evaluate', 'r.csv', '--year', '2025', '--format', 'json'], {
      'r.csv': `Chỉ tiêu;Tỷ lệ;Ngày\n${XMC2};87,30;31/12/2024\n`,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(resultOf(JSON.parse(r.stdout))).toMatchObject({
      status: 'met',
      basis: 'reported-rate',
      actualPercent: '87.30',
      gapPoints: '17.30',
      shortfall: null,
      reportedPercent: '87.3',
    });
  });

  it('"Kết quả (%)" and "percent" are rate columns too; a dot decimal reads the same', async () => {
    for (const [header, value] of [
      ['Kết quả (%)', '87,3%'],
      ['percent', '87.30'],
    ] as const) {
      const r = await xhht(['evaluate', 'r.csv', '--year', '2025', '--format', 'json'], {
        'r.csv': `indicator;${header}\n${XMC2};${value}\n`,
      });
      expect(r.code).toBe(0);
      expect(resultOf(JSON.parse(r.stdout))).toMatchObject({ status: 'met', actualPercent: '87.30' });
    }
  });

  it('a bad rate is an error at its line and column; the other rows are still evaluated', async () => {
    const file = `indicator;tỷ lệ\n${XMC2};87,3a\nuniversities-digital;70\n`;
    const r = await xhht(['evaluate', 'r.csv', '--year', '2025', '--lang', 'en', '--format', 'json'], {
      'r.csv': file,
    });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toMatch(/^r\.csv:2: tỷ lệ: .*\(invalid-percent-format\)$/);
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect(resultOf(report)).toMatchObject({ status: 'no-data', reason: 'rejected-observation' });
    expect(resultOf(report, 'universities-digital')).toMatchObject({ status: 'met', basis: 'reported-rate' });
  });

  it('a rate above 100 is an error with its code', async () => {
    const r = await xhht(['evaluate', 'r.csv', '--year', '2025', '--lang', 'en'], {
      'r.csv': `indicator;tỷ lệ\n${XMC2};100,5\n`,
    });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toMatch(/^r\.csv:2: tỷ lệ: .*\(percent-out-of-range\)$/);
  });

  it('beside counts the counts are used, and a warning says the rate column was not read there', async () => {
    const r = await xhht(['evaluate', 'r.csv', '--year', '2025', '--lang', 'en', '--format', 'json'], {
      'r.csv': `indicator;numerator;denominator;tỷ lệ\n${XMC2};55;63;87,3\n`,
    });
    expect(r.code).toBe(0);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^r\.csv:1: warning: tỷ lệ: .*counts.*\(invalid-csv\)$/)]);
    expect(resultOf(JSON.parse(r.stdout))).toMatchObject({
      basis: 'counts',
      share: { numerator: 55, denominator: 63 },
    });
  });

  it('reports say the result is a reported rate, with no counts', async () => {
    const file = `indicator;tỷ lệ\n${XMC2};87,30\n`;
    const vi = await xhht(['evaluate', 'r.csv', '--year', '2025', '--format', 'markdown'], { 'r.csv': file });
    expect(vi.stdout).toContain('| 87,30% (tỷ lệ báo cáo, không có số đếm) | Đạt |');
    // --wide: the rate and its note on one line (a fitted table may wrap them: table-width.test.ts)
    const en = await xhht(['evaluate', 'r.csv', '--year', '2025', '--lang', 'en', '--wide'], { 'r.csv': file });
    expect(en.stdout).toContain('87.30% (reported rate, no counts)');
  });
});

describe('xhht evaluate: an appendix typed as printed (seed 001, Phụ lục 2)', () => {
  const EXAMPLE = 'examples/long-phung-phu-luc-2.csv';

  it("evaluates to the document's own assessment: all six rows, 100 against 100, met", async () => {
    const r = await xhht(['evaluate', EXAMPLE, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as AttainmentReport;
    // the year from "đến năm 2025" in the target column, the date from "tháng 06/2025" in the result column
    expect([report.year, report.asOf]).toEqual([2025, '2025-06-30']);
    expect(report.summary).toEqual({ total: 6, met: 6, 'not-met': 0, 'no-data': 0, provisional: 0 });
    expect(report.results.map((x) => [x.label.vi, x.targetPercent, x.actualPercent, x.status, x.basis])).toEqual([
      ['Xã đạt chuẩn xóa mù chữ mức độ 2', '100', '100.00', 'met', 'reported-rate'],
      ['Xã chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi', '100', '100.00', 'met', 'reported-rate'],
      ['Xã đạt chuẩn phổ cập giáo dục tiểu học đạt mức độ 2', '100', '100.00', 'met', 'reported-rate'],
      ['Xã đạt chuẩn phổ cập giáo dục tiểu học đạt mức độ 3', '100', '100.00', 'met', 'reported-rate'],
      ['Xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2', '100', '100.00', 'met', 'reported-rate'],
      ['Xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3', '100', '100.00', 'met', 'reported-rate'],
    ]);
  });

  it('the Vietnamese table is the appendix with its verdicts', async () => {
    const r = await xhht(['evaluate', EXAMPLE, '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| **I** | **Xóa mù chữ và phổ cập giáo dục** | | | | |');
    expect(r.stdout).toContain(
      '| 1 | Xã đạt chuẩn xóa mù chữ mức độ 2 | 100% | 100,00% (tỷ lệ báo cáo, không có số đếm) | Đạt | bằng mục tiêu; Căn cứ: \\[1\\] Mục I.1 |',
    );
    expect(r.stdout).toContain('6 chỉ tiêu: 6 đạt, 0 không đạt, 0 chưa có số liệu.');
  });

  it('an appendix carries its own targets: --plan is a usage error', async () => {
    const r = await xhht(['evaluate', EXAMPLE, '--plan', 'qd-1373', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/own targets/);
  });

  it('a bad target is an error at its line and column; a result row without a target is not dropped silently', async () => {
    const file =
      'TT;Nội dung chỉ tiêu;Mục tiêu (%);Kết quả (%)\n1;Chỉ tiêu A;9O;90\n2;Chỉ tiêu B;;90\n3;Chỉ tiêu C;90;90\n';
    const r = await xhht(['evaluate', 'p.csv', '--year', '2025', '--lang', 'en', '--format', 'json'], {
      'p.csv': file,
    });
    expect(r.code).toBe(1);
    expect(lines(r.stderr).slice(0, 2)).toEqual([
      expect.stringMatching(/^p\.csv:2: Mục tiêu \(%\): .*\(invalid-threshold\)$/),
      expect.stringMatching(/^p\.csv:3: Mục tiêu \(%\): .*\(invalid-observation\)$/),
    ]);
    expect(lines(r.stderr)[2]).toMatch(/2 of 3 rows were not used/);
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect(report.results.map((x) => [x.label.vi, x.status])).toEqual([['Chỉ tiêu C', 'met']]);
  });

  it('without a year in the target column or --year: an error naming the column', async () => {
    const r = await xhht(['evaluate', 'p.csv', '--lang', 'en'], {
      'p.csv': 'TT;Nội dung chỉ tiêu;Mục tiêu;Kết quả\n1;A;90;90\n',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^p\.csv:1: Mục tiêu: .*--year.*\(invalid-year\)\n$/);
  });
});

describe('xhht evaluate: rates in JSON', () => {
  it('an observation { indicator, percent } is read as written, text or number', async () => {
    // 87,30%: 55/63 as published (targets-1373.md §3); 70% target for 2025 (Decision 1373 Mục II.2.a)
    const file = JSON.stringify({
      observations: [
        { indicator: XMC2, percent: '87,30' },
        { indicator: 'universities-digital', percent: 69.99 },
      ],
    });
    const r = await xhht(['evaluate', 'o.json', '--year', '2025', '--format', 'json'], { 'o.json': file });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect(resultOf(report)).toMatchObject({ status: 'met', basis: 'reported-rate', actualPercent: '87.30' });
    expect(resultOf(report, 'universities-digital')).toMatchObject({
      status: 'not-met',
      actualPercent: '69.99',
      gapPoints: '-0.01',
    });
  });
});
