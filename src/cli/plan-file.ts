/**
 * A plan file named on the command line: JSON (a plan as `definePlan` takes
 * it), or a plan written as a table, CSV or .xlsx (`xhht plan init`), read by
 * the shared table reader (`tableRecords`: the same cells, number cells and
 * places as every other table) and the library's `planFromTable`. Problems
 * come back as one diagnostic line each, at their place:
 * `plan.json: targets[0].value: …`, `ke-hoach.csv:17:9: Mục tiêu 2025: …`,
 * `ke-hoach.xlsx:'Kế hoạch'!I17: Mục tiêu 2025: …`.
 */
import { isXhhtError, type Issue } from '../errors.js';
import { definePlan } from '../plans/define.js';
import type { Plan } from '../plans/plan.js';
import { planFromTable, type PlanTableCell, type PlanTableIssue, type PlanTableRow } from '../plans/table.js';
import { columnKey } from '../plans/table-words.js';
import type { CsvDelimiter } from './csv.js';
import { InputError, fromError, jsonPath, type Diagnostic } from './diagnostics.js';
import { decodeInputText, readInputBytes, type CliIo } from './io.js';
import { parseJsonFile } from './json.js';
import { percentOfFraction, type TableCell, type TableRecords } from './table.js';
import { isWorkbook, tableRecords } from './table-file.js';

/**
 * How a plan file is written, from its name.
 *
 * @example
 * const f: PlanFileFormat = 'xlsx';
 */
export type PlanFileFormat = 'json' | 'csv' | 'xlsx';

/**
 * The format of a plan file by its extension: `.xlsx`, `.csv` / `.tsv` /
 * `.txt`, else JSON.
 *
 * @example
 * planFileFormat('ke-hoach.xlsx'); // 'xlsx'
 * planFileFormat('plan.json');     // 'json'
 */
export function planFileFormat(path: string): PlanFileFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  return 'json';
}

/**
 * True when a `--plan` value names a file rather than a built-in plan: it has
 * a plan file's extension or a path separator. Plan ids never do.
 *
 * @example
 * looksLikePlanFile('ke-hoach.xlsx'); // true
 * looksLikePlanFile('qd-1373');       // false
 */
export function looksLikePlanFile(value: string): boolean {
  return /\.(json|csv|tsv|txt|xlsx|xlsm)$/i.test(value) || /[/\\]/.test(value);
}

/** Diagnostics of a thrown definePlan error: one per problem, each at its field. */
function planDiagnostics(e: unknown, file: string, prefix: readonly (string | number)[]): Diagnostic[] {
  if (isXhhtError(e) && e.issues.length > 0) {
    return e.issues.map((i: Issue) => ({
      severity: i.severity,
      code: i.code,
      file,
      field: jsonPath([...prefix, ...i.path]),
      message: i.message,
      messageVi: i.messageVi,
    }));
  }
  return [
    fromError(
      e,
      file,
      isXhhtError(e) && e.path.length > 0
        ? jsonPath([...prefix, ...e.path])
        : prefix.length > 0
          ? jsonPath(prefix)
          : undefined,
    ),
  ];
}

/**
 * Defines a plan given as data (a JSON file's value, or a file's `plan`),
 * or throws one diagnostic per problem at its JSON path.
 *
 * @param data - the parsed value
 * @param file - the file, for messages
 * @param prefix - where the plan is in the file (`['plan']` inside an observations file)
 * @example
 * definePlanData(JSON.parse(text), 'plan.json');
 */
export function definePlanData(data: unknown, file: string, prefix: readonly (string | number)[] = []): Plan {
  try {
    return definePlan(data);
  } catch (e) {
    throw new InputError(planDiagnostics(e, file, prefix));
  }
}

/** The heading a problem's cell sits under, as written in the file. */
function fieldOf(issue: PlanTableIssue, rows: readonly PlanTableRow[], vi: boolean): string | undefined {
  if (issue.row === null) return issue.field ? issue.field[vi ? 'vi' : 'en'] : undefined;
  return issue.field
    ? issue.field[vi ? 'vi' : 'en']
    : (rows.find((r) => r.row === issue.row)?.cells[(issue.column ?? 1) - 1]?.toString() ?? undefined);
}

/** Is the table written with Vietnamese headings? Then its problems name them in Vietnamese. */
function vietnameseHeadings(rows: readonly PlanTableRow[]): boolean {
  return rows.some((r) =>
    r.cells.some((c) => typeof c === 'string' && /^(mã chỉ tiêu|nội dung chỉ tiêu|mã kế hoạch)$/iu.test(c.trim())),
  );
}

/**
 * A cell of the shared table as `planFromTable` takes it: text as written, a
 * number as a number, a percent-formatted number as the percentage it shows
 * ("75%" for 0.75, exactly, as an official sees it), a date as ISO, an error
 * value as it is shown (`#N/A`, reported by the plan reader at its cell).
 */
function planCell(cell: TableCell): PlanTableCell {
  if (typeof cell === 'string') return cell;
  switch (cell.kind) {
    case 'number':
      return cell.percent ? `${percentOfFraction(cell.value)}%` : cell.value;
    case 'date':
    case 'error':
    case 'boolean':
      return cell.value;
  }
}

/**
 * Reads a plan written as a table (the records of a CSV file or of a sheet),
 * or throws every problem at its cell; warnings are returned.
 *
 * @param source - the records and their places (`tableRecords`)
 * @example
 * const { plan, warnings } = planFromRecords(csvRecords(text, 'ke-hoach.csv')); // problems at ke-hoach.csv:17:9
 * planFromRecords(await readSheetRecords(bytes, 'ke-hoach.xlsx'));              // problems at ke-hoach.xlsx:'Kế hoạch'!I17
 */
export function planFromRecords(source: TableRecords): {
  readonly plan: Plan;
  readonly warnings: readonly Diagnostic[];
} {
  const { file } = source;
  const rows: PlanTableRow[] = source.records.map((r) => ({ row: r.line, cells: r.fields.map(planCell) }));
  const { plan, issues } = planFromTable(rows);
  const vi = vietnameseHeadings(rows);
  const diagnostics = issues.map((i): Diagnostic => {
    const field = fieldOf(i, rows, vi);
    // a cell of a sheet (the whole row when no column is named); a line and column of a CSV file
    const cell = i.row === null ? undefined : source.cellRef(i.row, i.column === null ? undefined : i.column - 1);
    return {
      severity: i.severity,
      code: i.code,
      file,
      ...(i.row !== null ? { line: i.row } : {}),
      ...(cell !== undefined ? { cell } : i.row !== null && i.column !== null ? { column: i.column } : {}),
      ...(field !== undefined ? { field } : {}),
      message: i.message,
      messageVi: i.messageVi,
    };
  });
  if (!plan) throw new InputError(diagnostics);
  return { plan, warnings: diagnostics };
}

/** The sheet of a plan workbook, before the first visible one: as `plan init` names it. */
const PLAN_SHEETS = ['Kế hoạch', 'Plan'];

/** A heading row of a plan's targets table: three cells or more name its columns. */
const isPlanHeading = (fields: readonly string[]): boolean =>
  fields.filter((f) => columnKey(f) !== undefined).length >= 3;

/**
 * Reads a plan file of any format: JSON through `definePlan`, CSV and .xlsx
 * through the shared table reader and `planFromTable`. Problems throw
 * `InputError` with every problem at its place; warnings (an unknown
 * column…) are returned for the caller to print.
 *
 * @param io - to read the file
 * @param file - its name
 * @param options - a CSV delimiter forced by `--delimiter` (else found by the targets' heading row)
 * @example
 * const { plan, warnings } = await readPlanFile(io, 'ke-hoach.xlsx');
 */
export async function readPlanFile(
  io: CliIo,
  file: string,
  options: { readonly delimiter?: CsvDelimiter } = {},
): Promise<{ readonly plan: Plan; readonly warnings: readonly Diagnostic[] }> {
  const format = planFileFormat(file);
  const bytes = await readInputBytes(io, file);
  if (format !== 'xlsx' && !isWorkbook(file, bytes)) {
    const text = decodeInputText(bytes, file);
    // a .txt or unnamed file that holds JSON is JSON
    if (format === 'json' || (/^\s*\{/.test(text) && !/\.(csv|tsv)$/i.test(file)))
      return { plan: definePlanData(parseJsonFile(text, file), file), warnings: [] };
  }
  // the first line of a plan table is free text (the template's instructions, a title): the delimiter is found by the targets' heading row
  const records = await tableRecords(bytes, file, {
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    recognise: isPlanHeading,
    prefer: PLAN_SHEETS,
  });
  return planFromRecords(records);
}
