import type { Labels } from '../catalog/source.js';
import type { AttainmentStatus, NoDataReason } from '../attainment/comparison.js';

/**
 * A report language: Vietnamese (default) or English.
 *
 * @example
 * const lang: Lang = 'en';
 * STATUS_LABELS.met[lang]; // 'Met'
 */
export type Lang = 'vi' | 'en';

/**
 * How each status is written in a report ("Đạt" / "Không đạt" / "Chưa có số liệu").
 *
 * @example
 * STATUS_LABELS['not-met'].vi; // 'Không đạt'
 */
export const STATUS_LABELS: Readonly<Record<AttainmentStatus, Labels>> = {
  met: { vi: 'Đạt', en: 'Met' },
  'not-met': { vi: 'Không đạt', en: 'Not met' },
  'no-data': { vi: 'Chưa có số liệu', en: 'No data' },
};

/**
 * Why a result has no data, as a report note.
 *
 * @example
 * NO_DATA_LABELS['zero-denominator'].en; // 'denominator is 0'
 */
export const NO_DATA_LABELS: Readonly<Record<NoDataReason, Labels>> = {
  'no-observation': { vi: 'chưa báo cáo', en: 'not reported' },
  'zero-denominator': { vi: 'mẫu số bằng 0', en: 'denominator is 0' },
  'rejected-observation': { vi: 'số liệu báo cáo không dùng được', en: 'reported figure not usable' },
  'conflicting-observations': { vi: 'số liệu mâu thuẫn', en: 'conflicting figures' },
  'missing-component': { vi: 'thiếu số liệu "trong đó"', en: '"of which" figure not reported' },
};

/**
 * Column headings of the appendix-style table (Phụ lục 2 of the 5-year reviews).
 *
 * @example
 * COLUMN_LABELS.index.vi;  // 'STT'
 * COLUMN_LABELS.target.en; // 'Target' (report tables add the year: 'Target 2025')
 */
export const COLUMN_LABELS = {
  index: { vi: 'STT', en: 'No.' },
  indicator: { vi: 'Nội dung chỉ tiêu', en: 'Indicator' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  result: { vi: 'Kết quả', en: 'Result' },
  status: { vi: 'Đánh giá', en: 'Assessment' },
  note: { vi: 'Ghi chú', en: 'Note' },
  source: { vi: 'Căn cứ', en: 'Source' },
} as const satisfies Record<string, Labels>;

/**
 * Words used inside cells and notes.
 *
 * @example
 * WORDS.short.vi;   // 'còn thiếu'
 * WORDS.ofWhich.en; // 'of which'
 */
export const WORDS = {
  stretch: { vi: 'phấn đấu', en: 'stretch' },
  provisional: { vi: 'tạm thời, căn cứ chưa xác minh', en: 'provisional: source not verified' },
  short: { vi: 'còn thiếu', en: 'short by' },
  excess: { vi: 'vượt mức tối đa', en: 'above the maximum by' },
  points: { vi: 'điểm %', en: 'points' },
  atMost: { vi: 'tối đa', en: 'at most' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  ofWhich: { vi: 'trong đó', en: 'of which' },
  /** Where counts would be shown, for a rate reported without them. */
  reportedRate: { vi: 'tỷ lệ báo cáo, không có số đếm', en: 'reported rate, no counts' },
  /** Mark after a target whose source is not verified law. */
  provisionalMark: { vi: 'tạm thời', en: 'provisional' },
  notVerified: { vi: 'chưa xác minh', en: 'not verified' },
  indicatorUnverified: { vi: 'định nghĩa chỉ tiêu chưa xác minh', en: 'indicator definition not verified' },
  /** Note of a provisional figure whose observation says nothing more. */
  figureProvisional: { vi: 'số liệu tạm thời', en: 'provisional figure' },
  /** Heading of the numbered documents under a report table. */
  sources: { vi: 'Căn cứ', en: 'Sources' },
  above: { vi: 'cao hơn mục tiêu', en: 'above the target by' },
  below: { vi: 'thấp hơn mục tiêu', en: 'below the target by' },
  equal: { vi: 'bằng mục tiêu', en: 'equal to the target' },
  progress: { vi: 'Tiến độ', en: 'Progress' },
  dataSource: { vi: 'Nguồn số liệu', en: 'Figures from' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  asOf: { vi: 'Số liệu tính đến', en: 'Figures as of' },
  summary: { vi: 'Tổng hợp', en: 'Summary' },
  issues: { vi: 'Vấn đề về số liệu đầu vào', en: 'Problems with the input figures' },
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  chartResult: { vi: 'Kết quả', en: 'Result' },
  chartTarget: { vi: 'mục tiêu', en: 'target' },
  /** "of which" part of a count in a chart title: "Mức độ 2: kết quả 4, mục tiêu 5". */
  chartPartResult: { vi: 'kết quả', en: 'result' },
  reportTitle: { vi: 'Kết quả thực hiện các mục tiêu', en: 'Attainment of the targets' },
  noReports: { vi: 'Không có báo cáo nào.', en: 'No reports.' },
  legend: {
    vi:
      'Biểu đồ: thanh xanh là kết quả đạt, thanh đỏ là kết quả không đạt, vạch đen là mục tiêu (nét đứt: mục tiêu ' +
      'tạm thời); thanh mảnh bên dưới là số "trong đó" so với mục ' +
      'tiêu riêng của nó, và chỉ tiêu chỉ đạt khi mọi thanh đều xanh.',
    en:
      'Charts: a green bar is a result that meets its target, a red bar one that does not; the black line is the ' +
      'target (dashed: provisional); a thin bar below is an "of which" part against its own target, and the ' +
      'indicator is met only when every bar is green.',
  },
} as const satisfies Record<string, Labels>;
