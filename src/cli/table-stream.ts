/**
 * A CSV file as a table whose rows arrive as the file is read: the header row
 * is found as {@link tableFromRecords} finds it (title lines above it
 * skipped), then the data records come in batches, one per piece of the file.
 * Nothing of a record is kept once it is given out, so reading a 1,000,000-row
 * file takes the memory of what the reader keeps of each row, not of the file.
 * The records, lines, header and errors are those of `tableOf(csvRecords(…))`
 * on the whole file.
 */
import { CsvParser, type CsvDelimiter, type CsvRecord } from './csv.js';
import { InputError, fileError } from './diagnostics.js';
import { headerOf, isBlankCell, noDataRows, tableFromRecords, type TableHead, type TableRecord } from './table.js';

/**
 * A table whose data records are read as they come.
 *
 * @example
 * const stream = await csvTableStream(texts, 'so-lieu.csv');
 * for await (const batch of stream.batches) for (const row of batch) console.log(row.line);
 */
export interface TableStream extends TableHead {
  /**
   * The records after the header, in order, in batches; read once. The end
   * throws `InputError` when no record had a value (`invalid-csv`, as
   * `tableOf`), or when the rest of the file cannot be read.
   */
  readonly batches: AsyncIterable<readonly TableRecord[]>;
}

/**
 * Reads the header of CSV text that arrives in pieces, and gives its data
 * records as they are parsed.
 *
 * @param texts - the file's text, in pieces (see `decodePieces`)
 * @param file - its name, for messages
 * @param delimiter - a delimiter to use instead of detecting it
 * @throws InputError as `tableOf(csvRecords(…))`: `invalid-csv` (malformed, empty), or the `invalid-encoding` /
 * `unreadable-file` of a file that stops being readable
 * @example
 * const t = await csvTableStream(decodePieces(input.pieces), 'so-lieu.csv');
 * t.header.fields; // ['Chỉ tiêu', 'Đơn vị', 'Tử số', 'Mẫu số']
 */
export async function csvTableStream(
  texts: AsyncIterable<string>,
  file: string,
  delimiter?: CsvDelimiter,
): Promise<TableStream> {
  const parser = new CsvParser(delimiter ? { delimiter } : {});
  const source = texts[Symbol.asyncIterator]();
  let ended = false;
  /** The records of the next piece of text (possibly none), or `null` at the end. */
  const next = async (): Promise<CsvRecord[] | null> => {
    if (ended) return null;
    try {
      const piece = await source.next();
      if (!piece.done) return parser.push(piece.value);
      ended = true;
      return parser.end();
    } catch (e) {
      throw new InputError([fileError(e, file)]);
    }
  };

  // the header: the first record with two cells filled; until it is found, the records before it are kept
  const before: CsvRecord[] = [];
  let rest: CsvRecord[] = [];
  let header: TableHead['header'] | undefined;
  while (header === undefined) {
    const records = await next();
    if (records === null) break;
    const at = records.findIndex((r) => filledCells(r) >= 2);
    if (at < 0) {
      for (const r of records) before.push(r);
      continue;
    }
    header = headerOf(records[at]!);
    rest = records.slice(at + 1);
  }
  const head = { file, cellRef: () => undefined };
  if (header === undefined) {
    // no such record in the whole file: the first one that is not blank, as tableOf does (or its error)
    const table = tableFromRecords(file, before);
    return { ...head, header: table.header, batches: once(table.rows) };
  }
  const headerLine = header.line;
  async function* batches(): AsyncGenerator<readonly TableRecord[]> {
    let data = false;
    let records: CsvRecord[] | null = rest;
    rest = [];
    while (records !== null) {
      if (!data) data = records.some((r) => !r.fields.every(isBlankCell));
      if (records.length > 0) yield records;
      records = await next();
    }
    if (!data) throw noDataRows(file, headerLine);
  }
  return { ...head, header, batches: batches() };
}

/** One batch. */
async function* once<T>(value: T): AsyncGenerator<T> {
  yield value;
}

function filledCells(r: CsvRecord): number {
  let n = 0;
  for (const f of r.fields) if (f.trim() !== '') n++;
  return n;
}
