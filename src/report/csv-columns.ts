import type { Labels } from '../catalog/source.js';

/*
 * The columns of the CSV of attainment reports, in order, and the header each has in a
 * spreadsheet in each language (a data table).
 */

/**
 * The columns of the CSV report, in order. Names are stable (snake_case,
 * English, the same in both languages): add columns at the end, never rename.
 * `*_label`, `*_display` and `note` are in the report language; the other
 * columns are machine values: numbers unformatted with "." as the decimal
 * point ("87.30", 19747), booleans `true`/`false`, ids as in the library,
 * empty when not applicable.
 *
 * @example
 * CSV_COLUMNS[0]; // 'unit'
 * CSV_COLUMNS.includes('actual_display'); // true
 */
export const CSV_COLUMNS = [
  /** The report's unit (province, commune…), empty when none is named. */
  'unit',
  'plan',
  'year',
  /** I–IV, as in Decision 1373 Mục II.2. */
  'group',
  'group_label',
  /** STT: the row's number within its group. */
  'no',
  'indicator',
  'indicator_label',
  /** percent | count | yes-no */
  'kind',
  /** at-least | at-most */
  'comparator',
  /** The target as written in the plan: "70", 15, true. */
  'target',
  'target_display',
  'stretch',
  'provisional',
  'numerator',
  'denominator',
  /** The result: a percentage ("87.30", by the one display rule of `displayPercent`), a count, or true/false. */
  'actual',
  'actual_display',
  /** met | not-met | no-data */
  'status',
  'status_label',
  /** no-observation | rejected-observation | zero-denominator | conflicting-observations | missing-component */
  'no_data_reason',
  /** actual − target: percentage points ("-2.70") or a count. */
  'gap',
  /** How many more (fewer, for at-most) units are needed; 0 when met. */
  'shortfall',
  'progress_status',
  'progress_label',
  /**
   * Legal source of the target, in full on every row (a data table has no notes
   * under it), in the report language: "Quyết định số 1373/QĐ-TTg ngày
   * 30/7/2021 của Thủ tướng Chính phủ, Điều 1, Mục II.2.a", "(chưa xác minh)"
   * when the source is not verified.
   */
  'source',
  'source_verified',
  /** Where the figure came from, as the observation says. */
  'data_source',
  /** Date of the figure, ISO. */
  'data_as_of',
  'note',
  /**
   * The "of which" parts of a count target, `;`-separated, each `id=actual/target`
   * ("level-2=4/5"; an at-most part writes its target `<=5`; a part the
   * observation does not give has no actual: "level-2=/5"). Empty without parts.
   */
  'components',
  /**
   * The ids of the parts that miss their own target, `;`-separated: why a count whose total meets its target is not
   * met.
   */
  'failed_components',
  /**
   * What the result rests on: counts | reported-rate | yes-no; empty when no figure was used. A reported rate has no
   * numerator, denominator or shortfall.
   */
  'basis',
] as const;

/**
 * The header of each column in a file written for a spreadsheet
 * (`spreadsheet: true`), in each report language.
 *
 * @example
 * CSV_COLUMN_LABELS.actual_display.vi; // 'Kết quả'
 * CSV_COLUMN_LABELS.actual.vi;         // 'Kết quả (số)'
 */
export const CSV_COLUMN_LABELS: Readonly<Record<(typeof CSV_COLUMNS)[number], Labels>> = {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  year: { vi: 'Năm', en: 'Year' },
  group: { vi: 'Nhóm', en: 'Group' },
  group_label: { vi: 'Tên nhóm', en: 'Group name' },
  no: { vi: 'STT', en: 'No.' },
  indicator: { vi: 'Mã chỉ tiêu', en: 'Indicator id' },
  indicator_label: { vi: 'Nội dung chỉ tiêu', en: 'Indicator' },
  kind: { vi: 'Loại chỉ tiêu', en: 'Kind' },
  comparator: { vi: 'Loại mục tiêu', en: 'Comparator' },
  target: { vi: 'Mục tiêu (số)', en: 'Target (value)' },
  target_display: { vi: 'Mục tiêu', en: 'Target' },
  stretch: { vi: 'Phấn đấu', en: 'Stretch' },
  provisional: { vi: 'Tạm thời', en: 'Provisional' },
  numerator: { vi: 'Tử số', en: 'Numerator' },
  denominator: { vi: 'Mẫu số', en: 'Denominator' },
  actual: { vi: 'Kết quả (số)', en: 'Result (value)' },
  actual_display: { vi: 'Kết quả', en: 'Result' },
  status: { vi: 'Mã đánh giá', en: 'Status' },
  status_label: { vi: 'Đánh giá', en: 'Assessment' },
  no_data_reason: { vi: 'Mã lý do chưa có số liệu', en: 'No-data reason' },
  gap: { vi: 'Chênh lệch so với mục tiêu', en: 'Gap' },
  shortfall: { vi: 'Còn thiếu', en: 'Shortfall' },
  progress_status: { vi: 'Mã tiến độ', en: 'Progress status' },
  progress_label: { vi: 'Tiến độ', en: 'Progress' },
  source: { vi: 'Căn cứ', en: 'Source' },
  source_verified: { vi: 'Căn cứ đã xác minh', en: 'Source verified' },
  data_source: { vi: 'Nguồn số liệu', en: 'Figures from' },
  data_as_of: { vi: 'Số liệu tính đến', en: 'Figures as of' },
  note: { vi: 'Ghi chú', en: 'Note' },
  components: { vi: 'Các phần "trong đó"', en: '"Of which" parts' },
  failed_components: { vi: 'Các phần không đạt', en: 'Parts not met' },
  basis: { vi: 'Mã cơ sở đánh giá', en: 'Basis' },
};

/**
 * A column of {@link CSV_COLUMNS}.
 *
 * @example
 * const col: CsvColumn = 'actual_display';
 */
export type CsvColumn = (typeof CSV_COLUMNS)[number];
