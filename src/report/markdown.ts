import { renderOptions, reportsArg } from './check.js';
import type { AttainmentReport } from '../attainment/result.js';
import { comparisonMarkdown } from './comparison-render.js';
import { comparesUnits, comparisonTable } from './comparison-table.js';
import { documentTitle, issueText, metaParts, noteParts, reportList, sourceLines } from './document.js';
import { escapeMarkdown as md } from './escape.js';
import { WORDS, type Lang } from './labels.js';
import { buildReportTable } from './table.js';

/**
 * Options of {@link renderMarkdown}.
 *
 * @example
 * const options: RenderMarkdownOptions = { lang: 'en', title: 'Review 2021–2025' };
 */
export interface RenderMarkdownOptions {
  /** 'vi' (default) or 'en'. */
  readonly lang?: Lang;
  /** Document title; default: the report's own title. */
  readonly title?: string;
}

/**
 * Renders reports as a Markdown document in the layout of the appendix of a
 * 5-year review (Phụ lục 2): one table per report with the columns
 * STT | Nội dung chỉ tiêu | Mục tiêu | Kết quả | Đánh giá | Ghi chú, grouped
 * I–IV with a row per group, then the summary and the problems with the input.
 * The note column holds the gap, the shortfall, the progress status, what is
 * provisional, the legal source of the target (the number of its document and
 * the section) and where the figure came from; the documents follow the table,
 * each once, numbered. Reports of several units (from `computeAttainmentByUnit`)
 * are preceded by one table comparing them: a row per unit, a column per
 * indicator with data, each cell the unit's displayed result and verdict.
 * Text from the data is escaped, so a label cannot break
 * the table.
 *
 * @param given - one report (from `computeAttainment`) or many (one section each)
 * @param givenOptions - language and title
 * @returns GitHub-flavoured Markdown, ending with a newline
 * @example
 * renderMarkdown(computeAttainment({ plan: 'qd-1373', year: 2025, observations: [
 *   { indicator: 'provinces-literacy-level-2', numerator: 55, denominator: 63 },
 * ] }));
 * // # Đề án "Xây dựng xã hội học tập giai đoạn 2021-2030": kết quả thực hiện mục tiêu năm 2025
 * // …
 * // | 1 | Tỷ lệ tỉnh đạt chuẩn xóa mù chữ mức độ 2 | 70% | 87,30% (55/63) | Đạt | cao hơn mục tiêu 17,30 điểm %; Căn
 * //   cứ: \[1\] Điều 1, Mục II.2.a |
 * // …
 * // **Căn cứ:**
 * // - \[1\] Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ về phê duyệt Đề án …
 */
export function renderMarkdown(
  given: AttainmentReport | readonly AttainmentReport[],
  givenOptions: RenderMarkdownOptions = {},
): string {
  const report = reportsArg(given);
  const options = renderOptions(givenOptions) as RenderMarkdownOptions;
  const lang = options.lang ?? 'vi';
  const reports = reportList(report);
  const out: string[] = [];
  if (!Array.isArray(report)) {
    const single = reports[0]!;
    // a blank title is no title: an empty heading says nothing
    const title =
      options.title !== undefined && options.title.trim() !== '' ? options.title : buildReportTable(single, lang).title;
    out.push(`# ${md(title)}`, '');
    section(single, lang, 2, false, out);
  } else {
    out.push(`# ${md(documentTitle(reports, lang, options.title))}`, '');
    if (reports.length === 0) out.push(WORDS.noReports[lang], '');
    // reports of several units: first the units side by side
    if (comparesUnits(reports)) out.push(comparisonMarkdown(comparisonTable(reports, lang), 2));
    for (const r of reports) section(r, lang, 2, true, out);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function section(report: AttainmentReport, lang: Lang, level: number, heading: boolean, out: string[]): void {
  const table = buildReportTable(report, lang);
  const h = '#'.repeat(level);
  if (heading) out.push(`${h} ${md(table.title)}`, '');
  out.push(metaParts(report, lang).map(md).join(' · '), '');
  const k = table.headings;
  out.push(row([k.index, k.indicator, k.target, k.result, k.status, k.note]), '| --- | --- | --- | --- | --- | --- |');
  for (const r of table.rows) {
    if (r.type === 'group') out.push(`| **${md(r.key)}** | **${md(r.label)}** | | | | |`);
    else {
      const c = r.cells;
      out.push(
        row([
          c.index,
          c.indicator,
          c.target,
          c.result,
          c.status,
          noteParts(c.note, c.source, r.result, lang).join('; '),
        ]),
      );
    }
  }
  // each document once, numbered; the note column refers to the number and gives the section
  if (table.sources.length)
    out.push('', `**${md(WORDS.sources[lang])}:**`, '', ...sourceLines(table).map((l) => `- ${md(l)}`));
  out.push('', `**${md(WORDS.summary[lang])}:** ${md(table.summary)}`, '');
  if (report.issues.length) {
    out.push(`${heading ? `${h}#` : h} ${md(WORDS.issues[lang])}`, '');
    for (const issue of report.issues) out.push(`- ${md(issueText(issue, lang))}`);
    out.push('');
  }
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(md).join(' | ')} |`;
}
