import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xhht } from './helpers.js';
import { readWorkbook } from './workbook.js';

/*
 * The spreadsheet outputs of `assess-communes` (CSV for Excel, issue 10 §4; .xlsx, §3) carry what
 * the readings branch added to the table: a "Công nhận …" column beside each standard's level,
 * the rate of the 11–14 cohort the default reading decides primary level 1 on, and (in the
 * workbook, as in the text formats) the readings used and the sources of the authorities named.
 *
 * Primary level 1, criterion b (Decree 20/2014 Art. 9: "trẻ em đến 14 tuổi hoàn thành chương trình
 * giáo dục tiểu học" ≥ 80%) over ages 11–14 by default. Counts are invented: 988 of 1.234 = 80,06%
 * (by hand: 98 800 / 1 234 = 80,064…); 790 of 1.000 = 79,00% for the 14-year-olds.
 */

const FILE = [
  'Mã xã;Tỉnh;Số trẻ 11-14 tuổi phải phổ cập;Số trẻ 11-14 tuổi hoàn thành chương trình tiểu học',
  'x1;p;1.234;988',
  '',
].join('\n');
const OLD = [
  'Mã xã;Tỉnh;Số trẻ 14 tuổi phải phổ cập;Số trẻ 14 tuổi hoàn thành chương trình tiểu học',
  'x1;p;1.000;790',
  '',
].join('\n');
const RATE_11_14 = '% trẻ em 11–14 tuổi hoàn thành chương trình giáo dục tiểu học';

/** The text of column A of every row of a sheet: the lines written under the table. */
function columnA(ws: ExcelJS.Worksheet): string[] {
  return [...Array(ws.rowCount).keys()].map((i) => String(ws.getRow(i + 1).getCell(1).value ?? ''));
}

describe('assess-communes --format csv: the recognition and rate columns, for a Vietnamese Excel', () => {
  it('";", a "Công nhận PCGD TH" column after the level, the 11–14 rate with a decimal comma', async () => {
    const r = await xhht(['assess-communes', 'c.csv', '--standards', 'pcgd-th', '--format', 'csv'], { 'c.csv': FILE });
    expect(r.stderr).toBe('');
    const [header, row] = r.stdout.split('\r\n').map((l) => l.split(';'));
    const level = header!.indexOf('PCGD TH');
    expect(level).toBeGreaterThan(0);
    expect(header![level + 1]).toBe('Công nhận PCGD TH');
    expect(row![level + 1]).not.toBe('');
    expect(row![header!.indexOf(RATE_11_14)]).toBe('80,06%');
  });

  it('in English: "," and "Recognised by (PCGD TH)"', async () => {
    const r = await xhht(['assess-communes', 'c.csv', '--standards', 'pcgd-th', '--format', 'csv', '--lang', 'en'], {
      'c.csv': FILE,
    });
    const header = r.stdout.split('\r\n')[0]!.split(',');
    expect(header[header.indexOf('PCGD TH') + 1]).toBe('Recognised by (PCGD TH)');
  });
});

describe('assess-communes --format xlsx: the same columns, and the readings and authorities under the table', () => {
  async function workbookOf(file: string, ...argv: string[]): Promise<ExcelJS.Workbook> {
    const r = await xhht(['assess-communes', 'c.csv', '--standards', 'pcgd-th', '--out', 'k.xlsx', ...argv], {
      'c.csv': file,
    });
    expect(r.code).toBe(0);
    return readWorkbook(r.bytes.get('k.xlsx')!);
  }

  it('the communes sheet: the level, who recognises it as the CSV says, the 11–14 rate as a percent cell', async () => {
    const csv = await xhht(['assess-communes', 'c.csv', '--standards', 'pcgd-th', '--format', 'csv'], {
      'c.csv': FILE,
    });
    const [csvHeader, csvRow] = csv.stdout.split('\r\n').map((l) => l.split(';'));
    const ws = (await workbookOf(FILE)).getWorksheet('Xã')!;
    const header = Array.from({ length: ws.columnCount }, (_, c) => ws.getRow(3).getCell(c + 1).value);
    expect(header).toEqual(csvHeader);
    const level = header.indexOf('PCGD TH') + 1;
    expect(ws.getRow(4).getCell(level + 1).value).toBe(csvRow![level]);
    const rate = ws.getRow(4).getCell(header.indexOf(RATE_11_14) + 1);
    expect([rate.value, rate.numFmt]).toEqual([0.8006, '0.00%']);
  });

  it('both sheets name the reading used (the default marked) and list the authorities with their sources', async () => {
    const wb = await workbookOf(FILE);
    for (const name of ['Xã', 'Tổng hợp']) {
      const lines = columnA(wb.getWorksheet(name)!);
      expect(lines, name).toContain('Cách hiểu quy định (chọn cách khác bằng --reading <mã>=<phương án>):');
      expect(
        lines.some((l) => l.startsWith('pcgd-th-1.completion = 11-14 (mặc định): ')),
        name,
      ).toBe(true);
      const at = lines.indexOf('Thẩm quyền công nhận (* = chưa xác minh):');
      expect(at, name).toBeGreaterThan(0);
      // each authority with the document it comes from: "xã: … — Nghị định …"
      expect(lines[at + 1], name).toMatch(/^(xã|tỉnh): .+ — .+/);
    }
  });

  it('--reading pcgd-th-1.completion=14: the sheet says the option chosen, without "(mặc định)"', async () => {
    const lines = columnA((await workbookOf(OLD, '--reading', 'pcgd-th-1.completion=14')).getWorksheet('Xã')!);
    expect(lines.filter((l) => l.startsWith('pcgd-th-1.completion = '))).toEqual([
      expect.stringMatching(/^pcgd-th-1\.completion = 14: /),
    ]);
  });
});
