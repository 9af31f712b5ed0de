/**
 * A plan file named on the command line: JSON (a plan as `definePlan` takes
 * it), or a plan written as a table, CSV or .xlsx (`xhht plan init`), read by
 * the library's `planFromTable`. Problems come back as one diagnostic line
 * each, at their place: `plan.json: targets[0].value: …`,
 * `ke-hoach.csv:17:9: Mục tiêu 2025: …`, `ke-hoach.xlsx: Kế hoạch!I17 (Mục tiêu 2025): …`.
 */
import { XhhtError, isXhhtError, type Issue } from '../errors.js';
import { definePlan } from '../plans/define.js';
import type { Plan } from '../plans/plan.js';
import { cellName, planFromTable, type PlanTableIssue, type PlanTableRow } from '../plans/table.js';
import { columnKey } from '../plans/table-words.js';
import { parseCsv, type CsvDelimiter, type CsvRecord } from './csv.js';
import { InputError, fromError, jsonPath, type Diagnostic } from './diagnostics.js';
import { readText, type CliIo } from './io.js';
import { parseJsonFile } from './json.js';
import { readXlsxRows } from './plan-xlsx.js';

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

/** The bytes of a file, or the one-line problem. */
async function readBytes(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const why = code === 'ENOENT' ? { en: 'no such file', vi: 'không có tệp này' } : { en: String((e as Error).message ?? e), vi: String((e as Error).message ?? e) };
    throw new InputError([fromError(new XhhtError('unreadable-file', `cannot read the file: ${why.en}`, { messageVi: `không đọc được tệp: ${why.vi}` }), path)]);
  }
}

/** Diagnostics of a thrown definePlan error: one per problem, each at its field. */
function planDiagnostics(e: unknown, file: string, prefix: readonly (string | number)[]): Diagnostic[] {
  if (isXhhtError(e) && e.issues.length > 0) {
    return e.issues.map((i: Issue) => ({ severity: i.severity, code: i.code, file, field: jsonPath([...prefix, ...i.path]), message: i.message, messageVi: i.messageVi }));
  }
  return [fromError(e, file, isXhhtError(e) && e.path.length > 0 ? jsonPath([...prefix, ...e.path]) : prefix.length > 0 ? jsonPath(prefix) : undefined)];
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
  return issue.field ? issue.field[vi ? 'vi' : 'en'] : (rows.find((r) => r.row === issue.row)?.cells[(issue.column ?? 1) - 1]?.toString() ?? undefined);
}

/** Is the table written with Vietnamese headings? Then its problems name them in Vietnamese. */
function vietnameseHeadings(rows: readonly PlanTableRow[]): boolean {
  return rows.some((r) => r.cells.some((c) => typeof c === 'string' && /^(mã chỉ tiêu|nội dung chỉ tiêu|mã kế hoạch)$/iu.test(c.trim())));
}

/**
 * Reads a plan written as a table (rows from CSV or .xlsx), or throws every
 * problem at its cell; warnings are returned.
 *
 * @param rows - the rows, numbered as the user sees them
 * @param file - the file, for messages
 * @param where - a workbook's sheet: problems at `Sheet!D7`; without it, at `file:line:column`
 * @example
 * const { plan, warnings } = planFromRows(rows, 'ke-hoach.csv', {});           // problems at ke-hoach.csv:17:9
 * planFromRows(rows, 'ke-hoach.xlsx', { sheet: 'Kế hoạch' });                    // problems at Kế hoạch!I17
 */
export function planFromRows(rows: readonly PlanTableRow[], file: string, where: { readonly sheet?: string }): { readonly plan: Plan; readonly warnings: readonly Diagnostic[] } {
  const { plan, issues } = planFromTable(rows);
  const vi = vietnameseHeadings(rows);
  const diagnostics = issues.map((i): Diagnostic => {
    const field = fieldOf(i, rows, vi);
    const base = { severity: i.severity, code: i.code, file, message: i.message, messageVi: i.messageVi };
    if (where.sheet !== undefined) {
      const cell = i.row === null ? undefined : `${where.sheet}!${cellName(i.row, i.column ?? 1)}`;
      const place = cell === undefined ? field : field === undefined ? cell : `${cell} (${field})`;
      return { ...base, ...(place !== undefined ? { field: place } : {}) };
    }
    return { ...base, ...(i.row !== null ? { line: i.row } : {}), ...(i.row !== null && i.column !== null ? { column: i.column } : {}), ...(field !== undefined ? { field } : {}) };
  });
  if (!plan) throw new InputError(diagnostics);
  return { plan, warnings: diagnostics };
}

/**
 * The records of a plan CSV whatever its delimiter. The first line of a plan
 * table is free text (the template's instructions, or a title), so the
 * delimiter is the one with which a heading row of the targets table appears.
 */
function guessRecords(text: string): readonly CsvRecord[] {
  const first = parseCsv(text);
  const hasHeading = (records: readonly CsvRecord[]) => records.some((r) => r.fields.filter((f) => columnKey(f) !== undefined).length >= 3);
  if (hasHeading(first.records)) return first.records;
  for (const delimiter of [';', ',', '\t'] as const) {
    if (delimiter === first.delimiter) continue;
    try {
      const { records } = parseCsv(text, { delimiter });
      if (hasHeading(records)) return records;
    } catch {
      // not this delimiter
    }
  }
  return first.records;
}

/**
 * Reads a plan file of any format: JSON through `definePlan`, CSV and .xlsx
 * through `planFromTable`. Problems throw `InputError` with every problem at
 * its place; warnings (an unknown column…) are returned for the caller to
 * print.
 *
 * @param io - to read the file
 * @param file - its name
 * @param options - a CSV delimiter forced by `--delimiter`
 * @example
 * const { plan, warnings } = await readPlanFile(io, 'ke-hoach.xlsx');
 */
export async function readPlanFile(io: CliIo, file: string, options: { readonly delimiter?: CsvDelimiter } = {}): Promise<{ readonly plan: Plan; readonly warnings: readonly Diagnostic[] }> {
  const format = planFileFormat(file);
  if (format === 'xlsx') {
    const bytes = await readBytes(io, file);
    let sheet: { readonly sheet: string; readonly rows: readonly PlanTableRow[] };
    try {
      sheet = await readXlsxRows(bytes);
    } catch (e) {
      throw new InputError([fromError(e, file)]);
    }
    return planFromRows(sheet.rows, file, { sheet: sheet.sheet });
  }
  let text: string;
  try {
    text = await readText(io, file);
  } catch (e) {
    throw new InputError([fromError(e, file)]);
  }
  // a .txt or unnamed file that holds JSON is JSON
  if (format === 'json' || (format === 'csv' && /^\s*\{/.test(text) && !/\.(csv|tsv)$/i.test(file))) return { plan: definePlanData(parseJsonFile(text, file), file), warnings: [] };
  let records: readonly { readonly line: number; readonly fields: readonly string[] }[];
  try {
    records = options.delimiter ? parseCsv(text, { delimiter: options.delimiter }).records : guessRecords(text);
  } catch (e) {
    const line = isXhhtError(e) && typeof e.path[0] === 'number' ? e.path[0] : undefined;
    throw new InputError([fromError(e, file, undefined, line)]);
  }
  return planFromRows(
    records.map((r) => ({ row: r.line, cells: r.fields })),
    file,
    {},
  );
}
