import type { Labels } from '../catalog/source.js';
import type { Comparator } from '../plans/target.js';
import type { ProgressMethod, ProgressReason, ProgressStatus, ProgressThresholds } from './method.js';

/**
 * One point of an assessment (baseline, current value or target) as used:
 * the value for display and exactly, and when it was.
 *
 * @example
 * const p: ProgressPointUsed = { value: '53.97', exact: '3400/63', date: '2021-12-31', yearOnly: true };
 */
export interface ProgressPointUsed {
  /** The value for display (`decimals` places, rounded so it never contradicts the status); a target as written. */
  readonly value: string;
  /** The exact value as a fraction or whole number ("3400/63" for 34 of 63 as a percentage). */
  readonly exact: string;
  /** The date used, ISO; for a year-only point the last day of the year. */
  readonly date: string;
  /** True when only a year was given. */
  readonly yearOnly: boolean;
}

/**
 * Progress of an indicator toward a target, with every component of the
 * computation so it can be checked by hand (see `assessProgress` and
 * docs/progress.md). Growth rates are per year as decimals (0.05 = 5% a year)
 * with 40 significant digits; values and the trajectory are exact.
 *
 * @example
 * const p = assessProgress({
 *   baseline: { value: { numerator: 34, denominator: 63 }, year: 2021 },
 *   current: { value: { numerator: 55, denominator: 63 }, year: 2024 },
 *   target: { value: '90', year: 2030 },
 * });
 * p.status;        // 'on-track'
 * p.ratio;         // '2.974066…' (CAGR 17.4% a year against 5.8% required)
 * p.expected;      // '65.98' (the straight line from 53.97% in 2021 to 90% in 2030, read at 2024)
 * p.onTrajectory;  // true (87.30 ≥ 65.98)
 */
export interface ProgressAssessment {
  /** Id of the method (`PROGRESS_METHOD.id`). */
  readonly method: ProgressMethod['id'];
  readonly status: ProgressStatus;
  /** The status in Vietnamese and English. */
  readonly label: Labels;
  /** Why the status is `unable-to-assess`, or why the growth components are missing; `null` otherwise. */
  readonly reason: ProgressReason | null;
  /** `at-least` for a minimum, `at-most` for a maximum (a decreasing target). */
  readonly comparator: Comparator;
  /** The method's d: +1 for a minimum, −1 for a maximum. */
  readonly direction: 1 | -1;
  readonly baseline: ProgressPointUsed | null;
  /** `null` when the current share has no value (denominator 0). */
  readonly current: ProgressPointUsed | null;
  readonly target: ProgressPointUsed;
  /** t_c − t_0 in years, exact ("3", "1097/365"); `null` without a baseline. */
  readonly elapsedYears: string | null;
  /** t_T − t_0 in years, exact; `null` without a baseline. */
  readonly periodYears: string | null;
  /**
   * The value the straight line from the baseline to the target gives at the
   * current date (the target itself once the deadline has passed), for display;
   * `null` without a baseline, or when the baseline is after the current value
   * or not before the target.
   */
  readonly expected: string | null;
  /** The same, exact. */
  readonly expectedExact: string | null;
  /**
   * Whether the current value is at the trajectory or on the good side of it (≥ for a minimum, ≤ for a maximum),
   * decided exactly.
   */
  readonly onTrajectory: boolean | null;
  /** CAGR_o = (current / baseline)^(1 / elapsedYears) − 1. */
  readonly actualGrowth: string | null;
  /** CAGR_r = (target / baseline)^(1 / periodYears) − 1. */
  readonly requiredGrowth: string | null;
  /** R = direction · actualGrowth / |requiredGrowth|; `null` when either is missing or the required growth is 0. */
  readonly ratio: string | null;
  /** R with 2 decimals, rounded so it stays in its status band (0.949… shows "0.94", not "0.95"). */
  readonly ratioDisplay: string | null;
  readonly thresholds: ProgressThresholds;
  /** The method, its references and precision. */
  readonly source: ProgressMethod;
}
