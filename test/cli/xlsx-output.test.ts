import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeAttainment } from '../../src/attainment/compute.js';
import type { AttainmentReport } from '../../src/attainment/result.js';
import { parseCsv as parseReportCsv } from '../report/csv-parse.js';
import { comparisonTable } from '../../src/report/comparison-table.js';
import { renderCsv } from '../../src/report/csv.js';
import { sourceLines } from '../../src/report/document.js';
import { reportTable } from '../../src/report/table.js';
import { REPORT_OBSERVATIONS, REPORT_PLAN } from '../report/fixtures.js';
import { xhht } from './helpers.js';
import { readWorkbook, workbook } from './workbook.js';

/*
 * Issue 10 §3: `--format xlsx` writes the appendix as a workbook. Read back with exceljs, it is
 * the report: every row, value, number format, verdict and note.
 *
 * Figures: seed 004 (phường Đăk Cấm), Mục II.3 (line 65): 9.287 trained, 4.340 university or
 * higher; of 36.167 aged 15+ (the example of issue 9 §2). 4.340/36.167 = 11,99988…% is displayed
 * "11,99" against the 12% minimum of Decision 1373 (Mục II.2.b, 2025): the cell must hold 0.1199,
 * never 0.119998…, which Excel would show as 12,00% beside "Không đạt".
 */

const TRAINED = 'population-15plus-technical-qualification';
const UNIVERSITY = 'population-15plus-university-or-higher';
const CSV = `chỉ tiêu;tử số;mẫu số;đơn vị;nguồn\n${TRAINED};9.287;36.167;Phường Đăk Cấm;Báo cáo sơ kết\n${UNIVERSITY};4.340;36.167;Phường Đăk Cấm;Báo cáo sơ kết\n`;

/** The cells of a row from column 1, as exceljs reads them (merged slaves as their master). */
function values(ws: ExcelJS.Worksheet, row: number, width: number): unknown[] {
  return Array.from({ length: width }, (_, c) => ws.getRow(row).getCell(c + 1).value ?? null);
}

/** The text of a note (cell comment) as exceljs reads it back. */
function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as unknown;
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  return (note as { texts: { text: string }[] }).texts.map((t) => t.text).join('');
}

/** The report the command computes, through the library, for the same rows. */
function libraryReport(): AttainmentReport {
  return computeAttainment({
    plan: 'qd-1373',
    year: 2025,
    observations: [
      { indicator: TRAINED, numerator: 9287, denominator: 36167, unit: 'Phường Đăk Cấm', source: 'Báo cáo sơ kết' },
      { indicator: UNIVERSITY, numerator: 4340, denominator: 36167, unit: 'Phường Đăk Cấm', source: 'Báo cáo sơ kết' },
    ],
  });
}

async function written(
  argv: readonly string[],
  files: Record<string, string | Uint8Array>,
  out: string,
): Promise<ExcelJS.Workbook> {
  const r = await xhht([...argv, '--out', out], files);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return readWorkbook(r.bytes.get(out)!);
}

describe('evaluate --format xlsx: one report', () => {
  it('the percentage cell holds the displayed value: 0.1199 with "0.00%", never the float of 4.340/36.167', async () => {
    const wb = await written(['evaluate', 'd.csv', '--year', '2025'], { 'd.csv': CSV }, 'bao-cao.xlsx');
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Phường Đăk Cấm');
    const row = [...Array(ws.rowCount).keys()]
      .map((i) => ws.getRow(i + 1))
      .find((r) => r.getCell(2).value === 'Tỷ lệ dân số có trình độ đại học trở lên')!;
    expect(row.getCell(3).value).toBe(0.12);
    expect(row.getCell(3).numFmt).toBe('0%');
    expect(row.getCell(4).value).toBe(0.1199);
    expect(row.getCell(4).numFmt).toBe('0.00%');
    expect(row.getCell(5).value).toBe(4340);
    expect(row.getCell(5).numFmt).toBe('#,##0');
    expect(row.getCell(6).value).toBe(36167);
    expect(row.getCell(7).value).toBe('Không đạt');
  });

  it('every row equals the report: headings, groups, values, formats, verdicts, notes, sources, summary', async () => {
    const wb = await written(['evaluate', 'd.csv', '--year', '2025'], { 'd.csv': CSV }, 'r.xlsx');
    const ws = wb.worksheets[0]!;
    const report = libraryReport();
    const table = reportTable(report, 'vi');
    // the full citation of each row's target, as the CSV report writes it in its source column
    const csvRows = parseReportCsv(renderCsv(report));
    const sourceOf = new Map(
      csvRows.slice(1).map((r) => [r[csvRows[0]!.indexOf('indicator')]!, r[csvRows[0]!.indexOf('source')]!]),
    );

    expect(ws.getCell('A1').value).toBe(table.title);
    expect(values(ws, 4, 9)).toEqual([
      'STT',
      'Nội dung chỉ tiêu',
      'Mục tiêu 2025',
      'Kết quả',
      'Tử số',
      'Mẫu số',
      'Đánh giá',
      'Ghi chú',
      'Căn cứ',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(40);

    let n = 4;
    for (const row of table.rows) {
      const r = ws.getRow(++n);
      if (row.type === 'group') {
        expect([r.getCell(1).value, r.getCell(2).value]).toEqual([row.key, row.label]);
        continue;
      }
      const res = row.result;
      expect(r.getCell(1).value).toBe(row.index);
      expect(r.getCell(2).value).toBe(row.cells.indicator);
      // the target: its percent as a fraction, "0%" for a whole percent; "(phấn đấu)" written by the format
      expect(Math.round((r.getCell(3).value as number) * 100 * 100) / 100).toBe(Number(res.targetPercent));
      expect(r.getCell(3).numFmt).toBe(res.stretch ? '0%" (phấn đấu)"' : '0%');
      expect(noteText(r.getCell(3))).toBe(sourceOf.get(res.indicator));
      if (res.status === 'no-data') expect(r.getCell(4).value).toBe('—');
      else {
        expect((r.getCell(4).value as number).toFixed(4)).toBe((Number(res.actualPercent) / 100).toFixed(4));
        expect(r.getCell(4).numFmt).toBe('0.00%');
        expect([r.getCell(5).value, r.getCell(6).value]).toEqual([res.share!.numerator, res.share!.denominator]);
      }
      expect(r.getCell(7).value).toBe(row.cells.status);
      expect(r.getCell(8).value).toBe(
        [row.cells.note, ...(res.observation?.source ? [`Nguồn số liệu: ${res.observation.source}`] : [])]
          .filter(Boolean)
          .join('; '),
      );
      expect(r.getCell(9).value).toBe(row.cells.source);
    }
    // under the table: the numbered documents and the summary, as the other formats give them
    const below = [...Array(ws.rowCount - n).keys()]
      .map((i) => ws.getRow(n + 1 + i).getCell(1).value)
      .filter((v) => v !== null);
    expect(below).toEqual(['Căn cứ:', ...sourceLines(table), `Tổng hợp: ${table.summary}`]);
  });

  it('English: headers and words in English; Vietnamese Excel and English Excel show the same cells', async () => {
    const wb = await written(['evaluate', 'd.csv', '--year', '2025', '--lang', 'en'], { 'd.csv': CSV }, 'r.xlsx');
    const ws = wb.worksheets[0]!;
    expect(values(ws, 4, 9)).toEqual([
      'No.',
      'Indicator',
      'Target 2025',
      'Result',
      'Numerator',
      'Denominator',
      'Assessment',
      'Note',
      'Source',
    ]);
    const statuses = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1).getCell(7).value);
    expect(statuses.filter((s) => s === 'Not met')).toHaveLength(2);
  });

  it('counts with "of which" parts, yes/no, stretch and provisional targets, a rejected figure (the report fixture)', async () => {
    const report = computeAttainment({ plan: REPORT_PLAN, year: 2025, observations: REPORT_OBSERVATIONS });
    const rows = REPORT_OBSERVATIONS.map((o) => {
      const x = o as unknown as Record<string, unknown>;
      return [
        x.unit,
        x.indicator,
        x.numerator ?? '',
        x.denominator ?? '',
        x.count ?? '',
        (x.components as Record<string, number> | undefined)?.['level-2'] ?? '',
        x.achieved === undefined ? '' : x.achieved ? 'có' : 'không',
        x.source ?? '',
      ];
    });
    const bytes = await workbook({
      S: [
        ['unit', 'indicator', 'numerator', 'denominator', 'count', 'components.level-2', 'achieved', 'source'],
        ...(rows as never),
      ],
    });
    const r = await xhht(['evaluate', 'd.xlsx', '--plan-file', 'p.json', '--out', 'o.xlsx'], {
      'd.xlsx': bytes,
      'p.json': JSON.stringify(REPORT_PLAN),
    });
    expect(r.code).toBe(1); // the negative numerator
    const ws = (await readWorkbook(r.bytes.get('o.xlsx')!)).worksheets[0]!;
    const find = (label: string) =>
      [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((x) => x.getCell(2).value === label)!;
    const label = (id: string) => report.results.find((x) => x.indicator === id)!.label.vi;
    // Huế 2026 (seed 003 lines 72–74): at least 15 units, of which 5 at level 2; the fixture's 12 and 6
    const units = find(label('units-learning-unit-province'));
    expect([units.getCell(3).value, units.getCell(3).numFmt, units.getCell(4).value, units.getCell(7).value]).toEqual([
      15,
      '#,##0',
      12,
      'Không đạt',
    ]);
    const part = ws.getRow(Number(units.number) + 1);
    expect([part.getCell(2).value, part.getCell(3).value, part.getCell(4).value, part.getCell(7).value]).toEqual([
      'trong đó: Mức độ 2',
      5,
      6,
      'Đạt',
    ]);
    // the stretch target "phấn đấu 100%" and the provisional 99,1% (fixture, from Decision 525/QĐ-TTg)
    expect(find(label('people-15-60-literacy-level-2')).getCell(3).numFmt).toBe('0%" (phấn đấu)"');
    expect(find(label('people-15-60-literacy-level-1')).getCell(3)).toMatchObject({
      value: 0.991,
      numFmt: '0.0%" (tạm thời)"',
    });
    // seed 004 line 56: 19.739/19.747 = 99,96%
    expect(find(label('people-15-60-literacy-level-2')).getCell(4).value).toBe(0.9996);
    // yes/no is text
    expect(find(label('commune-literacy-level-2')).getCell(4).value).toBe('Có');
    // the rejected figure: no data, and the problem is under the table with its cell
    const rejected = find(label('working-age-information-competence'));
    expect([rejected.getCell(4).value, rejected.getCell(7).value]).toEqual(['—', 'Chưa có số liệu']);
    const text = [...Array(ws.rowCount).keys()].map((i) => String(ws.getRow(i + 1).getCell(1).value ?? ''));
    expect(text).toContain('Vấn đề về số liệu đầu vào:');
    expect(text.some((t) => t.includes('d.xlsx:S!C6: numerator:') && t.includes('(invalid-count)'))).toBe(true);
  });

  it('--format xlsx needs --out; .xlsx as --out picks the format', async () => {
    const r = await xhht(['evaluate', 'examples/national-2024.json', '--year', '2025', '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out');
    const ok = await xhht(['evaluate', 'examples/national-2024.json', '--year', '2025', '--out', 'r.xlsx']);
    expect(ok.code).toBe(0);
    expect(ok.bytes.get('r.xlsx')!.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });
});

describe('evaluate --format xlsx: many units', () => {
  // made-up provinces: 55/63 (the 2024 national figure, examples/national-2024.json) and 40/63
  const MANY =
    'đơn vị;chỉ tiêu;tử số;mẫu số\nTỉnh A;provinces-literacy-level-2;55;63\nTỉnh B/C;provinces-literacy-level-2;40;63\nTỉnh A;population-15plus-university-or-higher;4.340;36.167\n';

  it('a summary sheet comparing the units, then one sheet per unit', async () => {
    const wb = await written(['evaluate', 'm.csv', '--year', '2025'], { 'm.csv': MANY }, 'm.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Tỉnh A', 'Tỉnh B-C']);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const r = await xhht(['evaluate', 'm.csv', '--year', '2025', '--format', 'json'], { 'm.csv': MANY });
    const table = comparisonTable(JSON.parse(r.stdout).reports, 'vi');
    const shown = table.columns.filter((c) => c.withData);
    expect(shown.map((c) => c.code)).toEqual(['I.1', 'II.4']);
    // header: the indicator over its result and verdict
    expect(ws.getCell(3, 2).value).toBe(`I.1. ${shown[0]!.label} (mục tiêu 70%)`);
    expect(values(ws, 4, 5).slice(1)).toEqual(['Kết quả', 'Đánh giá', 'Kết quả', 'Đánh giá']);
    // Tỉnh A: 55/63 = 87,30% met; 11,99% not met. Tỉnh B-C: 40/63 = 63,49% not met (by hand)
    expect(ws.getCell(5, 1).value).toEqual({ text: 'Tỉnh A', hyperlink: "#'Tỉnh A'!A1" });
    expect(values(ws, 5, 8).slice(1)).toEqual([0.873, 'Đạt', 0.1199, 'Không đạt', 1, 1, 13]);
    expect(ws.getCell(5, 2).numFmt).toBe('0.00%');
    expect(values(ws, 6, 8).slice(1)).toEqual([0.6349, 'Không đạt', '—', 'Chưa có số liệu', 0, 1, 14]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4 });
  });

  it('--compare: the summary sheet alone', async () => {
    const wb = await written(['evaluate', 'm.csv', '--year', '2025', '--compare'], { 'm.csv': MANY }, 'm.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp']);
    expect(wb.worksheets[0]!.getCell(5, 1).value).toBe('Tỉnh A');
  });
});

describe('assess-communes --format xlsx', () => {
  it('a communes sheet with the rates as numbers and a roll-up sheet', async () => {
    const wb = await written(['assess-communes', 'examples/communes-sample.csv', '--standards', 'xmc'], {}, 'x.xlsx');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Xã', 'Tổng hợp']);
    const ws = wb.getWorksheet('Xã')!;
    const header = values(ws, 3, ws.columnCount) as string[];
    const rate = header.indexOf('% người 15–60 tuổi đạt chuẩn biết chữ mức độ 2') + 1;
    const dakCam = ws.getRow(4);
    expect([dakCam.getCell(1).value, dakCam.getCell(2).value, dakCam.getCell(3).value]).toEqual(['xã', 2, 'dak-cam']);
    // seed 004 line 56: 19.739 of 19.747 = 99,96%
    expect([dakCam.getCell(rate).value, dakCam.getCell(rate).numFmt]).toEqual([0.9996, '0.00%']);
    const rollup = wb.getWorksheet('Tổng hợp')!;
    expect(rollup.getCell(4, 1).value).toBe('tỉnh');
    const texts = [...Array(rollup.rowCount).keys()].map((i) => rollup.getRow(i + 1).getCell(1).value);
    expect(texts).toContain('Toàn bộ (1 tỉnh):');
  });
});
