import type { Labels } from '../catalog/source.js';
import type { Issue } from '../errors.js';
import type { PlanColumnKey } from './table-words.js';

/*
 * A plan written as a table (issue 10): the shapes shared by the writer
 * (planToTable, planTemplate) and the reader (planFromTable). One sheet holds
 * everything, so the same layout works as a CSV file and as a workbook:
 *
 *   row 1         a line saying how to fill it in (ignored when read)
 *   rows 2–13     the plan's details, one per row: label, value
 *   a blank row
 *   the headings  STT, Mã chỉ tiêu, Nội dung chỉ tiêu, …, Mục tiêu 2025, Mục tiêu 2030, …
 *   one row per indicator ("trong đó" rows under a count for its parts)
 *
 * No I/O here: apps with their own spreadsheet reader pass its cells to
 * planFromTable; the command line reads CSV and .xlsx files into the same cells.
 */

export { cellName } from './table-words.js';
export type { PlanColumnKey, PlanInfoKey } from './table-words.js';
export { planToTable, planTemplate } from './table-write.js';
export type { PlanTableOptions, PlanTemplateOptions } from './table-write.js';
export { planFromTable } from './table-read.js';
export type { PlanFromTable, PlanFromTableOptions } from './table-read.js';

/**
 * A cell as a spreadsheet reader gives it: text, a number, a boolean, a date,
 * or nothing.
 *
 * @example
 * const cells: PlanTableCell[] = ['working-age-life-skills', 'Tỷ lệ người …', 50, null];
 */
export type PlanTableCell = string | number | boolean | Date | null | undefined;

/**
 * A row of cells with its number as the user sees it (1-based), so a problem
 * is reported at the right row even when blank rows were left out.
 *
 * @example
 * const row: PlanTableRow = { row: 17, cells: [1, 'working-age-life-skills', 'Tỷ lệ người …'] };
 */
export interface PlanTableRow {
  readonly row: number;
  readonly cells: readonly PlanTableCell[];
}

/**
 * A plan as one sheet: rows of cells (text, numbers or nothing), the plan's
 * details on top and the targets table below. Numbers are numbers (a
 * percentage target of 70% is `70`), so a workbook shows them as numbers; a
 * CSV writer formats them in the table's language.
 *
 * @example
 * const sheet = planTemplate({ extends: 'qd-1373', level: 'commune' });
 * sheet.rows[sheet.headerRow];     // ['STT', 'Mã chỉ tiêu', 'Nội dung chỉ tiêu', …]
 * sheet.rows[sheet.headerRow + 1]; // [1, 'working-age-information-competence', 'Tỷ lệ người …', …, 50, 70, …]
 */
export interface PlanSheet {
  readonly lang: 'vi' | 'en';
  /** The sheet's name in a workbook: "Kế hoạch" / "Plan". */
  readonly name: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Index in `rows` of the targets table's heading row. */
  readonly headerRow: number;
  /** What each column of the targets table holds: a column key, or a target year. */
  readonly columns: readonly (PlanColumnKey | number)[];
}

/**
 * A problem found reading a plan table: an issue, with the cell it is in
 * (1-based row and column; `null` when it is about the sheet as a whole or a
 * detail row that is missing) and the name of that column or detail in both
 * languages.
 *
 * @example
 * const i: PlanTableIssue = {
 *   code: 'invalid-percent-format', severity: 'error', path: [17, 9], row: 17, column: 9,
 *   field: { vi: 'Mục tiêu 2025', en: 'Target 2025' },
 *   message: '"năm mươi" is not a percentage', messageVi: '"năm mươi" không phải tỷ lệ phần trăm',
 * };
 * cellName(i.row!, i.column!); // 'I17'
 */
export interface PlanTableIssue extends Issue {
  readonly row: number | null;
  readonly column: number | null;
  readonly field: Labels | null;
}
