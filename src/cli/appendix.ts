/**
 * An appendix typed as printed, for `xhht evaluate`: a CSV file or a sheet of
 * a workbook whose rows carry their own target ("TT | Nội dung chỉ tiêu | Mục tiêu (%) | Kết quả (%) | Ghi
 * chú"). The library builds the plan of its targets (`appendixPlan`); this
 * file only maps columns and lines.
 */
import { appendixPlan, type AppendixRow } from '../attainment/appendix.js';
import { isXhhtError, type Issue, type IssuePath } from '../errors.js';
import { InputError, fromError, type Diagnostic } from './diagnostics.js';
import type { ObservationColumn, ObservationFile, RowProgress } from './observations.js';
import { fieldCountProblem, cellText, twoColumns, isBlankCell, type CellExpectation, type Table } from './table.js';
import { say, messageFields } from '../messages/say.js';
import { CLI } from '../messages/sections.js';

/** The columns an appendix reads; the others are for readers (ghi chú) or not allowed. */
const APPENDIX_COLUMNS: ReadonlySet<ObservationColumn> = new Set([
  'no',
  'label',
  'indicator',
  'target',
  'rate',
  'ignored',
]);

/**
 * The year a target column names ("Mục tiêu … đến năm 2025 (tỷ lệ %)"), when it names exactly one.
 *
 * @example
 * yearInHeader('Mục tiêu theo kế hoạch của huyện đến năm 2025 (tỷ lệ %)'); // 2025
 * yearInHeader('Mục tiêu (%)');                                           // undefined
 */
function yearInHeader(header: string): number | undefined {
  const years = new Set([...header.matchAll(/(?<!\d)(19\d\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The date a result column names: "tháng 06/2025" is the last day of that
 * month, "30/06/2025" that day; `undefined` when it names none (or several).
 *
 * @example
 * dateInHeader('Kết quả thực hiện tính đến thời điểm tháng 06/2025 (tỷ lệ %)'); // '2025-06-30'
 * dateInHeader('Kết quả tính đến ngày 15/6/2025');                              // '2025-06-15'
 */
function dateInHeader(header: string): string | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  const days = [...header.matchAll(/(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g)];
  const months = [
    ...header
      .replace(/(?<!\d)\d{1,2}\/\d{1,2}\/\d{4}(?!\d)/g, ' ')
      .matchAll(/th[aá]ng\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/giu),
  ];
  if (days.length + months.length !== 1) return undefined;
  if (days.length === 1) {
    const [, d, m, y] = days[0]!.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
      ? `${y}-${pad(m)}-${pad(d)}`
      : undefined;
  }
  const [, m, y] = months[0]!.map(Number) as [number, number, number];
  if (m < 1 || m > 12) return undefined;
  // day 0 of the next month: the last day of this one
  return `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/**
 * Reads the rows of an appendix (a table with a target column: a CSV file or
 * a sheet of a workbook) and builds the plan of its own targets with
 * `appendixPlan`: columns `TT`/`STT` (the row number; a row with neither
 * target nor result is a group heading), `Nội dung chỉ tiêu` (the indicator as
 * worded; a catalog indicator worded the same is used), optionally an
 * indicator id column, `Mục tiêu` (a minimum; "≤ 1,5" or "tối đa 1,5" for a
 * maximum) and `Kết quả` (the rate reported, "100", "99,96"); `Ghi chú` is for
 * readers. A number cell of a sheet is the number it holds, a percent-formatted
 * one the percentage it shows (0.9996 is "99,96%"), read exactly as the same
 * text typed would be. The year is `year` (from `--year`), else the one the
 * target header names ("đến năm 2025"); the date of the figures is the one the
 * result header names ("tháng 06/2025": 2025-06-30).
 *
 * Every row ends as a heading, a target (with its observation when the result
 * is given), or a diagnostic at its line (CSV) or cell (`Sheet1!D7`) and column.
 *
 * @param table - `tableOf` the records of a CSV file (`csvRecords`) or of a workbook sheet (`readSheetRecords`)
 * @param keys - the column of each header (`matchHeaders`)
 * @param options - `year` from the command line, `progress`
 * @throws InputError (`invalid-csv` for a CSV file, `invalid-xlsx` for a sheet) for columns an appendix does not read
 * or no result column; `invalid-year` when no year is known; `invalid-input` when no row gives a target
 * @example
 * const table = tableOf(csvRecords(await readFile('examples/long-phung-phu-luc-2.csv', 'utf8'), 'phu-luc-2.csv'));
 * const f = readAppendixTable(
 *   table,
 *   matchHeaders(table.header.fields, OBSERVATION_COLUMNS, OBSERVATION_COLUMN_LEADS),
 *   {},
 * );
 * f.plan;         // the plan of the appendix's own targets
 * f.observations; // [{ indicator: 'xa-dat-chuan-xoa-mu-chu-muc-do-2', percent: '100' }, …]
 */
export function readAppendixTable(
  table: Table,
  keys: readonly (ObservationColumn | null)[],
  options: { readonly year?: number; readonly progress?: RowProgress },
): ObservationFile {
  const { file, header } = table;
  const code = table.sheet === undefined ? 'invalid-csv' : 'invalid-xlsx';
  /** The place of a cell (or the whole row) of the record at `line`. */
  const place = (line: number, c?: number) => {
    const cell = table.cellRef(line, c);
    return { file, line, ...(cell !== undefined ? { cell } : {}) };
  };
  const diagnostics: Diagnostic[] = [];
  const column = new Map<ObservationColumn, number>();
  const problems: Diagnostic[] = [];
  header.fields.forEach((h, c) => {
    const key = keys[c] ?? null;
    if (key === null) {
      if (h.trim() !== '')
        diagnostics.push({
          severity: 'warning',
          code,
          ...place(header.line, c),
          field: h,
          ...messageFields(say(CLI, 'column.unknown-ignored')),
        });
      return;
    }
    if (!APPENDIX_COLUMNS.has(key)) {
      problems.push({
        severity: 'error',
        code,
        ...place(header.line, c),
        field: h,
        ...messageFields(say(CLI, 'appendix.column-not-read')),
      });
      return;
    }
    if (key === 'ignored') return;
    const prev = column.get(key);
    if (prev !== undefined) {
      problems.push(twoColumns(table, key, prev, c));
      return;
    }
    column.set(key, c);
  });
  if (!column.has('rate')) {
    problems.push({
      severity: 'error',
      code,
      ...place(header.line),
      ...messageFields(say(CLI, 'appendix.no-result-column')),
    });
  }
  if (problems.length > 0) throw new InputError(problems);
  const headerOf = (key: ObservationColumn) => header.fields[column.get(key)!]!;
  // the wording of the row: its label column, else the indicator column
  const labelKey: ObservationColumn | undefined = column.has('label')
    ? 'label'
    : column.has('indicator')
      ? 'indicator'
      : undefined;
  const idKey: ObservationColumn | undefined =
    labelKey === 'label' && column.has('indicator') ? 'indicator' : undefined;
  const year = options.year ?? yearInHeader(headerOf('target'));
  if (year === undefined) {
    throw new InputError([
      {
        severity: 'error',
        code: 'invalid-year',
        ...place(header.line, column.get('target')),
        field: headerOf('target'),
        ...messageFields(say(CLI, 'invalid-year.appendix-no-year')),
      },
    ]);
  }
  const asOf = dateInHeader(headerOf('rate'));

  const rows: AppendixRow[] = [];
  const lines: number[] = [];
  let read = 0;
  const total = table.rows.length;
  table.rows.forEach((rec, r) => {
    options.progress?.(r, total);
    if (rec.fields.every(isBlankCell)) return;
    read++;
    const beyond = fieldCountProblem(table, rec);
    if (beyond) {
      diagnostics.push(beyond);
      return;
    }
    let unreadable = false;
    // a cell as text: a target or a result as the Vietnamese parsers read it ("99,96%" for a percent-formatted 0.9996)
    const cell = (key: ObservationColumn | undefined, expect: CellExpectation = 'text'): string | undefined => {
      const c = key === undefined ? undefined : column.get(key);
      if (c === undefined || isBlankCell(rec.fields[c])) return undefined;
      try {
        const v = cellText(rec.fields[c]!, expect);
        return v === '' ? undefined : v;
      } catch (e) {
        diagnostics.push(fromError(e, file, header.fields[c], rec.line, table.cellRef(rec.line, c)));
        unreadable = true;
        return undefined;
      }
    };
    const no = cell('no');
    const label = cell(labelKey);
    const indicator = cell(idKey);
    const target = cell('target', 'number');
    const percent = cell('rate', 'number');
    // a cell that cannot be read (an error value, a date): said at its cell; the row is not used
    if (unreadable) return;
    rows.push({
      ...(no !== undefined ? { no } : {}),
      ...(label !== undefined ? { label } : {}),
      ...(indicator !== undefined ? { indicator } : {}),
      ...(target !== undefined ? { target } : {}),
      ...(percent !== undefined ? { percent } : {}),
    });
    lines.push(rec.line);
  });
  options.progress?.(total, total);

  // a row's field → the column it was read from
  const columnOf = (path: IssuePath): number | undefined => {
    const f = path[0];
    const key: ObservationColumn | undefined =
      f === 'percent'
        ? 'rate'
        : f === 'target'
          ? 'target'
          : f === 'label'
            ? labelKey
            : f === 'indicator'
              ? idKey
              : undefined;
    return key === undefined ? undefined : column.get(key);
  };
  // a row without a wording column is reported under the column it lacks
  const fieldOf = (path: IssuePath): string | undefined => {
    const c = columnOf(path);
    if (c !== undefined) return header.fields[c];
    return path[0] === 'label' ? 'Nội dung chỉ tiêu' : undefined;
  };
  const located = (issue: Issue): Diagnostic => {
    const r = issue.path[0] === 'rows' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
    const field = r === undefined ? undefined : fieldOf(issue.path.slice(2));
    return {
      severity: issue.severity,
      code: issue.code,
      ...(r !== undefined ? place(lines[r]!, columnOf(issue.path.slice(2))) : { file }),
      ...(field !== undefined ? { field } : {}),
      message: issue.message,
      messageVi: issue.messageVi,
    };
  };
  let built: ReturnType<typeof appendixPlan>;
  try {
    built = appendixPlan(rows, { year });
  } catch (e) {
    if (!isXhhtError(e)) throw e;
    throw new InputError([...diagnostics, ...e.issues.map(located), fromError(e, file)]);
  }
  diagnostics.push(...built.issues.map(located));
  return {
    observations: built.observations,
    rows: read,
    diagnostics,
    headerLine: header.line,
    plan: built.plan,
    year,
    ...(asOf !== undefined ? { asOf } : {}),
    appendix: true,
    locate: (index, path = []) => {
      const r = built.rowOf[index];
      if (r === undefined) return {};
      const field = fieldOf(path);
      const { line, cell } = place(lines[r]!, columnOf(path));
      return { line, ...(cell !== undefined ? { cell } : {}), ...(field !== undefined ? { field } : {}) };
    },
    reportedWhileReading: () => false,
  };
}
