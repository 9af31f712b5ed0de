/**
 * One sheet of an Excel workbook (.xlsx) as a {@link Table}, the shape every
 * reader of the command line takes. The xlsx library (exceljs) is loaded here,
 * when a workbook is read, and nowhere in the library's import graph.
 *
 * What a cell gives (see `cellText` for how a column reads it):
 * - a number cell its number (a percent-formatted one is marked as a
 *   percentage: Excel stores "99,96%" as 0.9996), never the text the number
 *   format shows, so 19739.5 shown as "19.740" is still 19739.5;
 * - a text cell its text, read by the Vietnamese parsers like a CSV field;
 * - a formula its saved result (a formula whose result was never saved, as
 *   a program may write it, is empty); a date cell its date; TRUE / FALSE;
 *   an error value (`#N/A`) is kept as an error, reported where a column reads it;
 * - a merged range its value in every row of its first column (a unit name
 *   merged down over several rows names each of them), and nothing in its
 *   other columns.
 * Rows that are entirely empty are skipped, as blank lines of a CSV file.
 */
import type { Workbook, Worksheet, Cell, CellValue } from 'exceljs';
import { InputError } from '../diagnostics.js';
import { didYouMean } from '../suggest.js';
import { cellName } from '../../plans/table-words.js';
import { squashHeader } from '../headers.js';
import { tableOf, type Table, type TableCell, type TableRecord, type TableRecords } from '../table.js';
import { loadExcelJs } from './workbook.js';
import { say, messageFields, type Text } from '../../messages/say.js';
import { CLI } from '../../messages/sections.js';

/**
 * Options of {@link readSheet}.
 *
 * @example
 * const o: ReadSheetOptions = { sheet: 'Số liệu' };
 */
export interface ReadSheetOptions {
  /** The sheet to read, by name (default: the first visible sheet). */
  readonly sheet?: string;
  /**
   * Without `sheet`: names of the sheet to read when the workbook has one
   * (compared without case, marks, spaces or punctuation: "KẾ HOẠCH" is
   * "Kế hoạch"), before the first visible sheet.
   */
  readonly prefer?: readonly string[];
}

/**
 * Reads one sheet of an .xlsx workbook as a table: the header row (title rows
 * above it skipped, see `tableFromRecords`) and the records after it, each cell
 * with its type, and cell references (`'Số liệu'!D7`) for messages.
 *
 * @param bytes - the file's bytes
 * @param file - its name, for messages
 * @param options - `sheet`: the sheet's name (default: the first visible sheet)
 * @returns the table
 * @throws InputError `invalid-xlsx` for bytes that are no readable workbook (an old .xls, a password-protected file, a damaged one) or a workbook without a visible sheet, or an empty sheet; `unknown-sheet` for a name the workbook lacks (with the nearest name and the list)
 * @example
 * const table = await readSheet(await readFile('examples/dak-cam-2025.xlsx'), 'dak-cam-2025.xlsx', { sheet: 'Chỉ tiêu' });
 * table.header.fields[0]; // 'STT'
 */
export async function readSheet(bytes: Uint8Array, file: string, options: ReadSheetOptions = {}): Promise<Table> {
  return tableOf(await readSheetRecords(bytes, file, options));
}

/**
 * Every record of one sheet of an .xlsx workbook, each cell with its type, and
 * cell references (`'Kế hoạch'!I17`) for messages: what {@link readSheet} reads
 * its table from, for a reader that wants the whole sheet.
 *
 * @param bytes - the file's bytes
 * @param file - its name, for messages
 * @param options - `sheet`, or `prefer`red names (default: the first visible sheet)
 * @throws InputError `invalid-xlsx`, `unknown-sheet` as {@link readSheet}
 * @example
 * const { sheet, records } = await readSheetRecords(bytes, 'ke-hoach.xlsx', { prefer: ['Kế hoạch', 'Plan'] });
 */
export async function readSheetRecords(
  bytes: Uint8Array,
  file: string,
  options: ReadSheetOptions = {},
): Promise<TableRecords> {
  const workbook = await loadWorkbook(bytes, file);
  const sheet = chooseSheet(workbook, file, options);
  const name = sheet.name;
  const records: TableRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const fields: TableCell[] = [];
    for (let c = 1; c <= row.cellCount; c++) fields.push(tableCell(row.getCell(c)));
    // trailing empty cells say nothing; a row of empty cells is a blank row
    while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
    if (fields.length > 0) records.push({ line, fields });
  });
  const prefix = `${sheetRef(name)}!`;
  return {
    file,
    sheet: name,
    records,
    cellRef: (line, column) =>
      column === undefined ? `${prefix}${line}:${line}` : `${prefix}${cellName(line, column + 1)}`,
  };
}

/**
 * A sheet name as a cell reference writes it: as is when it is one word of
 * letters, digits and `_` (`Sheet1`), else in single quotes with a quote
 * inside doubled (`'Số liệu'`), as Excel's Name Box and formulas take it.
 *
 * @example
 * sheetRef('Sheet1');  // 'Sheet1'
 * sheetRef('Số liệu'); // "'Số liệu'"
 */
export function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}

/** The workbook of the bytes, or an `invalid-xlsx` error that says what the file looks like. */
async function loadWorkbook(bytes: Uint8Array, file: string): Promise<Workbook> {
  const fail = (text: Text) =>
    new InputError([{ severity: 'error', code: 'invalid-xlsx', file, ...messageFields(text) }]);
  // an OLE2 compound file: an Excel 97–2003 workbook, or an .xlsx under a password (encrypted into one)
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw fail(say(CLI, 'invalid-xlsx.xls-or-password'));
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw fail(say(CLI, 'invalid-xlsx.not-zip'));
  }
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw fail(say(CLI, 'invalid-xlsx.unreadable', { why }));
  }
  return workbook;
}

/** The sheet named (exactly, else the only one equal without case), else a preferred one, else the first visible one. */
function chooseSheet(workbook: Workbook, file: string, options: ReadSheetOptions): Worksheet {
  const sheets = workbook.worksheets; // in tab order
  const names = sheets.map((s) => s.name);
  const wanted = options.sheet;
  if (wanted === undefined) {
    const preferred = new Set((options.prefer ?? []).map(squashHeader));
    const visible =
      sheets.find((s) => preferred.has(squashHeader(s.name))) ?? sheets.find((s) => s.state === 'visible');
    if (visible) return visible;
    throw new InputError([
      {
        severity: 'error',
        code: 'invalid-xlsx',
        file,
        ...messageFields(say(CLI, 'invalid-xlsx.no-visible-sheet')),
      },
    ]);
  }
  const key = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');
  const exact = sheets.find((s) => s.name.normalize('NFC') === wanted.normalize('NFC').trim());
  if (exact) return exact;
  const loose = sheets.filter((s) => key(s.name) === key(wanted));
  if (loose.length === 1) return loose[0]!;
  const hint = didYouMean(wanted, names);
  const list = names.map((n) => JSON.stringify(n)).join(', ');
  throw new InputError([
    {
      severity: 'error',
      code: 'unknown-sheet',
      file,
      ...messageFields(say(CLI, 'unknown-sheet', { wanted: JSON.stringify(wanted), hint: hint, list })),
    },
  ]);
}

/** A cell as the table gives it: text, a typed value, or `''` when empty. */
function tableCell(cell: Cell): TableCell {
  // a merged range: its value in every row of its first column, nothing in its other columns
  if (cell.isMerged && cell.master !== cell && cell.master.col !== cell.col) return '';
  const source = cell.isMerged ? cell.master : cell;
  return valueCell(source.value, source.numFmt);
}

/** A cell value of exceljs (formulas by their saved result) as a table cell. */
function valueCell(value: CellValue | undefined, numFmt: string | undefined): TableCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return { kind: 'number', value, percent: isPercentFormat(numFmt) };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', value: value.toISOString().slice(0, 10) };
  if ('error' in value) return { kind: 'error', value: String(value.error) };
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return valueCell(value.result as CellValue | undefined, numFmt);
  if ('hyperlink' in value) return valueCell(value.text as CellValue, numFmt);
  return '';
}

/** True when a number format shows the value as a percentage: a `%` outside quoted text and escapes. */
function isPercentFormat(numFmt: string | undefined): boolean {
  if (numFmt === undefined) return false;
  // the first section (positive numbers) decides, as it does for the value's display
  const section = numFmt.replace(/"[^"]*"|\\./g, '').split(';')[0] ?? '';
  return section.includes('%');
}
