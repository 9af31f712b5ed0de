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
 * const c: ComponentComparison = { id: 'level-2', label: { vi: 'Mức độ 2', en: 'Level 2' }, status: 'not-met', actual: 4, target: 5, comparator: 'at-least', gap: -1, shortfall: 1 };
 * const missing: ComponentComparison = { id: 'level-2', label: { vi: 'Mức độ 2', en: 'Level 2' }, status: 'no-data', actual: null, target: 5, comparator: 'at-least', gap: null, shortfall: null };
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
 * The fields every comparison has, each as wide as any kind needs: each member
 * of {@link TargetComparison} narrows them to what its kind of figure gives.
 *
 * @example
 * const c: ComparisonFields = compareToTarget({ numerator: 55, denominator: 63 }, t);
 */
export interface ComparisonFields {
  readonly status: AttainmentStatus;
  /** Why there is no data; `null` unless status is 'no-data'. */
  readonly reason: NoDataReason | null;
  /**
   * What the result rests on: `counts`, `reported-rate` or `yes-no`; `null`
   * when no figure was used (nothing reported, or the figures could not be used).
   */
  readonly basis: ResultBasis | null;
  /** The share's (or reported rate's) percentage for display ("87.30"), by the rule of `displayPercent`; `null` for other kinds or no data. */
  readonly actualPercent: string | null;
  /** The target percentage as written in the plan ("70"); `null` for other kinds. */
  readonly targetPercent: string | null;
  /** actual − target in percentage points ("17.30", "-0.04"): the shown actual minus the target, so "0.00" means met; `null` for other kinds or no data. */
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

/**
 * A share (numerator and denominator) compared with a percent target: the
 * percentage, the gap in points and the shortfall are all known.
 *
 * @example
 * // t: qd-1373's 2025 target for 'provinces-literacy-level-2' (at least 70%)
 * const c: ShareComparison | ZeroDenominatorComparison = compareToTarget({ numerator: 55, denominator: 63 }, t);
 * if (c.status !== 'no-data') c.shortfall; // 0: a number, no `!` needed
 */
export interface ShareComparison extends ComparisonFields {
  readonly status: 'met' | 'not-met';
  readonly reason: null;
  readonly basis: 'counts';
  readonly actualPercent: string;
  readonly targetPercent: string;
  readonly gapPoints: string;
  readonly actualCount: null;
  readonly targetCount: null;
  readonly gapCount: null;
  readonly achieved: null;
  readonly shortfall: number;
}

/**
 * A share over zero units compared with a percent target: no value (never 0%),
 * so no percentage, gap or shortfall.
 *
 * @example
 * // t: qd-1373's 2025 target for 'provinces-literacy-level-2'
 * compareToTarget({ numerator: 0, denominator: 0 }, t); // { status: 'no-data', reason: 'zero-denominator', basis: 'counts', … }
 */
export interface ZeroDenominatorComparison extends ComparisonFields {
  readonly status: 'no-data';
  readonly reason: 'zero-denominator';
  readonly basis: 'counts';
  readonly actualPercent: null;
  readonly targetPercent: string;
  readonly gapPoints: null;
  readonly actualCount: null;
  readonly targetCount: null;
  readonly gapCount: null;
  readonly achieved: null;
  readonly shortfall: null;
}

/**
 * A rate reported without its counts compared with a percent target: the
 * percentage and the gap, and no shortfall (with no denominator, how many more
 * are needed is unknown).
 *
 * @example
 * // t: qd-1373's 2025 target for 'provinces-literacy-level-2'
 * compareToTarget({ percent: '87,30' }, t); // { status: 'met', basis: 'reported-rate', actualPercent: '87.30', shortfall: null, … }
 */
export interface RateComparison extends ComparisonFields {
  readonly status: 'met' | 'not-met';
  readonly reason: null;
  readonly basis: 'reported-rate';
  readonly actualPercent: string;
  readonly targetPercent: string;
  readonly gapPoints: string;
  readonly actualCount: null;
  readonly targetCount: null;
  readonly gapCount: null;
  readonly achieved: null;
  readonly shortfall: null;
}

/**
 * A count compared with a count target, with its "of which" parts. A part not
 * given makes the result `no-data` (`missing-component`) unless what is given
 * already fails; the shortfall is then unknown (`null`).
 *
 * @example
 * // t: Huế 2026's target 'units-learning-unit-province' (at least 15, of which 5 at level 2)
 * compareToTarget({ count: 16, components: { 'level-2': 4 } }, t);
 * // { status: 'not-met', basis: 'counts', actualCount: 16, targetCount: 15, gapCount: 1, shortfall: 1, … }
 */
export interface CountComparison extends ComparisonFields {
  readonly reason: 'missing-component' | null;
  readonly basis: 'counts';
  readonly actualPercent: null;
  readonly targetPercent: null;
  readonly gapPoints: null;
  readonly actualCount: number;
  readonly targetCount: number;
  readonly gapCount: number;
  readonly achieved: null;
}

/**
 * A yes/no compared with a yes/no target.
 *
 * @example
 * // t: a yes/no target ("đạt danh hiệu Thành phố học tập")
 * compareToTarget({ achieved: true }, t); // { status: 'met', basis: 'yes-no', achieved: true, shortfall: null, … }
 */
export interface YesNoComparison extends ComparisonFields {
  readonly status: 'met' | 'not-met';
  readonly reason: null;
  readonly basis: 'yes-no';
  readonly actualPercent: null;
  readonly targetPercent: null;
  readonly gapPoints: null;
  readonly actualCount: null;
  readonly targetCount: null;
  readonly gapCount: null;
  readonly achieved: boolean;
  readonly shortfall: null;
}

/**
 * A target no figure was used for (`computeAttainment` only): nothing was
 * reported, or what was reported could not be used. Only the target's value
 * is known.
 *
 * @example
 * computeAttainment({ plan: 'qd-1373', year: 2025, observations: [] }).results[0];
 * // { status: 'no-data', reason: 'no-observation', basis: null, targetPercent: '70', actualPercent: null, … }
 */
export interface NoFigureComparison extends ComparisonFields {
  readonly status: 'no-data';
  readonly reason: 'no-observation' | 'rejected-observation' | 'conflicting-observations';
  readonly basis: null;
  readonly actualPercent: null;
  readonly gapPoints: null;
  readonly actualCount: null;
  readonly gapCount: null;
  readonly achieved: null;
  readonly shortfall: null;
}

/**
 * The outcome of comparing one observation with one target: a discriminated
 * union on `basis` (the kind of figure used), so what a result holds follows
 * from what was observed: a share compared has its percentage, gap and
 * shortfall; a reported rate its percentage and no shortfall; a count its
 * counts; a yes/no its answer; no figure, only the target. Display strings
 * use a decimal point, follow the one display rule (see `displayPercent`) and
 * never contradict `status`.
 *
 * @example
 * const c = compareToTarget({ numerator: 55, denominator: 63 }, { kind: 'percent', value: '70', comparator: 'at-least', … });
 * // { status: 'met', actualPercent: '87.30', targetPercent: '70', gapPoints: '17.30', shortfall: 0, … }
 * if (c.basis === 'counts' && c.status !== 'no-data') c.gapPoints; // string
 */
export type TargetComparison =
  | ShareComparison
  | ZeroDenominatorComparison
  | RateComparison
  | CountComparison
  | YesNoComparison
  | NoFigureComparison;
