import type { IndicatorId } from '../catalog/indicator-id.js';
import type { Labels, LegalSource } from '../catalog/source.js';

/*
 * Baselines: where an indicator stood when a plan started. Progress toward a
 * target (`assessProgress`) needs two points in time, and the first one is
 * usually written in the plan or in the review that preceded it.
 */

interface BaselineBase {
  /** Indicator id (see `listIndicators()` or the plan's own `indicators`). */
  readonly indicator: IndicatorId | (string & {});
  /** The year the value describes; read as its last day (as a target "by 2025" is due 2025-12-31). */
  readonly year?: number;
  /** The exact date the value was true, ISO `YYYY-MM-DD`; wins over `year` (both must agree). */
  readonly asOf?: string;
  /** Where the value was published. */
  readonly source: LegalSource;
  readonly note?: Labels;
}

// The fields of the other kinds, as `never`: a baseline is one figure, so a
// percentage beside its counts is a compile error (and an issue at run time).
interface NoShare {
  readonly numerator?: never;
  readonly denominator?: never;
}
interface NoPercent {
  readonly percent?: never;
}
interface NoCount {
  readonly count?: never;
}

/**
 * A baseline share: `numerator` of `denominator` people or units (exact).
 *
 * @example
 * const b: ShareBaseline = {
 *   indicator: 'provinces-literacy-level-2', year: 2021, numerator: 34, denominator: 63,
 *   source: { document: 'Báo cáo của Bộ GDĐT (vietnamnet.vn, 28/11/2025)', verified: false, confidence: 'N' },
 * };
 */
export interface ShareBaseline extends BaselineBase, NoPercent, NoCount {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * A baseline percentage, as published ("97,85%" → `'97.85'`), exact decimal text.
 * Use it when the source gives a rate without its counts.
 *
 * @example
 * const b: PercentBaseline = {
 *   indicator: 'working-age-information-competence', year: 2020, percent: '35',
 *   source: { document: 'Kế hoạch số 12/KH-UBND', section: 'Mục I', verified: true, confidence: 'local' },
 * };
 */
export interface PercentBaseline extends BaselineBase, NoShare, NoCount {
  /** Percentage as exact decimal text: "35", "97.85". */
  readonly percent: string;
}

/**
 * A baseline count (for count indicators).
 *
 * @example
 * const b: CountBaseline = {
 *   indicator: 'units-learning-unit-province', year: 2025, count: 9,
 *   source: { document: 'Báo cáo năm 2025', verified: true, confidence: 'local' },
 * };
 */
export interface CountBaseline extends BaselineBase, NoShare, NoPercent {
  readonly count: number;
}

/**
 * The value of an indicator at the start of a plan: a share, a published
 * percentage or a count (one of them: a discriminated union), with a year or
 * a date and its source.
 *
 * @example
 * const plan = definePlan({ ...myPlan, baselines: [
 *   { indicator: 'universities-digital', year: 2020, numerator: 12, denominator: 40, source },
 * ] });
 * plan.baselines?.[0]; // { indicator: 'universities-digital', year: 2020, numerator: 12, denominator: 40, source }
 */
export type Baseline = ShareBaseline | PercentBaseline | CountBaseline;
