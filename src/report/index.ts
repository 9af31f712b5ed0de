/**
 * `xhht/report`: the building blocks of the built-in reports, for an app that
 * lays out its own (a web page, a spreadsheet, another document format) and
 * wants it to read as the reports do: the neutral table of a report in one
 * language, the labels of statuses, reasons and columns, one renderer per
 * format, the CSV columns, the SVG bar of one result and the words of an
 * official letterhead. Most callers need only `renderReport` and `renderText`
 * from the package root.
 *
 * @example
 * import { computeAttainment } from 'xhht';
 * import { reportTable, STATUS_LABELS } from 'xhht/report';
 * const table = reportTable(computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] }), 'vi');
 * STATUS_LABELS['not-met'].vi; // 'Không đạt'
 * @module
 */
export { reportTable } from './table.js';
export type { ReportTable, ReportRow, SourceNote } from './table.js';
export { STATUS_LABELS, NO_DATA_LABELS, COLUMN_LABELS } from './labels.js';
export type { Lang } from './labels.js';
export { PROGRESS_STATUS_LABELS, PROGRESS_REASON_LABELS } from '../progress/method.js';
export { progressStatus, progressLabel } from './progress.js';
export { renderMarkdown } from './markdown.js';
export type { RenderMarkdownOptions } from './markdown.js';
export { renderCsv } from './csv.js';
export { CSV_COLUMNS, CSV_COLUMN_LABELS } from './csv-columns.js';
export type { RenderCsvOptions } from './csv.js';
export type { CsvColumn } from './csv-columns.js';
export { renderHtml } from './html.js';
export type { RenderHtmlOptions } from './html.js';
export { barChart, chartScale } from './svg.js';
export type { ChartScale } from './svg.js';
export { letterheadLines } from './letterhead.js';
export type { Letterhead, LetterheadLines } from './letterhead.js';
