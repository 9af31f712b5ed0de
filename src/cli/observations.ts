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
import { parseViShare } from '../vi/share.js';
import { parseCountCell, parseDateCell, parseYesNo } from './cells.js';
import type { CsvDelimiter } from './csv.js';
import { InputError, fromError, jsonPath, type Diagnostic } from './diagnostics.js';
import { matchHeaders } from './headers.js';
import { parseJsonFile } from './json.js';
import { readCsvFile } from './csv-file.js';
import { readAppendixCsv } from './appendix.js';

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
  /** Where observation `index` (and the field at `path` inside it, e.g. `['numerator']`) is in the file. */
  locate(index: number, path?: IssuePath): { readonly line?: number; readonly field?: string };
  /** True when an issue of the library about observation `index` at `path` repeats a problem already reported while reading. */
  reportedWhileReading(index: number, path: IssuePath): boolean;
  /** The line of a CSV file's header row. */
  readonly headerLine?: number;
  /** `plan`, `year` and `asOf` of a JSON file, as written (checked by the caller); for an appendix, the plan of its own targets. */
  readonly plan?: unknown;
  readonly year?: unknown;
  readonly asOf?: unknown;
  /** True for an appendix that carries its own targets (a CSV with a "Mục tiêu" column): `plan` is built from its rows. */
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
 * @throws InputError `invalid-json` when the text does not parse or has another shape; `invalid-input` for a `unit` that is not text
 * @example
 * readObservationsJson('{"year": 2025, "observations": []}', 'a.json').year; // 2025
 */
export function readObservationsJson(text: string, file: string, options: { readonly progress?: RowProgress } = {}): ObservationFile {
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
        message: 'expected an array of observations or an object with "observations": [...]',
        messageVi: 'cần một mảng số liệu hoặc một đối tượng có "observations": [...]',
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
        message: 'unit must be text, the name of the unit the observations are about',
        messageVi: 'unit phải là chuỗi ký tự, tên đơn vị của các số liệu',
      },
    ]);
  }
  const total = list.length;
  const observations = (list as unknown[]).map((o, i) => {
    options.progress?.(i, total);
    return unit !== undefined && typeof o === 'object' && o !== null && !Array.isArray(o) && !('unit' in o) ? { ...o, unit } : o;
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
 * (see `readAppendixCsv`) and are not read otherwise.
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
  rate: ['rate', 'percent', 'percentage', 'result', 'tỷ lệ', 'tỉ lệ', 'tỷ lệ (%)', 'tỷ lệ phần trăm', 'kết quả', 'Kết quả (%)', 'kết quả thực hiện'],
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

const COMPONENT = /^\s*(?:components?|trong\s*(?:đó|do))\s*[.:]\s*(\S(?:.*\S)?)\s*$/iu;

/** Where a row is: its line, the header each field of its observation came from, and whether it could be read. */
interface RowRef {
  readonly line: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly unread: boolean;
}

/**
 * Reads a CSV observation file. Columns (any order, English or Vietnamese
 * headers, case and marks ignored): `indicator` (chỉ tiêu), `numerator` (tử
 * số) and `denominator` (mẫu số) or `share` (tỷ số, "19.739/19.747"), `count`
 * (số lượng) with optional `components.<id>` columns, `achieved` (đạt), a rate
 * (tỷ lệ, kết quả (%): "99,96" or "99.96", used in a row with no counts and
 * read exactly by the library), `unit` (đơn vị), `as_of` (ngày: 2024-12-31 or
 * 31/12/2024), `source` (nguồn). Counts are read the Vietnamese way
 * ("19.739"). Columns for readers (note, label, STT) are ignored. A file with
 * a target column (mục tiêu) is an appendix with its own targets, read by
 * `readAppendixCsv`. A bad row is a diagnostic with its line and column, and
 * an observation without a value (see {@link ObservationFile}); the other rows
 * are still read.
 *
 * @param text - the file's text
 * @param file - its name, for messages
 * @param options - `delimiter` (default: detected), `progress` callback, `year` (of an appendix: `--year`)
 * @throws InputError `invalid-csv` for a malformed file or a missing `indicator` column (not needed in an appendix)
 * @example
 * const f = readObservationsCsv('indicator;share\nprovinces-literacy-level-2;55/63\n', 'a.csv');
 * f.observations; // [{ indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 }]
 */
export function readObservationsCsv(
  text: string,
  file: string,
  options: { readonly delimiter?: CsvDelimiter; readonly progress?: RowProgress; readonly year?: number } = {},
): ObservationFile {
  const { header, records } = readCsvFile(text, file, options.delimiter);
  const diagnostics: Diagnostic[] = [];
  const at = { file, line: header.line };
  const keys = matchHeaders(header.fields, OBSERVATION_COLUMNS, OBSERVATION_COLUMN_LEADS);
  if (keys.includes('target')) return readAppendixCsv({ header, records, keys }, file, options);
  const components = header.fields.map((h) => COMPONENT.exec(h)?.[1] ?? null);
  const firstOf = new Map<string, number>();
  header.fields.forEach((h, c) => {
    const key = components[c] !== null ? `components.${components[c]}` : keys[c];
    if (key === null || key === undefined) {
      if (h.trim() !== '') {
        diagnostics.push({ severity: 'warning', code: 'invalid-csv', ...at, field: h, message: 'unknown column, ignored', messageVi: 'cột không xác định, bỏ qua' });
      }
      return;
    }
    // for people reading the sheet (label and number are read only in an appendix)
    if (key === 'ignored' || key === 'label' || key === 'no') return;
    const prev = firstOf.get(key);
    if (prev !== undefined) {
      throw new InputError([
        {
          severity: 'error',
          code: 'invalid-csv',
          ...at,
          field: h,
          message: `two columns for ${key}: ${JSON.stringify(header.fields[prev])} and ${JSON.stringify(h)}`,
          messageVi: `hai cột cho ${key}: ${JSON.stringify(header.fields[prev])} và ${JSON.stringify(h)}`,
        },
      ]);
    }
    firstOf.set(key, c);
  });
  if (!firstOf.has('indicator')) {
    throw new InputError([
      {
        severity: 'error',
        code: 'invalid-csv',
        ...at,
        message: `no "indicator" (chỉ tiêu) column; the header row is ${JSON.stringify(header.fields.join(' | '))}`,
        messageVi: `không có cột "chỉ tiêu" (indicator); dòng tiêu đề là ${JSON.stringify(header.fields.join(' | '))}`,
      },
    ]);
  }
  const column = (key: string) => firstOf.get(key);
  const componentColumns = [...firstOf].filter(([k]) => k.startsWith('components.')).map(([k, c]) => [k.slice('components.'.length), c] as const);
  const headerOf = (c: number) => header.fields[c]!;

  // the header each field of an observation came from; numerator and denominator from a share cell name it
  const plainHeaders = new Map<string, string>([...firstOf].map(([key, c]) => [key, headerOf(c)]));
  const shareColumn = column('share');
  // a rate cell is the observation's `percent`
  if (column('rate') !== undefined) plainHeaders.set('percent', headerOf(column('rate')!));
  const shareHeaders =
    shareColumn === undefined ? plainHeaders : new Map([...plainHeaders, ['numerator', headerOf(shareColumn)], ['denominator', headerOf(shareColumn)]]);
  let rateBesideCounts = false;
  const observations: Observation[] = [];
  const refs: RowRef[] = [];
  const total = records.length - 1;
  for (let r = 1; r < records.length; r++) {
    options.progress?.(r - 1, total);
    const rec = records[r]!;
    const cells = rec.fields;
    if (cells.every((f) => f.trim() === '')) continue;
    const rowProblems: Diagnostic[] = [];
    const bad = (c: number | undefined, e: unknown) => rowProblems.push(fromError(e, file, c === undefined ? undefined : headerOf(c), rec.line));
    if (cells.length > header.fields.length && cells.slice(header.fields.length).some((f) => f.trim() !== '')) {
      rowProblems.push({
        severity: 'error',
        code: 'invalid-csv',
        file,
        line: rec.line,
        message: `${cells.length} fields, but the header has ${header.fields.length}; quote a field that contains the delimiter`,
        messageVi: `có ${cells.length} trường nhưng dòng tiêu đề có ${header.fields.length}; trường chứa dấu phân cách phải đặt trong dấu nháy`,
      });
    }
    const cell = (key: string): string | undefined => {
      const c = column(key);
      const v = c === undefined ? undefined : cells[c]?.trim();
      return v === '' ? undefined : v;
    };
    const read = <T>(key: string, parse: (text: string) => T): T | undefined => {
      const text = cell(key);
      if (text === undefined) return undefined;
      try {
        return parse(text);
      } catch (e) {
        bad(column(key), e);
        return undefined;
      }
    };
    const indicator = cell('indicator');
    if (indicator === undefined) {
      rowProblems.push({ severity: 'error', code: 'invalid-observation', file, line: rec.line, field: headerOf(column('indicator')!), message: 'the indicator is empty', messageVi: 'thiếu mã chỉ tiêu' });
    }
    const numerator = read('numerator', (t) => parseCountCell(t));
    const denominator = read('denominator', (t) => parseCountCell(t));
    const share = read('share', (t) => parseViShare(t));
    const count = read('count', (t) => parseCountCell(t));
    const achieved = read('achieved', parseYesNo);
    const parts: [string, number][] = [];
    for (const [id, c] of componentColumns) {
      const v = cells[c]?.trim();
      if (!v) continue;
      try {
        parts.push([id, parseCountCell(v)]);
      } catch (e) {
        bad(c, e);
      }
    }
    const unit = cell('unit');
    const asOf = read('asOf', parseDateCell);
    const source = cell('source');

    // Which kind of value the row gives, judged on the cells written (a bad cell still counts as given).
    const given = (key: string) => cell(key) !== undefined;
    const shareGiven = given('numerator') || given('denominator') || given('share');
    const countGiven = given('count') || componentColumns.some(([, c]) => (cells[c]?.trim() ?? '') !== '');
    const kinds = [shareGiven && 'numerator/denominator', countGiven && 'count', given('achieved') && 'achieved'].filter(Boolean);
    // a rate is the row's value only when it gives no counts: counts are exact, a rate is rounded
    const rate = kinds.length === 0 ? cell('rate') : undefined;
    if (kinds.length > 0 && given('rate')) rateBesideCounts = true;
    const rowError = (message: string, messageVi: string, field?: string) =>
      rowProblems.push({ severity: 'error', code: 'invalid-observation', file, line: rec.line, ...(field ? { field } : {}), message, messageVi });
    if (kinds.length === 0 && rate === undefined) {
      rowError('no value: fill numerator and denominator (or share), count, achieved, or a rate (tỷ lệ)', 'không có giá trị: điền tử số và mẫu số (hoặc tỷ số), số lượng, đạt, hoặc tỷ lệ');
    } else if (kinds.length === 0) {
      // a rate alone: the library reads it exactly and reports a bad one at this cell
    } else if (kinds.length > 1) {
      rowError(`one kind of value per row, but this row has ${kinds.join(' and ')}`, `mỗi dòng chỉ một loại giá trị, dòng này có ${kinds.join(' và ')}`);
    } else if (given('share') && (given('numerator') || given('denominator'))) {
      const h = headerOf(column('share')!);
      rowError('give either the share or numerator and denominator, not both', 'chỉ điền tỷ số hoặc tử số và mẫu số, không điền cả hai', h);
    } else if (!given('share') && shareGiven && (!given('numerator') || !given('denominator'))) {
      const missing = given('numerator') ? 'denominator' : 'numerator';
      const c = column(missing);
      rowError(
        `${missing} is empty`,
        `thiếu ${missing === 'numerator' ? 'tử số' : 'mẫu số'}`,
        c === undefined ? missing : headerOf(c),
      );
    } else if (componentColumns.length > 0 && countGiven && !given('count')) {
      rowError('"of which" components are given without the total count', 'có số "trong đó" nhưng thiếu tổng số lượng', column('count') === undefined ? 'count' : headerOf(column('count')!));
    }
    if (rowProblems.length > 0) {
      diagnostics.push(...rowProblems);
      // a figure was written here, but it is unknown: the library counts it as a figure not usable
      observations.push({
        ...(indicator !== undefined ? { indicator } : {}),
        ...(unit !== undefined ? { unit } : {}),
        ...(source !== undefined ? { source } : {}),
      } as Observation);
      refs.push({ line: rec.line, headers: plainHeaders, unread: true });
      continue;
    }
    const base = {
      indicator: indicator!,
      ...(unit !== undefined ? { unit } : {}),
      ...(asOf !== undefined ? { asOf } : {}),
      ...(source !== undefined ? { source } : {}),
    };
    let o: Observation;
    if (rate !== undefined) o = { ...base, percent: rate };
    else if (share) o = { ...base, numerator: share.numerator, denominator: share.denominator };
    else if (numerator !== undefined) o = { ...base, numerator, denominator: denominator! };
    else if (count !== undefined) o = { ...base, count, ...(parts.length > 0 ? { components: Object.fromEntries(parts) } : {}) };
    else o = { ...base, achieved: achieved! };
    observations.push(o);
    refs.push({ line: rec.line, headers: share ? shareHeaders : plainHeaders, unread: false });
  }
  options.progress?.(total, total);
  if (rateBesideCounts) {
    const h = headerOf(column('rate')!);
    diagnostics.unshift({
      severity: 'warning',
      code: 'invalid-csv',
      ...at,
      field: h,
      message: 'rows with counts use the counts (exact); this rate column is read only in rows without counts',
      messageVi: 'dòng có số đếm thì dùng số đếm (chính xác); cột tỷ lệ này chỉ được đọc ở dòng không có số đếm',
    });
  }
  return {
    observations,
    rows: total,
    diagnostics,
    headerLine: header.line,
    locate: (index, path = []) => {
      const ref = refs[index];
      if (!ref) return {};
      const name = path.length === 0 ? undefined : (ref.headers.get(path.join('.')) ?? ref.headers.get(String(path[0])) ?? jsonPath(path));
      return { line: ref.line, ...(name !== undefined ? { field: name } : {}) };
    },
    // the library's "no value" for a row without a readable value: its read problems said it better
    reportedWhileReading: (index, path) => refs[index]?.unread === true && path.length === 0,
  };
}

/**
 * True when a file should be read as JSON: a `.json` name, or (for other
 * names) text that starts with `{` or `[`.
 *
 * @example
 * looksLikeJson('data.csv', '[]'); // false: the name decides
 * looksLikeJson('data', ' {"observations": []}'); // true
 */
export function looksLikeJson(file: string, text: string): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'json') return true;
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return false;
  return /^\s*[[{]/.test(text);
}
