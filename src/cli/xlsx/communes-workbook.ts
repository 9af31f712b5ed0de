/**
 * `xhht assess-communes --format xlsx`: the roll-up as an Excel workbook. Two
 * sheets: the communes (one row each: line in the file, levels and who
 * recognises them, the rates the levels were decided on, missing figures,
 * problems), and the roll-up (districts and provinces, then the national
 * lines); under each, the legend, the readings used and the sources of the
 * authorities named. It writes
 * the same table as the other formats (`standardsTable`): a rate the library
 * gave as "99,96%" is the number cell 0.9996 with "0.00%" (shifted on its
 * digits, never recomputed), a level stays text ("2", "0–2?", "1*").
 */
import type { Worksheet } from 'exceljs';
import type { Lang } from '../../report/labels.js';
import type { SimpleTable } from '../columns.js';
import { percentCell } from './formats.js';
import { headerCell, newWorkbook, workbookBytes } from './workbook.js';

/**
 * What the communes workbook holds besides the table: the lines the text
 * formats print around it.
 *
 * @example
 * const e: CommunesWorkbookText = { title: 'Nghị định 142/2025 (nd142-2025)', legend: '…', heading: 'Toàn bộ (1 tỉnh):', national: ['…'] };
 */
export interface CommunesWorkbookText {
  readonly title: string;
  readonly legend: string;
  readonly heading: string;
  readonly national: readonly string[];
  /** The readings used (a heading line, then one line each); none when no reading bears on the standards. */
  readonly readings?: readonly string[];
  /** The authorities named in the "Công nhận" columns with their sources (a heading line, then one line each). */
  readonly recognised?: readonly string[];
}

/**
 * The workbook of a roll-up table.
 *
 * @param table - from `standardsTable` (first column: the tier, "xã" / "commune" rows first)
 * @param lang - the report language (sheet names; how the rates are written)
 * @param text - title, legend and national lines
 * @returns the .xlsx file's bytes
 * @example
 * const bytes = await communesWorkbook(standardsTable(result, 'vi', notes), 'vi', { title, legend: legend('vi'), heading, national });
 */
export async function communesWorkbook(
  table: SimpleTable,
  lang: Lang,
  text: CommunesWorkbookText,
): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const commune = lang === 'vi' ? 'xã' : 'commune';
  const communes = table.rows.filter((r) => r[0] === commune);
  const units = table.rows.filter((r) => r[0] !== commune);
  // the roll-up rows carry no rates, no line and no missing figures: those columns are left out there
  const unitColumns = table.header
    .map((_, c) => c)
    .filter((c) => units.some((r) => r[c] !== '') || !table.header[c]!.startsWith('%'));
  // under each table, as the text formats write them: how the provisions were read and who recognises
  const block = (lines: readonly string[] | undefined) => (lines && lines.length > 0 ? ['', ...lines] : []);
  sheet(workbook.addWorksheet(lang === 'vi' ? 'Xã' : 'Communes'), text.title, table.header, communes, lang, [
    text.legend,
    ...block(text.readings),
    ...block(text.recognised),
  ]);
  sheet(
    workbook.addWorksheet(lang === 'vi' ? 'Tổng hợp' : 'Roll-up'),
    text.title,
    unitColumns.map((c) => table.header[c]!),
    units.map((r) => unitColumns.map((c) => r[c]!)),
    lang,
    [text.legend, ...block(text.readings), '', text.heading, ...text.national, ...block(text.recognised)],
  );
  return workbookBytes(workbook);
}

/** A table on a sheet: title, header (frozen), rows with rates as numbers, lines under it. */
function sheet(
  ws: Worksheet,
  title: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  lang: Lang,
  after: readonly string[],
): void {
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  const h = ws.getRow(3);
  header.forEach((text, c) => headerCell(h.getCell(c + 1), text));
  const rate = header.map((t) => t.startsWith('% '));
  const line = header.map((t) => t === 'Dòng' || t === 'Line');
  rows.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    r.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      const percent = rate[c] ? percentOf(text, lang) : null;
      if (percent !== null) {
        const p = percentCell(percent);
        cell.value = p.value;
        cell.numFmt = p.numFmt;
      } else if (line[c] && /^\d+$/.test(text)) cell.value = Number(text);
      else if (text !== '') cell.value = text;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
  const widths = header.map((text, c) => {
    const longest = Math.max(...rows.map((r) => [...(r[c] ?? '')].length), 4);
    return rate[c] ? 12 : Math.min(48, Math.max(6, longest + 2, Math.min([...text].length, 24)));
  });
  widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  // Excel does not grow a row for wrapped text when it opens a file: size the rows from their text
  const lines = (cells: readonly string[]) =>
    Math.max(1, ...cells.map((t, c) => Math.ceil([...t].length / Math.max(1, widths[c]! - 1))));
  h.height = 15 * Math.min(lines(header), 8);
  rows.forEach((r, i) => {
    const n = lines(r);
    if (n > 1) ws.getRow(4 + i).height = 15 * Math.min(n, 12);
  });
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '3:3',
  };
  let n = 4 + rows.length;
  for (const text of after) ws.getCell(++n, 1).value = text;
}

/**
 * The machine decimal of a rate as the table wrote it ("99,96%" in Vietnamese,
 * "99.96%" in English), or `null` for anything else (two rates "99,96% / 100,00%", empty).
 */
function percentOf(text: string, lang: Lang): string | null {
  const m = (lang === 'vi' ? /^(\d+)(?:,(\d+))?%$/ : /^(\d+)(?:\.(\d+))?%$/).exec(text);
  if (!m) return null;
  return m[2] === undefined ? m[1]! : `${m[1]}.${m[2]}`;
}
