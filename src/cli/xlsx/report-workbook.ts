/**
 * `xhht evaluate --format xlsx`: the appendix as an Excel workbook. One sheet
 * per report, laid out as the appendix of a review (STT, Nội dung chỉ tiêu,
 * Mục tiêu, Kết quả, Tử số, Mẫu số, Đánh giá, Ghi chú, Căn cứ), grouped I–IV;
 * for reports of several units a summary sheet first, comparing them.
 *
 * Every figure is a number cell with a number format (see formats.ts: a
 * percentage holds the displayed value of the one display rule), so Excel
 * shows it in the reader's regional settings and it can be summed and
 * charted; the verdict is text. The legal source of each target is a note
 * (comment) on its target cell and, numbered, under the table, as in the
 * other formats. Headers are frozen, columns sized, long text wrapped, and the
 * sheet prints on A4 landscape with the header row repeated.
 */
import type { Cell, Row, Worksheet } from 'exceljs';
import type { AttainmentReport, AttainmentResult } from '../../attainment/result.js';
import { formatSource } from '../../catalog/source.js';
import { comparisonLegend } from '../../report/comparison-render.js';
import {
  comparesUnits,
  comparisonTable,
  type ComparisonCell,
  type ComparisonTable,
} from '../../report/comparison-table.js';
import { CSV_COLUMN_LABELS } from '../../report/csv-columns.js';
import { issueText, metaParts, sourceLines } from '../../report/document.js';
import { STATUS_LABELS, WORDS, type Lang } from '../../report/labels.js';
import { reportTable, targetMarks } from '../../report/table.js';
import { countCell, percentCell, type Affixes, type NumberCell } from './formats.js';
import { sheetNames } from './sheet-names.js';
import { headerCell, newWorkbook, workbookBytes } from './workbook.js';

/**
 * The columns of a report sheet, in order, with their widths (in characters).
 *
 * @example
 * REPORT_SHEET_COLUMNS.map((c) => c.key);
 * // ['index', 'indicator', 'target', 'result', 'numerator', 'denominator', 'status', 'note', 'source']
 */
const REPORT_SHEET_COLUMNS = [
  { key: 'index', width: 6 },
  { key: 'indicator', width: 46 },
  { key: 'target', width: 16 },
  { key: 'result', width: 12 },
  { key: 'numerator', width: 11 },
  { key: 'denominator', width: 11 },
  { key: 'status', width: 16 },
  { key: 'note', width: 46 },
  { key: 'source', width: 26 },
] as const;

/** The row of the header in a report sheet (a title and the plan's line above it, then a blank row). */
const HEADER_ROW = 4;

const GREY = 'FFF3F3F3';
const STATUS_COLOUR = { met: 'FF1B5E20', 'not-met': 'FFB71C1C', 'no-data': 'FF616161' } as const;

/**
 * Options of {@link reportWorkbook}.
 *
 * @example
 * const o: ReportWorkbookOptions = { lang: 'vi', title: 'Phụ lục 2' };
 */
export interface ReportWorkbookOptions {
  readonly lang: Lang;
  /** Title of a single report's sheet (default: the report's own). */
  readonly title?: string;
  /** Only the summary sheet comparing the units (`--compare`). */
  readonly compareOnly?: boolean;
}

/**
 * The workbook of reports: one sheet each, after a summary sheet when they
 * compare units (see `comparesUnits`).
 *
 * @param reports - the reports, their issues as the user should see them
 * @param options - language and title
 * @returns the .xlsx file's bytes
 * @example
 * const bytes = await reportWorkbook([report], { lang: 'vi' });
 * await writeFile('bao-cao.xlsx', bytes);
 */
export async function reportWorkbook(
  reports: readonly AttainmentReport[],
  options: ReportWorkbookOptions,
): Promise<Uint8Array> {
  const workbook = await newWorkbook();
  const { lang } = options;
  const compare = comparesUnits(reports);
  const summaryName = lang === 'vi' ? 'Tổng hợp' : 'Summary';
  const names = sheetNames(
    reports.map((r) =>
      compare
        ? r.unit!
        : reports.length === 1
          ? (r.unit ?? WORDS.reportTitle[lang])
          : `${r.year}${r.unit ? ` ${r.unit}` : ''}`,
    ),
    { taken: compare ? [summaryName] : [], fallback: lang === 'vi' ? 'Trang' : 'Sheet' },
  );
  if (compare)
    summarySheet(
      workbook.addWorksheet(summaryName),
      comparisonTable(reports, lang),
      options.compareOnly ? null : names,
    );
  if (compare && options.compareOnly) return workbookBytes(workbook);
  reports.forEach((r, i) => {
    const title =
      reports.length === 1 && options.title !== undefined && options.title.trim() !== '' ? options.title : undefined;
    reportSheet(workbook.addWorksheet(names[i]!), r, lang, title);
  });
  return workbookBytes(workbook);
}

/** One report: title, plan line, the table, the sources, the summary, the problems. */
function reportSheet(ws: Worksheet, report: AttainmentReport, lang: Lang, title: string | undefined): void {
  const table = reportTable(report, lang);
  const last = REPORT_SHEET_COLUMNS.length;
  ws.columns = REPORT_SHEET_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
  };

  const titleCell = ws.getCell(1, 1);
  titleCell.value = title ?? table.title;
  titleCell.font = { bold: true, size: 13 };
  ws.getCell(2, 1).value = metaParts(report, lang).join(' · ');

  const k = table.headings;
  const headings = [
    k.index,
    k.indicator,
    k.target,
    k.result,
    CSV_COLUMN_LABELS.numerator[lang],
    CSV_COLUMN_LABELS.denominator[lang],
    k.status,
    k.note,
    k.source,
  ];
  const header = ws.getRow(HEADER_ROW);
  headings.forEach((text, c) => {
    const cell = header.getCell(c + 1);
    headerCell(cell, text);
    cell.border = BORDER;
  });

  let n = HEADER_ROW;
  for (const row of table.rows) {
    const r = ws.getRow(++n);
    if (row.type === 'group') {
      r.getCell(1).value = row.key;
      r.getCell(2).value = row.label;
      for (let c = 1; c <= last; c++) {
        const cell = r.getCell(c);
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GREY } };
        cell.border = BORDER;
      }
      continue;
    }
    const result = row.result;
    const c = row.cells;
    r.getCell(1).value = row.index;
    r.getCell(2).value = c.indicator;
    setCell(r.getCell(3), targetValue(result, lang));
    r.getCell(3).note =
      `${formatSource(result.source, lang)}${result.source.verified ? '' : ` (${WORDS.notVerified[lang]})`}`;
    setCell(r.getCell(4), resultValue(result, lang));
    if (result.kind === 'percent' && result.share) {
      setCell(r.getCell(5), countCell(result.share.numerator));
      setCell(r.getCell(6), countCell(result.share.denominator));
    }
    r.getCell(7).value = c.status;
    r.getCell(7).font = { bold: true, color: { argb: STATUS_COLOUR[result.status] } };
    const notes = [
      c.note,
      ...(result.observation?.source ? [`${WORDS.dataSource[lang]}: ${result.observation.source}`] : []),
    ].filter((x) => x !== '');
    r.getCell(8).value = notes.join('; ');
    r.getCell(9).value = c.source;
    styleBodyRow(r, last);
    // the "of which" parts of a count, each on its own row, as the appendices write them
    for (const part of result.components) {
      const p = ws.getRow(++n);
      p.getCell(2).value = `${WORDS.ofWhich[lang]}: ${part.label[lang]}`;
      p.getCell(2).alignment = { indent: 2, vertical: 'top', wrapText: true };
      setCell(
        p.getCell(3),
        countCell(part.target, part.comparator === 'at-most' ? { prefix: `${WORDS.atMost[lang]} ` } : {}),
      );
      setCell(p.getCell(4), part.actual === null ? '—' : countCell(part.actual));
      p.getCell(7).value = STATUS_LABELS[part.status][lang];
      p.getCell(7).font = { color: { argb: STATUS_COLOUR[part.status] } };
      styleBodyRow(p, last);
      p.getCell(2).alignment = { indent: 2, vertical: 'top', wrapText: true };
    }
  }

  // under the table, as in the other formats: the documents, the summary, the problems
  n++;
  if (table.sources.length > 0) {
    note(ws, ++n, `${WORDS.sources[lang]}:`, true);
    for (const line of sourceLines(table)) note(ws, ++n, line);
  }
  note(ws, ++n, `${WORDS.summary[lang]}: ${table.summary}`, true);
  if (report.issues.length > 0) {
    n++;
    note(ws, ++n, `${WORDS.issues[lang]}:`, true);
    for (const issue of report.issues) note(ws, ++n, issueText(issue, lang));
  }
}

/** The summary sheet: units by indicators, a result and a verdict per unit and indicator. */
function summarySheet(ws: Worksheet, table: ComparisonTable, sheets: readonly string[] | null): void {
  const h = table.headings;
  const shown = table.columns.map((c, i) => [c, i] as const).filter(([c]) => c.withData);
  const countsAt = 2 + shown.length * 2;
  ws.getCell(1, 1).value = table.title;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  // a two-row header: the indicator over its result and verdict
  const top = ws.getRow(3);
  const sub = ws.getRow(4);
  const head = (cell: Cell, text: string) => {
    headerCell(cell, text);
    cell.border = BORDER;
  };
  head(top.getCell(1), h.unit);
  head(sub.getCell(1), '');
  ws.mergeCells(3, 1, 4, 1);
  shown.forEach(([c], k) => {
    const col = 2 + k * 2;
    head(top.getCell(col), `${c.code}. ${c.label} (${h.target.toLowerCase()} ${c.target})`);
    head(top.getCell(col + 1), '');
    ws.mergeCells(3, col, 3, col + 1);
    head(sub.getCell(col), h.result);
    head(sub.getCell(col + 1), h.status);
  });
  [h.met, h.notMet, h.noData].forEach((text, k) => {
    head(top.getCell(countsAt + k), text);
    head(sub.getCell(countsAt + k), '');
    ws.mergeCells(3, countsAt + k, 4, countsAt + k);
  });
  // the indicator's label wraps over its two columns (26 characters wide)
  top.height =
    15 *
    Math.min(
      8,
      Math.max(2, ...shown.map(([c]) => Math.ceil([...`${c.code}. ${c.label} (${h.target} ${c.target})`].length / 24))),
    );
  table.rows.forEach((unit, i) => {
    const r = ws.getRow(5 + i);
    // the unit's name links to its sheet
    if (sheets) {
      r.getCell(1).value = { text: unit.unit, hyperlink: `#${sheetLink(sheets[i]!)}!A1` };
      r.getCell(1).font = { color: { argb: 'FF1F4E9E' }, underline: true };
    } else r.getCell(1).value = unit.unit;
    shown.forEach(([, ci], k) => {
      const cell = unit.cells[ci]!;
      setCell(r.getCell(2 + k * 2), comparisonValue(cell));
      r.getCell(3 + k * 2).value = cell.statusLabel;
      if (cell.status !== null) r.getCell(3 + k * 2).font = { bold: true, color: { argb: STATUS_COLOUR[cell.status] } };
    });
    r.getCell(countsAt).value = unit.met;
    r.getCell(countsAt + 1).value = unit.notMet;
    r.getCell(countsAt + 2).value = unit.noData;
    for (let c = 1; c < countsAt + 3; c++) r.getCell(c).border = BORDER;
  });
  ws.getColumn(1).width = 28;
  for (let k = 0; k < shown.length; k++) {
    ws.getColumn(2 + k * 2).width = 12;
    ws.getColumn(3 + k * 2).width = 14;
  }
  for (let k = 0; k < 3; k++) ws.getColumn(countsAt + k).width = 11;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 4 }];
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '3:4',
  };
  let n = 5 + table.rows.length;
  for (const line of comparisonLegend(table)) note(ws, ++n, line, false, Math.max(countsAt + 2, 8));
}

/** A sheet name as a link target: quoted, quotes doubled. */
function sheetLink(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/** A line of text under a table, across the table's width, wrapped. */
function note(
  ws: Worksheet,
  row: number,
  text: string,
  bold = false,
  width: number = REPORT_SHEET_COLUMNS.length,
): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.alignment = { wrapText: true, vertical: 'top' };
  if (bold) cell.font = { bold: true };
  ws.mergeCells(row, 1, row, width);
  // Excel does not grow a row for wrapped text in merged cells: size it from the text
  ws.getRow(row).height = 15 * Math.max(1, Math.ceil([...text].length / 150));
}

/** Borders, top alignment and wrapping of a body row; its height from the longest wrapped text. */
function styleBodyRow(r: Row, last: number): void {
  let lines = 1;
  for (let c = 1; c <= last; c++) {
    const cell = r.getCell(c);
    cell.border = BORDER;
    cell.alignment = { ...cell.alignment, vertical: 'top', wrapText: true };
    const width = REPORT_SHEET_COLUMNS[c - 1]!.width;
    if (typeof cell.value === 'string')
      lines = Math.max(lines, Math.ceil([...cell.value].length / Math.max(1, width - 2)));
  }
  if (lines > 1) r.height = 15 * lines;
}

const thin = { style: 'thin' as const, color: { argb: 'FF9E9E9E' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/** A value for a cell: text, or a number with its format. */
type Value = string | NumberCell;

function setCell(cell: Cell, value: Value): void {
  if (typeof value === 'string') cell.value = value;
  else {
    cell.value = value.value;
    cell.numFmt = value.numFmt;
  }
}

/** The target as a number cell, its marks and "at most" written by its format, as the other formats write them. */
function targetValue(r: AttainmentResult, lang: Lang): Value {
  const marks = targetMarks(r, lang);
  const affixes: Affixes = {
    ...(r.comparator === 'at-most' ? { prefix: `${WORDS.atMost[lang]} ` } : {}),
    ...(marks.length > 0 ? { suffix: ` (${marks.join('; ')})` } : {}),
  };
  if (r.kind === 'percent') return percentCell(r.targetPercent!, affixes);
  if (r.kind === 'count') return countCell(r.targetCount!, affixes);
  return `${WORDS.yes[lang]}${affixes.suffix ?? ''}`;
}

/** The result as a number cell (the displayed rate, the count), yes/no as text, "—" without data. */
function resultValue(r: AttainmentResult, lang: Lang): Value {
  if (r.status === 'no-data') return '—';
  if (r.kind === 'percent') return percentCell(r.actualPercent!);
  if (r.kind === 'count') return countCell(r.actualCount!);
  return r.achieved ? WORDS.yes[lang] : WORDS.no[lang];
}

/** A cell of the comparison: the same value as the unit's sheet shows. */
function comparisonValue(cell: ComparisonCell): Value {
  const r = cell.result;
  if (r === null || cell.status === 'no-data' || cell.status === null) return cell.value;
  if (r.kind === 'percent') return percentCell(r.actualPercent!);
  if (r.kind === 'count') return countCell(r.actualCount!);
  return cell.value;
}
