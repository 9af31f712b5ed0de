import { renderOptions, reportsArg } from './check.js';
import { describe } from '../util/describe.js';
import type { AttainmentReport } from '../attainment/result.js';
import { XhhtError } from '../errors.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import type { Lang } from './labels.js';
import { letterheadLines, type Letterhead } from './letterhead.js';
import { renderMarkdown } from './markdown.js';
import { say } from '../messages/say.js';
import { REPORT } from '../messages/sections.js';

/**
 * The formats of {@link renderReport}.
 *
 * @example
 * const f: ReportFormat = 'html';
 */
export type ReportFormat = 'markdown' | 'csv' | 'html';

/**
 * The languages of {@link renderReport}: Vietnamese (default) or English.
 *
 * @example
 * const lang: ReportLang = 'vi';
 */
export type ReportLang = Lang;

/**
 * Options of {@link renderReport}.
 *
 * @example
 * const options: RenderReportOptions = { format: 'html', lang: 'vi', title: 'Sơ kết 5 năm 2021–2025' };
 */
export interface RenderReportOptions {
  readonly format: ReportFormat;
  /** 'vi' (default): Vietnamese labels and numbers ("99,96%", "19.747"); 'en': English ("99.96%", "19,747"). */
  readonly lang?: ReportLang;
  /** Document title (Markdown and HTML); default: the report's own title. */
  readonly title?: string;
  /** CSV only: start with a UTF-8 byte order mark so that Excel reads Vietnamese letters. Default `false`. */
  readonly bom?: boolean;
  /** CSV only: the field delimiter, `,` (default), `;` or a tab (see `renderCsv`). */
  readonly delimiter?: ',' | ';' | '\t';
  /** CSV only: headers and numbers in the report language, for a spreadsheet (see `renderCsv`). Default `false`. */
  readonly spreadsheet?: boolean;
  /**
   * HTML only: print the appendix as an administrative document, with the issuing body, number,
   * national name and motto, place and date above the table and the signature block below
   * (see {@link Letterhead}). Checked in every format: a malformed field throws.
   */
  readonly letterhead?: Letterhead;
}

const FORMATS: readonly ReportFormat[] = ['markdown', 'csv', 'html'];

/**
 * Renders attainment reports in the layout of the 5-year reviews' appendix
 * (Phụ lục 2 of a commune's review: STT, indicator, target, result, assessment, note),
 * grouped I–IV as in Decision 1373:
 * - `markdown`: a GitHub-flavoured Markdown document (see `renderMarkdown`);
 * - `csv`: one RFC 4180 row per result with stable machine columns (see `renderCsv`, `CSV_COLUMNS`);
 * - `html`: one self-contained HTML file with an SVG bar per result, printable (see `renderHtml`).
 *
 * Results are shown as computed: honest rounding (a display never contradicts
 * the status), the numerator and denominator, the gap and shortfall, stretch
 * ("phấn đấu") and provisional targets marked, the legal source of every
 * target, and the progress status when the result has one. An array renders
 * one section (CSV: rows) per report, e.g. per unit from `computeAttainmentByUnit`.
 *
 * @param given - one report from `computeAttainment`, or many
 * @param givenOptions - format (required), lang ('vi' default), title, bom, delimiter and spreadsheet (CSV), letterhead
 * (HTML)
 * @returns the document as a string
 * @throws XhhtError `invalid-input` for an unknown format or language, or a malformed letterhead
 * @example
 * const report = computeAttainment({ plan: 'qd-1373', year: 2025, observations: [
 *   { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63, asOf: '2024-12-31' },
 * ] });
 * renderReport(report, { format: 'markdown' });            // Vietnamese appendix table
 * renderReport(report, { format: 'html', lang: 'en' });    // self-contained HTML with charts
 * renderReport(byUnit.reports, { format: 'csv', bom: true }); // one row per unit and target
 * renderReport(byUnit.reports, { format: 'csv', spreadsheet: true, delimiter: ';', bom: true });
 * // for a Vietnamese Excel
 * renderReport(report, { format: 'html', letterhead: { issuer: 'UBND xã Long Phụng', appendix: '2' } });
 * // as an official appendix
 */
export function renderReport(
  given: AttainmentReport | readonly AttainmentReport[],
  givenOptions: RenderReportOptions,
): string {
  const report = reportsArg(given);
  // read once; `format` is required, so no options at all is an unknown format
  const options = (givenOptions === undefined ? {} : renderOptions(givenOptions)) as Partial<RenderReportOptions>;
  const format = options.format as ReportFormat;
  if (!FORMATS.includes(format)) {
    throw new XhhtError(
      'invalid-input',
      say(REPORT, 'invalid-input.report-format', { format: describe(format), formats: FORMATS.join(', ') }),
      { path: ['format'] },
    );
  }
  const lang = options.lang ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') {
    throw new XhhtError('invalid-input', say(REPORT, 'invalid-input.report-lang', { lang: describe(lang) }), {
      path: ['lang'],
    });
  }
  // a malformed letterhead is a mistake whatever the format
  if (options.letterhead !== undefined) letterheadLines(options.letterhead, lang);
  if (format === 'csv') {
    return renderCsv(report, {
      lang,
      bom: options.bom === true,
      spreadsheet: options.spreadsheet === true,
      ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}),
    });
  }
  const rest = options.title === undefined ? { lang } : { lang, title: options.title };
  if (format === 'markdown') return renderMarkdown(report, rest);
  return renderHtml(report, options.letterhead === undefined ? rest : { ...rest, letterhead: options.letterhead });
}
