import type { Labels } from '../catalog/source.js';
import { PROGRESS_PRECISION } from './decimal.js';

/**
 * Progress toward a target, as the Open SDG method names it:
 * - `target-achieved`: the current value meets the target (≥ for a minimum, ≤ for a maximum)
 * - `on-track`: growth-rate ratio ≥ 0.95
 * - `acceleration-needed`: 0.60 ≤ ratio < 0.95 ("progress made but acceleration needed")
 * - `limited-progress`: 0 ≤ ratio < 0.60
 * - `deterioration`: ratio < 0 (moving away from the target)
 * - `unable-to-assess`: fewer than two points in time, a zero base, or no time to the target
 *
 * @example
 * assessProgress({ baseline: { value: 40, year: 2020 }, current: { value: 52, year: 2023 }, target: { value: 70, year: 2025 } }).status;
 * // 'acceleration-needed' (ratio 0.77)
 */
export type ProgressStatus =
  | 'target-achieved'
  | 'on-track'
  | 'acceleration-needed'
  | 'limited-progress'
  | 'deterioration'
  | 'unable-to-assess';

/**
 * Why a progress status is `unable-to-assess`:
 * - `no-current-value`: the current share has denominator 0
 * - `fewer-than-two-points`: no baseline, or the baseline is at the same time as the current value
 * - `baseline-after-current`: the baseline is dated after the current value
 * - `zero-base`: the baseline value is 0, so there is no growth rate (Open SDG's code substitutes 0.001; xhht does not guess)
 * - `target-not-after-baseline`: the target is due at or before the baseline, so there is no required growth
 *
 * @example
 * assessProgress({ baseline: { value: 0, year: 2020 }, current: { value: 12, year: 2023 }, target: { value: 70, year: 2025 } }).reason;
 * // 'zero-base'
 * assessProgress({ current: { value: 52, year: 2023 }, target: { value: 70, year: 2025 } }).reason;
 * // 'fewer-than-two-points'
 */
export type ProgressReason =
  | 'no-current-value'
  | 'fewer-than-two-points'
  | 'baseline-after-current'
  | 'zero-base'
  | 'target-not-after-baseline';

/**
 * Labels of the progress statuses in Vietnamese and English.
 *
 * @example
 * PROGRESS_STATUS_LABELS['acceleration-needed'].vi; // 'Có tiến bộ nhưng cần đẩy nhanh'
 */
export const PROGRESS_STATUS_LABELS: Readonly<Record<ProgressStatus, Labels>> = {
  'target-achieved': { vi: 'Đã đạt mục tiêu', en: 'Target achieved' },
  'on-track': { vi: 'Đúng tiến độ', en: 'On track' },
  'acceleration-needed': { vi: 'Có tiến bộ nhưng cần đẩy nhanh', en: 'Progress made but acceleration needed' },
  'limited-progress': { vi: 'Tiến bộ hạn chế', en: 'Limited progress' },
  deterioration: { vi: 'Đi xuống', en: 'Deterioration' },
  'unable-to-assess': { vi: 'Chưa đánh giá được', en: 'Unable to assess' },
};

/**
 * Labels of the reasons a progress status cannot be assessed.
 *
 * @example
 * PROGRESS_REASON_LABELS['zero-base'].en; // 'The baseline is 0: there is no growth rate'
 */
export const PROGRESS_REASON_LABELS: Readonly<Record<ProgressReason, Labels>> = {
  'no-current-value': { vi: 'Số liệu hiện tại có mẫu số 0', en: 'The current share has denominator 0' },
  'fewer-than-two-points': { vi: 'Cần ít nhất hai thời điểm có số liệu', en: 'At least two points in time are needed' },
  'baseline-after-current': {
    vi: 'Giá trị cơ sở có ngày sau số liệu hiện tại',
    en: 'The baseline is dated after the current value',
  },
  'zero-base': {
    vi: 'Giá trị cơ sở bằng 0: không tính được tốc độ tăng',
    en: 'The baseline is 0: there is no growth rate',
  },
  'target-not-after-baseline': {
    vi: 'Thời hạn mục tiêu không sau thời điểm cơ sở',
    en: 'The target is not due after the baseline',
  },
};

/**
 * The cut-offs of the growth-rate ratio, as exact decimal text. Published by
 * Open SDG (Statistics Canada's method): on track ≥ 0.95, acceleration needed
 * ≥ 0.6, limited progress ≥ 0, deterioration below 0.
 *
 * @example
 * PROGRESS_THRESHOLDS.onTrack; // '0.95'
 */
export interface ProgressThresholds {
  readonly onTrack: string;
  readonly accelerationNeeded: string;
  readonly limitedProgress: string;
}

/**
 * The published cut-offs (see {@link ProgressThresholds}).
 *
 * @example
 * PROGRESS_THRESHOLDS; // { onTrack: '0.95', accelerationNeeded: '0.6', limitedProgress: '0' }
 * // a growth-rate ratio of 0.77 is at least 0.6 but below 0.95: 'acceleration-needed'
 */
export const PROGRESS_THRESHOLDS: ProgressThresholds = {
  onTrack: '0.95',
  accelerationNeeded: '0.6',
  limitedProgress: '0',
};

/**
 * Where the progress method comes from, so a result names what produced it.
 *
 * @example
 * PROGRESS_METHOD.id; // 'open-sdg-growth-ratio'
 */
export interface ProgressMethod {
  /** Stable id of the method. */
  readonly id: 'open-sdg-growth-ratio';
  readonly name: Labels;
  /** Where the formula and the thresholds are published. */
  readonly references: readonly string[];
  readonly thresholds: ProgressThresholds;
  /** Significant digits of the growth rates and the ratio (they involve roots). */
  readonly precision: number;
}

/**
 * The method of `assessProgress`: the Open SDG progress measure for indicators
 * with a quantitative target (Statistics Canada's methodology, inspired by
 * Eurostat's), in which the observed compound annual growth rate (CAGR) is
 * divided by the CAGR required to reach the target on time:
 *
 *   CAGR_o = (y_c / y_0)^(1 / (t_c − t_0)) − 1
 *   CAGR_r = (y_T / y_0)^(1 / (t_T − t_0)) − 1
 *   R      = d · CAGR_o / |CAGR_r|        (d = +1 for a minimum, −1 for a maximum)
 *
 * References:
 * - Open SDG, "Progress Measurement Methodology":
 *   https://open-sdg.readthedocs.io/en/latest/progress-methodology/
 * - sdg-build, `sdg/ProgressMeasure.py` (`methodology_2`, `get_progress_status`):
 *   https://github.com/open-sdg/sdg-build/blob/master/sdg/ProgressMeasure.py
 * - UN Statistics Division, SDG Progress Chart technical note (trend assessment
 *   of indicators with an explicit numerical target, the same growth-rate
 *   ratio idea; its own cut-offs differ by edition and are not used here):
 *   https://unstats.un.org/sdgs/files/report/2023/Progress_Chart_Technical_Note_2023.pdf
 *
 * @example
 * PROGRESS_METHOD.thresholds; // { onTrack: '0.95', accelerationNeeded: '0.6', limitedProgress: '0' }
 */
export const PROGRESS_METHOD: ProgressMethod = {
  id: 'open-sdg-growth-ratio',
  name: {
    vi: 'Tỷ số tốc độ tăng trưởng bình quân năm thực tế / cần thiết (Open SDG)',
    en: 'Ratio of actual to required compound annual growth rate (Open SDG)',
  },
  references: [
    'https://open-sdg.readthedocs.io/en/latest/progress-methodology/',
    'https://github.com/open-sdg/sdg-build/blob/master/sdg/ProgressMeasure.py',
    'https://unstats.un.org/sdgs/files/report/2023/Progress_Chart_Technical_Note_2023.pdf',
  ],
  thresholds: PROGRESS_THRESHOLDS,
  precision: PROGRESS_PRECISION,
};
