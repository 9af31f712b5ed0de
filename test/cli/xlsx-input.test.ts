import { describe, expect, it } from 'vitest';
import type { AttainmentByUnit } from '../../src/attainment/compute.js';
import type { AttainmentReport, AttainmentResult } from '../../src/attainment/result.js';
import { REPORT_PLAN } from '../report/fixtures.js';
import { lines, xhht } from './helpers.js';
import { workbook } from './workbook.js';

/*
 * Issue 10 §3: `evaluate` and `assess-communes` read a sheet of an .xlsx workbook with the
 * columns, aliases and checks of the CSV reader: number cells as numbers, text cells through the
 * Vietnamese parsers, formulas by their saved result, percent-formatted cells as percentages,
 * dates; every bad cell a coded problem at its cell (`Sheet1!D7`); no row lost.
 *
 * Figures: phường Đăk Cấm, seed 004 — Mục II.2 (lines 39–58): 15–25: 4.811 of 4.811 at both
 * levels; 15–35: 9.399 of 9.399; 15–60: 19.747, of whom 19.747 at level 1 and 19.739 at level 2
 * ("99,96%"). Mục II.3 (line 65): 9.287 people aged 15+ trained, 4.340 with a university degree or
 * higher. The population aged 15+ (36.167) is the example of issue 9 §2, not the seed's.
 * Targets: Decision 1373/QĐ-TTg, Mục II.2.b, 2025: trained 50%, university or higher 12%.
 */

const TRAINED = 'population-15plus-technical-qualification';
const UNIVERSITY = 'population-15plus-university-or-higher';
const COUNT = '#,##0';
const n = (value: number, numFmt = COUNT) => ({ value, numFmt });

const resultOf = (report: AttainmentReport, indicator: string): AttainmentResult =>
  report.results.find((r) => r.indicator === indicator)!;

describe('evaluate data.xlsx: seed 004 in a sheet', () => {
  it('the workforce figures against Decision 1373 (2025): 25,68% and 11,99%, both not met', async () => {
    const bytes = await workbook({
      'Số liệu': [
        ['Chỉ tiêu', 'Tử số', 'Mẫu số', 'Đơn vị'],
        [TRAINED, n(9287), n(36167), 'Phường Đăk Cấm'],
        [UNIVERSITY, n(4340), n(36167), 'Phường Đăk Cấm'],
      ],
    });
    const r = await xhht(['evaluate', 'd.xlsx', '--year', '2025', '--format', 'json'], { 'd.xlsx': bytes });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as AttainmentReport;
    expect(report.unit).toBe('Phường Đăk Cấm');
    // 9.287 / 36.167 = 25,678…% (by hand); 4.340 / 36.167 = 11,99988…%: "11.99", never "12.00" (issue 9 §2)
    expect(resultOf(report, TRAINED)).toMatchObject({
      status: 'not-met',
      actualPercent: '25.68',
      share: { numerator: 9287, denominator: 36167 },
    });
    expect(resultOf(report, UNIVERSITY)).toMatchObject({
      status: 'not-met',
      actualPercent: '11.99',
      share: { numerator: 4340, denominator: 36167 },
    });
  });

  it('the literacy figures against a plan file: 19.747/19.747 and 19.739/19.747 (99,96%)', async () => {
    const bytes = await workbook({
      Sheet1: [
        ['indicator', 'numerator', 'denominator', 'unit'],
        ['people-15-60-literacy-level-1', n(19747), n(19747), 'Phường Đăk Cấm'],
        ['people-15-60-literacy-level-2', n(19739), n(19747), 'Phường Đăk Cấm'],
      ],
    });
    const r = await xhht(['evaluate', 'd.xlsx', '--plan-file', 'plan.json', '--format', 'json'], {
      'd.xlsx': bytes,
      'plan.json': JSON.stringify(REPORT_PLAN),
    });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as AttainmentReport;
    // the fixture plan: level 1 at least 99,1% (provisional), level 2 "phấn đấu 100%"
    expect(resultOf(report, 'people-15-60-literacy-level-1')).toMatchObject({ status: 'met', actualPercent: '100.00' });
    expect(resultOf(report, 'people-15-60-literacy-level-2')).toMatchObject({
      status: 'not-met',
      actualPercent: '99.96',
      shortfall: 8,
    });
  });

  it('a sheet and the same rows as CSV give the same report', async () => {
    const csv = `chỉ tiêu;tử số;mẫu số;ngày;nguồn\n${TRAINED};9.287;36.167;31/12/2025;Báo cáo sơ kết\n${UNIVERSITY};4.340;36.167;31/12/2025;Báo cáo sơ kết\n`;
    const bytes = await workbook({
      S: [
        ['chỉ tiêu', 'tử số', 'mẫu số', 'ngày', 'nguồn'],
        // number cells, a text cell written the Vietnamese way, a date cell and a date as text
        [TRAINED, n(9287), '36.167', new Date(Date.UTC(2025, 11, 31)), 'Báo cáo sơ kết'],
        [UNIVERSITY, '4.340', n(36167), '31/12/2025', 'Báo cáo sơ kết'],
      ],
    });
    const a = await xhht(['evaluate', 'd.csv', '--year', '2025', '--format', 'json'], { 'd.csv': csv });
    const b = await xhht(['evaluate', 'd.xlsx', '--year', '2025', '--format', 'json'], { 'd.xlsx': bytes });
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout).results).toEqual(JSON.parse(a.stdout).results);
  });

  it('a formula is read by its saved result; a percent-formatted or text number as written', async () => {
    const bytes = await workbook({
      S: [
        ['indicator', 'numerator', 'denominator'],
        [UNIVERSITY, { formula: '4000+340', result: 4340 }, { value: { formula: 'B3', result: 36167 }, numFmt: COUNT }],
      ],
    });
    const r = await xhht(['evaluate', 'd.xlsx', '--year', '2025', '--format', 'json'], { 'd.xlsx': bytes });
    expect(resultOf(JSON.parse(r.stdout), UNIVERSITY).share).toEqual({ numerator: 4340, denominator: 36167 });
  });
});

describe('every bad cell is a coded problem at its cell, and the row stays in the report', () => {
  it('19739.5 shown as "19.740", an error value, a date for a share, a percent in a count column', async () => {
    const bytes = await workbook({
      Sheet1: [
        ['indicator', 'numerator', 'denominator', 'share', 'unit'],
        // seed 004 line 56 with a half person: a number format hides it, the reader does not
        ['provinces-literacy-level-2', n(19739.5), n(19747), null, 'A'],
        ['provinces-primary-level-3', 40, { formula: '1/0', result: { error: '#DIV/0!' } }, null, 'A'],
        // "1/7" typed into a General cell becomes 1 July
        ['provinces-lower-secondary-level-2', null, null, new Date(Date.UTC(2025, 6, 1)), 'A'],
        // 99,96% (seed 004 line 56) where a count of people is expected
        ['provinces-lower-secondary-level-3', n(0.9996, '0.00%'), 100, null, 'A'],
        // 45 of 63 = 71,43% ≥ 70% (Decision 1373, Mục II.2.a, 2025), by hand
        ['provinces-preschool-kindergarten-age', 45, 63, null, 'A'],
      ],
    });
    const r = await xhht(['evaluate', 'd.xlsx', '--year', '2025', '--format', 'json'], { 'd.xlsx': bytes });
    expect(r.code).toBe(1);
    const err = lines(r.stderr);
    expect(err[0]).toMatch(
      /^d\.xlsx:Sheet1!B2: numerator: "19\.739,5": số lượng là số nguyên, nhưng phần thập phân ",5" khác 0 \(invalid-count\)$/,
    );
    expect(err[1]).toMatch(/^d\.xlsx:Sheet1!C3: denominator: ô chứa giá trị lỗi #DIV\/0!.*\(invalid-cell\)$/);
    expect(err[2]).toMatch(/^d\.xlsx:Sheet1!D4: share: ô chứa ngày \(2025-07-01\), không phải số.*\(invalid-cell\)$/);
    expect(err[3]).toMatch(/^d\.xlsx:Sheet1!B5: numerator: .*"99,96%".*\(invalid-number-format\)$/);
    expect(err[4]).toBe(
      'd.xlsx: 4/5 dòng số liệu không được dùng (xem các dòng trên); báo cáo chỉ gồm các dòng còn lại',
    );
    // the rejected rows are figures that were reported: not usable, not "not reported"
    const report = JSON.parse(r.stdout) as AttainmentReport;
    for (const id of [
      'provinces-literacy-level-2',
      'provinces-primary-level-3',
      'provinces-lower-secondary-level-2',
      'provinces-lower-secondary-level-3',
    ]) {
      expect(resultOf(report, id), id).toMatchObject({ status: 'no-data', reason: 'rejected-observation' });
    }
    expect(resultOf(report, 'provinces-preschool-kindergarten-age').status).toBe('met');
    // the JSON report names the cell of each problem
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'invalid-count', line: 2, cell: 'Sheet1!B2', field: 'numerator' }),
    );
  });

  it('in the text formats the problems name the cell too (English)', async () => {
    const bytes = await workbook({
      'Số liệu': [
        ['indicator', 'numerator', 'denominator'],
        ['provinces-literacy-level-2', n(19739.5), 63],
      ],
    });
    const r = await xhht(['evaluate', 'd.xlsx', '--year', '2025', '--format', 'markdown', '--lang', 'en'], {
      'd.xlsx': bytes,
    });
    expect(r.stdout).toContain('d.xlsx:\'Số liệu\'!B2: numerator: "19.739,5": a count is a whole number');
  });

  it('a row without an indicator, a value under no header: row and cell references', async () => {
    const bytes = await workbook({
      S: [
        ['indicator', 'numerator', 'denominator'],
        [null, 55, 63],
        ['provinces-literacy-level-2', 55, 63, 'x'],
      ],
    });
    const r = await xhht(['evaluate', 'd.xlsx', '--year', '2025'], { 'd.xlsx': bytes });
    expect(r.code).toBe(1);
    expect(lines(r.stderr).slice(0, 2)).toEqual([
      'd.xlsx:S!A2: indicator: thiếu mã chỉ tiêu (invalid-observation)',
      'd.xlsx:S!D3: có giá trị ở cột không có tiêu đề: hãy đặt tiêu đề cho cột, hoặc xóa giá trị (invalid-xlsx)',
    ]);
  });

  it('no indicator column: the header row is named', async () => {
    const bytes = await workbook({
      S: [
        ['chỉ số', 'tử số'],
        ['x', 1],
      ],
    });
    const r = await xhht(['evaluate', 'd.xlsx'], { 'd.xlsx': bytes });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^d\.xlsx:S!1:1: không có cột "chỉ tiêu" \(indicator\).*\(invalid-xlsx\)\n$/);
  });
});

describe('the layout officials use: titles, blank rows, merged cells', () => {
  it('title rows above the header, blank rows, a unit merged down over its rows', async () => {
    const bytes = await workbook(
      {
        S: [
          ['PHỤ LỤC 2'],
          ['Đơn vị tính: người'],
          [],
          ['STT', 'Đơn vị', 'Chỉ tiêu', 'Tử số', 'Mẫu số'],
          [1, 'Phường Đăk Cấm', TRAINED, n(9287), n(36167)],
          [2, null, UNIVERSITY, n(4340), null],
          [],
          [3, 'Xã B', UNIVERSITY, 100, 1000],
        ],
      },
      (wb) => {
        const ws = wb.getWorksheet('S')!;
        ws.mergeCells('B5:B6');
        ws.mergeCells('E5:E6');
      },
    );
    const r = await xhht(['evaluate', 'd.xlsx', '--year', '2025', '--format', 'json'], { 'd.xlsx': bytes });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as AttainmentByUnit;
    expect(out.reports.map((x) => x.unit)).toEqual(['Phường Đăk Cấm', 'Xã B']);
    expect(resultOf(out.reports[0]!, UNIVERSITY).share).toEqual({ numerator: 4340, denominator: 36167 });
  });

  it('a range merged across columns gives its value to its first column only', async () => {
    const bytes = await workbook(
      {
        S: [
          ['indicator', 'numerator', 'denominator'],
          ['provinces-literacy-level-2', 55, null],
        ],
      },
      (wb) => wb.getWorksheet('S')!.mergeCells('B2:C2'),
    );
    const r = await xhht(['evaluate', 'd.xlsx', '--year', '2025'], { 'd.xlsx': bytes });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('(invalid-observation)');
    expect(r.stderr).toContain('mẫu số');
  });
});

describe('choosing the sheet', () => {
  const two = () =>
    workbook(
      {
        Ẩn: [
          ['indicator', 'count'],
          ['x', 1],
        ],
        'Số liệu': [
          ['indicator', 'numerator', 'denominator'],
          ['provinces-literacy-level-2', 55, 63],
        ],
      },
      (wb) => {
        wb.getWorksheet('Ẩn')!.state = 'hidden';
      },
    );

  it('the first visible sheet by default; --sheet by name, also without case', async () => {
    const bytes = await two();
    for (const argv of [[], ['--sheet', 'Số liệu'], ['--sheet', 'SỐ LIỆU']]) {
      const r = await xhht(['evaluate', 'd.xlsx', '--year', '2025', '--format', 'json', ...argv], { 'd.xlsx': bytes });
      expect(r.code, argv.join(' ')).toBe(0);
      expect(resultOf(JSON.parse(r.stdout), 'provinces-literacy-level-2').status).toBe('met');
    }
  });

  it('an unknown sheet: unknown-sheet, the nearest name and the list', async () => {
    const r = await xhht(['evaluate', 'd.xlsx', '--sheet', 'So lieu 2'], { 'd.xlsx': await two() });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'd.xlsx: không có trang tính "So lieu 2" (có phải ý bạn là "Số liệu"?); các trang tính: "Ẩn", "Số liệu" (unknown-sheet)\n',
    );
  });

  it('--sheet with a CSV file is a usage error', async () => {
    const r = await xhht(['evaluate', 'examples/observations-2024.csv', '--sheet', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sheet');
  });
});

describe('files that are not workbooks', () => {
  it('an old .xls (or a password-protected workbook), text named .xlsx, a damaged archive: invalid-xlsx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    for (const [name, bytes, text] of [
      ['a.xls', ole, 'Excel 97–2003'],
      ['b.xlsx', new TextEncoder().encode('indicator;numerator\n'), 'ZIP'],
      ['c.xlsx', zip, 'không đọc được bảng tính'],
    ] as const) {
      const r = await xhht(['evaluate', name, '--year', '2025'], { [name]: bytes });
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toContain(text);
      expect(r.stderr, name).toMatch(/\(invalid-xlsx\)\n$/);
    }
  });

  it('a workbook under another name is still read as one', async () => {
    const bytes = await workbook({
      S: [
        ['indicator', 'numerator', 'denominator'],
        ['provinces-literacy-level-2', 55, 63],
      ],
    });
    const r = await xhht(['evaluate', 'so-lieu', '--year', '2025', '--format', 'json'], { 'so-lieu': bytes });
    expect(r.code).toBe(0);
  });
});

describe('assess-communes communes.xlsx', () => {
  const HEADER = [
    'STT',
    'Mã',
    'Tên',
    'Tỉnh',
    'Số người 15-35 tuổi',
    'Số người 15-35 tuổi biết chữ mức độ 1',
    'Số người 15-60 tuổi',
    'Số người 15-60 tuổi biết chữ mức độ 2',
  ];

  it("Đăk Cấm's counts (seed 004 lines 45–56) as number cells: 100,00% and 99,96%", async () => {
    const bytes = await workbook({
      Xã: [HEADER, [1, 'dak-cam', 'Phường Đăk Cấm', 'quang-ngai', n(9399), n(9399), n(19747), n(19739)]],
    });
    const r = await xhht(['assess-communes', 'x.xlsx', '--standards', 'xmc', '--format', 'csv', '--lang', 'en'], {
      'x.xlsx': bytes,
    });
    expect(r.stderr).toBe('');
    const dakCam = r.stdout.split('\r\n').find((l) => l.includes('dak-cam'))!;
    expect(dakCam).toContain('100.00%');
    expect(dakCam).toContain('99.96%');
    // the commune's row in the sheet
    expect(dakCam.split(',').slice(0, 3)).toEqual(['commune', '2', 'dak-cam']);
  });

  it('a bad count cell keeps the commune in the roll-up, undetermined, with its cell', async () => {
    const bytes = await workbook({
      Xã: [
        HEADER,
        [1, 'xa-a', 'Xã A', 'tinh-x', 3200, 3150, 6400, 5900],
        [2, 'xa-b', 'Xã B', 'tinh-x', 3200, 3150, 6400, n(5899.5)],
      ],
    });
    const r = await xhht(['assess-communes', 'x.xlsx', '--standards', 'xmc', '--format', 'json', '--lang', 'en'], {
      'x.xlsx': bytes,
    });
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toMatch(
      /^x\.xlsx:Xã!H3: Số người 15-60 tuổi biết chữ mức độ 2: "5\.899,5": a count is a whole number/,
    );
    const out = JSON.parse(r.stdout) as {
      communes: { id: string; line: number; standards: { xmc: { level: unknown } } }[];
      diagnostics: { cell?: string }[];
    };
    expect(out.communes.map((c) => [c.id, c.line])).toEqual([
      ['xa-a', 2],
      ['xa-b', 3],
    ]);
    expect(out.communes[1]!.standards.xmc.level).toBe('unknown');
    expect(out.diagnostics[0]!.cell).toBe('Xã!H3');
  });

  it('the bundled workbook: --sheet Xã', async () => {
    const r = await xhht([
      'assess-communes',
      'examples/dak-cam-2025.xlsx',
      '--sheet',
      'Xã',
      '--standards',
      'xmc',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('99,96%');
  });
});
