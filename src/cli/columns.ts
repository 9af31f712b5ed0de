/**
 * Simple tables for the listing commands (plans, indicators, communes): the
 * same header and rows written as aligned text, Markdown or CSV.
 */
import { escapeMarkdown, escapeTerminal } from '../report/escape.js';
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
 * control characters as visible escapes. `delimiter` is the CSV's (default `,`).
 *
 * @example
 * writeTable({ header: ['id', 'năm'], rows: [['qd-1373', '2025, 2030']] }, 'table');
 * // 'id       năm\n-------  ----------\nqd-1373  2025, 2030\n'
 */
export function writeTable(table: SimpleTable, format: ListFormat, delimiter: CsvDelimiter = ','): string {
  if (format === 'csv') return writeCsv([table.header, ...table.rows], delimiter);
  if (format === 'markdown') {
    const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
    return `${[line(table.header), line(table.header.map(() => '---')), ...table.rows.map(line)].join('\n')}\n`;
  }
  // widths in code points, so a Vietnamese letter with marks counts once
  const width = (s: string) => [...s.normalize('NFC')].length;
  const header = table.header.map(escapeTerminal);
  const rows = table.rows.map((r) => r.map(escapeTerminal));
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => width(r[c] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => cell + ' '.repeat(Math.max(0, widths[c]! - width(cell))))
      .join('  ')
      .trimEnd();
  return `${[line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}\n`;
}
