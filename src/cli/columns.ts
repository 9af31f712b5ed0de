/**
 * Simple tables for the listing commands (plans, indicators, communes): the
 * same header and rows written as aligned text, Markdown or CSV.
 */
import { escapeMarkdown, escapeTerminal } from '../report/escape.js';
import { gridLines, type ColumnWrap } from '../report/grid.js';
import { wrapHanging } from '../report/width.js';
import { writeCsv, type CsvDelimiter } from './csv.js';

/**
 * A header row and body rows of cells.
 *
 * @example
 * const t: SimpleTable = { header: ['id'], rows: [['qd-1373']] };
 */
export interface SimpleTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * How a listing can be written.
 *
 * @example
 * const f: ListFormat = 'markdown';
 */
export type ListFormat = 'table' | 'markdown' | 'csv';

/**
 * Writes a table in one of the listing formats; text ends with a line break.
 * Cells are made safe as the report renderers make them: CSV gets the
 * spreadsheet-formula guard, Markdown its escaping, the text table shows
 * control characters as visible escapes. A text table is fitted to `width`
 * when given: text wraps inside its column, a column of figures (levels,
 * rates, counts, years) never does; without it every row is one line.
 *
 * @param table - header and rows
 * @param format - table, markdown or csv
 * @param options - `width`: text table only, the columns of the terminal; `delimiter`: CSV only (default `,`)
 * @example
 * writeTable({ header: ['id', 'năm'], rows: [['qd-1373', '2025, 2030']] }, 'table');
 * // 'id       năm\n-------  ----------\nqd-1373  2025, 2030\n'
 * writeTable({ header: ['id', 'năm'], rows: [['qd-1373', '2025, 2030']] }, 'csv', { delimiter: ';' });
 * // 'id;năm\r\nqd-1373;2025, 2030\r\n'
 */
export function writeTable(
  table: SimpleTable,
  format: ListFormat,
  options: { readonly width?: number | undefined; readonly delimiter?: CsvDelimiter } = {},
): string {
  const { width, delimiter = ',' } = options;
  if (format === 'csv') return writeCsv([table.header, ...table.rows], delimiter);
  if (format === 'markdown') {
    const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
    return `${[line(table.header), line(table.header.map(() => '---')), ...table.rows.map(line)].join('\n')}\n`;
  }
  const header = table.header.map(escapeTerminal);
  const rows = table.rows.map((r) => r.map(escapeTerminal));
  // figures never wrap; a column of single words (ids, codes) wraps nowhere inside a word; the rest is text
  const wrap = header.map(
    (_, c): ColumnWrap =>
      rows.every((r) => FIGURE.test(r[c] ?? ''))
        ? 'never'
        : rows.every((r) => !(r[c] ?? '').includes(' '))
          ? 'words'
          : 'text',
  );
  return `${gridLines(header, rows, { wrap, ...(width !== undefined ? { width } : {}) }).join('\n')}\n`;
}

// a cell of figures only: counts, rates, levels ("0–2?*"), years ("2025, 2030"), ranges
const FIGURE = /^[\d\s.,%/–\-?*≥≤()]*$/u;

/**
 * A paragraph for a text listing (a title, a legend, a list item), wrapped
 * between words to `width` columns when given, its next lines indented by
 * `hang` spaces (under the text of an indented item; never less than the
 * first line's own indent); as it is otherwise.
 *
 * @example
 * paragraph('Mức độ: 2 = mức đạt, 0 = chưa đạt mức nào', 20); // 'Mức độ: 2 = mức đạt,\n0 = chưa đạt mức nào'
 * paragraph('  Xóa mù chữ mức độ 2*: 0/1 tỉnh chắc chắn đạt', 30, 4);
 * // '  Xóa mù chữ mức độ 2*: 0/1\n    tỉnh chắc chắn đạt'
 */
export function paragraph(text: string, width?: number, hang = 0): string {
  if (width === undefined) return text;
  const lead = /^ */.exec(text)![0];
  return wrapHanging(text.slice(lead.length), width - lead.length, Math.max(0, hang - lead.length))
    .map((l) => `${lead}${l}`)
    .join('\n');
}
