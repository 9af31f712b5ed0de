import type { ComparisonTable } from './comparison-table.js';
import { escapeHtml, escapeMarkdown as md, escapeTerminal as t, guardFormula } from './escape.js';
import { gridLines, type ColumnWrap } from './grid.js';
import type { Lang } from './labels.js';
import { say } from '../messages/say.js';
import { REPORT } from '../messages/sections.js';
import { displayWidth, wrapHanging } from './width.js';

/*
 * The comparison table of units (comparison-table.ts) in every text format a
 * report has. Columns are the indicators by their code ("I.1"), as the
 * per-unit tables number them; a legend under the table gives each code its
 * label and target, and names the indicators no unit has data for (left out of
 * the columns, which would hold nothing but "no data"). Each cell is the
 * displayed result and the verdict, exactly as the unit's own report shows them.
 */

/** A cell as text: "87,30% Đạt", "— Chưa có số liệu" is "Chưa có số liệu". */
function cellText(value: string, status: string): string {
  return value === '—' || value === '' ? status : `${value} ${status}`;
}

/**
 * The lines under the table: each code with its label and target, then the
 * indicators without data in any unit.
 *
 * @example
 * comparisonLegend(table);
 * // ['I.1: Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2 (mục tiêu 70%)', …, 'Chưa có số liệu ở mọi đơn vị: I.2, I.3, …']
 */
export function comparisonLegend(table: ComparisonTable): string[] {
  const lang: Lang = table.lang;
  const lines = table.columns
    .filter((c) => c.withData)
    .map((c) => `${c.code}: ${c.label} (${table.headings.target.toLowerCase()} ${c.target})`);
  const without = table.columns.filter((c) => !c.withData);
  if (without.length > 0) {
    const list = without.map((c) => `${c.code} ${c.label}`).join('; ');
    lines.push(say(REPORT, 'comparison.no-data', { list })[lang]);
  }
  return lines;
}

/**
 * Options of {@link comparisonText}.
 *
 * @example
 * const options: ComparisonTextOptions = { width: 80 };
 */
export interface ComparisonTextOptions {
  /**
   * Fit into this many columns (a terminal's width): a unit's name wraps in
   * its column, a result and its verdict only between words, the counts
   * never; a table with too many indicators for the width becomes one
   * "Heading: value" block per unit. Default: one line per unit.
   */
  readonly width?: number;
}

// how each column gives way to a narrow terminal: the unit's name first, a cell between its words, a count never
const UNIT_WRAP: ColumnWrap = 'text';
const CELL_WRAP: ColumnWrap = 'words';
const COUNT_WRAP: ColumnWrap = 'never';

/**
 * The comparison table as plain text for a terminal, laid out as the report
 * tables are (`gridLines`: widths in terminal columns, fitted to `width` when
 * given); the title and the legend wrap to the width, a legend line's next
 * lines under its text. Every text from the data is made safe for a terminal.
 *
 * @param table - from `comparisonTable`
 * @param options - the width to fit
 * @example
 * comparisonText(comparisonTable(reports, 'vi')).split('\n')[2];
 * // 'Đơn vị  I.1         II.4              Đạt  Không đạt  Chưa có số liệu'
 * comparisonText(comparisonTable(reports, 'vi'), { width: 60 }); // no line longer than 60 columns
 */
export function comparisonText(table: ComparisonTable, options: ComparisonTextOptions = {}): string {
  const { width } = options;
  const h = table.headings;
  const shown = table.columns.map((c, i) => [c, i] as const).filter(([c]) => c.withData);
  const header = [h.unit, ...shown.map(([c]) => c.code), h.met, h.notMet, h.noData].map(t);
  const body = table.rows.map((r) =>
    [
      r.unit,
      ...shown.map(([, i]) => cellText(r.cells[i]!.value, r.cells[i]!.statusLabel)),
      String(r.met),
      String(r.notMet),
      String(r.noData),
    ].map(t),
  );
  const wrap = [UNIT_WRAP, ...shown.map(() => CELL_WRAP), COUNT_WRAP, COUNT_WRAP, COUNT_WRAP];
  const grid = gridLines(header, body, { wrap, ...(width !== undefined ? { width } : {}) });
  const lines = (text: string, indent = 0) => (width === undefined ? [text] : wrapHanging(text, width, indent));
  // "I.1: …" hangs: the next lines of a legend line start under its label
  const legend = comparisonLegend(table).flatMap((l) => lines(t(l), displayWidth(/^\S+: /.exec(l)?.[0] ?? '')));
  return [...lines(t(table.title)), '', ...grid, '', ...legend].join('\n');
}

/**
 * The comparison table as a Markdown section (a heading at `level`, the table,
 * the legend as a list), text from the data escaped.
 *
 * @example
 * comparisonMarkdown(comparisonTable(reports, 'vi'), 2).split('\n')[0];
 * // '## So sánh các đơn vị: kết quả thực hiện mục tiêu năm 2025'
 */
export function comparisonMarkdown(table: ComparisonTable, level = 2): string {
  const h = table.headings;
  const shown = table.columns.map((c, i) => [c, i] as const).filter(([c]) => c.withData);
  const row = (cells: readonly string[]) => `| ${cells.map(md).join(' | ')} |`;
  const header = [h.unit, ...shown.map(([c]) => c.code), h.met, h.notMet, h.noData];
  return [
    `${'#'.repeat(level)} ${md(table.title)}`,
    '',
    row(header),
    `|${header.map(() => ' --- ').join('|')}|`,
    ...table.rows.map((r) =>
      row([
        r.unit,
        ...shown.map(([, i]) => cellText(r.cells[i]!.value, r.cells[i]!.statusLabel)),
        String(r.met),
        String(r.notMet),
        String(r.noData),
      ]),
    ),
    '',
    ...comparisonLegend(table).map((l) => `- ${md(l)}`),
    '',
  ].join('\n');
}

/**
 * The comparison table as an HTML section (for the report page), with its
 * title as a heading unless `heading` is false: the status of each cell also
 * as a class (`met`, `not-met`, `no-data`), coloured as the report tables
 * colour it; every text escaped.
 *
 * @example
 * comparisonHtml(comparisonTable(reports, 'en')).startsWith('<section aria-labelledby="comparison">'); // true
 */
export function comparisonHtml(table: ComparisonTable, heading = true): string {
  const h = table.headings;
  const e = escapeHtml;
  const shown = table.columns.map((c, i) => [c, i] as const).filter(([c]) => c.withData);
  const head = [h.unit, ...shown.map(([c]) => c.code), h.met, h.notMet, h.noData]
    .map((x) => `<th scope="col">${e(x)}</th>`)
    .join('');
  const rows = table.rows.map((r) => {
    const cells = shown.map(([, i]) => {
      const c = r.cells[i]!;
      return `<td class="status ${c.status ?? 'no-data'}">${e(cellText(c.value, c.statusLabel))}</td>`;
    });
    return `<tr><th scope="row">${e(r.unit)}</th>${cells.join('')}<td>${r.met}</td><td>${r.notMet}</td><td>${r.noData}</td></tr>`;
  });
  return [
    ...(heading
      ? ['<section aria-labelledby="comparison">', `<h2 id="comparison">${e(table.title)}</h2>`]
      : ['<section>']),
    '<table>',
    `<thead><tr>${head}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '<ul class="sources">',
    ...comparisonLegend(table).map((l) => `<li>${e(l)}</li>`),
    '</ul>',
    '</section>',
  ].join('\n');
}

/**
 * The comparison table as CSV rows (header first) for a spreadsheet: one row
 * per unit; per indicator, every one included, two columns headed with its
 * code and label: the result and the assessment; then the counts. Free text
 * gets the spreadsheet-formula guard.
 *
 * @example
 * comparisonRows(comparisonTable(reports, 'vi'))[0].slice(0, 3);
 * // ['Đơn vị', 'I.1 Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2 (mục tiêu 70%): Kết quả', 'I.1 … : Đánh giá']
 */
export function comparisonRows(table: ComparisonTable): string[][] {
  const h = table.headings;
  const header = [
    h.unit,
    ...table.columns.flatMap((c) => {
      const name = `${c.code} ${c.label} (${h.target.toLowerCase()} ${c.target})`;
      return [`${name}: ${h.result}`, `${name}: ${h.status}`];
    }),
    h.met,
    h.notMet,
    h.noData,
  ];
  const rows = table.rows.map((r) => [
    r.unit,
    ...r.cells.flatMap((c) => [c.value, c.statusLabel]),
    String(r.met),
    String(r.notMet),
    String(r.noData),
  ]);
  return [header, ...rows].map((cells) => cells.map(guardFormula));
}
