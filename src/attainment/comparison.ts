import type { Labels } from '../catalog/source.js';
/**
 * What comparing one observation with one target gives.
 */

/**
 * Attainment of a target: `met`, `not-met`, or `no-data` when there is no
 * value to compare.
 *
 * @example
 * // t: qd-1373's 2025 target for 'provinces-literacy-level-2' (at least 70%)
 * compareToTarget({ numerator: 55, denominator: 63 }, t).status; // 'met'
 * compareToTarget({ numerator: 0, denominator: 0 }, t).status;   // 'no-data'
 */
export type AttainmentStatus = 'met' | 'not-met' | 'no-data';

/**
 * Why a result has no data.
 *
 * @example
 * // t: qd-1373's 2025 target for 'provinces-literacy-level-2'
 * compareToTarget({ numerator: 0, denominator: 0 }, t).reason; // 'zero-denominator'
 * NO_DATA_LABELS['no-observation'].vi;                         // 'chưa báo cáo'
 */
export type NoDataReason =
  /** no observation was given for the target */
  | 'no-observation'
  /** the share's denominator is 0: there is nothing to take a rate of */
  | 'zero-denominator'
  /**
   * the only observations given for the target could not be used (their issues
   * say why): a figure was reported, but it is not known
   */
  | 'rejected-observation'
  /**
   * two different observations were given for the same indicator and unit, or
   * one beside another that could not be used
   */
  | 'conflicting-observations'
  /**
   * a count target's "of which" part was not given and what was given meets
   * the target, so the verdict is unknown (when what was given already fails,
   * the result is `not-met`; the part shows `status: 'no-data'` either way)
   */
  | 'missing-component';

/**
 * What a result rests on: `counts` (a share's numerator and denominator, or a
 * count), `reported-rate` (a rate given without its counts: compared exactly as
 * written, with no shortfall since there is no denominator), or `yes-no`.
 *
 * @example
 * // t: qd-1373's 2025 target for 'provinces-literacy-level-2'
 * compareToTarget({ numerator: 55, denominator: 63 }, t).basis; // 'counts'
 * compareToTarget({ percent: '87,30' }, t).basis;               // 'reported-rate'
 */
export type ResultBasis = 'counts' | 'reported-rate' | 'yes-no';

/**
 * One "of which" part of a count target, compared. A part the observation
 * does not give is `no-data` with `actual`, `gap` and `shortfall` `null`
 * (never counted as 0).
 *
 * @example
 * const c: ComponentComparison = {
 *   id: 'level-2',
 *   label: { vi: 'Mức độ 2', en: 'Level 2' },
 *   status: 'not-met',
 *   actual: 4,
 *   target: 5,
 *   comparator: 'at-least',
 *   gap: -1,
 *   shortfall: 1,
 * };
 * const missing: ComponentComparison = {
 *   id: 'level-2',
 *   label: { vi: 'Mức độ 2', en: 'Level 2' },
 *   status: 'no-data',
 *   actual: null,
 *   target: 5,
 *   comparator: 'at-least',
 *   gap: null,
 *   shortfall: null,
 * };
 */
export interface ComponentComparison {
  readonly id: string;
  /** The part's name as the target words it ("Mức độ 2" / "Level 2"). */
  readonly label: Labels;
  readonly status: 'met' | 'not-met' | 'no-data';
  /** The reported count of the part; `null` when the observation does not give it. */
  readonly actual: number | null;
  readonly target: number;
  readonly comparator: 'at-least' | 'at-most';
  /** actual − target; `null` when not given */
  readonly gap: number | null;
  /** how many more (at-least) or fewer (at-most) are needed; 0 when met; `null` when not given */
  readonly shortfall: number | null;
}

/**
 * The outcome of comparing one observation with one target. Display strings
 * use a decimal point, follow the one display rule (see `displayPercent`) and
 * never contradict `status`.
 *
 * @example
 * compareToTarget({ numerator: 55, denominator: 63 }, { kind: 'percent', value: '70', comparator: 'at-least', … });
 * // { status: 'met', actualPercent: '87.30', targetPercent: '70', gapPoints: '17.30', shortfall: 0, … }
 */
export interface TargetComparison {
  readonly status: AttainmentStatus;
  /** Why there is no data; `null` unless status is 'no-data'. */
  readonly reason: NoDataReason | null;
  /**
   * What the result rests on: `counts`, `reported-rate` or `yes-no`; `null`
   * when no figure was used (nothing reported, or the figures could not be used).
   */
  readonly basis: ResultBasis | null;
  /**
   * The share's (or reported rate's) percentage for display ("87.30"), by the rule of `displayPercent`; `null` for
   * other kinds or no data.
   */
  readonly actualPercent: string | null;
  /** The target percentage as written in the plan ("70"); `null` for other kinds. */
  readonly targetPercent: string | null;
  /**
   * actual − target in percentage points ("17.30", "-0.04"): the shown actual minus the target, so "0.00" means met;
   * `null` for other kinds or no data.
   */
  readonly gapPoints: string | null;
  /** The observed count; `null` for other kinds or no data (but given when only an "of which" part is missing). */
  readonly actualCount: number | null;
  /** The target count; `null` for other kinds. */
  readonly targetCount: number | null;
  /** actual − target count; `null` for other kinds or no data (but given when only an "of which" part is missing). */
  readonly gapCount: number | null;
  /** The observed yes/no; `null` for other kinds or no data. */
  readonly achieved: boolean | null;
  /**
   * The smallest change of the numerator (or count) that meets the target:
   * more people or units for an `at-least` target, fewer for `at-most`; 0 when
   * met; `null` for yes/no targets, when there is no data, and when an "of
   * which" part of a count is missing (how many more it needs is unknown), and
   * for a reported rate (with no denominator, how many more is unknown). The
   * denominator is held fixed.
   */
  readonly shortfall: number | null;
  /** "Of which" parts of a count target; empty otherwise. */
  readonly components: readonly ComponentComparison[];
}
