/**
 * What every workbook the command line reads or writes shares: loading exceljs
 * (only when a workbook is read or written: importing xhht, or running a
 * command that touches no workbook, never loads it), a new workbook, its bytes,
 * and the look of a header cell.
 */
import type { Cell, Workbook } from 'exceljs';

type ExcelJs = typeof import('exceljs');

/**
 * The exceljs module, loaded on first use. exceljs is CommonJS: Node gives its
 * exports as the default of the namespace, a bundler may give them as the
 * namespace itself.
 *
 * @example
 * const ExcelJS = await loadExcelJs();
 * const wb = new ExcelJS.Workbook();
 */
export async function loadExcelJs(): Promise<ExcelJs> {
  const mod = (await import('exceljs')) as unknown as { default?: ExcelJs } & ExcelJs;
  return mod.default ?? mod;
}

/**
 * A new, empty workbook written by xhht.
 *
 * @example
 * const wb = await newWorkbook();
 * wb.addWorksheet('Kế hoạch');
 */
export async function newWorkbook(): Promise<Workbook> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'xhht';
  return workbook;
}

/**
 * The bytes of a workbook.
 *
 * @example
 * const bytes = await workbookBytes(workbook);
 */
export async function workbookBytes(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * The fill of header cells: a light grey-blue band.
 *
 * @example
 * cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
 */
const HEADER_FILL = 'FFE8EAF0';

/**
 * A header cell as every sheet of xhht writes one: its text, bold, on the
 * header band, wrapped and centred vertically.
 *
 * @example
 * headerCell(ws.getRow(3).getCell(1), 'Mã chỉ tiêu');
 */
export function headerCell(cell: Cell, text: string): void {
  cell.value = text;
  cell.font = { bold: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  cell.alignment = { vertical: 'middle', wrapText: true };
}
