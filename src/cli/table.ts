/**
 * One shape for every table the command line reads, whether it comes from a
 * CSV file or a sheet of an Excel workbook: a header row, data records of
 * cells, and where each cell is. The readers (observations, communes, plans)
 * work on this shape only, so every column, alias and check is written once
 * and behaves the same for both formats; only the place a message names
 * differs: a line of a CSV file (`data.csv:7`), a cell of a sheet
 * (`data.xlsx:Sheet1!D7`).
 *
 * A CSV field is text. A sheet cell keeps its type: a number stays a number
 * (19739.5 is not 19739, whatever the number format shows), a date a date, a
 * percent-formatted number a percentage. {@link cellText} turns any cell into
 * the text the Vietnamese parsers read, so a column parses a typed cell and the
 * same value typed as text alike.
 */
import { XhhtError } from '../errors.js';
import { shiftDecimal } from '../exact/shift.js';
import { formatViNumber, numberToDecimalString } from '../vi/format.js';
import { InputError, type Diagnostic } from './diagnostics.js';
import { say, messageFields } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

/**
 * A typed value of a spreadsheet cell (text cells are plain strings, see {@link TableCell}).
 * - `number`: the stored double; `percent` when the cell's number format shows it as a percentage
 *   (Excel stores "99,96%" as 0.9996).
 * - `date`: a date cell, as an ISO date (`2024-12-31`).
 * - `boolean`: TRUE / FALSE.
 * - `error`: an error value (`#DIV/0!`, `#N/A`…).
 *
 * @example
 * const rate: SheetValue = { kind: 'number', value: 0.9996, percent: true }; // shown "99,96%"
 */
type SheetValue =
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean }
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: string };

/**
 * One cell: text as written (every CSV field, a text cell of a sheet; `''` when
 * empty), or a typed value of a sheet.
 *
 * @example
 * const cells: TableCell[] = ['provinces-literacy-level-2', { kind: 'number', value: 55, percent: false }];
 */
export type TableCell = string | SheetValue;

/**
 * A data record: its cells, and the 1-based line of a CSV file (where the
 * record starts) or row of a sheet.
 *
 * @example
 * const r: TableRecord = { line: 7, fields: ['provinces-literacy-level-2', '55', '63'] };
 */
export interface TableRecord {
  readonly line: number;
  readonly fields: readonly TableCell[];
}

/**
 * What a reader needs to know of a table before its rows: the file, the
 * header row, and where each cell is. A {@link Table} has its rows besides; a
 * `TableStream` (a big CSV file) gives them as they are read.
 *
 * @example
 * const head: TableHead = tableOf(csvRecords('indicator;count\nx;3\n', 'a.csv'));
 * head.header.fields; // ['indicator', 'count']
 */
export interface TableHead {
  /** The file as the user named it. */
  readonly file: string;
  /** The sheet read, for a workbook; absent for a CSV file. */
  readonly sheet?: string;
  readonly header: { readonly line: number; readonly fields: readonly string[] };
  /**
   * The cell reference of field `column` (0-based) of the record at `line`
   * (`Sheet1!D7`), or of the whole row without a column (`Sheet1!7:7`, as
   * Excel's Name Box takes it); `undefined` for a CSV file, whose places are
   * its lines and headers.
   */
  cellRef(line: number, column?: number): string | undefined;
}

/**
 * A table read from a file: the header row (as text), the data records after
 * it, and where each cell is.
 *
 * @example
 * const t = tableOf(csvRecords('indicator;count\nx;3\n', 'a.csv'));
 * t.header.fields; // ['indicator', 'count']
 * t.rows[0];       // { line: 2, fields: ['x', '3'] }
 * t.cellRef(2, 1); // undefined: a CSV file names a place by its line and header
 */
export interface Table extends TableHead {
  /** The records after the header, in order (blank ones may be among them). */
  readonly rows: readonly TableRecord[];
}

/**
 * True for a cell with nothing in it: empty or blank text. A typed cell (a
 * number, a date, an error) is never blank.
 *
 * @example
 * isBlankCell('  ');                                            // true
 * isBlankCell({ kind: 'number', value: 0, percent: false });    // false
 */
export function isBlankCell(cell: TableCell | undefined): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * What a column expects of its cells: `text` (ids, names, sources), `number`
 * (counts, shares, rates, read by the Vietnamese number parsers) or `date`.
 *
 * @example
 * const e: CellExpectation = 'number';
 */
export type CellExpectation = 'text' | 'number' | 'date';

/**
 * The text of a cell, trimmed, as the column's parser reads it:
 * - text as written;
 * - a number in the Vietnamese way for a `number` column ("19.739", "19.739,5",
 *   and a percent-formatted 0.9996 as "99,96%"), so the same parsers read it
 *   exactly (never through a rounded display); plain ("10321", "0.5") for a
 *   `text` column, where it is an id or a name;
 * - a date as ISO `2024-12-31`; TRUE / FALSE as `true` / `false`.
 *
 * @param cell - the cell
 * @param expect - what the column holds (default `text`)
 * @returns the text, trimmed
 * @throws XhhtError `invalid-cell` for an error value, or a date in a `number` column (Excel turns "1/7" into a date)
 * @example
 * cellText({ kind: 'number', value: 0.9996, percent: true }, 'number'); // '99,96%'
 * cellText({ kind: 'number', value: 19739.5, percent: false }, 'number'); // '19.739,5'
 * cellText({ kind: 'number', value: 10321, percent: false });           // '10321'
 * cellText({ kind: 'error', value: '#DIV/0!' });                         // throws XhhtError { code: 'invalid-cell' }
 */
export function cellText(cell: TableCell, expect: CellExpectation = 'text'): string {
  if (typeof cell === 'string') return cell.trim();
  switch (cell.kind) {
    case 'number': {
      if (expect !== 'number') return numberToDecimalString(cell.value);
      if (!cell.percent) return formatViNumber(cell.value);
      return `${formatViNumber(percentOfFraction(cell.value))}%`;
    }
    case 'date':
      if (expect === 'number') {
        throw new XhhtError('invalid-cell', say(CLI, 'invalid-cell.date', { value: cell.value }));
      }
      return cell.value;
    case 'boolean':
      return cell.value ? 'true' : 'false';
    case 'error':
      throw new XhhtError('invalid-cell', say(CLI, 'invalid-cell.error-value', { value: cell.value }));
  }
}

/**
 * The percentage a percent-formatted cell shows, as a machine decimal, exactly:
 * the digits of the stored fraction moved two places (Excel stores "99,96%" as
 * 0.9996; the float 0.9996 × 100 is 99.96000000000001, the digits are "99.96").
 *
 * @param fraction - the cell's value
 * @returns the percentage, e.g. `'99.96'`
 * @example
 * percentOfFraction(0.9996); // '99.96'
 * percentOfFraction(0.75);   // '75'
 */
export function percentOfFraction(fraction: number): string {
  return shiftDecimal(numberToDecimalString(fraction), 2);
}

/**
 * Every record of a CSV file or of one sheet of a workbook, before a header
 * row is chosen, with where each cell is. A reader that wants the whole sheet
 * (a plan written as a table has its details above the targets' header) takes
 * it as it is; the others take {@link tableOf} it.
 *
 * @example
 * const source: TableRecords = {
 *   file: 'a.csv',
 *   records: [{ line: 1, fields: ['indicator', 'count'] }],
 *   cellRef: () => undefined,
 * };
 */
export interface TableRecords {
  /** The file as the user named it. */
  readonly file: string;
  /** The sheet read, for a workbook; absent for a CSV file. */
  readonly sheet?: string;
  /** Every record that is not blank, in order. */
  readonly records: readonly TableRecord[];
  /** As {@link Table.cellRef}: a cell reference in a sheet, `undefined` in a CSV file. */
  cellRef(line: number, column?: number): string | undefined;
}

/**
 * The {@link Table} of a file's or a sheet's records: {@link tableFromRecords}
 * with the sheet's places.
 *
 * @throws InputError as {@link tableFromRecords}
 * @example
 * tableOf({
 *   file: 'a.csv',
 *   records: [
 *     { line: 1, fields: ['indicator', 'count'] },
 *     { line: 2, fields: ['x', '3'] },
 *   ],
 *   cellRef: () => undefined,
 * }).rows.length;
 * // 1
 */
export function tableOf(source: TableRecords): Table {
  const { file, sheet, records, cellRef } = source;
  return sheet === undefined
    ? tableFromRecords(file, records)
    : tableFromRecords(file, records, { sheet, cellRef: (line, column) => cellRef(line, column)! });
}

/**
 * Builds a {@link Table} from the records of a file: the header is the first
 * record with at least two cells filled (a table has at least two columns), so
 * title lines above it ("PHỤ LỤC 2", "Đơn vị tính: người": one cell each) are
 * skipped; without such a record, the first record that is not blank.
 *
 * @param file - the file as the user named it
 * @param records - every record of the file or sheet, in order
 * @param place - the sheet and its cell references (workbooks only)
 * @throws InputError with `code` (`invalid-csv` or `invalid-xlsx`) for a file with no header, or a header and no data
 * row: a report of nothing would read as a report of "no data" everywhere
 * @example
 * tableFromRecords('a.csv', [
 *   { line: 1, fields: ['PHỤ LỤC 2', ''] },
 *   { line: 2, fields: ['indicator', 'count'] },
 *   { line: 3, fields: ['x', '3'] },
 * ]).header.line;
 * // 2
 */
export function tableFromRecords(
  file: string,
  records: readonly TableRecord[],
  place?: { readonly sheet: string; readonly cellRef: (line: number, column?: number) => string },
): Table {
  const code = place ? 'invalid-xlsx' : 'invalid-csv';
  const filled = (r: TableRecord) => r.fields.filter((f) => !isBlankCell(f)).length;
  let at = records.findIndex((r) => filled(r) >= 2);
  if (at < 0) at = records.findIndex((r) => filled(r) >= 1);
  if (at < 0) {
    throw new InputError([
      place
        ? {
            severity: 'error',
            code,
            file,
            ...messageFields(say(CLI, 'table.empty-sheet', { sheet: place.sheet })),
          }
        : {
            severity: 'error',
            code,
            file,
            ...messageFields(say(CLI, 'table.empty-file')),
          },
    ]);
  }
  const head = records[at]!;
  const header = headerOf(head);
  const rows = records.slice(at + 1);
  if (!rows.some((r) => !r.fields.every(isBlankCell))) throw noDataRows(file, header.line, place);
  return {
    file,
    ...(place ? { sheet: place.sheet } : {}),
    header,
    rows,
    cellRef: place ? place.cellRef : () => undefined,
  };
}

/**
 * The header row of a table: its line, and its cells as text (a number or date
 * header, "2025", as written; an error value as shown).
 *
 * @example
 * headerOf({ line: 2, fields: ['indicator', { kind: 'number', value: 2025, percent: false }] }).fields;
 * // ['indicator', '2025']
 */
export function headerOf(record: TableRecord): TableHead['header'] {
  return { line: record.line, fields: record.fields.map(headerText) };
}

/**
 * The error of a table with a header row and no data row: a report of nothing
 * would read as a report of "no data" everywhere.
 *
 * @param file - the file as the user named it
 * @param line - the header row's line
 * @param place - the sheet and its cell references (workbooks only)
 * @example
 * throw noDataRows('a.csv', 1); // a.csv:1: the file has a header row but no data rows (invalid-csv)
 */
export function noDataRows(
  file: string,
  line: number,
  place?: { readonly sheet: string; readonly cellRef: (line: number, column?: number) => string },
): InputError {
  return new InputError([
    {
      severity: 'error',
      code: place ? 'invalid-xlsx' : 'invalid-csv',
      file,
      line,
      ...(place ? { cell: place.cellRef(line) } : {}),
      ...messageFields(say(CLI, place ? 'table.header-only-sheet' : 'table.header-only-file')),
    },
  ]);
}

/**
 * The index of `line` in the lines of a table's records, in file order (so
 * growing), or `undefined` when none is at that line: a binary search.
 *
 * @param lines - the line of each record kept, growing
 * @param line - the line looked for
 * @example
 * lineIndex([2, 3, 5, 9], 5); // 2
 * lineIndex([2, 3, 5, 9], 4); // undefined
 */
export function lineIndex(lines: readonly number[], line: number): number | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const l = lines[mid]!;
    if (l === line) return mid;
    if (l < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * The problem of a record whose fields do not line up with the header row, or
 * `undefined` when they do: in a CSV file a field too many (a delimiter inside
 * an unquoted cell shifted the cells) or too few (a delimiter missing, a row
 * cut short): no cell of the row can be trusted; in a sheet a value under no
 * header (at its cell; a sheet's rows end at their last value, so a short row
 * is no problem there). Every reader reports it the same way; `consequence`
 * says what the reader then does with the row.
 *
 * @param table - the table the record is from
 * @param record - one of its rows
 * @param consequence - a sentence appended to the message, in both languages
 * @example
 * const t = tableOf(csvRecords('indicator;count;date\nx;3;4;5\ny;2\n', 'a.csv'));
 * fieldCountProblem(t, t.rows[0]!)?.message;
 * // '4 fields, but the header has 3; quote a field that contains the delimiter'
 * fieldCountProblem(t, t.rows[1]!)?.message;
 * // '2 fields, but the header has 3: a delimiter is missing, or the row is cut short'
 */
export function fieldCountProblem(
  table: TableHead,
  record: TableRecord,
  consequence?: { readonly en: string; readonly vi: string },
): Diagnostic | undefined {
  const width = table.header.fields.length;
  const csv = table.sheet === undefined;
  const n = record.fields.length;
  const extra = record.fields.findIndex((f, c) => c >= width && !isBlankCell(f));
  if (extra < 0 && !(csv && n < width)) return undefined;
  const why = !csv
    ? say(CLI, 'table.value-without-header')
    : n < width
      ? say(CLI, 'table.too-few-fields', { n, width })
      : say(CLI, 'table.too-many-fields', { n, width });
  const cell = extra < 0 ? undefined : table.cellRef(record.line, extra);
  return {
    severity: 'error',
    code: csv ? 'invalid-csv' : 'invalid-xlsx',
    file: table.file,
    line: record.line,
    ...(cell !== undefined ? { cell } : {}),
    ...messageFields(consequence ? say(CLI, 'table.field-count-then', { why, consequence }) : why),
  };
}

/**
 * The problem of a header row that names one column twice: which columns, at
 * the second one's cell (the header row's line in a CSV file). Reading either
 * would silently drop the other's figures.
 *
 * @param table - the table
 * @param name - the column both headers name (`numerator`, `counts.age15to60.total`)
 * @param first - the first header's index
 * @param second - the second header's index
 * @example
 * const t = tableOf(csvRecords('indicator;tử số;numerator\nx;1;2\n', 'a.csv'));
 * twoColumns(t, 'numerator', 1, 2).message; // 'two columns for numerator: "tử số" and "numerator"'
 */
export function twoColumns(table: TableHead, name: string, first: number, second: number): Diagnostic {
  const { header } = table;
  const [a, b] = [JSON.stringify(header.fields[first]), JSON.stringify(header.fields[second])];
  const cell = table.cellRef(header.line, second);
  return {
    severity: 'error',
    code: table.sheet === undefined ? 'invalid-csv' : 'invalid-xlsx',
    file: table.file,
    line: header.line,
    ...(cell !== undefined ? { cell } : {}),
    field: header.fields[second]!,
    ...messageFields(say(CLI, 'table.two-columns', { name, a, b })),
  };
}

/** A header cell as text: a number or date header ("2025") as written, an error value as shown. */
function headerText(cell: TableCell): string {
  return typeof cell !== 'string' && cell.kind === 'error' ? cell.value : cellText(cell);
}
