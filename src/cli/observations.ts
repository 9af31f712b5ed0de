/**
 * Observation files for `xhht evaluate`: JSON (the examples' format, or a bare
 * array) and CSV (one observation per row, Vietnamese-formatted numbers).
 *
 * Every data row ends as an observation or as a diagnostic naming its line
 * and column; the library then accounts for every observation. Nothing is
 * dropped silently.
 */
import type { Observation } from '../attainment/observation.js';
import type { IssuePath } from '../errors.js';
import { InputError, jsonPath, type Diagnostic } from './diagnostics.js';
import { matchHeaders } from './headers.js';
import { parseJsonFile } from './json.js';
import type { Table, TableRecord } from './table.js';
import type { TableStream } from './table-stream.js';
import { readAppendixTable } from './appendix.js';
import { say, messageFields } from '../messages/say.js';
import { CLI } from '../messages/sections.js';
import { observationRows } from './observation-rows.js';

/**
 * Observations read from a file, with what the file said about the plan and
 * where each observation came from. Every data row is an observation, even one
 * that could not be read: it is passed on without a value (with its indicator
 * and unit when they could be read), so the library reports it as not usable
 * and no result of its indicator and unit is decided as if it did not exist.
 *
 * @example
 * const input: ObservationFile = readObservationsJson('[]', 'a.json');
 * input.observations; // []
 */
export interface ObservationFile {
  readonly observations: readonly Observation[];
  /** Rows or array items read (including rejected ones). */
  readonly rows: number;
  /** Rows rejected while reading, and warnings about the file. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Where observation `index` (and the field at `path` inside it, e.g. `['numerator']`) is in the file: its line (CSV)
   * or cell (sheet) and column.
   */
  locate(index: number, path?: IssuePath): { readonly line?: number; readonly cell?: string; readonly field?: string };
  /**
   * True when an issue of the library about observation `index` at `path` repeats a problem already reported while
   * reading.
   */
  reportedWhileReading(index: number, path: IssuePath): boolean;
  /** The index of the observation read from the row at `line` of a table; `undefined` for none (or a JSON file). */
  indexOfLine?(line: number): number | undefined;
  /** The line of a CSV file's header row (the row of a sheet's). */
  readonly headerLine?: number;
  /**
   * `plan`, `year` and `asOf` of a JSON file, as written (checked by the caller); for an appendix, the plan of its own
   * targets.
   */
  readonly plan?: unknown;
  readonly year?: unknown;
  readonly asOf?: unknown;
  /**
   * True for an appendix that carries its own targets (a table with a "Mục tiêu" column): `plan` is built from its
   * rows.
   */
  readonly appendix?: boolean;
}

/**
 * Called while rows are read: rows done, rows in all.
 *
 * @example
 * const log: RowProgress = (done, total) => console.error(`${done}/${total}`);
 */
export type RowProgress = (done: number, total: number) => void;

/**
 * Reads a JSON observation file: `{ plan?, year?, asOf?, unit?, observations: [...] }`
 * (see examples/national-2024.json) or a bare array of observations. A
 * top-level `unit` is given to observations that name none. Observations are
 * passed on as written; the library checks them and reports bad ones.
 *
 * @param text - the file's text
 * @param file - its name, for messages
 * @param options - `progress` callback, called per observation
 * @throws InputError `invalid-json` when the text does not parse or has another shape; `invalid-input` for a `unit`
 * that is not text
 * @example
 * readObservationsJson('{"year": 2025, "observations": []}', 'a.json').year; // 2025
 */
export function readObservationsJson(
  text: string,
  file: string,
  options: { readonly progress?: RowProgress } = {},
): ObservationFile {
  const data = parseJsonFile(text, file);
  const bare = Array.isArray(data);
  // null, a number, a string or true is neither shape: checked before anything is read from it
  const root = (bare || typeof data !== 'object' || data === null ? {} : data) as Record<string, unknown>;
  const list = bare ? data : root.observations;
  if (!Array.isArray(list)) {
    throw new InputError([
      {
        severity: 'error',
        code: 'invalid-json',
        file,
        ...messageFields(say(CLI, 'invalid-json.not-observations')),
      },
    ]);
  }
  const unit = root.unit;
  if (unit !== undefined && typeof unit !== 'string') {
    // dropping it would report the observations as of no unit, silently
    throw new InputError([
      {
        severity: 'error',
        code: 'invalid-input',
        file,
        field: 'unit',
        ...messageFields(say(CLI, 'invalid-input.unit-not-text')),
      },
    ]);
  }
  const total = list.length;
  const observations = (list as unknown[]).map((o, i) => {
    options.progress?.(i, total);
    return unit !== undefined && typeof o === 'object' && o !== null && !Array.isArray(o) && !('unit' in o)
      ? { ...o, unit }
      : o;
  }) as Observation[];
  options.progress?.(total, total);
  const prefix: IssuePath = bare ? [] : ['observations'];
  return {
    observations,
    rows: observations.length,
    diagnostics: [],
    locate: (index, path = []) => ({ field: jsonPath([...prefix, index, ...path]) }),
    reportedWhileReading: () => false,
    ...('plan' in root ? { plan: root.plan } : {}),
    ...('year' in root ? { year: root.year } : {}),
    ...('asOf' in root ? { asOf: root.asOf } : {}),
  };
}

/**
 * The columns of an observation CSV file. `ignored` columns are read by no
 * one; `target`, `label` and `no` make a file an appendix with its own targets
 * (see `readAppendixTable`) and are not read otherwise.
 *
 * @example
 * const c: ObservationColumn = 'numerator';
 */
export type ObservationColumn =
  | 'indicator'
  | 'numerator'
  | 'denominator'
  | 'share'
  | 'count'
  | 'achieved'
  | 'rate'
  | 'unit'
  | 'asOf'
  | 'source'
  | 'target'
  | 'label'
  | 'no'
  | 'ignored';

/**
 * The headers each column of an observation CSV accepts (compared without
 * case, marks, spaces or punctuation: "Tử số", "tu_so" and "TỬ SỐ" match
 * "tử số"). docs/cli-columns.md is generated from this table.
 *
 * @example
 * OBSERVATION_COLUMNS.numerator; // ['numerator', 'tử số']
 */
export const OBSERVATION_COLUMNS: Readonly<Record<ObservationColumn, readonly string[]>> = {
  indicator: ['indicator', 'indicator id', 'chỉ tiêu', 'mã chỉ tiêu'],
  numerator: ['numerator', 'tử số'],
  denominator: ['denominator', 'mẫu số'],
  share: ['share', 'tỷ số', 'tỉ số'],
  count: ['count', 'số lượng'],
  achieved: ['achieved', 'đạt', 'kết quả đạt'],
  // a rate without its counts: used in a row that gives no counts
  rate: [
    'rate',
    'percent',
    'percentage',
    'result',
    'tỷ lệ',
    'tỉ lệ',
    'tỷ lệ (%)',
    'tỷ lệ phần trăm',
    'kết quả',
    'Kết quả (%)',
    'kết quả thực hiện',
  ],
  unit: ['unit', 'đơn vị'],
  asOf: ['as of', 'date', 'ngày', 'tính đến ngày', 'thời điểm'],
  source: ['source', 'nguồn', 'nguồn số liệu'],
  // an appendix's own target: makes the file an appendix
  target: ['target', 'mục tiêu', 'Mục tiêu (%)', 'chỉ tiêu kế hoạch', 'kế hoạch'],
  // read in an appendix; for people reading the sheet otherwise
  label: ['label', 'tên chỉ tiêu', 'nội dung chỉ tiêu', 'nội dung', 'description', 'mô tả'],
  no: ['STT', 'TT', 'Số TT', 'số thứ tự', 'No.'],
  // columns for people reading the sheet: not data
  ignored: ['note', 'notes', 'ghi chú'],
};

/**
 * Phrases a longer header may start with, as printed appendix headers do:
 * "Mục tiêu theo kế hoạch … đến năm 2025 (tỷ lệ %)" is the `target` column,
 * "Kết quả thực hiện tính đến tháng 06/2025 (tỷ lệ %)" the `rate` column. A
 * header accepted as written (`OBSERVATION_COLUMNS`) wins: "Kết quả đạt" is
 * `achieved`.
 *
 * @example
 * OBSERVATION_COLUMN_LEADS.target; // ['mục tiêu', 'target', 'kế hoạch']
 */
export const OBSERVATION_COLUMN_LEADS: Readonly<Partial<Record<ObservationColumn, readonly string[]>>> = {
  target: ['mục tiêu', 'target', 'kế hoạch'],
  rate: ['kết quả', 'tỷ lệ', 'tỉ lệ', 'rate', 'percent', 'result'],
  label: ['nội dung', 'tên chỉ tiêu'],
  ignored: ['ghi chú', 'note'],
};

/**
 * Reads observations from a table: a CSV file or a sheet of a workbook, one
 * observation per row. Columns (any order, English or Vietnamese headers, case
 * and marks ignored): `indicator` (chỉ tiêu), `numerator` (tử số) and
 * `denominator` (mẫu số) or `share` (tỷ số, "19.739/19.747"), `count` (số
 * lượng) with optional `components.<id>` columns, `achieved` (đạt), a rate (tỷ
 * lệ, kết quả (%): "99,96" or "99.96", used in a row with no counts and read
 * exactly by the library), `unit` (đơn vị), `as_of` (ngày: 2024-12-31 or
 * 31/12/2024), `source` (nguồn). Text
 * cells are read the Vietnamese way ("19.739"); a number cell of a sheet is its
 * number (19739.5 in a count column is `invalid-count`, whatever its number
 * format shows), a date cell its date; a rate cell is the rate it shows, read
 * exactly (a percent-formatted 0.9996 is 99.96%). Columns for readers (note,
 * label, STT) are ignored. A table with a target column (mục tiêu) is an
 * appendix with its own targets (`readAppendixTable`). A bad row is a
 * diagnostic with its line (CSV) or cell (`Sheet1!D7`) and its column, and an
 * observation without a value (see {@link ObservationFile}); the other rows
 * are still read.
 *
 * @param table - `tableOf` the records of a CSV file (`csvRecords`) or of a workbook sheet (`readSheetRecords`)
 * @param options - `progress` callback, `year` (of an appendix: `--year`)
 * @throws InputError (`invalid-csv` for a CSV file, `invalid-xlsx` for a sheet) for two columns of one kind or a
 * missing `indicator` column (not needed in an appendix)
 * @example
 * const f = readObservationsTable(
 *   tableOf(csvRecords('chỉ tiêu;tử số;mẫu số\nprovinces-literacy-level-2;55;63\n', 'a.csv')),
 * );
 * f.observations; // [{ indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 }]
 */
export function readObservationsTable(
  table: Table,
  options: { readonly progress?: RowProgress; readonly year?: number } = {},
): ObservationFile {
  const keys = matchHeaders(table.header.fields, OBSERVATION_COLUMNS, OBSERVATION_COLUMN_LEADS);
  if (keys.includes('target')) return readAppendixTable(table, keys, options);
  const reader = observationRows(table, keys);
  const total = table.rows.length;
  table.rows.forEach((rec, r) => {
    options.progress?.(r, total);
    reader.add(rec);
  });
  options.progress?.(total, total);
  return reader.finish(total);
}

/**
 * Reads observations from a CSV file as it is read (see `csvTableStream`), as
 * {@link readObservationsTable} reads a table: the same columns, checks and
 * diagnostics. Only what each observation needs is kept of a row. An appendix
 * (a target column) is read whole, as a table.
 *
 * @param stream - the table, its rows still to be read
 * @param options - `progress`: called after each batch of rows with the rows read so far; `year` (of an
 * appendix: `--year`)
 * @throws InputError as {@link readObservationsTable}, and for a file that stops being readable
 * @example
 * const input = await readObservationsStream(await csvTableStream(decodePieces(file.pieces), 'so-lieu.csv'));
 * input.rows; // 1000000
 */
export async function readObservationsStream(
  stream: TableStream,
  options: { readonly progress?: (rows: number) => void; readonly year?: number } = {},
): Promise<ObservationFile> {
  const keys = matchHeaders(stream.header.fields, OBSERVATION_COLUMNS, OBSERVATION_COLUMN_LEADS);
  if (keys.includes('target')) {
    const rows: TableRecord[] = [];
    for await (const batch of stream.batches) for (const r of batch) rows.push(r);
    return readAppendixTable({ ...stream, rows }, keys, options.year !== undefined ? { year: options.year } : {});
  }
  const reader = observationRows(stream, keys);
  let total = 0;
  for await (const batch of stream.batches) {
    for (const rec of batch) reader.add(rec);
    total += batch.length;
    options.progress?.(total);
  }
  return reader.finish(total);
}
