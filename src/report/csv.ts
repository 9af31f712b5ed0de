import { renderOptions, reportArg, reportsArg } from './check.js';
import { describe } from '../util/describe.js';
import type { AttainmentReport } from '../attainment/result.js';
import { reportList } from './document.js';
import { XhhtError } from '../errors.js';
import type { Lang } from './labels.js';
import { say } from '../messages/say.js';
import { REPORT } from '../messages/sections.js';
import { CSV_COLUMNS, CSV_COLUMN_LABELS } from './csv-columns.js';
import { field, rowWriter } from './csv-rows.js';

// The columns, in csv-columns.ts, re-exported for the tests that import them here
export { CSV_COLUMNS, CSV_COLUMN_LABELS, type CsvColumn } from './csv-columns.js';

/**
 * Options of {@link renderCsv}.
 *
 * @example
 * const forPrograms: RenderCsvOptions = { lang: 'vi' };
 * const forVietnameseExcel: RenderCsvOptions = { lang: 'vi', spreadsheet: true, delimiter: ';', bom: true };
 */
export interface RenderCsvOptions {
  /** Language of the label and display columns: 'vi' (default) or 'en'. Column names change only with `spreadsheet`. */
  readonly lang?: Lang;
  /**
   * Field delimiter: `,` (default), `;` (what Excel expects where `,` is the decimal mark, as in Vietnamese settings)
   * or a tab.
   */
  readonly delimiter?: ',' | ';' | '\t';
  /**
   * Write the file for people who open it in a spreadsheet set to the report
   * language, not for programs: the header row holds the column labels in that
   * language (`CSV_COLUMN_LABELS`: "Nội dung chỉ tiêu", "Kết quả (số)"), and the
   * machine columns write numbers with its decimal mark ("87,30" and "-2,70" in
   * Vietnamese, which a Vietnamese Excel reads as numbers; "87.30" would read as
   * 8730) and yes/no as Có/Không (Yes/No). Column order and the display columns
   * do not change. Default `false`: the stable column ids and machine values of
   * {@link CSV_COLUMNS}.
   */
  readonly spreadsheet?: boolean;
  /**
   * Start with a UTF-8 byte order mark (U+FEFF). Default `false`: the string is
   * data for programs, and most parsers would read the mark into the first
   * column name. Set it when writing a `.csv` file that people open in Excel:
   * without it Excel reads UTF-8 as a legacy code page and garbles Vietnamese
   * letters ("Äáº¡t" for "Đạt").
   */
  readonly bom?: boolean;
}

/**
 * Renders reports as CSV (RFC 4180): a header row of {@link CSV_COLUMNS}, then
 * one row per result (every report of an array, in order), fields separated by
 * commas (or `delimiter`) and quoted when they hold the delimiter, a quote or a
 * line break, lines ended by CRLF. UTF-8; with `bom: true` it starts with a byte
 * order mark for Excel. Group rows, the summary and the issues are not rows:
 * the CSV is a data table (use the Markdown or HTML format for the document, or
 * the report object for issues).
 *
 * A free-text field that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'` so that a spreadsheet shows it instead of running
 * it as a formula. Machine columns (numbers such as a negative gap) are never changed.
 *
 * For a file that people open in Excel, pass `spreadsheet: true` (headers and
 * numbers in the report language) and `bom: true`; with Vietnamese regional
 * settings (decimal comma) Excel also expects `delimiter: ';'` when a file is
 * opened by double-click.
 *
 * @param given - one report or many
 * @param givenOptions - language, delimiter, spreadsheet style, byte order mark
 * @returns CSV text
 * @throws XhhtError `invalid-input` for a delimiter other than `,`, `;` or a tab
 * @example
 * renderCsv(computeAttainment({ plan: 'qd-1373', year: 2025, observations: [
 *   { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 },
 * ] })).split('\r\n')[1];
 * // ',qd-1373,2025,I,Xóa mù chữ và phổ cập giáo
 * //   dục,1,provinces-literacy-level-2,…,70,70%,false,false,55,63,87.30,"87,30% (55/63)",met,Đạt,,17.30,0,…'
 */
export function renderCsv(
  given: AttainmentReport | readonly AttainmentReport[],
  givenOptions: RenderCsvOptions = {},
): string {
  // read once and checked here; the writer then trusts them
  const report = reportsArg(given);
  const writer = writerOf(renderOptions(givenOptions) as RenderCsvOptions);
  let out = writer.header;
  for (const r of reportList(report)) out += writer.rows(r);
  return out;
}

/**
 * The CSV of {@link renderCsv} written a report at a time: the header line,
 * then the rows of each report, as renderCsv writes them for the array of
 * those reports. A writer keeps what rows repeat (the columns of a target at
 * its place in the plan, its source in full) for every report it writes, so
 * 100,000 units' reports are written without holding them all and without
 * formatting each target 100,000 times.
 *
 * @param givenOptions - as {@link renderCsv}
 * @returns the header line (with the byte order mark when `bom`) and the writer of each report's rows (`''` for a
 * report without results)
 * @throws XhhtError `invalid-input` for a delimiter other than `,`, `;` or a tab
 * @example
 * const w = csvWriter({ lang: 'vi', spreadsheet: true, delimiter: ';' });
 * let text = w.header;
 * for (const report of reports) text += w.rows(report); // renderCsv(reports, the same options)
 */
export function csvWriter(givenOptions: RenderCsvOptions = {}): {
  readonly header: string;
  rows(report: AttainmentReport): string;
} {
  const writer = writerOf(renderOptions(givenOptions) as RenderCsvOptions);
  // a caller's report is read once and checked, as renderCsv does
  return { header: writer.header, rows: (report) => writer.rows(reportArg(report)) };
}

/** The writer of {@link csvWriter} for options already checked, rows of reports already checked. */
function writerOf(options: RenderCsvOptions): {
  readonly header: string;
  rows(report: AttainmentReport): string;
} {
  const lang = options.lang ?? 'vi';
  const d = options.delimiter ?? ',';
  if (d !== ',' && d !== ';' && d !== '\t') {
    throw new XhhtError('invalid-input', say(REPORT, 'invalid-input.delimiter', { value: describe(d) }), {
      path: ['delimiter'],
    });
  }
  const sheet = options.spreadsheet === true;
  const header = sheet ? CSV_COLUMNS.map((c) => field(CSV_COLUMN_LABELS[c][lang], true, d)) : CSV_COLUMNS;
  const write = rowWriter(lang, sheet, d);
  return {
    header: `${options.bom ? '\uFEFF' : ''}${header.join(d)}\r\n`,
    rows: (report) => {
      const lines: string[] = [];
      write(report, lines);
      return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
    },
  };
}
