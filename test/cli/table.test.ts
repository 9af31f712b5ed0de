import { describe, expect, it } from 'vitest';
import { parseCountCell } from '../../src/cli/cells.js';
import { InputError } from '../../src/cli/diagnostics.js';
import { cellText, isBlankCell, tableFromRecords, type TableRecord } from '../../src/cli/table.js';
import { COUNT_FORMAT, countCell, percentCell } from '../../src/cli/xlsx/formats.js';
import { sheetRef } from '../../src/cli/xlsx/read.js';
import { cellName } from '../../src/plans/table-words.js';
import { sheetNames } from '../../src/cli/xlsx/sheet-names.js';
import { isXhhtError } from '../../src/errors.js';
import { parseViPercentDecimal } from '../../src/vi/percent.js';

const num = (value: number, percent = false) => ({ kind: 'number' as const, value, percent });

describe('cellText: a typed sheet cell as the text the Vietnamese parsers read', () => {
  it('a number cell is its number, never the text its format shows', () => {
    // seed 004 line 56: 19.739 literate at level 2
    expect(cellText(num(19739), 'number')).toBe('19.739');
    expect(parseCountCell(cellText(num(19739), 'number'))).toBe(19739);
    // shown "19.740" by a "#,##0" format, the cell holds 19739.5: a count with a fraction is refused
    expect(cellText(num(19739.5), 'number')).toBe('19.739,5');
    expect(() => parseCountCell(cellText(num(19739.5), 'number'))).toThrow(
      expect.objectContaining({ code: 'invalid-count' }),
    );
    // a number typed with an English decimal point in an English Excel: 19.739 is nineteen point seven three nine
    expect(() => parseCountCell(cellText(num(19.739), 'number'))).toThrow(
      expect.objectContaining({ code: 'invalid-count' }),
    );
  });

  it('a percent-formatted cell is a percentage: Excel stores 99,96% as 0.9996', () => {
    // seed 004 line 56: "tỷ lệ 99,96%"
    expect(cellText(num(0.9996, true), 'number')).toBe('99,96%');
    expect(parseViPercentDecimal(cellText(num(0.9996, true), 'number'))).toBe('99.96');
    // 100% (seed 004 line 43: 4.811/4.811, "tỷ lệ 100%")
    expect(cellText(num(1, true), 'number')).toBe('100%');
    // the same number without a percent format is the number as written
    expect(cellText(num(99.96), 'number')).toBe('99,96');
  });

  it('a number in a text column is written plain: an id 10321 is not "10.321"', () => {
    expect(cellText(num(10321))).toBe('10321');
    expect(cellText(num(0.5))).toBe('0.5');
  });

  it('dates, booleans, text', () => {
    expect(cellText({ kind: 'date', value: '2024-12-31' }, 'date')).toBe('2024-12-31');
    expect(cellText({ kind: 'date', value: '2024-12-31' })).toBe('2024-12-31');
    expect(cellText({ kind: 'boolean', value: true })).toBe('true');
    expect(cellText('  Phường Đăk Cấm ')).toBe('Phường Đăk Cấm');
  });

  it('an error value, or a date where a number is expected, is invalid-cell', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isXhhtError(e) ? e.code : 'not an XhhtError';
      }
      return 'no error';
    };
    expect(code(() => cellText({ kind: 'error', value: '#DIV/0!' }, 'number'))).toBe('invalid-cell');
    expect(code(() => cellText({ kind: 'error', value: '#N/A' }))).toBe('invalid-cell');
    // "55/63" typed into a General cell can become a date in Excel; "1/7" does
    expect(code(() => cellText({ kind: 'date', value: '2025-07-01' }, 'number'))).toBe('invalid-cell');
  });

  it('isBlankCell: empty text only', () => {
    expect(isBlankCell('')).toBe(true);
    expect(isBlankCell(' \t')).toBe(true);
    expect(isBlankCell(undefined)).toBe(true);
    expect(isBlankCell(num(0))).toBe(false);
    expect(isBlankCell({ kind: 'error', value: '#N/A' })).toBe(false);
  });
});

describe('tableFromRecords: the header row, title rows above it, empty files', () => {
  const rec = (line: number, ...fields: string[]): TableRecord => ({ line, fields });

  it('title rows of one cell above the header are skipped', () => {
    const t = tableFromRecords('a.csv', [
      rec(1, 'PHỤ LỤC 2', '', ''),
      rec(2, 'Đơn vị tính: người'),
      rec(4, 'chỉ tiêu', 'tử số', 'mẫu số'),
      rec(5, 'x', '1', '2'),
    ]);
    expect(t.header).toEqual({ line: 4, fields: ['chỉ tiêu', 'tử số', 'mẫu số'] });
    expect(t.rows).toEqual([rec(5, 'x', '1', '2')]);
    expect(t.cellRef(5, 1)).toBeUndefined();
  });

  it('a table of one column still has its header', () => {
    const t = tableFromRecords('a.csv', [rec(1, 'indicator'), rec(2, 'x')]);
    expect(t.header.line).toBe(1);
  });

  it('an empty file, or a header without data, is an input error with the line', () => {
    const diagnostics = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof InputError) return e.diagnostics;
      }
      return [];
    };
    expect(diagnostics(() => tableFromRecords('a.csv', []))[0]).toMatchObject({ code: 'invalid-csv', file: 'a.csv' });
    expect(diagnostics(() => tableFromRecords('a.csv', [rec(1, 'a', 'b'), rec(2, '', '')]))[0]).toMatchObject({
      code: 'invalid-csv',
      line: 1,
    });
    const sheet = {
      sheet: 'Sheet1',
      cellRef: (line: number, c?: number) =>
        c === undefined ? `Sheet1!${line}:${line}` : `Sheet1!${cellName(line, c + 1)}`,
    };
    expect(diagnostics(() => tableFromRecords('a.xlsx', [rec(3, 'a', 'b')], sheet))[0]).toMatchObject({
      code: 'invalid-xlsx',
      line: 3,
      cell: 'Sheet1!3:3',
    });
  });
});

describe('cell references', () => {
  it('the column letters of a cell reference (cellName, shared with plan tables): A, Z, AA, AZ, BA', () => {
    expect([1, 4, 26, 27, 52, 53, 702, 703].map((c) => cellName(7, c))).toEqual([
      'A7',
      'D7',
      'Z7',
      'AA7',
      'AZ7',
      'BA7',
      'ZZ7',
      'AAA7',
    ]);
  });

  it('sheetRef quotes a name with spaces or punctuation, as Excel writes it', () => {
    expect(sheetRef('Sheet1')).toBe('Sheet1');
    expect(sheetRef('Xã')).toBe('Xã');
    expect(sheetRef('Số liệu')).toBe("'Số liệu'");
    expect(sheetRef("Xã's")).toBe("'Xã''s'");
    expect(sheetRef('2025')).toBe("'2025'");
  });
});

describe('sheetNames: names Excel accepts', () => {
  it('forbidden characters, 31 characters, case-insensitive uniqueness, empty names', () => {
    const names = sheetNames([
      'Xã A/B',
      'xã a-b',
      '',
      "'Quoted'",
      'History',
      'Phường Đăk Cấm, thành phố Kon Tum, tỉnh Quảng Ngãi',
      'Phường Đăk Cấm, thành phố Kon Tum, tỉnh Kon Tum',
    ]);
    expect(names[0]).toBe('Xã A-B');
    expect(names[1]).toBe('xã a-b (2)');
    expect(names[2]).toBe('Trang 3');
    expect(names[3]).toBe('Quoted');
    expect(names[4]).toBe('History (2)');
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
      expect(n).not.toMatch(/^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[6]).toMatch(/ \(2\)$/);
  });

  it('a unit named like the summary sheet gets another name', () => {
    expect(sheetNames(['Tổng hợp', 'Tỉnh A'], { taken: ['Tổng hợp'] })).toEqual(['Tổng hợp (2)', 'Tỉnh A']);
  });
});

describe('number cells of the workbooks written', () => {
  it('a percentage holds the displayed value, with the displayed places', () => {
    // 4.340 of 36.167 is displayed "11.99" (issue 9.2): the cell is 0.1199 "0.00%", Excel shows 11,99%
    expect(percentCell('11.99')).toEqual({ value: 0.1199, numFmt: '0.00%' });
    // Decision 1373, Mục II.2.a: 70% (2025)
    expect(percentCell('70')).toEqual({ value: 0.7, numFmt: '0%' });
    expect(percentCell('99.1')).toEqual({ value: 0.991, numFmt: '0.0%' });
    expect(percentCell('1.5', { prefix: 'tối đa ' })).toEqual({ value: 0.015, numFmt: '"tối đa "0.0%' });
    expect(percentCell('100', { suffix: ' (phấn đấu)' })).toEqual({ value: 1, numFmt: '0%" (phấn đấu)"' });
  });

  it('a count is a number with a thousands format', () => {
    expect(countCell(19739)).toEqual({ value: 19739, numFmt: COUNT_FORMAT });
    expect(COUNT_FORMAT).toBe('#,##0');
  });
});
