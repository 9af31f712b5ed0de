/**
 * `xhht plan init --format xlsx`: a plan written as a table (`planTemplate`,
 * `planToTable`) as an Excel workbook for an official to fill in. Reading it
 * back is the shared sheet reader's (`readSheetRecords`), as for every table.
 */
import type { PlanSheet } from '../../plans/table.js';
import { PLAN_COLUMNS, TABLE_WORDS } from '../../plans/table-words.js';
import { headerCell, newWorkbook, workbookBytes } from './workbook.js';

/** Widths (in characters) of the columns of the targets table; a target year's column is 14. */
const WIDTHS: Readonly<Partial<Record<string, number>>> = {
  no: 5,
  id: 30,
  label: 60,
  labelEn: 40,
  group: 7,
  level: 10,
  kind: 14,
  comparator: 9,
  section: 22,
  note: 30,
  parent: 50,
};

/** How many rows under the heading offer the lists of words (an official adds rows there). */
const LIST_ROWS = 200;

/**
 * A plan sheet as an .xlsx workbook: one sheet, the headings bold on the
 * header band and frozen, numbers as numbers, column widths that fit, and
 * lists to pick the comparator and the kind from.
 *
 * @param sheet - from `planTemplate` or `planToTable`
 * @returns the workbook's bytes
 * @example
 * await io.writeFile('ke-hoach.xlsx', await planWorkbook(planTemplate({ extends: 'qd-1373', level: 'commune' })));
 */
export async function planWorkbook(sheet: PlanSheet): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: sheet.headerRow + 1, xSplit: 3 }],
  });
  sheet.rows.forEach((r) => ws.addRow(r.map((c) => c ?? null)));
  const header = ws.getRow(sheet.headerRow + 1);
  // the whole row bold (a column an official adds too), each heading on the header band
  header.font = { bold: true };
  header.eachCell((cell) => headerCell(cell, String(cell.value ?? '')));
  // the details' labels
  for (let r = 2; r <= sheet.headerRow; r++) ws.getRow(r).getCell(1).font = { bold: true };
  sheet.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = typeof c === 'number' ? 14 : (WIDTHS[c] ?? 14);
    if (c === 'label' || c === 'labelEn' || c === 'note' || c === 'parent')
      column.alignment = { wrapText: true, vertical: 'top' };
  });
  // the details' labels sit in column A: wide enough to read them
  ws.getColumn(1).width = Math.max(ws.getColumn(1).width ?? 0, 30);
  // lists for the columns that take words, on the rows an official may fill
  const lists: Partial<Record<string, string[]>> = {
    comparator: ['≥', '≤'],
    kind: Object.values(TABLE_WORDS.kind).map((w) => w[sheet.lang]),
  };
  sheet.columns.forEach((c, i) => {
    const list = typeof c === 'string' ? lists[c] : undefined;
    if (!list) return;
    for (let r = sheet.headerRow + 2; r <= sheet.headerRow + LIST_ROWS; r++) {
      ws.getRow(r).getCell(i + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.join(',')}"`],
        showErrorMessage: false,
        promptTitle: PLAN_COLUMNS[c as 'kind'][sheet.lang],
      };
    }
  });
  return workbookBytes(workbook);
}
