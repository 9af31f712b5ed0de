import { describe, expect, it } from 'vitest';
import { checkFormatOptions } from '../../src/cli/format-options.js';
import { xhht } from './helpers.js';

/*
 * Issue 10 §4 and §5: an option that shapes one format only is a usage error with any other
 * format, never silently ignored: the CSV written (--delimiter, --bom, --no-bom: csv) and the
 * letterhead of an official appendix (--issuer …: html, docx). The formats that are files
 * (xlsx, docx) need --out. One check, one message, in every command.
 */
const NATIONAL = ['evaluate', 'examples/national-2024.json', '--year', '2025'];

describe('an option given with a format it does not shape', () => {
  it.each([
    [
      [...NATIONAL, '--format', 'json', '--delimiter', ';'],
      /^xhht: --delimiter: chỉ dùng với --format csv, mà định dạng đang là json; dấu phân cách của tệp CSV đầu vào/m,
    ],
    [[...NATIONAL, '--format', 'html', '--bom'], /--bom: chỉ dùng với --format csv, mà định dạng đang là html/],
    [[...NATIONAL, '--out', 'a.xlsx', '--no-bom'], /--no-bom: chỉ dùng với --format csv, mà định dạng đang là xlsx/],
    [
      [...NATIONAL, '--format', 'csv', '--issuer', 'UBND xã A', '--place', 'A'],
      /--issuer, --place: chỉ dùng với --format html hoặc docx, mà định dạng đang là csv/,
    ],
    [
      [...NATIONAL, '--out', 'a.xlsx', '--appendix', '2'],
      /--appendix: chỉ dùng với --format html hoặc docx, mà định dạng đang là xlsx/,
    ],
    [
      ['plans', '--format', 'markdown', '-d', 'tab'],
      /-delimiter: chỉ dùng với --format csv, mà định dạng đang là markdown/,
    ],
    [['indicators', '--bom'], /--bom: chỉ dùng với --format csv, mà định dạng đang là table/],
    [
      ['assess-communes', 'examples/communes-sample.csv', '--format', 'json', '--no-bom'],
      /--no-bom: chỉ dùng với --format csv, mà định dạng đang là json/,
    ],
  ])('%j', async (argv, message) => {
    const r = await xhht(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(r.written.size + r.bytes.size).toBe(0);
  });

  it('every misplaced option at once, in English too', () => {
    expect(() => checkFormatOptions({ delimiter: ';', issuer: 'x' }, 'markdown', undefined, 'evaluate')).toThrow(
      '--delimiter: only for --format csv, and the format is markdown; the delimiter of a CSV input is detected from its header row; --issuer: only for --format html or docx, and the format is markdown',
    );
  });

  it('with the format they shape they are fine; --wide is a display preference, accepted with every format', () => {
    expect(() => checkFormatOptions({ delimiter: ';', bom: true }, 'csv', undefined, 'plans')).not.toThrow();
    expect(() => checkFormatOptions({ issuer: 'x' }, 'docx', 'a.docx', 'evaluate')).not.toThrow();
    expect(() => checkFormatOptions({ issuer: 'x' }, 'html', undefined, 'evaluate')).not.toThrow();
    expect(() => checkFormatOptions({ wide: true }, 'markdown', undefined, 'evaluate')).not.toThrow();
  });
});

describe('a format that is a file needs --out', () => {
  it.each([
    [
      [...NATIONAL, '--format', 'xlsx'],
      /--format xlsx cần --out: bảng tính Excel được ghi ra tệp, ví dụ --out bang-tinh.xlsx/,
    ],
    [
      [...NATIONAL, '--format', 'docx'],
      /--format docx cần --out: văn bản Word được ghi ra tệp, ví dụ --out phu-luc.docx/,
    ],
    [['assess-communes', 'examples/communes-sample.csv', '--format', 'xlsx'], /--format xlsx cần --out/],
    [
      ['plan', 'init', '--extends', 'qd-1373', '--format', 'xlsx', '--lang', 'en'],
      /--format xlsx needs --out: an Excel workbook is written to a file/,
    ],
  ])('%j', async (argv, message) => {
    const r = await xhht(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('the extension of --out picks either', async () => {
    const xlsx = await xhht([...NATIONAL, '--out', 'r.xlsx']);
    const docx = await xhht([...NATIONAL, '--out', 'r.docx']);
    // both are zip files ("PK"); the workbook has xl/, the Word file word/
    const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');
    expect(text(xlsx.bytes.get('r.xlsx')!)).toContain('xl/workbook.xml');
    expect(text(docx.bytes.get('r.docx')!)).toContain('word/document.xml');
  });
});
