/**
 * An input CSV file as both readers (observations, communes) need it: parsed,
 * with a header row, or one `invalid-csv` line naming the file.
 */
import { isXhhtError } from '../errors.js';
import { parseCsv, type CsvDelimiter, type CsvRecord } from './csv.js';
import { InputError, fromError } from './diagnostics.js';

/**
 * The header row and all records of a CSV input file (records[0] is the
 * header). Throws `InputError` for a malformed file (with the line the parser
 * stopped at), an empty one, or one with a header and no data row: a report of
 * nothing would read as a report of "no data" everywhere.
 *
 * @param text - the file's text
 * @param file - its name, for messages
 * @param delimiter - a delimiter forced by `--delimiter`; detected otherwise
 * @example
 * const { header, records } = readCsvFile('indicator;count\nx;3\n', 'a.csv');
 * header.fields;  // ['indicator', 'count']
 * records.length; // 2
 */
export function readCsvFile(text: string, file: string, delimiter?: CsvDelimiter): { readonly header: CsvRecord; readonly records: readonly CsvRecord[] } {
  let records: readonly CsvRecord[];
  try {
    ({ records } = parseCsv(text, delimiter ? { delimiter } : {}));
  } catch (e) {
    const line = isXhhtError(e) && typeof e.path[0] === 'number' ? e.path[0] : undefined;
    throw new InputError([fromError(e, file, undefined, line)]);
  }
  const header = records[0];
  if (!header) {
    throw new InputError([{ severity: 'error', code: 'invalid-csv', file, message: 'the file is empty: expected a header row', messageVi: 'tệp rỗng: cần một dòng tiêu đề' }]);
  }
  if (!records.slice(1).some((r) => r.fields.some((f) => f.trim() !== ''))) {
    throw new InputError([
      {
        severity: 'error',
        code: 'invalid-csv',
        file,
        line: header.line,
        message: 'the file has a header row but no data rows',
        messageVi: 'tệp chỉ có dòng tiêu đề, không có dòng số liệu nào',
      },
    ]);
  }
  return { header, records };
}
