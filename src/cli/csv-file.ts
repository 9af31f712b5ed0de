/**
 * An input CSV file as every reader (observations, communes, plans) needs it:
 * parsed into the records (and then the one {@link Table} shape) a sheet of a
 * workbook also has, or one `invalid-csv` line naming the file.
 */
import { isXhhtError } from '../errors.js';
import { parseCsv, type CsvDelimiter, type CsvRecord } from './csv.js';
import { InputError, fromError } from './diagnostics.js';
import { tableOf, type Table, type TableRecords } from './table.js';

/**
 * Options of {@link csvRecords}.
 *
 * @example
 * const o: CsvRecordsOptions = { recognise: (fields) => fields.includes('Mã chỉ tiêu') };
 */
export interface CsvRecordsOptions {
  /** The delimiter to use (`--delimiter`), instead of finding it. */
  readonly delimiter?: CsvDelimiter;
  /**
   * True for the header row the reader looks for. The delimiter is detected
   * from the first line, and a title line above the header ("PHỤ LỤC 2", the
   * template's instructions, with a `,` in it) can mislead it: when no record
   * read with the detected delimiter is recognised, `;`, `,` and tab are tried
   * in turn and the first with which one is recognised is used.
   */
  readonly recognise?: (fields: readonly string[]) => boolean;
}

/** The records of CSV text, or the `invalid-csv` problem at the line the parser stopped at. */
function parse(text: string, file: string, delimiter?: CsvDelimiter): readonly CsvRecord[] {
  try {
    return parseCsv(text, delimiter ? { delimiter } : {}).records;
  } catch (e) {
    const line = isXhhtError(e) && typeof e.path[0] === 'number' ? e.path[0] : undefined;
    throw new InputError([fromError(e, file, undefined, line)]);
  }
}

/**
 * Every record of a CSV input file, with its line. Throws `InputError` for a
 * malformed file, with the line the parser stopped at.
 *
 * @param text - the file's text
 * @param file - its name, for messages
 * @param options - `delimiter`, or `recognise` to find it by the header row
 * @example
 * csvRecords('Kế hoạch, mẫu\nSTT;Mã chỉ tiêu;Nội dung chỉ tiêu\n', 'k.csv', { recognise: (f) => f.length >= 3 }).records[1]?.fields;
 * // ['STT', 'Mã chỉ tiêu', 'Nội dung chỉ tiêu']
 */
export function csvRecords(text: string, file: string, options: CsvRecordsOptions = {}): TableRecords {
  const at = (records: readonly CsvRecord[]): TableRecords => ({ file, records, cellRef: () => undefined });
  const first = parse(text, file, options.delimiter);
  const { recognise } = options;
  if (options.delimiter !== undefined || recognise === undefined || first.some((r) => recognise(r.fields)))
    return at(first);
  for (const delimiter of [';', ',', '\t'] as const) {
    let records: readonly CsvRecord[];
    try {
      records = parseCsv(text, { delimiter }).records;
    } catch {
      continue; // not this delimiter
    }
    if (records.some((r) => recognise(r.fields))) return at(records);
  }
  return at(first);
}

/**
 * The table of a CSV input file: its header row (title lines above it
 * skipped, see `tableFromRecords`) and the records after it. Throws
 * `InputError` for a malformed file (with the line the parser stopped at), an
 * empty one, or one with a header and no data row.
 *
 * @param text - the file's text
 * @param file - its name, for messages
 * @param delimiter - a delimiter to use instead of detecting it
 * @example
 * const t = csvTable('indicator;count\nx;3\n', 'a.csv');
 * t.header.fields; // ['indicator', 'count']
 * t.rows.length;   // 1
 */
export function csvTable(text: string, file: string, delimiter?: CsvDelimiter): Table {
  return tableOf(csvRecords(text, file, delimiter ? { delimiter } : {}));
}
