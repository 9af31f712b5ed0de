/**
 * An input CSV file as every reader (observations, communes) needs it: parsed
 * into the one {@link Table} shape a sheet of a workbook also has, or one
 * `invalid-csv` line naming the file.
 */
import { isXhhtError } from '../errors.js';
import { parseCsv, type CsvDelimiter, type CsvRecord } from './csv.js';
import { InputError, fromError } from './diagnostics.js';
import { tableFromRecords, type Table } from './table.js';

/**
 * The table of a CSV input file: its header row (title lines above it
 * skipped, see {@link tableFromRecords}) and the records after it. Throws
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
  let records: readonly CsvRecord[];
  try {
    ({ records } = parseCsv(text, delimiter ? { delimiter } : {}));
  } catch (e) {
    const line = isXhhtError(e) && typeof e.path[0] === 'number' ? e.path[0] : undefined;
    throw new InputError([fromError(e, file, undefined, line)]);
  }
  return tableFromRecords(file, records);
}
