/**
 * The one door for a table the user names on the command line: a CSV file or
 * one sheet of an Excel workbook (.xlsx), read into the {@link Table} shape the
 * readers take. A reader written against `Table` (observations, communes,
 * plans) reads both formats, with the same columns, aliases and checks; its
 * messages name a CSV line (`data.csv:7`) or a cell (`data.xlsx:Sheet1!D7`).
 *
 *     const table = await readTableFile(io, 'ke-hoach.xlsx', { sheet: 'Kế hoạch' });
 *     for (const row of table.rows) {
 *       const text = cellText(row.fields[2] ?? '', 'number'); // "19.739", "99,96%": Vietnamese parsers read it
 *       // a problem: fromError(e, table.file, table.header.fields[2], row.line, table.cellRef(row.line, 2))
 *     }
 *
 * The xlsx library is loaded only when a workbook is read (see xlsx/read.ts).
 */
import { csvTable } from './csv-file.js';
import type { CsvDelimiter } from './csv.js';
import { UsageError } from './diagnostics.js';
import { decodeInputText, readInputBytes, type CliIo } from './io.js';
import type { Table } from './table.js';

/**
 * Options of {@link readTableFile}.
 *
 * @example
 * const o: TableFileOptions = { sheet: 'Số liệu' };
 */
export interface TableFileOptions {
  /** A CSV file's delimiter, instead of detecting it from the header row. */
  readonly delimiter?: CsvDelimiter;
  /** A workbook's sheet, by name (default: the first visible sheet). */
  readonly sheet?: string;
  /** The command, for the help hint of a usage error. */
  readonly command?: string;
}

const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xltx', 'xltm', 'xls', 'ods']);
const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'json']);

/**
 * True when a file is to be read as a workbook: an Excel extension (`.xlsx`,
 * also `.xls` and `.ods`, which are then refused with a hint), or, under
 * another name, bytes that start like a ZIP archive or an Excel 97–2003 file.
 *
 * @param path - the file name
 * @param bytes - its first bytes (at least four)
 * @example
 * isWorkbook('so-lieu.xlsx', bytes); // true
 * isWorkbook('so-lieu.csv', bytes);  // false: the name decides
 */
export function isWorkbook(path: string, bytes: Uint8Array): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext !== undefined && WORKBOOK_EXTENSIONS.has(ext)) return true;
  if (ext !== undefined && TEXT_EXTENSIONS.has(ext)) return false;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

/**
 * Refuses `--sheet` for a file that is not a workbook: the option would be
 * silently ignored.
 *
 * @throws UsageError when `sheet` is given
 * @example
 * checkSheetOption('Số liệu', 'data.csv', 'evaluate'); // throws UsageError
 */
export function checkSheetOption(sheet: string | undefined, path: string, command?: string): void {
  if (sheet === undefined) return;
  throw new UsageError(
    `--sheet names a sheet of an .xlsx workbook, and ${path} is not one`,
    `--sheet chỉ tên một trang tính của bảng tính .xlsx, mà ${path} không phải bảng tính`,
    command,
  );
}

/**
 * Reads the table of a CSV file or of one sheet of a workbook.
 *
 * @param io - where to read from
 * @param path - the file as the user named it
 * @param options - `delimiter` (CSV), `sheet` (workbook), `command` (for usage errors)
 * @returns the table
 * @throws InputError for a file that cannot be read (`unreadable-file`, `invalid-encoding`, `invalid-csv`, `invalid-xlsx`, `unknown-sheet`); UsageError for `--sheet` with a CSV file
 * @example
 * const table = await readTableFile(io, 'examples/dak-cam-2025.xlsx', { sheet: 'Xã' });
 * table.cellRef(2, 3); // 'Xã!D2'
 */
export async function readTableFile(io: CliIo, path: string, options: TableFileOptions = {}): Promise<Table> {
  const bytes = await readInputBytes(io, path);
  if (isWorkbook(path, bytes)) {
    const { readSheet } = await import('./xlsx/read.js');
    return readSheet(bytes, path, options.sheet === undefined ? {} : { sheet: options.sheet });
  }
  checkSheetOption(options.sheet, path, options.command);
  return csvTable(decodeInputText(bytes, path), path, options.delimiter);
}
