import ExcelJS from 'exceljs';

/** A cell of a test sheet: a value as exceljs takes it, or a value with its number format. */
export type TestCell = ExcelJS.CellValue | { readonly value: ExcelJS.CellValue; readonly numFmt: string };

/**
 * The bytes of a workbook built for a test: sheets of rows (row 1 first; `null`
 * for an empty cell), then `setup` for merges, hidden sheets and the like.
 */
export async function workbook(
  sheets: Readonly<Record<string, readonly (readonly TestCell[])[]>>,
  setup?: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell === null) return;
        const target = ws.getCell(r + 1, c + 1);
        if (typeof cell === 'object' && !(cell instanceof Date) && 'numFmt' in cell) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else target.value = cell as ExcelJS.CellValue;
      }),
    );
  }
  setup?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Reads a workbook written by the command line. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}
