import type { AttainmentReport, AttainmentResult } from '../attainment/result.js';
import type { Issue } from '../errors.js';
import { formatSource } from '../catalog/source.js';
import { COLUMN_LABELS, WORDS, type Lang } from './labels.js';
import { say } from '../messages/say.js';
import { REPORT } from '../messages/sections.js';
import type { ReportTable } from './table.js';

/*
 * Pieces every document renderer (markdown, HTML) shares: the document title,
 * the line under a section heading, the note column with its sources, the
 * issues list. Plain strings; each renderer escapes them for its format.
 */

/**
 * One report or many, as a list (an array renders one section per report).
 *
 * @example
 * reportList(report).length; // 1
 */
export function reportList(report: AttainmentReport | readonly AttainmentReport[]): readonly AttainmentReport[] {
  return isReportArray(report) ? report : [report];
}

function isReportArray(report: AttainmentReport | readonly AttainmentReport[]): report is readonly AttainmentReport[] {
  return Array.isArray(report);
}

/**
 * The title of a document of many reports: the caller's, else the plan they
 * share and its years, else a generic one.
 *
 * @example
 * documentTitle([r2025, r2030], 'vi'); // 'Đề án "…": kết quả thực hiện mục tiêu năm 2025, 2030'
 */
export function documentTitle(reports: readonly AttainmentReport[], lang: Lang, title?: string): string {
  if (title !== undefined && title.trim() !== '') return title;
  const first = reports[0];
  if (!first || !reports.every((r) => r.plan.id === first.plan.id)) return WORDS.reportTitle[lang];
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => a - b).join(', ');
  return say(REPORT, 'title.plan-years', { plan: first.plan.title, unit: '', years })[lang];
}

/**
 * "2025-06-30" → "30/06/2025" in Vietnamese; ISO in English (unambiguous for every reader).
 *
 * @example
 * formatDate('2025-06-30', 'vi'); // '30/06/2025'
 */
export function formatDate(iso: string, lang: Lang): string {
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The facts under a section heading: the plan's document (type, number, date,
 * issuer), unit, date of the figures.
 *
 * @example
 * metaParts(report, 'vi');
 * // ['Kế hoạch: Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ', 'Đơn vị: Việt Nam', 'Số liệu tính đến: 30/06/2025']
 */
export function metaParts(report: AttainmentReport, lang: Lang): string[] {
  const parts = [`${WORDS.plan[lang]}: ${formatSource(report.plan.source, lang, { title: false, section: false })}`];
  if (report.unit !== null) parts.push(`${WORDS.unit[lang]}: ${report.unit}`);
  if (report.asOf !== null) parts.push(`${WORDS.asOf[lang]}: ${formatDate(report.asOf, lang)}`);
  return parts;
}

/**
 * The "Ghi chú" column of the appendix layout: the computed note, then the
 * legal source of the target (the number of its document under the table and
 * the section), then where the figure came from.
 *
 * @example
 * noteParts('còn thiếu 2', '[1] Điều 1, Mục II.2.a', result, 'vi');
 * // ['còn thiếu 2', 'Căn cứ: [1] Điều 1, Mục II.2.a', 'Nguồn số liệu: …']
 */
export function noteParts(note: string, source: string, result: AttainmentResult, lang: Lang): string[] {
  const parts = note === '' ? [] : [note];
  parts.push(`${COLUMN_LABELS.source[lang]}: ${source}`);
  if (result.observation?.source) parts.push(`${WORDS.dataSource[lang]}: ${result.observation.source}`);
  return parts;
}

/**
 * The numbered documents under a report table, one line each: "[1] Quyết
 * định số … về …", then the sources' notes on it.
 *
 * @example
 * sourceLines(reportTable(nationalReport, 'vi'));
 * // ['[1] Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ về phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”.']
 */
export function sourceLines(table: Pick<ReportTable, 'sources'>): string[] {
  return table.sources.map(
    (s) => `[${s.number}] ${s.citation}.${s.notes.map((n) => ` ${/[.!?]$/.test(n) ? n : `${n}.`}`).join('')}`,
  );
}

/**
 * The "Đơn vị tính" line over an appendix table: "%" when every indicator is
 * a rate; otherwise what each kind is counted in. Null when no result has a
 * unit (yes/no indicators only, or no results).
 *
 * @example
 * unitOfMeasure([nationalReport], 'vi'); // 'Đơn vị tính: %'
 * unitOfMeasure([hueReport], 'en');      // 'Unit: % for rates; number for counts'
 */
export function unitOfMeasure(reports: readonly AttainmentReport[], lang: Lang): string | null {
  const kinds = new Set(reports.flatMap((r) => r.results.map((x) => x.kind)));
  if (kinds.has('percent') && !kinds.has('count')) return say(REPORT, 'unit.percent')[lang];
  if (kinds.has('count') && !kinds.has('percent')) return say(REPORT, 'unit.number')[lang];
  if (kinds.has('count')) return say(REPORT, 'unit.both')[lang];
  return null;
}

/**
 * "observations[3].numerator" from an issue path.
 *
 * @example
 * formatPath(['observations', 3, 'numerator']); // 'observations[3].numerator'
 */
export function formatPath(path: Issue['path']): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

/**
 * One issue as a line.
 *
 * @example
 * issueText(issue, 'vi'); // 'Lỗi observations[0].numerator (invalid-count): tử số: số lượng không thể âm (-1)'
 */
export function issueText(issue: Issue, lang: Lang): string {
  const where = issue.path.length ? ` ${formatPath(issue.path)}` : '';
  const message = lang === 'vi' ? issue.messageVi : issue.message;
  return `${WORDS[issue.severity][lang]}${where} (${issue.code}): ${message}`;
}
