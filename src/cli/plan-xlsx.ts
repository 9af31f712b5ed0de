/**
 * Plan tables as .xlsx workbooks, through exceljs, loaded only when a plan
 * workbook is read or written (importing xhht, or running any other command,
 * never loads it). Reading is one function, cells → rows: when the shared
 * table reader of the command line lands, `readXlsxRows` is the one place to
 * replace with it.
 */
import { XhhtError } from '../errors.js';
import type { PlanSheet, PlanTableCell, PlanTableRow } from '../plans/table.js';
import { PLAN_COLUMNS, TABLE_WORDS } from '../plans/table-words.js';

type ExcelJs = typeof import('exceljs');
type CellValue = import('exceljs').CellValue;

async function excel(): Promise<ExcelJs> {
  // exceljs is CommonJS: Node gives its exports as the default of the namespace
  const mod = (await import('exceljs')) as unknown as { default?: ExcelJs } & ExcelJs;
  return mod.default ?? mod;
}

/** "0.7" × 100 written exactly ("70"): the digits move, no float multiplies. */
function timesHundred(n: number): string {
  const [mantissa, exponent = '0'] = String(n).toLowerCase().split('e');
  const negative = mantissa!.startsWith('-');
  const [int, frac = ''] = mantissa!.replace('-', '').split('.');
  const digits = `${int}${frac}`;
  const point = int!.length + Number(exponent) + 2;
  const padded = point > digits.length ? digits.padEnd(point, '0') : point < 0 ? `${'0'.repeat(-point)}${digits}` : digits;
  const at = Math.max(point, 0);
  const whole = padded.slice(0, at).replace(/^0+(?=\d)/, '') || '0';
  const rest = padded.slice(at).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${rest ? `.${rest}` : ''}`;
}

/** A cell's value as the table reader takes it: text, number, boolean, date or nothing. */
function cellOf(value: CellValue, numFmt: string | undefined): PlanTableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    // Excel keeps "70%" as 0.7 with a percent format: give the reader what the official sees
    return numFmt !== undefined && numFmt.includes('%') ? `${timesHundred(value)}%` : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || (typeof result === 'object' && result !== null && !(result instanceof Date))) return null;
    return cellOf(result as CellValue, numFmt);
  }
  if ('text' in value) return value.text;
  if ('error' in value) return value.error;
  return null;
}

/**
 * The rows of a workbook's plan sheet: the sheet named "Kế hoạch" or "Plan",
 * else the first one. Rows keep their numbers; a number formatted as a
 * percentage (0.7 shown "70%") becomes the text "70%"; a formula gives its
 * result.
 *
 * @param bytes - the .xlsx file
 * @returns the sheet's name and rows
 * @throws XhhtError `unreadable-file` when the bytes are not a workbook
 * @example
 * const { sheet, rows } = await readXlsxRows(await io.readFile('ke-hoach.xlsx'));
 * planFromTable(rows);
 */
export async function readXlsxRows(bytes: Uint8Array): Promise<{ readonly sheet: string; readonly rows: readonly PlanTableRow[] }> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (e) {
    throw new XhhtError('unreadable-file', 'not an Excel workbook (.xlsx): save it as "Excel Workbook (*.xlsx)", or as CSV', {
      messageVi: 'không phải sổ tính Excel (.xlsx): hãy lưu dưới dạng "Excel Workbook (*.xlsx)", hoặc CSV',
      cause: e,
    });
  }
  const named = workbook.worksheets.find((w) => ['kehoach', 'plan'].includes(w.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^A-Za-z]/g, '').toLowerCase()));
  const sheet = named ?? workbook.worksheets[0];
  if (!sheet) throw new XhhtError('unreadable-file', 'the workbook has no sheet', { messageVi: 'sổ tính không có trang tính nào' });
  const rows: PlanTableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: PlanTableCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellOf(cell.value, cell.numFmt);
    });
    rows.push({ row: number, cells: Array.from(cells, (c) => c ?? null) });
  });
  return { sheet: sheet.name, rows };
}

/**
 * A plan sheet as an .xlsx workbook: one sheet, the headings bold on a grey
 * band and frozen, numbers as numbers, column widths that fit, and lists to
 * pick the comparator and the kind from.
 *
 * @param sheet - from `planTemplate` or `planToTable`
 * @returns the workbook's bytes
 * @example
 * await io.writeFile('ke-hoach.xlsx', await writeXlsxSheet(planTemplate({ extends: 'qd-1373', level: 'commune' })));
 */
export async function writeXlsxSheet(sheet: PlanSheet): Promise<Uint8Array> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'xhht';
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: sheet.headerRow + 1, xSplit: 3 }] });
  sheet.rows.forEach((r) => ws.addRow(r.map((c) => c ?? null)));
  const header = ws.getRow(sheet.headerRow + 1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  });
  for (let r = 2; r <= sheet.headerRow; r++) ws.getRow(r).getCell(1).font = { bold: true };
  const widths: Partial<Record<string, number>> = { no: 5, id: 30, label: 60, labelEn: 40, group: 7, level: 10, kind: 14, comparator: 9, section: 22, note: 30, parent: 50 };
  sheet.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = typeof c === 'number' ? 14 : (widths[c] ?? 14);
    if (c === 'label' || c === 'labelEn' || c === 'note' || c === 'parent') column.alignment = { wrapText: true, vertical: 'top' };
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
    for (let r = sheet.headerRow + 2; r <= sheet.headerRow + 200; r++) {
      ws.getRow(r).getCell(i + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.join(',')}"`],
        showErrorMessage: false,
        promptTitle: PLAN_COLUMNS[c as 'kind'][sheet.lang],
      };
    }
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as Uint8Array);
}
